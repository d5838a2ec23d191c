"""The CLI through typer's CliRunner, with the data directory in a temp folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.config import get_settings


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("INSIGHTBOT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INSIGHTBOT_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_help_loads_no_database_model_or_data_library() -> None:
    """Commands import what they need when they run, so `insightbot --help` answers at once."""
    heavy = ["sqlalchemy", "chromadb", "pandas", "sklearn", "langchain_core", "openai", "fastapi"]
    probe = f"import sys, bot.cli; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_demo_runs_and_prints_the_summary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["demo", "--n", "6"])
    assert result.exit_code == 0, result.output
    assert "What was collected" in result.output
    for slot in ("age", "contract", "satisfaction", "interests"):
        assert slot in result.output
    assert "messages stored" in result.output


def test_simulate_then_export(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(app, ["simulate", "--n", "5", "--seed", "3"]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.strip().splitlines()]
    assert len(rows) == 5 and all("age" in row for row in rows)
    out = tmp_path / "export.csv"
    assert runner.invoke(app, ["export", "--format", "csv", "--out", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("respondent_id,source,segment,name,age")


def _simulated_answers(home: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What `simulate --n 3 --seed SEED` stores in a fresh home, without the random ids."""
    monkeypatch.setenv("INSIGHTBOT_HOME", str(home))
    get_settings.cache_clear()
    runner = CliRunner()
    assert runner.invoke(app, ["simulate", "--n", "3", "--seed", str(seed)]).exit_code == 0
    exported = runner.invoke(app, ["export", "--format", "jsonl"]).output.strip().splitlines()
    rows = [json.loads(line) for line in exported]
    return sorted(json.dumps({k: v for k, v in r.items() if k != "respondent_id"}) for r in rows)


def test_simulation_is_seedable(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _simulated_answers(tmp_path / "a", 11, monkeypatch)
    again = _simulated_answers(tmp_path / "b", 11, monkeypatch)
    other = _simulated_answers(tmp_path / "c", 12, monkeypatch)
    assert len(first) == 3
    assert first == again
    assert other != first


def test_chat_in_the_terminal(runner: CliRunner) -> None:
    result = runner.invoke(app, ["chat", "--lang", "en"], input="yes\nCall me Ann\n32\n")
    assert result.exit_code == 0
    output = " ".join(result.output.split())
    assert "Shall we start?" in output
    assert output.count("bot:") == 4  # greeting, name question, age question, gender question


def test_surveys_validate(runner: CliRunner, tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "bot" / "surveys" / "customer_profile.yaml"
    result = runner.invoke(app, ["surveys", "validate", str(bundled)])
    assert result.exit_code == 0 and "is valid" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: {zh: a, en: b}\n", encoding="utf-8")
    result = runner.invoke(app, ["surveys", "validate", str(bad)])
    assert result.exit_code == 1
    assert "bad.yaml" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["export", "--format", "xml"], "--format must be jsonl or csv"),
        (["chat", "--lang", "fr"], "--lang must be zh or en"),
        (["simulate", "--n", "2", "--survey", "nope"], "unknown survey 'nope'"),
    ],
)
def test_errors_are_one_clear_line(runner: CliRunner, args: list[str], fragment: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert fragment in result.output
    assert "Traceback" not in result.output


def test_unreachable_database_is_a_clear_error(runner: CliRunner, monkeypatch) -> None:
    monkeypatch.setenv("INSIGHTBOT_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    get_settings.cache_clear()
    result = runner.invoke(app, ["export"])
    assert result.exit_code == 1
    assert "cannot open database" in result.output and "Traceback" not in result.output


def test_signed_links(runner: CliRunner) -> None:
    result = runner.invoke(app, ["link", "--respondent", "crm-1", "--base-url", "https://x.cn"])
    assert result.exit_code == 0
    url = result.output.strip()
    assert url.startswith("https://x.cn/s/customer_profile?") and "sig=" in url
    bad = runner.invoke(app, ["link", "--respondent", "bad id!"])
    assert bad.exit_code == 1 and "Traceback" not in bad.output

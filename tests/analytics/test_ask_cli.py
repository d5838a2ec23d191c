"""`insightbot ask` and `import --dictionary` end to end: CSV in, question in, answer out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from analytics.ask.service import Asker
from bot.commands import analytics, ask
from bot.config import get_settings
from bot.storage.db import Database


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    analytics.register(app)
    ask.register(app)
    return app


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("INSIGHTBOT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INSIGHTBOT_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


@pytest.fixture
def crm_csv(tmp_path: Path) -> Path:
    """A CRM table with columns no glossary knows: tier, fee, left."""
    rows = []
    for n in range(60):
        tier = ["gold", "silver", "bronze"][n % 3]
        rows.append(
            {
                "member": f"M{n:03d}",
                "tier": tier,
                "fee": 30 + n % 20,
                "left": "yes" if (n % 3 == 0 and n % 2 == 0) or n % 7 == 0 else "no",
            }
        )
    path = tmp_path / "crm.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


DICTIONARY = """
columns:
  tier:
    label: {zh: 会员等级, en: membership tier}
    synonyms: {zh: [等级, 会员级别], en: [level]}
    values:
      gold: {zh: 金卡, en: gold, synonyms: [金卡会员]}
      silver: {zh: 银卡, en: silver}
      bronze: {zh: 铜卡, en: bronze}
  fee:
    label: {zh: 月费, en: monthly fee}
    measure: money
  left:
    label: {zh: 流失, en: churn}
    synonyms: {zh: [流失, 退会], en: [churn, churned, left]}
"""


def _import(app: typer.Typer, runner: CliRunner, csv: Path, *extra: str) -> None:
    result = runner.invoke(app, ["import", str(csv), "--key", "member", *extra])
    assert result.exit_code == 0, result.output


def test_dictionary_words_make_a_new_table_askable_in_chinese(
    app: typer.Typer, runner: CliRunner, crm_csv: Path, tmp_path: Path
) -> None:
    _import(app, runner, crm_csv)
    refused = runner.invoke(app, ["ask", "金卡会员的流失率是多少", "--json"])
    assert refused.exit_code == 2, "without the dictionary 金卡 means nothing"
    assert json.loads(refused.output)["refused"] is True

    dictionary = tmp_path / "crm.yaml"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    _import(app, runner, crm_csv, "--dictionary", str(dictionary))
    chart = tmp_path / "out" / "chart.png"
    result = runner.invoke(app, ["ask", "金卡会员的流失率是多少", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    table = pd.read_csv(crm_csv)
    gold = table[table["tier"] == "gold"]
    assert data["plan"]["target"] == "left"
    assert data["table"][0]["n"] == len(gold)
    expected = (gold["left"] == "yes").mean()
    assert list(data["table"][0].values())[0] == pytest.approx(expected)
    assert f"{expected * 100:.1f}%" in data["answer"]

    grouped = runner.invoke(
        app, ["ask", "average monthly fee by level", "--json", "--chart", str(chart)]
    )
    data = json.loads(grouped.output)
    assert data["chart"] == str(chart) and chart.stat().st_size > 1000
    means = table.groupby("tier")["fee"].mean()
    got = {row["value"]: row["average monthly fee"] for row in data["table"]}
    assert got == pytest.approx(means.to_dict())


def test_bad_dictionary_names_the_column_and_imports_nothing(
    app: typer.Typer, runner: CliRunner, crm_csv: Path, tmp_path: Path
) -> None:
    dictionary = tmp_path / "bad.yaml"
    dictionary.write_text("columns:\n  plan: {label: {en: plan}}\n", encoding="utf-8")
    result = runner.invoke(
        app, ["import", str(crm_csv), "--key", "member", "--dictionary", str(dictionary)]
    )
    assert result.exit_code == 1
    assert "no column(s) plan" in result.output and "tier" in result.output
    assert "Traceback" not in result.output
    empty = runner.invoke(app, ["ask", "how many customers"])
    assert empty.exit_code == 1 and "no data yet" in empty.output


def test_answers_follow_the_data_after_a_new_import(
    app: typer.Typer, runner: CliRunner, crm_csv: Path, tmp_path: Path
) -> None:
    _import(app, runner, crm_csv)
    asker = Asker(Database.from_settings(get_settings()), None)
    assert asker.ask("how many customers").table[0]["n"] == 60
    first = asker.snapshot()
    assert asker.snapshot() is first, "unchanged data reuses the snapshot"
    more = tmp_path / "more.csv"
    pd.DataFrame([{"member": "M999", "tier": "gold", "fee": 10, "left": "no"}]).to_csv(
        more, index=False
    )
    _import(app, runner, more, "--dataset", "crm")
    assert asker.ask("how many customers").table[0]["n"] == 61


def test_describe_a_segment_gives_its_persona_and_distinctive_features(
    app: typer.Typer, runner: CliRunner, crm_csv: Path, tmp_path: Path
) -> None:
    dictionary = tmp_path / "crm.yaml"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    _import(app, runner, crm_csv, "--dictionary", str(dictionary))
    assert runner.invoke(app, ["segments", "--k", "2", "--offline-personas"]).exit_code == 0
    result = runner.invoke(app, ["ask", "describe segment 1", "--json"])
    data = json.loads(result.output)
    assert data["plan"]["profile"] is True and data["answer"].startswith("Segment 1 “")
    assert data["columns"] == ["feature", "segment", "population", "index"]
    assert data["table"], "the distinctive features are listed"
    zh = json.loads(runner.invoke(app, ["ask", "介绍一下1号用户群", "--json"]).output)
    assert zh["answer"].startswith("1号用户群「")


def test_the_frame_is_cached_by_fingerprint_and_replaced_when_data_changes(
    app: typer.Typer, runner: CliRunner, crm_csv: Path, tmp_path: Path
) -> None:
    _import(app, runner, crm_csv)
    cache = get_settings().home / "cache"
    assert runner.invoke(app, ["ask", "how many customers"]).exit_code == 0
    [first] = cache.glob("ask-frame-*.parquet")
    again = runner.invoke(app, ["ask", "how many customers", "--json"])
    assert json.loads(again.output)["table"][0]["n"] == 60, "read back from the cache"
    assert list(cache.glob("ask-frame-*.parquet")) == [first]
    more = tmp_path / "more.csv"
    pd.DataFrame([{"member": "M998", "tier": "gold", "fee": 11, "left": "no"}]).to_csv(
        more, index=False
    )
    _import(app, runner, more, "--dataset", "crm")
    after = runner.invoke(app, ["ask", "how many customers", "--json"])
    assert json.loads(after.output)["table"][0]["n"] == 61
    [second] = cache.glob("ask-frame-*.parquet")
    assert second != first, "a change of data is a new file; the old one is gone"

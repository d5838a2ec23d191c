"""The analytics commands through typer's CliRunner, on a Typer app of their own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import typer
from sqlalchemy import func, select
from typer.testing import CliRunner

from bot.commands import analytics
from bot.config import get_settings
from bot.storage.db import Database
from bot.storage.models import Respondent, SegmentProfile


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    analytics.register(app)
    return app


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("INSIGHTBOT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INSIGHTBOT_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


@pytest.fixture
def telco_csv(tmp_path: Path, telco: pd.DataFrame) -> Path:
    path = tmp_path / "telco.csv"
    telco.to_csv(path, index=False)
    return path


def _db() -> Database:
    return Database.from_settings(get_settings())


def test_import_dry_run_then_import_then_reimport(
    app: typer.Typer, runner: CliRunner, telco_csv: Path
) -> None:
    dry = runner.invoke(app, ["import", str(telco_csv), "--key", "customer_id", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "7,043 rows would be added" in dry.output and "nothing was written" in dry.output
    assert "total_charges" in dry.output and "categorical" in dry.output
    first = runner.invoke(app, ["import", str(telco_csv), "--key", "customer_id"])
    assert first.exit_code == 0, first.output
    assert "dataset telco: 7,043 rows were added" in first.output
    again = runner.invoke(app, ["import", str(telco_csv), "--key", "customer_id", "--json"])
    report = json.loads(again.output)
    assert (report["inserted"], report["unchanged"]) == (0, 7043)
    with _db().session() as session:
        assert session.scalar(select(func.count(Respondent.id))) == 7043


def test_bad_input_is_one_line_not_a_traceback(
    app: typer.Typer, runner: CliRunner, telco_csv: Path
) -> None:
    result = runner.invoke(app, ["import", str(telco_csv), "--key", "nope"])
    assert result.exit_code == 1 and "no key column 'nope'" in result.output
    assert "Traceback" not in result.output
    empty = runner.invoke(app, ["segments"])
    assert empty.exit_code == 1 and "no data yet" in empty.output
    runner.invoke(app, ["import", str(telco_csv), "--key", "customer_id"])
    k = runner.invoke(app, ["segments", "--k", "many"])
    assert k.exit_code == 1 and "--k must be auto or a number" in k.output


@pytest.fixture
def imported(app: typer.Typer, runner: CliRunner, telco_csv: Path) -> CliRunner:
    result = runner.invoke(app, ["import", str(telco_csv), "--key", "customer_id"])
    assert result.exit_code == 0, result.output
    return runner


def test_quality_report(app: typer.Typer, imported: CliRunner) -> None:
    quality = imported.invoke(app, ["quality"])
    assert quality.exit_code == 0, quality.output
    assert "7,043 respondents" in quality.output and "total_charges" in quality.output
    assert "duplicates: 22" in quality.output  # identical on every column, churn included
    assert "no timed conversation turns" in quality.output


def test_segments_are_stored_printed_and_reported(
    app: typer.Typer, imported: CliRunner, tmp_path: Path
) -> None:
    html = tmp_path / "report.html"
    result = imported.invoke(app, ["segments", "--json", "--html", str(html)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    k = data["segmentation"]["k"]
    assert len(data["segments"]) == k and data["churn_column"] == "churn"
    assert html.read_text(encoding="utf-8").count('class="card"') == k
    with _db().session() as session:
        counts = select(Respondent.segment, func.count()).group_by(Respondent.segment)
        stored = {int(row[0]): int(row[1]) for row in session.execute(counts)}
        profiles = session.scalars(select(SegmentProfile).order_by(SegmentProfile.id)).all()
    assert sorted(stored) == list(range(k))
    assert [p.size for p in profiles] == [s["size"] for s in data["segments"]]
    assert [stored[p.id] for p in profiles] == [p.size for p in profiles]
    assert profiles[0].name == data["segments"][0]["persona"]["zh"]["name"]

    args = ["segments", "--k", "3", "--lang", "en", "--features", "tenure,contract"]
    table = imported.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "3 segments of 7,043 respondents" in table.output


def test_churn_is_modelled_and_stored(app: typer.Typer, imported: CliRunner) -> None:
    churn = imported.invoke(app, ["churn", "--target", "churn"])
    assert churn.exit_code == 0, churn.output
    assert "chosen" in churn.output and "tenure" in churn.output
    assert "churn risk stored for 7,043 respondents" in churn.output
    with _db().session() as session:
        scored = select(func.count()).where(Respondent.churn_risk.is_not(None))
        assert session.scalar(scored) == 7043

"""`insightbot segments` with the answer index and a language model, through CliRunner.

The data directory is a temp folder: SQLite and the Chroma folder `insightbot index` creates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from bot.commands import analytics, retrieval
from bot.config import get_settings
from bot.storage.db import Database
from bot.storage.models import LlmCall, SegmentProfile
from tests.analytics.answers import EMAIL, PHONE, PRICE, SPEED, seed_answers
from tests.fakes.openai_server import Canned, FakeOpenAI, user_texts


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    analytics.register(app)
    retrieval.register(app)
    return app


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    monkeypatch.setenv("INSIGHTBOT_HOME", str(tmp_path / "home"))
    for name in (
        "INSIGHTBOT_DATABASE_URL",
        "INSIGHTBOT_CHROMA_URL",
        "INSIGHTBOT_EMBEDDER",
        "INSIGHTBOT_LLM_PROVIDER",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    db = Database.from_settings(get_settings())
    groups = seed_answers(db)
    db.dispose()
    yield groups
    get_settings.cache_clear()


def _db() -> Database:
    return Database.from_settings(get_settings())


def _members(data: dict[str, Any], segment: int, groups: dict[str, str]) -> set[str]:
    kind = "price" if set(data["segments"][segment]["quotes"]) & set(PRICE) else "speed"
    return {rid for rid, group in groups.items() if group == kind}


def test_segments_tag_the_index_for_search_where_segment(
    app: typer.Typer, home: dict[str, str], tmp_path: Path
) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["index"]).exit_code == 0
    html = tmp_path / "report.html"
    result = runner.invoke(app, ["segments", "--k", "2", "--json", "--html", str(html)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "segment ids written to 12 indexed answers" in data["notes"]
    assert all(p["quote_source"] == "embeddings" for p in data["segments"])
    for segment in (0, 1):
        search = ["search", "太贵 网速", "--where", f"segment={segment}", "--k", "50", "--json"]
        found = runner.invoke(app, search)
        assert found.exit_code == 0, found.output
        rows = [json.loads(line) for line in found.output.strip().splitlines()]
        assert {r["respondent_id"] for r in rows} == _members(data, segment, home)
        said = PRICE if rows[0]["respondent_id"].startswith("p") else SPEED
        assert {r["text"] for r in rows} <= set(said)


def test_no_report_output_carries_a_phone_number_or_an_email(
    app: typer.Typer, home: dict[str, str], tmp_path: Path
) -> None:
    runner = CliRunner()
    html = tmp_path / "report.html"
    # no index: quotes come from the centroid, which puts the long answer with the PII first
    result = runner.invoke(app, ["segments", "--k", "2", "--json", "--html", str(html)])
    assert result.exit_code == 0, result.output
    quotes = [q for p in json.loads(result.output)["segments"] for q in p["quotes"]]
    assert any("[PHONE]" in q and "[EMAIL]" in q for q in quotes)
    table = runner.invoke(app, ["segments", "--k", "2", "--lang", "en"])
    assert table.exit_code == 0, table.output
    report = html.read_text(encoding="utf-8")
    assert "[PHONE]" in report and "[EMAIL]" in report
    with _db().session() as session:
        stored = json.dumps(
            [row.profile for row in session.scalars(select(SegmentProfile))], ensure_ascii=False
        )
    assert "[PHONE]" in stored
    for output in (result.output, table.output, report, stored):
        assert PHONE not in output and EMAIL not in output
        assert not re.search(r"zhang|example", output)


def test_text_features_widen_the_matrix(app: typer.Typer, home: dict[str, str]) -> None:
    runner = CliRunner()
    plain = json.loads(runner.invoke(app, ["segments", "--k", "2", "--json"]).output)
    args = ["segments", "--k", "2", "--json", "--text-features", "--text-dims", "3"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (
        data["text_features"]["dims"] == 3 and data["text_features"]["respondents_with_text"] == 12
    )
    added = data["cleaning"]["encoded_features"][len(plain["cleaning"]["encoded_features"]) :]
    assert added == ["text_1", "text_2", "text_3", "text (missing)"]
    table = runner.invoke(app, ["segments", "--k", "2", "--text-features"])
    assert "5 text components" in table.output


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    def answer(body: dict[str, Any]) -> Canned:
        english = "Write in English" in user_texts(body)
        name = "Value seekers" if english else "精打细算族"
        return Canned.json({"name": name, "description": "Grounded in the figures given."})

    with FakeOpenAI(responder=answer) as server:
        monkeypatch.setenv("INSIGHTBOT_LLM_PROVIDER", "openai")
        monkeypatch.setenv("INSIGHTBOT_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("INSIGHTBOT_LLM_MODEL", "fake-model")
        get_settings.cache_clear()
        yield server


def test_a_configured_model_names_the_personas(
    app: typer.Typer, home: dict[str, str], model: FakeOpenAI
) -> None:
    result = CliRunner().invoke(app, ["segments", "--k", "2", "--json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    names = [p["persona"]["en"]["name"] for p in data["segments"]]
    assert names == ["Value seekers #0", "Value seekers #1"]  # equal names get the id
    assert all(p["persona"]["zh"]["source"] == "llm" for p in data["segments"])
    assert "personas named by fake-model: 4 of 4" in data["notes"]
    assert len(model.history) == 4
    sent = "\n".join(user_texts(body) for body in model.history)
    for text in PRICE + SPEED:  # no respondent's words leave the machine
        assert text not in sent
    assert PHONE not in sent and EMAIL not in sent
    with _db().session() as session:
        calls = session.scalars(select(LlmCall)).all()
        stored = session.scalars(select(SegmentProfile).order_by(SegmentProfile.id)).all()
    assert [(c.task, c.outcome) for c in calls] == [("persona", "ok")] * 4
    assert [row.name for row in stored] == names
    offline = CliRunner().invoke(app, ["segments", "--k", "2", "--json", "--offline-personas"])
    assert {p["persona"]["en"]["source"] for p in json.loads(offline.output)["segments"]} == {
        "offline"
    }
    assert len(model.history) == 4

"""`insightbot index` / `search` through CliRunner, and the admin search endpoint."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bot.channels import api, search_api
from bot.commands.retrieval import register
from bot.config import Settings, get_settings
from bot.storage.db import Database
from retrieval.embedders import HashingEmbedder
from retrieval.lifecycle import LazyStore
from retrieval.store import AnswerStore, make_client
from tests.conftest import ADMIN_TOKEN
from tests.retrieval.test_indexing import respondent

app = typer.Typer()
register(app)


def seed(db: Database) -> None:
    respondent(
        db,
        "r-sh",
        [("complaint", "question", "价格太贵了，每个月两百多")],
        {"age": 34, "city": "Shanghai"},
    )
    respondent(
        db, "r-bj", [("complaint", "question", "月租太贵，不划算")], {"age": 50, "city": "Beijing"}
    )
    respondent(
        db, "r-gz", [("complaint", "question", "晚上网速很慢")], {"age": 29, "city": "Guangzhou"}
    )


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("INSIGHTBOT_HOME", str(tmp_path / "home"))
    for name in ("INSIGHTBOT_DATABASE_URL", "INSIGHTBOT_CHROMA_URL", "INSIGHTBOT_EMBEDDER"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    settings = get_settings()
    db = Database.from_settings(settings)
    seed(db)
    db.dispose()
    yield settings
    get_settings.cache_clear()


def test_index_then_search(home: Settings) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["index"])
    assert result.exit_code == 0, result.output
    assert "3 messages processed" in result.output and "3 answers" in result.output
    result = runner.invoke(
        app, ["search", "价格太贵", "--slot", "complaint", "--where", "city=Shanghai", "--k", "5"]
    )
    assert result.exit_code == 0, result.output
    assert "r-sh" in result.output and "价格太贵了" in result.output and "r-bj" not in result.output
    result = runner.invoke(app, ["search", "太贵", "--where", "age>=40", "--json"])
    rows = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [r["respondent_id"] for r in rows] == ["r-bj"] and rows[0]["score"] > 0


def test_rebuild_after_changing_the_embedder(home: Settings) -> None:
    runner = CliRunner()
    # an index built by another embedder configuration (a smaller dimension)
    AnswerStore(make_client(home), HashingEmbedder(dimension=256)).open()
    result = runner.invoke(app, ["search", "价格太贵"])
    assert result.exit_code == 1
    assert "insightbot index --rebuild" in result.output
    assert runner.invoke(app, ["index"]).exit_code == 1
    result = runner.invoke(app, ["index", "--rebuild"])
    assert result.exit_code == 0, result.output
    assert "re-embedding" in result.output and "3 answers" in result.output
    assert runner.invoke(app, ["search", "价格太贵"]).exit_code == 0


def test_search_reports_bad_filters_in_one_line(home: Settings) -> None:
    result = CliRunner().invoke(app, ["search", "太贵", "--where", "age>=old"])
    assert result.exit_code == 1 and "needs a number" in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def client(home: Settings) -> Iterator[TestClient]:
    CliRunner().invoke(app, ["index"])
    web = FastAPI()
    web.state.settings = Settings(home=home.home, admin_token=ADMIN_TOKEN)
    web.state.answers = LazyStore(web.state.settings)
    web.include_router(api.router)
    web.include_router(search_api.router)
    with TestClient(web) as test_client:
        yield test_client


ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def test_search_endpoint(client: TestClient) -> None:
    response = client.get(
        "/api/search",
        params={"q": "价格太贵", "slot": "complaint", "where": "city=Shanghai", "k": 5},
        headers=ADMIN,
    )
    assert response.status_code == 200, response.text
    hits = response.json()["hits"]
    assert [h["respondent_id"] for h in hits] == ["r-sh"]
    assert hits[0]["text"] == "价格太贵了，每个月两百多" and hits[0]["slot"] == "complaint"
    several = client.get(
        "/api/search", params=[("q", "贵"), ("where", "age>=30"), ("where", "age<40")],
        headers=ADMIN,
    )  # fmt: skip
    assert [h["respondent_id"] for h in several.json()["hits"]] == ["r-sh"]


def test_search_endpoint_is_admin_only_and_validates(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "贵"}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.get("/api/search", params={"q": "贵"}, headers=wrong).status_code == 403
    assert client.get("/api/search", params={"q": ""}, headers=ADMIN).status_code == 422
    bad = client.get("/api/search", params={"q": "贵", "where": "age>=x"}, headers=ADMIN)
    assert bad.status_code == 400 and "number" in bad.json()["detail"]
    profiles = client.get(
        "/api/search", params={"q": "Shanghai", "collection": "profiles"}, headers=ADMIN
    )
    assert profiles.json()["hits"][0]["respondent_id"] == "r-sh"

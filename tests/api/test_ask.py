"""`POST /api/ask`: admin only (token, or dashboard session with CSRF), validation, shape."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from analytics.ask.result import AskResponse
from bot.config import Settings
from bot.storage.db import Database
from tests.channels.conftest import make_client
from tests.channels.dashboard_client import log_in
from tests.channels.seed import seed_segments
from tests.conftest import ADMIN_TOKEN

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
QUESTION = {"question": "which segment churns most", "lang": "en"}


@pytest.fixture
def client(settings: Settings, sqlite_db: Database) -> Iterator[TestClient]:
    with make_client(settings, sqlite_db) as c:
        yield c


@pytest.fixture
def seeded(client: TestClient, sqlite_db: Database) -> TestClient:
    seed_segments(sqlite_db)
    return client


def test_ask_needs_the_admin_token(client: TestClient) -> None:
    response = client.post("/api/ask", json=QUESTION)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    wrong = {"Authorization": "Bearer not-the-token"}
    assert client.post("/api/ask", json=QUESTION, headers=wrong).status_code == 403
    assert getattr(client.app.state, "asker", None) is None  # type: ignore[attr-defined]


def test_ask_validates_the_question(client: TestClient) -> None:
    for body in [
        {"question": ""},
        {"question": "   "},
        {"question": "x" * 501},
        {"question": "which segment", "lang": "fr"},
        {},
    ]:
        response = client.post("/api/ask", json=body, headers=ADMIN)
        assert response.status_code == 422, body


def test_a_real_question_gets_answer_table_and_chart(seeded: TestClient) -> None:
    response = seeded.post("/api/ask", json=QUESTION, headers=ADMIN)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == set(AskResponse.model_fields)
    answer = AskResponse.model_validate(body)
    assert answer.question == QUESTION["question"] and answer.lang == "en"
    assert not answer.refused and answer.answer
    assert answer.plan is not None and answer.plan_text
    assert len(answer.table) == 3 and answer.columns
    assert all(set(answer.columns) <= set(row) for row in answer.table)
    assert answer.percent and all(0 <= row[answer.columns[1]] <= 1 for row in answer.table)
    assert answer.chart is not None and len(answer.chart.x) == len(answer.chart.y) == 3
    assert answer.chart.highlight == answer.chart.y.index(max(answer.chart.y))
    assert answer.planner == "offline" and answer.seconds >= 0


def test_unanswerable_questions_are_refused_not_errors(seeded: TestClient) -> None:
    response = seeded.post(
        "/api/ask", json={"question": "what is the airspeed of a swallow"}, headers=ADMIN
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["refused"] is True and body["answer"] and body["table"] == []


def test_the_dashboard_session_asks_with_its_csrf_token(seeded: TestClient) -> None:
    csrf = log_in(seeded)
    assert seeded.post("/api/ask", json=QUESTION).status_code == 403  # cookie without CSRF
    forged = {"X-CSRF-Token": "forged"}
    assert seeded.post("/api/ask", json=QUESTION, headers=forged).status_code == 403
    cross = {"X-CSRF-Token": csrf, "Origin": "https://evil.example"}
    assert seeded.post("/api/ask", json=QUESTION, headers=cross).status_code == 403
    same = {"X-CSRF-Token": csrf, "Origin": "http://testserver"}
    response = seeded.post("/api/ask", json=QUESTION, headers=same)
    assert response.status_code == 200, response.text
    assert response.json()["chart"] is not None


def test_a_chinese_question_is_answered_in_chinese(seeded: TestClient) -> None:
    response = seeded.post("/api/ask", json={"question": "哪个用户群流失率最高？"}, headers=ADMIN)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["lang"] == "zh" and not body["refused"] and len(body["table"]) == 3

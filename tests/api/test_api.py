"""The JSON API contract: shapes, status codes, tokens, and nothing stored for rejected requests."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from bot.app import create_app
from bot.config import Settings
from bot.engine import Engine
from bot.storage import repo
from tests.conftest import ADMIN_TOKEN

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture
def client(engine: Engine, settings: Settings) -> TestClient:
    return TestClient(create_app(settings, engine))


def _start(client: TestClient, **body: object) -> dict:
    response = client.post("/api/sessions", json={"survey": "customer_profile", **body})
    assert response.status_code == 201, response.text
    return response.json()


def _say(client: TestClient, session: dict, text: str) -> dict:
    response = client.post(
        f"/api/sessions/{session['session_id']}/messages",
        json={"text": text},
        headers={"Authorization": f"Bearer {session['token']}"},
    )
    assert response.status_code == 200, response.text
    return response.json()["reply"]


def _messages(engine: Engine) -> int:
    with engine.db.transaction() as db:
        return repo.count_messages(db)


def test_session_creation_returns_the_contract(client: TestClient) -> None:
    body = _start(client, lang="en", channel="web")
    assert set(body) == {"session_id", "respondent_id", "token", "reply"}
    reply = body["reply"]
    assert set(reply) == {"text", "slot", "kind", "options", "done"}
    assert reply["kind"] == "consent" and reply["done"] is False
    assert _start(client, respondent_id="crm-42")["respondent_id"] == "crm-42"


def test_a_conversation_over_http(client: TestClient) -> None:
    session = _start(client, lang="zh")
    reply = _say(client, session, "好的")
    assert reply["kind"] == "question" and reply["slot"] == "name"
    reply = _say(client, session, "我叫李雷")
    assert reply["slot"] == "age"
    reply = _say(client, session, "我25岁，在上海，用光纤")
    assert reply["slot"] == "gender"
    assert [o["id"] for o in reply["options"]] == ["male", "female", "other"]
    state = client.get(
        f"/api/sessions/{session['session_id']}",
        headers={"Authorization": f"Bearer {session['token']}"},
    ).json()
    assert state["stage"] == "survey" and state["current_slot"] == "gender"
    assert state["attributes"]["city"] == "Shanghai"
    assert [m["direction"] for m in state["messages"]][:3] == ["out", "in", "out"]
    attributes = client.get(
        f"/api/respondents/{session['respondent_id']}/attributes", headers=ADMIN
    )
    assert attributes.json() == {
        "name": "李雷",
        "age": 25,
        "city": "Shanghai",
        "internet_service": "fiber_optic",
    }


@pytest.mark.parametrize(
    ("headers", "code"),
    [({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": "Basic x"}, 401)],
)
def test_bad_tokens_are_rejected_and_nothing_is_stored(
    client: TestClient, engine: Engine, headers: dict, code: int
) -> None:
    session = _start(client)
    before = _messages(engine)
    url = f"/api/sessions/{session['session_id']}/messages"
    assert client.post(url, json={"text": "好的"}, headers=headers).status_code == code
    assert client.get(f"/api/sessions/{session['session_id']}", headers=headers).status_code == code
    assert _messages(engine) == before


def test_another_sessions_token_does_not_open_a_session(client: TestClient) -> None:
    mine, theirs = _start(client), _start(client)
    response = client.get(
        f"/api/sessions/{theirs['session_id']}",
        headers={"Authorization": f"Bearer {mine['token']}"},
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"text": ""}, 422),
        ({"text": "   "}, 422),
        ({"text": "字" * 4001}, 413),
        ({}, 422),
        ({"text": 5}, 422),
    ],
)
def test_bad_messages_are_rejected_and_nothing_is_stored(
    client: TestClient, engine: Engine, body: dict, code: int
) -> None:
    session = _start(client)
    before = _messages(engine)
    response = client.post(
        f"/api/sessions/{session['session_id']}/messages",
        json=body,
        headers={"Authorization": f"Bearer {session['token']}"},
    )
    assert response.status_code == code
    assert _messages(engine) == before


def test_unknown_session_and_survey(client: TestClient) -> None:
    response = client.post(
        "/api/sessions/nope/messages", json={"text": "hi"}, headers={"Authorization": "Bearer x"}
    )
    assert response.status_code == 404
    assert client.post("/api/sessions", json={"survey": "nope"}).status_code == 404
    assert client.post("/api/sessions", json={"lang": "fr"}).status_code == 422


def test_oversized_bodies_are_refused_before_parsing(client: TestClient) -> None:
    response = client.post(
        "/api/sessions",
        content=b"{" + b" " * 100_000 + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413


def test_admin_endpoints_need_the_admin_token(client: TestClient) -> None:
    session = _start(client)
    url = f"/api/respondents/{session['respondent_id']}/attributes"
    assert client.get(url).status_code == 401
    assert (
        client.get(url, headers={"Authorization": f"Bearer {session['token']}"}).status_code == 403
    )
    assert client.get("/api/export", headers={"Authorization": "Bearer nope"}).status_code == 403
    assert client.get("/api/respondents/unknown/attributes", headers=ADMIN).status_code == 404


def test_admin_api_is_off_without_a_configured_token(engine: Engine, tmp_path) -> None:
    settings = Settings(home=tmp_path / "h", admin_token=None)
    client = TestClient(create_app(settings, engine))
    response = client.get("/api/export", headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "INSIGHTBOT_ADMIN_TOKEN" in response.json()["detail"]


def test_export_jsonl_and_csv(client: TestClient) -> None:
    session = _start(client, lang="en")
    for text in ["yes", "Call me Ann", "I'd rather not say", "female"]:
        _say(client, session, text)
    lines = client.get("/api/export?format=jsonl", headers=ADMIN).text.strip().splitlines()
    rows = [json.loads(line) for line in lines]
    row = next(r for r in rows if r["respondent_id"] == session["respondent_id"])
    assert row["gender"] == "female" and row["age"] is None and row["refused"] == ["age"]
    response = client.get("/api/export?format=csv", headers=ADMIN)
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    csv_row = next(r for r in table if r["respondent_id"] == session["respondent_id"])
    assert csv_row["gender"] == "female" and csv_row["refused"] == "age"
    assert csv_row["name"] == "Ann"


def test_csv_export_neutralises_spreadsheet_formulas() -> None:
    from bot.export import to_csv
    from bot.survey import load_survey

    survey = load_survey("customer_profile")
    row = {
        "respondent_id": "r1",
        "source": "survey",
        "segment": None,
        "_status": {},
        **dict.fromkeys(survey.slot_names),
    }
    row.update(name="=cmd|' /C calc'!A0", city="@SUM(A1)", monthly_spend=-5.5)
    lines = list(csv.reader(io.StringIO("".join(to_csv(iter([row]), survey)))))
    values = dict(zip(lines[0], lines[1], strict=True))
    assert values["name"] == "'=cmd|' /C calc'!A0" and values["city"] == "'@SUM(A1)"
    assert values["monthly_spend"] == "-5.5"  # numbers stay numbers


def test_openapi_docs_are_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/sessions/{session_id}/messages" in paths


def test_an_existing_respondent_cannot_be_resumed_without_the_admin_token(
    client: TestClient,
) -> None:
    first = _start(client, respondent_id="crm-77", lang="zh")
    _say(client, first, "好的")
    _say(client, first, "我叫李雷")
    response = client.post("/api/sessions", json={"respondent_id": "crm-77"})
    assert response.status_code == 403 and "admin token" in response.json()["detail"]
    resumed = client.post("/api/sessions", json={"respondent_id": "crm-77"}, headers=ADMIN)
    assert resumed.status_code == 201 and resumed.json()["reply"]["slot"] == "age"

"""Fuzzing: the JSON API from its OpenAPI schema (schemathesis) and /wechat with hostile XML.

Two properties for every generated request: no 500, and nothing half-stored — every stored
incoming message has been processed and answered (store-first must never leave an orphan).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode
from sqlalchemy import select

from bot.app import create_app
from bot.brains.offline import OfflineBrain
from bot.config import Settings
from bot.engine import Engine
from bot.storage.db import Database
from bot.storage.models import Message
from tests.channels.conftest import WeChatUser, wechat_settings
from tests.conftest import ADMIN_TOKEN

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


def assert_nothing_half_stored(db: Database) -> None:
    with db.transaction() as session:
        incoming = list(session.scalars(select(Message).where(Message.direction == "in")))
        answered = set(
            session.scalars(select(Message.reply_to).where(Message.reply_to.is_not(None)))
        )
    orphans = [m.text[:40] for m in incoming if not m.processed or m.id not in answered]
    assert not orphans, f"stored but never answered: {orphans}"


@pytest.fixture
def fuzz_app(settings: Settings, sqlite_db: Database) -> Iterator[FastAPI]:
    open_settings = settings.model_copy(
        update={"rate_limit_per_minute": 0, "rate_limit_ip_per_minute": 0}
    )
    app = create_app(open_settings, Engine(sqlite_db, open_settings, OfflineBrain()))
    with TestClient(app) as client:
        started = client.post("/api/sessions", json={"lang": "en"}).json()
        page = client.post("/s/customer_profile/session", json={"lang": "en"})
        started["cookie"] = page.cookies["ib_session"]
        app.state.fuzz_session = started
        yield app


def test_json_api_from_its_schema(fuzz_app: FastAPI) -> None:
    """Every operation in /openapi.json, with generated (valid and invalid) inputs.

    Driven through schemathesis' Python API rather than its pytest plugin, whose fixture loader
    does not yet run under pytest 9.
    """
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    session = fuzz_app.state.fuzz_session
    engine: Engine = fuzz_app.state.engine
    operations = [result.ok() for result in schema.get_all_operations()]
    assert any(op.path == "/api/sessions/{session_id}/messages" for op in operations)
    rng = random.Random(7)
    for operation in operations:
        for mode in GenerationMode:

            @given(case=operation.as_strategy(generation_mode=mode))
            @FUZZ
            def run(case: Any) -> None:
                aim(case, session, rng)
                response = case.call()
                assert response.status_code < 500, (case.method, case.path, response.text[:300])
                assert_nothing_half_stored(engine.db)

            try:
                run()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing invalid to send, e.g. no inputs


def aim(case: Any, session: dict[str, str], rng: random.Random) -> None:
    """Point two thirds of the cases at real objects so they get past the 404s and 401s."""
    if rng.random() < 0.33:
        return
    params = case.path_parameters if case.path_parameters is not None else {}
    if "session_id" in params:
        params["session_id"] = session["session_id"]
    if "survey_id" in params:
        params["survey_id"] = "customer_profile"
    if case.path == "/api/sessions" and isinstance(case.body, dict):
        case.body["survey"] = "customer_profile"
    headers = case.headers if case.headers is not None else {}
    if case.path.startswith("/api/sessions/"):
        headers["Authorization"] = f"Bearer {session['token']}"
    elif case.path.startswith(("/api/respondents", "/api/export", "/api/ask", "/api/search")):
        headers["Authorization"] = f"Bearer {ADMIN_TOKEN}"
    elif case.path.startswith("/s/"):
        headers["Cookie"] = f"ib_session={session['cookie']}"
    case.headers = headers


# --------------------------------------------------------------------------- WeChat

_tag = st.sampled_from(
    [
        "ToUserName",
        "FromUserName",
        "CreateTime",
        "MsgType",
        "Content",
        "MsgId",
        "Event",
        "Encrypt",
        "Recognition",
        "x",
        "xml",
    ]
)
_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
_msg_type = st.sampled_from(["text", "event", "image", "voice", "location", "", "TEXT", "<"])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def wechat_bodies(draw: st.DrawFn, openid: str) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:  # arbitrary bytes
        return draw(st.binary(max_size=300))
    if kind == 1:  # random well-formed-ish trees
        children = draw(st.lists(st.tuples(_tag, _text), max_size=8))
        inner = "".join(f"<{t}>{_escape(v)}</{t}>" for t, v in children)
        root = draw(st.sampled_from(["xml", "xml", "root"]))
        return f"<{root}>{inner}</{root}>".encode()
    if kind == 2:  # a plausible message with hostile fields
        content = draw(_text)
        cdata = content.replace("]]>", "]]]]><![CDATA[>")
        msg_id = draw(st.one_of(st.integers(0, 10**20).map(str), _text))
        event = draw(st.sampled_from(["subscribe", "unsubscribe", "CLICK", ""]))
        return (
            f"<xml><ToUserName>gh</ToUserName><FromUserName>{openid}</FromUserName>"
            f"<CreateTime>1</CreateTime><MsgType>{_escape(draw(_msg_type))}</MsgType>"
            f"<Content><![CDATA[{cdata}]]></Content><MsgId>{_escape(msg_id)}</MsgId>"
            f"<Event>{event}</Event></xml>"
        ).encode()
    good = (  # a valid message, truncated or with a DOCTYPE prepended
        f"<xml><FromUserName>{openid}</FromUserName><MsgType>text</MsgType>"
        f"<Content>hi</Content><MsgId>{draw(st.integers(1, 50))}</MsgId></xml>"
    )
    cut = draw(st.integers(0, len(good)))
    prefix = draw(
        st.sampled_from(["", '<!DOCTYPE xml [<!ENTITY e "x">]>', "<?xml version='1.0'?>"])
    )
    return (prefix + good[:cut]).encode()


@pytest.fixture
def wx_fuzz_client(settings: Settings, sqlite_db: Database) -> Iterator[TestClient]:
    wx = wechat_settings(
        settings, "http://127.0.0.1:9", rate_limit_per_minute=0, wechat_app_secret=None
    )
    with TestClient(create_app(wx, Engine(sqlite_db, wx, OfflineBrain()))) as client:
        yield client


@pytest.mark.parametrize("aes", [False, True], ids=["plain", "aes"])
def test_wechat_with_random_and_malformed_xml(wx_fuzz_client: TestClient, aes: bool) -> None:
    user = WeChatUser(wx_fuzz_client, aes=aes)
    engine: Engine = wx_fuzz_client.app.state.engine  # type: ignore[attr-defined]

    @given(body=wechat_bodies(user.openid))
    @settings(
        max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    def run(body: bytes) -> None:
        if aes:
            response = user.post_xml(body.decode("utf-8", "replace"))
        else:
            response = wx_fuzz_client.post("/wechat", params=user.query(), content=body)
        assert response.status_code in {200, 400, 413}, (body[:200], response.text[:200])
        assert_nothing_half_stored(engine.db)

    run()

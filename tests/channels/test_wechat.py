"""The WeChat webhook end to end, with wechatpy playing WeChat's server.

Covers verification, plain and safe (AES) mode, MsgId deduplication, slow turns handed to the
customer-service API, events and unsupported message types, and the refusals (forged or stale
signatures, oversized bodies, XXE) that must leave the database untouched.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.config import Settings
from bot.engine import Engine
from bot.storage.db import Database
from tests.channels.conftest import (
    WX_TOKEN,
    SlowBrain,
    WeChatUser,
    count_rows,
    current_slot,
    incoming,
    make_client,
    sign,
    wechat_settings,
)
from tests.channels.fake_wechat import FakeWeChatApi


def _db(client: TestClient) -> Database:
    engine: Engine = client.app.state.engine  # type: ignore[attr-defined]
    return engine.db


# --------------------------------------------------------------------------- verification


def test_get_verification_echoes_echostr(wx_client: TestClient) -> None:
    ts, nonce = str(int(time.time())), "n0nce"
    params = {"signature": sign(WX_TOKEN, ts, nonce), "timestamp": ts, "nonce": nonce}
    response = wx_client.get("/wechat", params={**params, "echostr": "hello-123"})
    assert response.status_code == 200 and response.text == "hello-123"


@pytest.mark.parametrize(
    "change",
    [
        {"signature": "0" * 40},
        {"signature": ""},
        {"nonce": "other"},
        {"timestamp": str(int(time.time()) - 3600)},  # stale: outside the replay window
        {"timestamp": "not-a-number"},
    ],
)
def test_get_verification_refuses_bad_signatures(wx_client: TestClient, change: dict) -> None:
    ts, nonce = str(int(time.time())), "n0nce"
    params = {"signature": sign(WX_TOKEN, ts, nonce), "timestamp": ts, "nonce": nonce}
    response = wx_client.get("/wechat", params={**params, **change, "echostr": "x"})
    assert response.status_code == 403


def test_webhook_is_off_without_a_token(settings: Settings, sqlite_db: Database) -> None:
    with make_client(settings, sqlite_db) as client:
        assert client.get("/wechat").status_code == 404
        assert client.post("/wechat", content=b"<xml/>").status_code == 404


# --------------------------------------------------------------------------- conversations


@pytest.mark.parametrize("aes", [False, True], ids=["plain", "aes"])
def test_a_conversation_in_both_modes(wx_client: TestClient, aes: bool) -> None:
    user = WeChatUser(wx_client, aes=aes)
    greeting = user.subscribe()
    assert greeting and "privacy" in greeting.lower()
    assert "http://testserver/privacy/customer_profile?lang=en" in greeting  # absolute for chat
    assert "1. Yes" in greeting  # quick replies become a numbered list
    db = _db(wx_client)
    assert user.say("1")  # "1" picks the first option: Yes
    assert current_slot(db, user.openid) == "name"
    user.say("Ann")
    assert current_slot(db, user.openid) == "age"
    reply = user.say("I'm 30, I live in Berlin")
    assert reply and "1. Male" in reply and current_slot(db, user.openid) == "gender"
    user.say("2")  # numbered answer: Female
    with db.transaction() as session:
        from bot.storage import repo

        respondent_id = incoming(db, user.openid)[0].respondent_id
        values = {k: v.value for k, v in repo.current_attributes(session, respondent_id).items()}
    assert values["age"] == 30 and values["gender"] == "female" and values["name"] == "Ann"


def test_each_openid_is_one_respondent(wx_client: TestClient) -> None:
    user = WeChatUser(wx_client)
    user.subscribe()
    user.say("yes")
    assert user.subscribe()  # re-following resumes: no new respondent, same question
    other = WeChatUser(wx_client)
    other.subscribe()
    messages, respondents = count_rows(_db(wx_client))
    assert respondents == 2
    assert len({m.session_id for m in incoming(_db(wx_client), user.openid)}) == 1


def test_first_contact_without_subscribe_gets_the_greeting(wx_client: TestClient) -> None:
    user = WeChatUser(wx_client)
    reply = user.say("yes", msg_id=77)
    assert reply and "privacy" in reply.lower()  # a "yes" before the notice is not consent
    assert user.say("yes", msg_id=77) == reply  # a retry replays the greeting
    assert [m.text for m in incoming(_db(wx_client), user.openid)] == ["yes"]
    user.say("yes")
    assert current_slot(_db(wx_client), user.openid) == "name"


@pytest.mark.parametrize("aes", [False, True], ids=["plain", "aes"])
def test_retried_msgid_is_stored_and_answered_once(
    settings: Settings, database: Database, fake_api: FakeWeChatApi, aes: bool
) -> None:
    wx = wechat_settings(settings, fake_api.url, wechat_lang="en")
    with make_client(wx, database) as client:
        user = WeChatUser(client, aes=aes)
        user.subscribe()
        first = user.say("yes", msg_id=5001)
        again = [user.say("yes", msg_id=5001) for _ in range(3)]  # WeChat retries up to 3 times
        assert again == [first] * 3
        assert [m.text for m in incoming(database, user.openid)] == ["yes"]
        nxt = user.say("Ann", msg_id=5002)
        assert nxt != first
        assert [m.external_id for m in incoming(database, user.openid)] == ["5001", "5002"]


def test_voice_with_recognition_is_an_answer_other_media_are_not(wx_client: TestClient) -> None:
    user = WeChatUser(wx_client)
    user.subscribe()
    user.say("yes")
    before = count_rows(_db(wx_client))
    question = user.subscribe() or ""  # the current question, resent
    for kind, inner in [
        ("image", "<PicUrl><![CDATA[http://x/y.jpg]]></PicUrl><MsgId>1</MsgId>"),
        ("location", "<Location_X>23.1</Location_X><Location_Y>113.3</Location_Y><MsgId>2</MsgId>"),
        ("voice", "<MediaId><![CDATA[m]]></MediaId><Recognition><![CDATA[]]></Recognition>"),
        ("video", "<MediaId><![CDATA[m]]></MediaId><MsgId>4</MsgId>"),
    ]:
        reply = user.read(user.post_xml(user.xml(kind, inner)))
        assert reply and "type" in reply.lower() and question in reply
    assert count_rows(_db(wx_client)) == before  # polite refusals store nothing
    voice = "<MediaId><![CDATA[m]]></MediaId><Recognition><![CDATA[Ann]]></Recognition>"
    assert user.read(user.post_xml(user.xml("voice", voice + "<MsgId>9</MsgId>")))
    assert current_slot(_db(wx_client), user.openid) == "age"


def test_other_events_answer_success(wx_client: TestClient) -> None:
    user = WeChatUser(wx_client)
    for event in ["unsubscribe", "CLICK", "VIEW"]:
        response = user.post_xml(user.xml("event", f"<Event><![CDATA[{event}]]></Event>"))
        assert response.text == "success"
    assert count_rows(_db(wx_client)) == (0, 0)


class EchoingBrain(SlowBrain):
    """A model that quotes hostile text back, the way an LLM may echo a respondent."""

    def phrase(self, *args: Any, **kwargs: Any) -> str:
        return self.inner.phrase(*args, **kwargs) + " ]]><evil/>&amp;<![CDATA[x]]>"


@pytest.mark.parametrize("aes", [False, True], ids=["plain", "aes"])
def test_reply_text_with_cdata_terminator_survives(
    wx_settings: Settings, sqlite_db: Database, aes: bool
) -> None:
    with make_client(wx_settings, sqlite_db, EchoingBrain(delay=0)) as client:
        user = WeChatUser(client, aes=aes)
        user.subscribe()
        reply = user.say("yes") or ""
        assert reply.split("\n")[0].endswith(" ]]><evil/>&amp;<![CDATA[x]]>")  # intact, inert


def test_rate_limit_per_openid(settings: Settings, sqlite_db: Database, fake_api) -> None:
    wx = wechat_settings(settings, fake_api.url, wechat_lang="en", rate_limit_per_minute=3)
    with make_client(wx, sqlite_db) as client:
        user = WeChatUser(client)
        user.subscribe()
        replies = [user.say(t) for t in ["yes", "Ann", "30", "Berlin"]]
        assert "quickly" in (replies[-1] or "")
        assert len(incoming(sqlite_db, user.openid)) == 3
        assert "quickly" not in (WeChatUser(client).subscribe() or "")  # others unaffected


# --------------------------------------------------------------------------- slow turns


def test_slow_turn_answers_success_and_delivers_later(
    settings: Settings, sqlite_db: Database, fake_api: FakeWeChatApi
) -> None:
    wx = wechat_settings(settings, fake_api.url, wechat_lang="en", wechat_reply_deadline=0.3)
    with make_client(wx, sqlite_db, SlowBrain(delay=1.0)) as client:
        user = WeChatUser(client, aes=True)
        user.subscribe()  # no understanding involved: fast
        started = time.monotonic()
        assert user.say("yes", msg_id=1) is None  # "success" at the deadline
        assert time.monotonic() - started < 0.9
        sent = fake_api.wait_for(1)
        assert sent[0]["touser"] == user.openid and sent[0]["msgtype"] == "text"
        assert current_slot(sqlite_db, user.openid) == "name"
        assert user.say("yes", msg_id=1) == sent[0]["text"]["content"]  # a late retry: replayed
        assert user.say("Ann", msg_id=2) is None
        fake_api.wait_for(2)
        assert fake_api.token_requests == 1  # the access token was cached
        fake_api.fail_next_send(40001)  # WeChat dropped the token: fetch a new one and retry
        assert user.say("30", msg_id=3) is None
        sent = fake_api.wait_for(3)
        assert fake_api.token_requests == 2 and "1. Male" in sent[2]["text"]["content"]
        assert [m.text for m in incoming(sqlite_db, user.openid)] == ["yes", "Ann", "30"]


# --------------------------------------------------------------------------- refusals


def _refused(client: TestClient, response, status: int) -> None:
    assert response.status_code == status, response.text
    assert count_rows(_db(client)) == (0, 0)


@pytest.mark.parametrize("aes", [False, True], ids=["plain", "aes"])
def test_forged_and_stale_signatures_store_nothing(wx_client: TestClient, aes: bool) -> None:
    user = WeChatUser(wx_client, aes=aes)
    xml = user.text_xml("yes", 1)
    _refused(wx_client, user.post_xml(xml, signature="f" * 40), 403)
    _refused(wx_client, user.post_xml(xml, timestamp=str(int(time.time()) - 3600)), 403)
    if aes:
        _refused(wx_client, user.post_xml(xml, msg_signature="0" * 40), 403)
    stale = user.query(timestamp=int(time.time()) - 3600)  # correctly signed but an hour old
    _refused(wx_client, wx_client.post("/wechat", params=stale, content=xml.encode()), 403)


def test_message_for_another_app_is_refused(
    settings: Settings, sqlite_db: Database, fake_api: FakeWeChatApi
) -> None:
    wx = wechat_settings(settings, fake_api.url, wechat_app_id="wx_someone_else")
    with make_client(wx, sqlite_db) as client:
        user = WeChatUser(client, aes=True)  # encrypts for WX_APP_ID
        _refused(client, user.post_xml(user.text_xml("yes", 1)), 400)


def test_oversized_bodies_get_413(wx_client: TestClient) -> None:
    user = WeChatUser(wx_client)
    big = user.text_xml("x" * 30_000, 1)
    _refused(wx_client, user.post_xml(big), 413)
    huge = user.text_xml("x" * 200_000, 2)
    _refused(wx_client, user.post_xml(huge), 413)

    def chunks():
        yield huge.encode()

    response = wx_client.post("/wechat", params=user.query(), content=chunks())
    _refused(wx_client, response, 413)


XXE = [
    '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    "<xml><ToUserName>a</ToUserName><FromUserName>o1</FromUserName>"
    "<MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>",
    '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;">]><xml><FromUserName>o1</FromUserName>'
    "<MsgType>text</MsgType><Content>&c;</Content></xml>",
    '<!DOCTYPE xml SYSTEM "http://127.0.0.1:9/evil.dtd"><xml><FromUserName>o1</FromUserName></xml>',
    "<xml><FromUserName>o1</FromUserName><MsgType>text</MsgType><Content>&amp;",
    "<notxml><FromUserName>o1</FromUserName></notxml>",
    "",
]


@pytest.mark.parametrize(
    "body", XXE, ids=["xxe-file", "entity-bomb", "external-dtd", "broken", "root", "empty"]
)
def test_xxe_and_malformed_xml_are_refused(wx_client: TestClient, body: str) -> None:
    user = WeChatUser(wx_client)
    response = wx_client.post("/wechat", params=user.query(), content=body.encode())
    _refused(wx_client, response, 400)
    assert "root:" not in response.text


def test_aes_mode_needs_the_key(settings: Settings, sqlite_db: Database, fake_api) -> None:
    wx = wechat_settings(settings, fake_api.url, wechat_aes_key=None)
    with make_client(wx, sqlite_db) as client:
        user = WeChatUser(client, aes=True)
        _refused(client, user.post_xml(user.text_xml("yes", 1)), 400)

"""Fixtures for the channel tests: apps with WeChat configured, a fake WeChat API, a WeChat client.

The WeChat client is the independent `wechatpy` package: it encrypts what we receive and must
decrypt and parse what we send back, so our own crypto is checked against someone else's.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.utils import check_signature

from bot.app import create_app
from bot.brains.base import Brain
from bot.brains.offline import OfflineBrain
from bot.config import Settings
from bot.engine import Engine
from bot.storage import repo
from bot.storage.db import Database
from bot.storage.models import Message, Respondent
from tests.channels.fake_wechat import FakeWeChatApi

WX_TOKEN = "wx-test-token"
WX_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters
WX_APP_ID = "wx1234567890abcdef"
WX_SECRET = "wx-app-secret"
ACCOUNT = "gh_insightbot"


class SlowBrain:
    """The offline brain with a delay, standing in for an LLM that takes its time."""

    def __init__(self, delay: float) -> None:
        self.inner = OfflineBrain()
        self.delay = delay
        self.name = self.inner.name

    def understand(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(self.delay)
        return self.inner.understand(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.fixture
def fake_api() -> Iterator[FakeWeChatApi]:
    api = FakeWeChatApi().start()
    yield api
    api.stop()


def wechat_settings(settings: Settings, api_base: str, **overrides: Any) -> Settings:
    values = settings.model_dump()
    values.update(
        wechat_token=WX_TOKEN,
        wechat_aes_key=WX_AES_KEY,
        wechat_app_id=WX_APP_ID,
        wechat_app_secret=WX_SECRET,
        wechat_api_base=api_base,
        admin_token=settings.admin_token,
        secret_key=settings.secret_key,
    )
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def wx_settings(settings: Settings, fake_api: FakeWeChatApi) -> Settings:
    return wechat_settings(settings, fake_api.url, wechat_lang="en")


def make_client(settings: Settings, db: Database, brain: Brain | None = None) -> TestClient:
    engine = Engine(db, settings, brain or OfflineBrain())
    return TestClient(create_app(settings, engine))


@pytest.fixture
def wx_client(wx_settings: Settings, sqlite_db: Database) -> Iterator[TestClient]:
    with make_client(wx_settings, sqlite_db) as client:
        yield client


def sign(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


@dataclass
class WeChatUser:
    """Plays WeChat's server for one follower: signs, encrypts, posts, decrypts and parses."""

    client: TestClient
    openid: str = field(default_factory=lambda: "o" + secrets.token_hex(12))
    aes: bool = False
    crypto: WeChatCrypto = field(
        default_factory=lambda: WeChatCrypto(WX_TOKEN, WX_AES_KEY, WX_APP_ID)
    )
    next_id: int = 1000

    def query(self, encrypt: str | None = None, timestamp: int | None = None) -> dict[str, str]:
        ts = str(timestamp if timestamp is not None else int(time.time()))
        nonce = secrets.token_hex(5)
        signature = sign(WX_TOKEN, ts, nonce)
        check_signature(WX_TOKEN, signature, ts, nonce)  # wechatpy agrees with our test signer
        query = {"signature": signature, "timestamp": ts, "nonce": nonce, "openid": self.openid}
        if encrypt is not None:
            query.update(encrypt_type="aes", msg_signature=sign(WX_TOKEN, ts, nonce, encrypt))
        return query

    def xml(self, msg_type: str, inner: str) -> str:
        return (
            f"<xml><ToUserName><![CDATA[{ACCOUNT}]]></ToUserName>"
            f"<FromUserName><![CDATA[{self.openid}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime>"
            f"<MsgType><![CDATA[{msg_type}]]></MsgType>{inner}</xml>"
        )

    def text_xml(self, text: str, msg_id: int) -> str:
        content = text.replace("]]>", "]]]]><![CDATA[>")
        return self.xml("text", f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id}</MsgId>")

    def post_xml(self, xml: str, **query_overrides: str) -> Any:
        if self.aes:
            envelope = self.crypto.encrypt_message(xml, secrets.token_hex(5), int(time.time()))
            encrypt = re.search(r"<Encrypt><!\[CDATA\[(.*?)\]\]></Encrypt>", envelope)
            assert encrypt is not None
            body = (
                f"<xml><ToUserName><![CDATA[{ACCOUNT}]]></ToUserName>"
                f"<Encrypt><![CDATA[{encrypt.group(1)}]]></Encrypt></xml>"
            )
            query = self.query(encrypt=encrypt.group(1))
        else:
            body, query = xml, self.query()
        query.update(query_overrides)
        return self.client.post("/wechat", params=query, content=body.encode())

    def read(self, response: Any) -> str | None:
        """The reply text (None for 'success'), decrypted and parsed by wechatpy."""
        assert response.status_code == 200, response.text
        if response.text in {"success", ""}:
            return None
        xml = response.text
        if self.aes:
            signature = re.search(r"<MsgSignature><!\[CDATA\[(.*?)\]\]>", xml)
            timestamp = re.search(r"<TimeStamp>(\d+)</TimeStamp>", xml)
            nonce = re.search(r"<Nonce><!\[CDATA\[(.*?)\]\]>", xml)
            assert signature and timestamp and nonce, xml
            xml = self.crypto.decrypt_message(
                xml, signature.group(1), timestamp.group(1), nonce.group(1)
            )
        message = parse_message(xml)
        assert message.type == "text"
        assert message.target == self.openid and message.source == ACCOUNT
        return str(message.content)

    def say(self, text: str, msg_id: int | None = None) -> str | None:
        if msg_id is None:
            self.next_id += 1
            msg_id = self.next_id
        return self.read(self.post_xml(self.text_xml(text, msg_id)))

    def subscribe(self) -> str | None:
        return self.read(self.post_xml(self.xml("event", "<Event><![CDATA[subscribe]]></Event>")))


def count_rows(db: Database) -> tuple[int, int]:
    """(messages, respondents) stored."""
    with db.transaction() as session:
        return repo.count_messages(session), session.query(Respondent).count()


def incoming(db: Database, openid: str) -> list[Message]:
    with db.transaction() as session:
        respondent = (
            session.query(Respondent).filter(Respondent.external_ref == f"wechat:{openid}").one()
        )
        return list(
            session.query(Message)
            .filter(Message.respondent_id == respondent.id, Message.direction == "in")
            .order_by(Message.id)
        )


def current_slot(db: Database, openid: str) -> str | None:
    """The slot the openid's latest session is asking about (question wording varies)."""
    from bot.storage.models import SurveySession

    with db.transaction() as session:
        respondent = (
            session.query(Respondent).filter(Respondent.external_ref == f"wechat:{openid}").one()
        )
        latest = (
            session.query(SurveySession)
            .filter(SurveySession.respondent_id == respondent.id)
            .order_by(SurveySession.created_at.desc())
            .first()
        )
        return latest.current_slot if latest else None

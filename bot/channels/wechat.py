"""The WeChat Official Account webhook (`/wechat`): verification, messages, slow-turn hand-off.

What WeChat imposes and how this module meets it:
- Every push is signed; unsigned, forged or stale requests get 403 before anything is stored.
- Safe mode wraps messages in AES (`encrypt_type=aes`); replies go back in the same mode.
- WeChat waits five seconds, then retries the same `MsgId` up to three times. The engine stores a
  message once per `MsgId` and replays the stored reply, so a retry is never a second answer.
- A turn that would take longer than `wechat_reply_deadline` (an LLM call) answers `success` at
  once and delivers its reply later through the customer-service API (bot/channels/wechat_client).
- Each openid is one respondent; sessions, turns and the hand-off live in
  bot/channels/wechat_channel.py.
"""

from __future__ import annotations

import re
import secrets
import time
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, Response

from bot.channels.wechat_channel import WeChatChannel, t
from bot.channels.wechat_crypto import CryptoError
from bot.channels.wechat_crypto import signature as sign
from bot.channels.wechat_xml import Inbound, XmlError, encrypted_envelope, parse, text_reply
from bot.config import Settings
from bot.engine import Engine

router = APIRouter(include_in_schema=False)

MAX_WECHAT_BODY = 20 * 1024  # a text push is well under 4 KB even encrypted
_OPENID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_PRIVACY_PATH = re.compile(r"(?<![\w/])/privacy/")


def absolute_links(text: str, base_url: str) -> str:
    """Chat clients cannot follow "/privacy/..." paths; make them absolute on this host."""
    return _PRIVACY_PATH.sub(base_url.rstrip("/") + "/privacy/", text)


def channel_from_settings(engine: Engine, settings: Settings) -> WeChatChannel | None:
    """The channel when a WeChat token is configured; None leaves /wechat answering 404."""
    return WeChatChannel(engine, settings) if settings.wechat_token is not None else None


def get_channel(request: Request) -> WeChatChannel:
    channel: WeChatChannel | None = getattr(request.app.state, "wechat", None)
    if channel is None:
        raise HTTPException(404, "the WeChat channel is not configured")
    return channel


# --------------------------------------------------------------------------- routes


@router.get("/wechat")
def verify_server(
    request: Request,
    signature: Annotated[str, Query(max_length=64)] = "",
    timestamp: Annotated[str, Query(max_length=16)] = "",
    nonce: Annotated[str, Query(max_length=64)] = "",
    echostr: Annotated[str, Query(max_length=256)] = "",
) -> PlainTextResponse:
    """WeChat's server check when the webhook URL is saved: echo `echostr` if signed by us."""
    channel = get_channel(request)
    channel.verify(signature, timestamp, nonce)
    return PlainTextResponse(echostr)


@router.post("/wechat")
async def receive(
    request: Request,
    signature: Annotated[str, Query(max_length=64)] = "",
    timestamp: Annotated[str, Query(max_length=16)] = "",
    nonce: Annotated[str, Query(max_length=64)] = "",
    openid: Annotated[str, Query(max_length=64)] = "",
    encrypt_type: Annotated[str, Query(max_length=16)] = "raw",
    msg_signature: Annotated[str, Query(max_length=64)] = "",
) -> Response:
    channel = get_channel(request)
    channel.verify(signature, timestamp, nonce)  # before the body is even read
    body = await request.body()
    if len(body) > MAX_WECHAT_BODY:
        raise HTTPException(413, "request body too large")
    safe = encrypt_type == "aes"
    try:
        message = parse(body)
        if safe:
            if channel.cipher is None:
                raise HTTPException(400, "safe mode is not configured (wechat_aes_key)")
            channel.verify(msg_signature, timestamp, nonce, message.encrypt)
            message = parse(channel.cipher.decrypt(message.encrypt))
    except (XmlError, CryptoError) as exc:
        raise HTTPException(400, str(exc)) from None
    sender = message.from_user
    if not _OPENID.match(sender) or (openid and openid != sender):
        raise HTTPException(400, "missing or inconsistent FromUserName")
    text = await _dispatch(channel, message, sender)
    if not text:
        return PlainTextResponse("success")
    text = absolute_links(text, str(request.base_url))
    xml = text_reply(sender, message.to_user, text)
    if safe and channel.cipher is not None:
        now, reply_nonce = str(int(time.time())), secrets.token_hex(8)
        encrypted = channel.cipher.encrypt(xml)
        xml = encrypted_envelope(
            encrypted, sign(channel.token, now, reply_nonce, encrypted), now, reply_nonce
        )
    return Response(xml, media_type="application/xml")


async def _dispatch(channel: WeChatChannel, message: Inbound, sender: str) -> str | None:
    kind = message.msg_type.lower()
    if kind == "event":
        event = message.event.lower()
        if event == "subscribe":
            return await channel.answer(sender, channel.on_subscribe)
        return None  # unsubscribe, menu clicks, location reports: nothing to say
    if channel.limiter.hit(f"openid:{sender}"):
        return t("slow_down", channel.settings.wechat_lang)
    text = message.content if kind == "text" else message.recognition if kind == "voice" else ""
    if kind not in {"text", "voice"} or not text:
        return await channel.answer(sender, channel.on_unsupported)
    if not text.strip():
        return t("empty", channel.settings.wechat_lang)
    if len(text) > channel.settings.max_message_chars:
        return t("too_long", channel.settings.wechat_lang)
    msg_id = message.msg_id[:64] or None
    return await channel.answer(sender, channel.on_text, text, msg_id)

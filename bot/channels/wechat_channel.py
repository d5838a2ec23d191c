"""The WeChat channel's conversation side: sessions per openid, turns under a deadline.

Split from the webhook routes (bot/channels/wechat.py) so the HTTP concerns (signatures, XML,
crypto) and the conversation concerns (which session, what to say, when to hand off) each stay
small. Turns run in this channel's own thread pool: a turn that overruns the deadline keeps running
after the HTTP request has answered `success`, then delivers through the customer-service API.

Each openid is one respondent (`external_ref = "wechat:<openid>"`). WeChat has no session token,
so the channel derives one from the signing key and the session id: nothing to keep in memory,
the same on every worker and after a restart.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from fastapi import HTTPException
from sqlalchemy.exc import IntegrityError

from bot.channels.options import is_scale, options_for_message
from bot.channels.security import RateLimiter
from bot.channels.wechat_client import WeChatApiError, WeChatClient
from bot.channels.wechat_crypto import WeChatCipher, check_signature
from bot.channels.wechat_xml import split_for_wechat
from bot.config import Settings
from bot.engine import Engine, EngineError
from bot.reply import Reply
from bot.storage import repo, turn_rows
from bot.storage.models import FINISHED_STAGES, SurveySession

log = logging.getLogger(__name__)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")

TEXT = {
    "unsupported": {
        "zh": "抱歉，我只能读懂文字消息。请直接打字回答：",
        "en": "Sorry, I can only read text messages. Please type your answer:",
    },
    "too_long": {
        "zh": "这条消息太长了，请简短一些再发一次。",
        "en": "That message is too long; please send a shorter one.",
    },
    "empty": {"zh": "请直接打字回答。", "en": "Please type your answer."},
    "slow_down": {
        "zh": "消息发得有点快，请稍等片刻再发。",
        "en": "You're sending messages very quickly; please wait a moment.",
    },
    "error": {
        "zh": "抱歉，刚才没处理好，请再发一次。",
        "en": "Sorry, something went wrong on our side. Please send that again.",
    },
    "choose": {"zh": "回复数字即可：", "en": "Reply with a number:"},
}


# A unit of work run in a turn thread: (openid, *args) -> (reply text or None, language).
Work = Callable[..., tuple[str | None, str]]


def t(key: str, lang: str | None) -> str:
    return TEXT[key]["en" if lang == "en" else "zh"]


@dataclass
class _SessionRef:
    session_id: str
    token: str
    lang: str
    stage: str = "consent"
    last: Reply | None = None  # the last bot message, with its quick replies
    created: Reply | None = None  # the greeting, when this lookup started the session


class _Turn:
    """Shared between the request and the worker thread: who answers, passively or later."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.handed_off = False
        self.finished = False


class WeChatChannel:
    """Everything the webhook needs, built once per app from settings."""

    def __init__(
        self, engine: Engine, settings: Settings, client: WeChatClient | None = None
    ) -> None:
        if settings.wechat_token is None:
            raise ValueError("wechat_token is not set")
        self.engine = engine
        self.settings = settings
        self.token = settings.wechat_token.get_secret_value()
        self.cipher: WeChatCipher | None = None
        if settings.wechat_aes_key is not None:
            self.cipher = WeChatCipher(
                settings.wechat_aes_key.get_secret_value(), settings.wechat_app_id or ""
            )
        if client is None and settings.wechat_app_id and settings.wechat_app_secret:
            client = WeChatClient(
                settings.wechat_api_base,
                settings.wechat_app_id,
                settings.wechat_app_secret.get_secret_value(),
            )
        self.client = client
        # Its own pool (same size as the app's): a turn that overruns the deadline keeps running
        # here after the request has answered, which the request's thread pool cannot allow.
        self.executor = ThreadPoolExecutor(
            settings.worker_threads, thread_name_prefix="wechat-turn"
        )
        self.limiter = RateLimiter(settings.rate_limit_per_minute)
        self._key = settings.signing_key()

    # ------------------------------------------------------------------ request checks

    def verify(self, signature_: str | None, timestamp: str, nonce: str, *extra: str) -> None:
        """403 unless the request is signed with our token and recent enough."""
        if not timestamp.isdigit() or len(timestamp) > 12:
            raise HTTPException(403, "bad timestamp")
        if abs(time.time() - int(timestamp)) > self.settings.wechat_max_clock_skew:
            raise HTTPException(403, "stale request")
        if not check_signature(signature_, self.token, timestamp, nonce, *extra):
            raise HTTPException(403, "bad signature")

    # ------------------------------------------------------------------ sessions

    def session_token(self, session_id: str) -> str:
        digest = hmac.new(self._key, f"wechat-session:{session_id}".encode(), hashlib.sha256)
        return base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")

    def find_session(self, openid: str) -> _SessionRef | None:
        """The openid's latest session, its derived token and last bot message.

        Read from a snapshot (no writer lock: this runs before every WeChat turn); only a session
        started before its token was derived gets a short write to set it.
        """
        with self.engine.db.read() as db:
            found = turn_rows.latest_session_by_ref(
                db, f"wechat:{openid}", self.settings.wechat_survey
            )
        if found is None:
            return None
        session, message = found
        token = self.session_token(session.id)
        if session.channel == "wechat" and session.token_hash != repo.hash_token(token):
            with self.engine.db.transaction() as db:
                turn_rows.set_token_hash(db, session.id, repo.hash_token(token))
        last = None
        if message is not None:
            last = self._as_reply(
                message.text, message.kind, message.slot, session.lang, session.stage
            )
        return _SessionRef(session.id, token, session.lang, session.stage, last)

    def _as_reply(
        self, text: str, kind: str | None, slot: str | None, lang: str, stage: str
    ) -> Reply:
        survey = self.engine.survey(self.settings.wechat_survey)
        return Reply.model_validate(
            {
                "text": text,
                "slot": slot,
                "kind": kind or "info",
                "options": options_for_message(survey, kind, slot, lang),
                "done": stage in FINISHED_STAGES,
            }
        )

    def start_session(self, openid: str) -> _SessionRef:
        """A new session for this openid; the engine's random token is replaced by ours."""
        try:
            started = self.engine.start(
                self.settings.wechat_survey,
                lang=self.settings.wechat_lang,
                channel="wechat",
                external_ref=f"wechat:{openid}",
            )
        except IntegrityError:  # a concurrent first message created the respondent just now
            found = self.find_session(openid)
            if found is None:
                raise
            return found
        token = self.session_token(started.session_id)
        lang: str = self.settings.wechat_lang
        stage = "consent"
        with self.engine.db.transaction() as db:
            session = db.get(SurveySession, started.session_id)
            if session is not None:
                session.token_hash = repo.hash_token(token)
                lang, stage = session.lang, session.stage
        return _SessionRef(
            started.session_id, token, lang, stage, started.reply, created=started.reply
        )

    # ------------------------------------------------------------------ turns (worker threads)

    def on_text(self, openid: str, text: str, msg_id: str | None) -> tuple[str | None, str]:
        """Run one text turn; (reply text or None for 'nothing to add', language)."""
        ref = self.find_session(openid)
        if ref is None:
            ref = self.start_session(openid)
            if ref.created is not None:
                self._record_first_contact(ref, text, msg_id)
                return format_reply(ref.created, ref.lang), ref.lang
        try:
            reply = self.engine.handle(
                ref.session_id, ref.token, map_number(text, ref.last), external_id=msg_id
            )
        except IntegrityError:
            # The same MsgId arrived twice at once and the other delivery stored it first (the
            # unique constraint held): that delivery answers, this one says nothing.
            return None, ref.lang
        if not reply.text:  # a retry whose original is still being answered
            return None, ref.lang
        lang = text_lang(reply.text, ref.lang)
        if reply.options is None:  # a replayed reply is stored without its quick replies
            reply = self._as_reply(reply.text, reply.kind, reply.slot, lang, ref.stage)
        return format_reply(reply, lang), lang

    def on_subscribe(self, openid: str) -> tuple[str | None, str]:
        """Greeting and consent for a new follower; the current question for a returning one."""
        ref = self.find_session(openid)
        if ref is not None and ref.last is not None and ref.stage not in {"declined", "deleted"}:
            return format_reply(ref.last, ref.lang), ref.lang
        ref = self.start_session(openid)
        return (format_reply(ref.last, ref.lang) if ref.last else None), ref.lang

    def on_unsupported(self, openid: str) -> tuple[str | None, str]:
        ref = self.find_session(openid)
        if ref is None:
            lang = self.settings.wechat_lang
            return t("unsupported", lang).rstrip("：:"), lang
        last = ref.last
        question = format_reply(last, ref.lang) if last is not None and not last.done else ""
        return (t("unsupported", ref.lang) + "\n" + question).strip().rstrip("：:"), ref.lang

    def _record_first_contact(self, ref: _SessionRef, text: str, msg_id: str | None) -> None:
        """Keep the message that opened the conversation, answered by the greeting.

        It is not read as an answer: the respondent has not seen the privacy notice yet, so even a
        "yes" must not count as consent. Linking the greeting as its reply makes a retried
        delivery replay the greeting instead of starting a turn.
        """
        with self.engine.db.transaction() as db:
            session = repo.get_session(db, ref.session_id)
            if session is None:
                return
            incoming = repo.add_message(
                db, session, "in", text, lang=session.lang, external_id=msg_id
            )
            incoming.processed = True
            for message in repo.transcript(db, session.id):
                if message.direction == "out" and message.reply_to is None:
                    message.reply_to = incoming.id
                    break

    # ------------------------------------------------------------------ the deadline

    async def answer(self, openid: str, work: Work, *args: str | None) -> str | None:
        """Run a turn in a worker; its text if ready in time, else None and deliver it later."""
        turn = _Turn()
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.executor, self._run, turn, openid, work, args)
        if self.client is None:  # nobody to deliver later: let WeChat's own retry wait for it
            return await future
        try:
            return await asyncio.wait_for(
                asyncio.shield(future), timeout=self.settings.wechat_reply_deadline
            )
        except TimeoutError:
            with turn.lock:
                if not turn.finished:
                    turn.handed_off = True
                    return None
            return await future

    def _run(
        self, turn: _Turn, openid: str, work: Work, args: tuple[str | None, ...]
    ) -> str | None:
        lang: str = self.settings.wechat_lang
        try:
            text, lang = work(openid, *args)
        except EngineError as exc:
            log.info("wechat turn refused: %s %s", exc.status, exc.message)
            text = t("error", lang)
        except Exception:
            log.exception("wechat turn failed")
            text = t("error", lang)
        parts = split_for_wechat(text) if text else []
        with turn.lock:
            turn.finished = True
            late = turn.handed_off
        if late:
            self.deliver(openid, parts)
            return None
        if len(parts) > 1:
            self.executor.submit(self.deliver, openid, parts[1:])
        return parts[0] if parts else None

    def deliver(self, openid: str, parts: list[str]) -> None:
        if self.client is None:
            return
        for part in parts:
            try:
                self.client.send_text(openid, part)
            except WeChatApiError as exc:
                log.warning("customer-service message to one openid failed: %s", exc)
                return

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=False)


def format_reply(reply: Reply, lang: str) -> str:
    """A Reply as WeChat text: quick replies become a numbered list (no buttons in chat)."""
    text = reply.text
    if reply.options and not is_scale(reply.options):
        listed = "  ".join(f"{i}. {o.label}" for i, o in enumerate(reply.options, 1))
        text = f"{text}\n{t('choose', lang)}{listed}"
    return text


def text_lang(text: str, fallback: str) -> str:
    """The language a reply is written in (a mid-survey switch changes it within the turn)."""
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))  # letters: an English word is ~5 of them, a Chinese one ~2
    if han == latin == 0:
        return fallback
    return "zh" if han * 2 >= latin else "en"


def map_number(text: str, last: Reply | None) -> str:
    """A bare number answering a numbered list means that option's label."""
    stripped = text.strip()
    if last is None or not last.options or is_scale(last.options) or not stripped.isdigit():
        return text
    index = int(stripped)
    if 1 <= index <= len(last.options):
        return last.options[index - 1].label
    return text

"""The respondent's web chat page (`/`, `/s/{survey_id}`) and the privacy notice page.

Why a cookie and page-local JSON endpoints instead of having the page call the JSON API with a
bearer token: the session token then lives in an HttpOnly cookie that page script cannot read, so
even an injected script could not carry it away. The cookie is SameSite=Lax and the endpoints take
only `application/json` from the same origin, which keeps other sites from posting in a
respondent's name. The page itself is rendered on the server (autoescaped), so a reload shows the
conversation so far, including a finished one, before any script runs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from anyio import to_thread
from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape
from pydantic import BaseModel, Field

from bot.channels.options import options_for_message
from bot.channels.security import RateLimiter, csp_with_style_hashes
from bot.channels.web_links import LinkError, verify_link
from bot.config import Settings
from bot.engine import Engine, EngineError
from bot.reply import Reply
from bot.storage import repo
from bot.survey import Survey, SurveyError

router = APIRouter()
DEFAULT_SURVEY = "customer_profile"
COOKIE = "ib_session"
COOKIE_MAX_AGE = 90 * 24 * 3600
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
_SURVEY_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_PRIVACY_LINK = re.compile(r"/privacy/([a-z][a-z0-9_]{0,63})\?lang=(zh|en)")

Lang = Literal["zh", "en"]

UI: dict[str, dict[str, str]] = {
    "zh": {
        "placeholder": "输入你的回答…",
        "send": "发送",
        "privacy": "隐私声明",
        "typing": "正在输入…",
        "consent_note": "开始之前，请先阅读隐私声明。",
        "finished": "本次调研已完成，感谢参与！如需更正，直接在下方输入即可。",
        "network": "网络出错了，请稍后重试。",
        "rate": "消息发得太快了，请稍等片刻。",
        "too_long": "这条消息太长了，请简短一些。",
        "gone": "这段对话已结束或已删除，请刷新页面重新开始。",
        "error": "出错了，请刷新页面。",
        "switch": "English",
        "invalid_link": "链接无效或已过期，请使用收到的原始链接。",
        "not_found": "没有找到这份调研。",
        "notice_missing": "完整的隐私声明尚未配置（org.yaml）。以下是本调研收集的信息及用途。",
        "collected": "收集的信息",
        "sensitive": "敏感",
        "optional": "可选",
    },
    "en": {
        "placeholder": "Type your answer…",
        "send": "Send",
        "privacy": "Privacy notice",
        "typing": "typing…",
        "consent_note": "Please read the privacy notice before you start.",
        "finished": "This survey is complete. Thank you! To correct an answer, type it below.",
        "network": "Network problem. Please try again.",
        "rate": "You're sending messages very quickly; please wait a moment.",
        "too_long": "That message is too long; please shorten it.",
        "gone": "This conversation has ended or was deleted. Reload the page to start again.",
        "error": "Something went wrong. Please reload the page.",
        "switch": "中文",
        "invalid_link": "This link is invalid or has expired. Please use the link you received.",
        "not_found": "There is no such survey.",
        "notice_missing": (
            "The full privacy notice is not configured yet (org.yaml). "
            "This is what the survey collects and why."
        ),
        "collected": "What we collect",
        "sensitive": "sensitive",
        "optional": "optional",
    },
}


def linkify_privacy(text: str) -> Markup:
    """Escape `text`, then turn privacy-notice paths (and only those) into links."""
    escaped = str(escape(text))
    linked = _PRIVACY_LINK.sub(
        lambda m: (
            f'<a href="/privacy/{m.group(1)}?lang={m.group(2)}" target="_blank" '
            f'rel="noopener">/privacy/{m.group(1)}?lang={m.group(2)}</a>'
        ),
        escaped,
    )
    return Markup(linked)


PAGES = Environment(loader=PackageLoader("bot", "templates"), autoescape=True)
PAGES.filters["linkify_privacy"] = linkify_privacy


def render(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = PAGES.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code)


# --------------------------------------------------------------------------- helpers


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _limiter(request: Request) -> RateLimiter | None:
    return getattr(request.app.state, "respondent_limiter", None)


def _survey(engine: Engine, survey_id: str) -> Survey | None:
    if not _SURVEY_ID.match(survey_id):
        return None
    try:
        return engine.survey(survey_id)
    except SurveyError:
        return None


def _preferred_lang(request: Request, explicit: str | None) -> Lang:
    if explicit in {"zh", "en"}:
        return "en" if explicit == "en" else "zh"
    header = request.headers.get("accept-language", "").strip().lower()
    return "en" if header.startswith("en") else "zh"


def _cookie_session(request: Request) -> tuple[str, str] | None:
    raw = request.cookies.get(COOKIE, "")
    session_id, _, token = raw.partition(".")
    if not session_id or not token or len(raw) > 200:
        return None
    return session_id, token


def _snapshot(engine: Engine, request: Request, survey_id: str) -> dict[str, Any] | None:
    found = _cookie_session(request)
    if found is None:
        return None
    try:
        snapshot = engine.snapshot(*found)
    except EngineError:
        return None
    return snapshot if snapshot["survey"] == survey_id else None


def _check_json_post(request: Request) -> None:
    """Same-origin JSON only: a cross-site form cannot send this content type without CORS."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "send JSON")
    origin = request.headers.get("origin")
    if origin and origin.rstrip("/") != str(request.base_url).rstrip("/"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-origin request refused")


def _link_respondent(
    settings: Settings, survey_id: str, r: str | None, exp: str | None, sig: str | None
) -> str | None:
    if r is None:
        return None
    try:
        return verify_link(settings.signing_key(), survey_id, r, exp, sig)
    except LinkError as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(exc)) from None


def _session_lang(engine: Engine, session_id: str) -> Lang:
    with engine.db.transaction() as db:
        session = repo.get_session(db, session_id)
        return "en" if session is not None and session.lang == "en" else "zh"


# --------------------------------------------------------------------------- pages


@router.get("/", include_in_schema=False)
def home(request: Request) -> RedirectResponse:
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"/s/{DEFAULT_SURVEY}{query}", status_code=307)


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    """No icon: answer browsers' automatic request without a 404 in every console."""
    return Response(status_code=204)


@router.get("/s/{survey_id}", response_class=HTMLResponse, summary="The chat page")
def chat_page(
    request: Request,
    survey_id: str,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    r: Annotated[str | None, Query(max_length=200)] = None,
    exp: Annotated[str | None, Query(max_length=16)] = None,
    sig: Annotated[str | None, Query(max_length=100)] = None,
) -> HTMLResponse:
    engine, settings = _engine(request), _settings(request)
    page_lang = _preferred_lang(request, lang)
    survey = _survey(engine, survey_id)
    if survey is None:
        return render("error.html", 404, lang=page_lang, ui=UI[page_lang], key="not_found")
    try:
        respondent = _link_respondent(settings, survey_id, r, exp, sig)
    except HTTPException:
        return render("error.html", 403, lang=page_lang, ui=UI[page_lang], key="invalid_link")
    snapshot = _snapshot(engine, request, survey_id)
    if snapshot is not None and respondent is not None:
        if snapshot["respondent_id"] != respondent:
            snapshot = None  # this browser holds someone else's session: start the linked one
    messages: list[dict[str, Any]] = []
    options = None
    last_kind = None
    if snapshot is not None:
        page_lang = "en" if snapshot["lang"] == "en" else "zh"
        messages = snapshot["messages"]
        last = next((m for m in reversed(messages) if m["direction"] == "out"), None)
        if last is not None:
            last_kind = last["kind"]
            options = options_for_message(survey, last["kind"], last["slot"], page_lang)
    return render(
        "chat.html",
        lang=page_lang,
        ui=UI[page_lang],
        strings=UI,
        survey=survey,
        title=survey.title.get(page_lang),
        link={"r": r or "", "exp": exp or "", "sig": sig or ""} if respondent else None,
        has_session=snapshot is not None,
        done=bool(snapshot and snapshot["done"]),
        messages=messages,
        options=options,
        last_kind=last_kind,
    )


# --------------------------------------------------------------------------- page endpoints


class StartIn(BaseModel):
    lang: Lang | None = None
    r: str | None = Field(default=None, max_length=200)
    exp: str | None = Field(default=None, max_length=16)
    sig: str | None = Field(default=None, max_length=100)


class WebMessageIn(BaseModel):
    text: str = Field(max_length=100_000)


class WebReply(BaseModel):
    reply: Reply
    lang: Lang


def _with_cookie(request: Request, body: WebReply, survey_id: str, value: str) -> Response:
    response = JSONResponse(body.model_dump())
    response.set_cookie(
        COOKIE,
        value,
        max_age=COOKIE_MAX_AGE,
        path=f"/s/{survey_id}",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/s/{survey_id}/session", response_model=WebReply, summary="Start (page)")
def start_session(request: Request, survey_id: str, body: StartIn) -> Response:
    _check_json_post(request)
    engine, settings = _engine(request), _settings(request)
    if _survey(engine, survey_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown survey")
    respondent = _link_respondent(settings, survey_id, body.r, body.exp, body.sig)
    lang = body.lang or _preferred_lang(request, None)
    started = engine.start(survey_id, respondent_id=respondent, lang=lang, channel="web")
    reply = WebReply(reply=started.reply, lang=_session_lang(engine, started.session_id))
    return _with_cookie(request, reply, survey_id, f"{started.session_id}.{started.token}")


_ERRORS = {401: "gone", 403: "gone", 404: "gone", 410: "gone", 413: "too_long", 429: "rate"}


def _turn(engine: Engine, session_id: str, token: str, text: str) -> WebReply:
    reply = engine.handle(session_id, token, text)
    return WebReply(reply=reply, lang=_session_lang(engine, session_id))


@router.post("/s/{survey_id}/messages", response_model=WebReply, summary="Send (page)")
async def send_message(request: Request, survey_id: str, body: WebMessageIn) -> WebReply:
    """Checks run here; the turn runs in one worker thread (see bot/channels/api.py for why)."""
    _check_json_post(request)
    engine, settings = _engine(request), _settings(request)
    if _survey(engine, survey_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown survey")
    found = _cookie_session(request)
    if found is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "no conversation on this page yet")
    session_id, token = found
    if len(body.text) > settings.max_message_chars:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, "message too long")
    if not body.text.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "text must not be empty")
    limiter = _limiter(request)
    if limiter is not None and (wait := limiter.hit(f"session:{session_id}")):
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS, "slow down", {"Retry-After": str(int(wait) + 1)}
        )
    try:
        return await to_thread.run_sync(_turn, engine, session_id, token, body.text)
    except EngineError as exc:
        raise HTTPException(exc.status, exc.message) from None


# --------------------------------------------------------------------------- privacy notice


def notice_html(engine: Engine, survey: Survey, lang: Lang) -> str | None:
    """The generated notice (bot/privacy/notice.py) as HTML, or None without organization facts.

    It is rendered from the same organization facts the engine loaded (`INSIGHTBOT_ORG_FILE` or
    `<home>/org.yaml`, see bot/privacy/runtime.py), so the page is exactly the document whose
    sha256 consent records cite. Without them the page falls back to the survey's own purposes,
    which is what the consent hash covers in that case.
    """
    org = getattr(getattr(engine, "privacy", None), "org", None)
    if org is None:
        return None
    from bot.privacy.notice import build_notice

    try:
        return build_notice(survey, org, lang, "html", engine.settings).text
    except Exception:  # a notice that cannot render must not take the page down
        return None


@router.get("/privacy/{survey_id}", response_class=HTMLResponse, summary="Privacy notice")
def privacy_page(
    request: Request, survey_id: str, lang: Annotated[str | None, Query(max_length=8)] = None
) -> HTMLResponse:
    engine = _engine(request)
    page_lang = _preferred_lang(request, lang)
    survey = _survey(engine, survey_id)
    if survey is None:
        return render("error.html", 404, lang=page_lang, ui=UI[page_lang], key="not_found")
    generated = notice_html(engine, survey, page_lang)
    if generated is not None and generated.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        # A complete document with its own inline stylesheet: allow exactly that stylesheet.
        return HTMLResponse(
            generated, headers={"Content-Security-Policy": csp_with_style_hashes(generated)}
        )
    return render(
        "privacy.html",
        lang=page_lang,
        ui=UI[page_lang],
        survey=survey,
        title=survey.title.get(page_lang),
        notice=Markup(generated) if generated is not None else None,
    )

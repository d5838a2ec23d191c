"""The marketer dashboard at `/dashboard`: segments, charts, data quality, questions and search.

Login is by the admin token (`INSIGHTBOT_ADMIN_TOKEN`), once; after that a signed session cookie
(`bot/channels/admin_session.py`) carries the dashboard and its JSON calls (`POST /api/ask`,
`GET /api/search`). The page is rendered on the server with the autoescaping environment the chat
page uses, so persona names, category values, keywords and quotes (respondent text) stay text;
chart data travels as a JSON block that the page's one script (`/static/dashboard.js`) draws as
SVG. No CDN, no inline script or style, no inline event handlers: the site-wide CSP holds.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bot.channels import dashboard_data as data
from bot.channels.admin_session import (
    COOKIE,
    LOGIN_COOKIE,
    LOGIN_SECONDS,
    SESSION_SECONDS,
    cookie_session,
    csrf_token,
    new_login_nonce,
    same_origin,
    same_secret,
    session_value,
    token_matches,
)
from bot.channels.dashboard_text import UI
from bot.channels.web import DEFAULT_SURVEY, Lang, render
from bot.config import Settings
from bot.engine import Engine
from bot.survey import Survey, SurveyError

router = APIRouter()
PATH = "/dashboard"
MAX_FORM_BYTES = 4096
# Same-origin requests (the page's own fetches and form posts) keep their Origin and Referer, so
# the server can check them; nothing on this page carries a secret in its URL.
HEADERS = {"Referrer-Policy": "same-origin", "Cache-Control": "no-store"}


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _lang(request: Request, explicit: str | None) -> Lang:
    if explicit in {"zh", "en"}:
        return "en" if explicit == "en" else "zh"
    header = request.headers.get("accept-language", "").strip().lower()
    return "en" if header.startswith("en") else "zh"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _page(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    response = render(template, status_code, **context)
    response.headers.update(HEADERS)
    return response


def _login_page(
    request: Request, lang: Lang, error: str | None = None, status_code: int = 200
) -> HTMLResponse:
    """The token form, with a fresh double-submit value in a short-lived cookie and the form."""
    settings = _settings(request)
    if settings.admin_token is None:
        return _page("dashboard_login.html", 403, lang=lang, ui=UI[lang], off=True)
    nonce = new_login_nonce()
    response = _page(
        "dashboard_login.html", status_code, lang=lang, ui=UI[lang], nonce=nonce, error=error
    )
    response.set_cookie(
        LOGIN_COOKIE,
        nonce,
        max_age=LOGIN_SECONDS,
        path=PATH,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
    )
    return response


async def _form(request: Request) -> dict[str, str]:
    """A small urlencoded form (the only kind these pages post), first value per field."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "send a form")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, "form too large")
    fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items() if values}


def _survey(engine: Engine) -> Survey | None:
    try:
        return engine.survey(DEFAULT_SURVEY)
    except SurveyError:
        return None


# --------------------------------------------------------------------------- pages


@router.get(PATH, response_class=HTMLResponse, include_in_schema=False)
def dashboard(
    request: Request, lang: Annotated[str | None, Query(max_length=8)] = None
) -> HTMLResponse:
    settings = _settings(request)
    page_lang = _lang(request, lang)
    session = cookie_session(request, settings)
    if session is None:
        return _login_page(request, page_lang)
    return _page("dashboard.html", **dashboard_context(request, page_lang, session))


def dashboard_context(request: Request, lang: Lang, session: str) -> dict[str, Any]:
    """Everything the template needs; the frame-derived part comes from the per-app cache."""
    engine, settings = _engine(request), _settings(request)
    ui = UI[lang]
    survey = _survey(engine)
    profiles = data.segment_rows(engine.db)
    cache: data.OverviewCache = request.app.state.dashboard_cache
    overview = cache.get(
        survey.id if survey else "-",
        data.data_version(engine.db),
        lambda: data.build_overview(engine.db, survey, profiles),
    )
    cards = data.segment_cards(profiles, lang, survey)
    titles = {"sizes": ui["chart_sizes"], "churn": ui["chart_churn"]}
    charts = {
        "segments": data.segment_charts(profiles, cards, titles),
        "distributions": data.distribution_charts(
            overview.distributions, lang, survey, ui["n_label"]
        ),
    }
    csrf = csrf_token(settings, session)
    return {
        "lang": lang,
        "other_lang": "zh" if lang == "en" else "en",
        "ui": ui,
        "csrf": csrf,
        "cards": cards,
        "charts": charts,
        "overview": overview,
        "quality": overview.quality,
        "has_data": overview.respondents > 0 or bool(profiles),
        "percent": data.percent,
        "number": data.number,
        "page_data": {"lang": lang, "csrf": csrf, "strings": ui, "charts": charts},
    }


@router.post(PATH + "/login", include_in_schema=False)
async def login(request: Request) -> Response:
    """Check the token (constant time); on success set the session cookie and go to the page."""
    settings = _settings(request)
    form = await _form(request)
    lang = _lang(request, form.get("lang"))
    if settings.admin_token is None:
        return _login_page(request, lang)
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    fresh = bool(nonce) and same_secret(form.get("csrf", ""), nonce)
    if not fresh or not same_origin(request):
        return _login_page(request, lang, UI[lang]["expired_form"], status.HTTP_403_FORBIDDEN)
    if not token_matches(settings, form.get("token", "")):
        return _login_page(request, lang, UI[lang]["wrong_token"], status.HTTP_401_UNAUTHORIZED)
    response = RedirectResponse(f"{PATH}?lang={lang}", status_code=status.HTTP_303_SEE_OTHER)
    response.headers.update(HEADERS)
    response.set_cookie(
        COOKIE,
        session_value(settings),
        max_age=SESSION_SECONDS,
        path="/",
        httponly=True,
        samesite="strict",
        secure=_secure(request),
    )
    response.delete_cookie(LOGIN_COOKIE, path=PATH, httponly=True, samesite="strict")
    return response


@router.post(PATH + "/logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    """Forget the session in this browser (the form carries the session's CSRF token)."""
    settings = _settings(request)
    form = await _form(request)
    lang = _lang(request, form.get("lang"))
    session = cookie_session(request, settings)
    if session is not None:
        valid = same_secret(form.get("csrf", ""), csrf_token(settings, session))
        if not valid or not same_origin(request):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-site request refused")
    response = RedirectResponse(f"{PATH}?lang={lang}", status_code=status.HTTP_303_SEE_OTHER)
    response.headers.update(HEADERS)
    response.delete_cookie(
        COOKIE, path="/", httponly=True, samesite="strict", secure=_secure(request)
    )
    return response

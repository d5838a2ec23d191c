"""JSON API routes for respondents (sessions, messages) and admins (attributes, export).

This is a contract other programs use: shapes and status codes are documented in the README and
pinned by tests. Requests that are rejected (bad token, empty or oversized text) store nothing.

The respondent routes are `async` and hand the engine to a worker thread once, explicitly. A plain
`def` route or dependency costs a thread-pool round trip each in FastAPI (the route, every sync
dependency, even the response check): five per message, each waiting for a free thread behind
whole turns, which multiplied queueing under load. The dependencies here do no I/O and run inline.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from anyio import to_thread
from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from bot import rights
from bot.config import Settings
from bot.engine import Engine, EngineError, Started
from bot.export import export_rows, to_csv, to_jsonl
from bot.privacy.crypto import FieldKeyError
from bot.reply import Reply
from bot.storage import repo
from bot.survey import SurveyError

router = APIRouter(prefix="/api")


async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def bearer(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <token>` header; 401 without one."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "send the session token as 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return authorization[7:].strip()


async def _bearer(authorization: Annotated[str | None, Header()] = None) -> str:
    return bearer(authorization)


TokenDep = Annotated[str, Depends(_bearer)]


def require_admin(settings: Settings, token: str) -> None:
    import hmac

    if settings.admin_token is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "the admin API is off until INSIGHTBOT_ADMIN_TOKEN is set"
        )
    if not hmac.compare_digest(token.encode(), settings.admin_token.get_secret_value().encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "wrong admin token")


async def _require_admin(settings: SettingsDep, token: TokenDep) -> None:
    require_admin(settings, token)


AdminDep = Annotated[None, Depends(_require_admin)]


class SessionCreate(BaseModel):
    survey: str = Field(default="customer_profile", max_length=64)
    respondent_id: str | None = Field(
        default=None, min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:@-]+$"
    )
    lang: Literal["zh", "en"] | None = None
    channel: str | None = Field(default=None, max_length=32, pattern=r"^[a-z0-9_-]+$")


class SessionCreated(BaseModel):
    session_id: str
    respondent_id: str
    token: str
    reply: Reply


class MessageIn(BaseModel):
    text: str


class MessageOut(BaseModel):
    reply: Reply


def _engine_error(error: EngineError) -> HTTPException:
    return HTTPException(error.status, error.message)


def _is_admin(settings: Settings, authorization: str | None) -> bool:
    import hmac

    if settings.admin_token is None or not authorization:
        return False
    given = authorization.removeprefix("Bearer ").removeprefix("bearer ").strip()
    return hmac.compare_digest(given.encode(), settings.admin_token.get_secret_value().encode())


def _start(engine: Engine, body: SessionCreate, admin: bool) -> Started:
    if body.respondent_id is not None and not admin:
        with engine.db.transaction() as db:
            if db.get(repo.Respondent, body.respondent_id) is not None:
                raise HTTPException(
                    status.HTTP_403_FORBIDDEN,
                    "this respondent already exists: resuming needs the admin token "
                    "or a signed link",
                )
    return engine.start(
        body.survey,
        respondent_id=body.respondent_id,
        lang=body.lang,
        channel=body.channel or "api",
    )


@router.post("/sessions", status_code=status.HTTP_201_CREATED, response_model=SessionCreated)
async def create_session(
    body: SessionCreate,
    engine: EngineDep,
    settings: SettingsDep,
    authorization: Annotated[str | None, Header()] = None,
) -> SessionCreated:
    """Start a survey. A new `respondent_id` (e.g. a CRM id) may be given freely; continuing as an
    existing respondent needs the admin token (or a signed link on the web page), since the
    session would show what that person already answered."""
    admin = _is_admin(settings, authorization)
    try:
        started = await to_thread.run_sync(_start, engine, body, admin)
    except SurveyError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    except FieldKeyError as exc:  # the operator's configuration, not the respondent's doing
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc)) from None
    return SessionCreated(
        session_id=started.session_id,
        respondent_id=started.respondent_id,
        token=started.token,
        reply=started.reply,
    )


@router.post("/sessions/{session_id}/messages", response_model=MessageOut)
async def post_message(
    session_id: str, body: MessageIn, token: TokenDep, engine: EngineDep, settings: SettingsDep
) -> MessageOut:
    if len(body.text) > settings.max_message_chars:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"messages are limited to {settings.max_message_chars} characters",
        )
    if not body.text.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "text must not be empty")
    try:
        reply = await to_thread.run_sync(engine.handle, session_id, token, body.text)
    except EngineError as exc:
        raise _engine_error(exc) from None
    return MessageOut(reply=reply)


@router.get("/sessions/{session_id}")
def get_session(session_id: str, token: TokenDep, engine: EngineDep) -> dict[str, Any]:
    try:
        return engine.snapshot(session_id, token)
    except EngineError as exc:
        raise _engine_error(exc) from None


@router.get("/respondents/{respondent_id}/attributes")
def respondent_attributes(
    respondent_id: str, _admin: AdminDep, engine: EngineDep
) -> dict[str, Any]:
    with engine.db.transaction() as db:
        if db.get(repo.Respondent, respondent_id) is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown respondent")
        return engine.current_values(db, respondent_id)


@router.get("/respondents/{respondent_id}/export")
def respondent_export(respondent_id: str, _admin: AdminDep, engine: EngineDep) -> dict[str, Any]:
    """Everything held about one respondent (access and portability requests)."""
    try:
        return rights.export_respondent(engine, respondent_id)
    except rights.UnknownRespondent:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown respondent") from None


@router.delete("/respondents/{respondent_id}")
def respondent_delete(respondent_id: str, _admin: AdminDep, engine: EngineDep) -> dict[str, Any]:
    """Delete a respondent everywhere; the audit log keeps counts, never content."""
    try:
        counts = rights.delete_respondent(engine, respondent_id, actor="admin")
    except rights.UnknownRespondent:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown respondent") from None
    return {"deleted": counts}


@router.get("/export")
def export(
    _admin: AdminDep,
    engine: EngineDep,
    format: Annotated[Literal["jsonl", "csv"], Query()] = "jsonl",
    survey: Annotated[str, Query(max_length=64)] = "customer_profile",
) -> StreamingResponse:
    try:
        definition = engine.survey(survey)
    except SurveyError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    with engine.db.transaction() as db:
        rows = list(export_rows(db, definition, engine.privacy))
    if format == "csv":
        return StreamingResponse(
            to_csv(iter(rows), definition), media_type="text/csv; charset=utf-8"
        )
    return StreamingResponse(to_jsonl(iter(rows)), media_type="application/x-ndjson")

"""`POST /api/ask`: a marketer's question in, an answer with its plan, table and chart out.

Admin only: the admin bearer token, or the dashboard's session cookie with its CSRF header
(`bot/channels/admin_session.py`). The question never becomes code or SQL: the engine behind it
(`analytics.ask.service.Asker`) turns it into a checked query plan and runs that. One asker per
app, opened on first use; it keeps its own dataset cache and is safe to share between threads.
The route is a plain `def`, so the work runs in the thread pool, not on the event loop.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Request, status
from pydantic import BaseModel, Field

from analytics.ask.result import AskResponse
from bot.channels.admin_session import AdminOrSessionDep
from bot.config import Settings

if TYPE_CHECKING:
    from analytics.ask.service import Asker

router = APIRouter(prefix="/api")
_open_lock = threading.Lock()
MAX_QUESTION_CHARS = 500


class AskIn(BaseModel):
    question: str = Field(
        min_length=1,
        max_length=MAX_QUESTION_CHARS,
        description="e.g. 哪个细分流失最多？ or 'churn rate by contract'",
    )
    lang: Literal["zh", "en"] | None = Field(
        default=None, description="answer language; default: the question's own"
    )


def get_asker(request: Request) -> Asker:
    asker: Asker | None = getattr(request.app.state, "asker", None)
    if asker is None:
        with _open_lock:
            asker = getattr(request.app.state, "asker", None)
            if asker is None:
                from analytics.ask.service import Asker

                settings: Settings = request.app.state.settings
                asker = Asker.from_settings(settings, recheck_seconds=1.0)
                request.app.state.asker = asker
    return asker


def close_asker(app: FastAPI) -> None:
    """Release the asker's database connections when the app stops."""
    asker: Asker | None = getattr(app.state, "asker", None)
    if asker is not None:
        app.state.asker = None
        asker.db.dispose()


@router.post("/ask", response_model=AskResponse, summary="Ask a question about the data")
def ask(request: Request, body: AskIn, _admin: AdminOrSessionDep) -> AskResponse:
    """Answer a question in Chinese or English. Unanswerable questions come back with
    `refused: true`, what was not understood and questions that work, not as an error."""
    question = body.question.strip()
    if not question:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "the question is empty")
    return get_asker(request).ask(question, body.lang)

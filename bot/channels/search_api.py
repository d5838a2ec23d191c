"""Admin search over open answers: `GET /api/search?q=价格太贵&slot=complaint&where=city=Shanghai`.

Admin token or the dashboard's session cookie (`bot/channels/admin_session.py`).

The store is the app's one `LazyStore` (`app.state.answers`), shared with the background indexer
and deletions; Chroma clients are safe to share between threads.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from pydantic import BaseModel

from bot.channels.admin_session import AdminOrSessionDep
from retrieval.errors import EmbedderMismatch, RetrievalError
from retrieval.lifecycle import LazyStore
from retrieval.store import ANSWERS, PROFILES, AnswerStore, parse_where

router = APIRouter(prefix="/api")


def get_store(request: Request) -> AnswerStore:
    answers: LazyStore = request.app.state.answers
    try:
        return answers.get()
    except RetrievalError as exc:  # mismatch, unreachable server, missing extra
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc)) from None


StoreDep = Annotated[AnswerStore, Depends(get_store)]


class SearchHit(BaseModel):
    id: str
    respondent_id: str
    score: float
    text: str
    slot: str | None
    metadata: dict[str, Any]


class SearchResult(BaseModel):
    query: str
    hits: list[SearchHit]


@router.get("/search", response_model=SearchResult)
def search(
    _admin: AdminOrSessionDep,
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="what to look for")],
    slot: Annotated[str | None, Query(max_length=64)] = None,
    where: Annotated[
        list[str] | None, Query(description="repeatable: city=Shanghai, age>=30")
    ] = None,
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    collection: Annotated[Literal["answers", "profiles"], Query()] = "answers",
) -> SearchResult:
    try:
        hits = store.search(
            q,
            k=k,
            slot=slot,
            where=parse_where(where or []),
            collection=PROFILES if collection == "profiles" else ANSWERS,
        )
    except EmbedderMismatch as exc:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc)) from None
    except RetrievalError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None
    return SearchResult(
        query=q,
        hits=[
            SearchHit(
                id=h.id,
                respondent_id=h.respondent_id,
                score=h.score,
                text=h.text,
                slot=h.slot,
                metadata=h.metadata,
            )
            for h in hits
        ],
    )

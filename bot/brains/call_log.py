"""The record of every model call, and the figures `insightbot stats` shows from it.

One `LlmCall` row per turn the model was asked about: `attempts` counts the HTTP requests it took
(re-asks and transport retries included), tokens and latency are summed over them, and `outcome`
says how it ended (ok, retried, reasked, fallback). Writing the record must never cost a
respondent their turn, so a failed write is logged and dropped.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import func, select

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.models import LlmCall, Message, SurveySession

log = logging.getLogger(__name__)


@dataclass
class CallRecord:
    session_id: str | None
    task: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    latency_ms: float
    attempts: int
    outcome: str  # ok | retried | reasked | fallback
    error: str | None = None


class CallLog(Protocol):
    def record(self, call: CallRecord) -> None: ...


class MemoryCallLog:
    """Keeps records in a list: for tests and benchmarks that look at calls directly."""

    def __init__(self) -> None:
        self.calls: list[CallRecord] = []

    def record(self, call: CallRecord) -> None:
        self.calls.append(call)


class DatabaseCallLog:
    """Writes each record in its own short transaction, outside any turn's transaction."""

    def __init__(self, db: Database | None = None, settings: Settings | None = None) -> None:
        self._db = db
        self._settings = settings
        self._lock = threading.Lock()

    def _database(self) -> Database:
        with self._lock:
            if self._db is None:
                if self._settings is None:
                    raise RuntimeError("DatabaseCallLog needs a database or settings")
                self._db = Database.from_settings(self._settings)
            return self._db

    def record(self, call: CallRecord) -> None:
        try:
            with self._database().transaction() as db:
                db.add(
                    LlmCall(
                        session_id=call.session_id,
                        task=call.task,
                        model=call.model[:128],
                        prompt_tokens=call.prompt_tokens,
                        completion_tokens=call.completion_tokens,
                        latency_ms=call.latency_ms,
                        attempts=call.attempts,
                        outcome=call.outcome,
                        error=(call.error or None) and call.error[:200],
                    )
                )
        except Exception:  # the turn goes on; the log line says what was lost
            log.warning("could not record an LLM call (%s)", call.outcome, exc_info=True)


@dataclass
class LlmStats:
    calls: int  # logged turn calls
    requests: int  # HTTP requests, retries and re-asks included
    turns: int  # respondent messages in sessions the model served
    prompt_tokens: int
    completion_tokens: int
    completed_surveys: int
    tokens_per_completed_survey: float | None
    fallbacks: int
    outcomes: dict[str, int]
    mean_latency_ms: float | None

    @property
    def calls_per_turn(self) -> float | None:
        return self.requests / self.turns if self.turns else None

    @property
    def fallback_rate(self) -> float | None:
        return self.fallbacks / self.calls if self.calls else None


def llm_stats(database: Database, task: str = "survey_turn") -> LlmStats:
    """Figures over every logged call of `task`: cost per turn, per completed survey, fallbacks."""
    with database.transaction() as db:
        row = db.execute(
            select(
                func.count(LlmCall.id),
                func.coalesce(func.sum(LlmCall.attempts), 0),
                func.coalesce(func.sum(LlmCall.prompt_tokens), 0),
                func.coalesce(func.sum(LlmCall.completion_tokens), 0),
                func.avg(LlmCall.latency_ms),
            ).where(LlmCall.task == task)
        ).one()
        outcomes: dict[str, int] = {
            str(outcome): int(count)
            for outcome, count in db.execute(
                select(LlmCall.outcome, func.count(LlmCall.id))
                .where(LlmCall.task == task)
                .group_by(LlmCall.outcome)
            )
        }
        served = (
            select(LlmCall.session_id)
            .where(LlmCall.task == task, LlmCall.session_id.is_not(None))
            .distinct()
        )
        turns = db.scalar(
            select(func.count(Message.id)).where(
                Message.direction == "in", Message.session_id.in_(served)
            )
        )
        per_session = (
            select(
                LlmCall.session_id.label("sid"),
                func.sum(LlmCall.prompt_tokens + LlmCall.completion_tokens).label("tokens"),
            )
            .where(LlmCall.task == task)
            .group_by(LlmCall.session_id)
            .subquery()
        )
        completed = db.execute(
            select(func.count(), func.avg(per_session.c.tokens))
            .select_from(per_session)
            .join(SurveySession, SurveySession.id == per_session.c.sid)
            .where(SurveySession.completed_at.is_not(None))
        ).one()
    calls, requests, prompt, completion, latency = row
    return LlmStats(
        calls=int(calls),
        requests=int(requests),
        turns=int(turns or 0),
        prompt_tokens=int(prompt),
        completion_tokens=int(completion),
        completed_surveys=int(completed[0]),
        tokens_per_completed_survey=float(completed[1]) if completed[1] is not None else None,
        fallbacks=int(outcomes.get("fallback", 0)),
        outcomes=outcomes,
        mean_latency_ms=float(latency) if latency is not None else None,
    )

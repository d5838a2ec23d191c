"""Repository functions: the only place that knows how conversation data maps onto tables.

Callers own the transaction (`Database.transaction()`); these functions add, query and flush but
never commit, so one turn's writes land together or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage.models import (  # noqa: F401  (Respondent re-exported for routes)
    AttributeValue,
    AuditEvent,
    Consent,
    ImportedRecord,
    Message,
    Respondent,
    SurveySession,
    utcnow,
)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def subject_hash(respondent_id: str) -> str:
    """How audit events name a respondent: stable, but not the id itself."""
    return hashlib.sha256(f"respondent:{respondent_id}".encode()).hexdigest()


# --------------------------------------------------------------------------- respondents, sessions


def get_or_create_respondent(
    db: Session,
    respondent_id: str | None,
    *,
    lang: str | None = None,
    channel: str | None = None,
    external_ref: str | None = None,
    source: str = "survey",
) -> Respondent:
    if external_ref is not None:
        found = db.scalar(select(Respondent).where(Respondent.external_ref == external_ref))
        if found is not None:
            return found
    if respondent_id is not None:
        existing = db.get(Respondent, respondent_id)
        if existing is not None:
            return existing
    respondent = Respondent(
        lang=lang, channel=channel, external_ref=external_ref, source=source, created_at=utcnow()
    )
    if respondent_id is not None:
        respondent.id = respondent_id
    db.add(respondent)
    db.flush()
    return respondent


def create_session(
    db: Session,
    respondent: Respondent,
    *,
    survey_id: str,
    survey_version: str,
    channel: str,
    lang: str,
    token: str,
) -> SurveySession:
    session = SurveySession(
        respondent_id=respondent.id,
        survey_id=survey_id,
        survey_version=survey_version,
        channel=channel,
        lang=lang,
        token_hash=hash_token(token),
        stage="consent",
        turns=0,
    )
    db.add(session)
    db.flush()
    return session


def get_session(db: Session, session_id: str, *, lock: bool = False) -> SurveySession | None:
    query = select(SurveySession).where(SurveySession.id == session_id)
    if lock:
        query = query.with_for_update()
    return db.scalar(query)


def latest_session(db: Session, respondent_id: str, survey_id: str) -> SurveySession | None:
    return db.scalar(
        select(SurveySession)
        .where(SurveySession.respondent_id == respondent_id, SurveySession.survey_id == survey_id)
        .order_by(SurveySession.created_at.desc())
        .limit(1)
    )


# --------------------------------------------------------------------------- messages


def add_message(
    db: Session,
    session: SurveySession,
    direction: str,
    text: str,
    *,
    slot: str | None = None,
    kind: str | None = None,
    lang: str | None = None,
    external_id: str | None = None,
    reply_to: int | None = None,
) -> Message:
    message = Message(
        session_id=session.id,
        respondent_id=session.respondent_id,
        direction=direction,
        text=text,
        slot=slot,
        kind=kind,
        lang=lang,
        external_id=external_id,
        reply_to=reply_to,
        processed=direction == "out",
        created_at=utcnow(),
    )
    db.add(message)
    db.flush()
    return message


def transcript(db: Session, session_id: str) -> list[Message]:
    return list(
        db.scalars(select(Message).where(Message.session_id == session_id).order_by(Message.id))
    )


def unprocessed_messages(db: Session) -> list[Message]:
    """Incoming messages whose turn never completed, oldest first."""
    return list(
        db.scalars(
            select(Message)
            .where(Message.direction == "in", Message.processed.is_(False))
            .order_by(Message.id)
        )
    )


def count_messages(db: Session) -> int:
    return int(db.scalar(select(func.count(Message.id))) or 0)


def is_duplicate_error(error: IntegrityError) -> bool:
    return "uq_message_external" in str(error.orig) or "UNIQUE" in str(error.orig).upper()


# --------------------------------------------------------------------------- attributes


@dataclass(frozen=True)
class StoredValue:
    slot: str
    status: str
    value: Any
    extractor: str
    confidence: float
    source_message_id: int | None


def current_attributes(
    db: Session, respondent_id: str, survey_id: str | None = None
) -> dict[str, AttributeValue]:
    query = select(AttributeValue).where(
        AttributeValue.respondent_id == respondent_id, AttributeValue.superseded_at.is_(None)
    )
    if survey_id is not None:
        query = query.where(AttributeValue.survey_id == survey_id)
    return {row.slot: row for row in db.scalars(query.order_by(AttributeValue.id))}


def iter_current_attributes(db: Session, survey_id: str) -> Iterator[AttributeValue]:
    """Every respondent's current values for a survey, ordered by respondent (for exports)."""
    query = (
        select(AttributeValue)
        .where(AttributeValue.survey_id == survey_id, AttributeValue.superseded_at.is_(None))
        .order_by(AttributeValue.respondent_id, AttributeValue.id)
        .execution_options(yield_per=2000)
    )
    yield from db.scalars(query)


# --------------------------------------------------------------------------- consent, deletion


def record_consent(
    db: Session,
    session: SurveySession,
    *,
    answer: bool,
    notice_version: str,
    notice_hash: str,
    scope: str = "survey",
) -> Consent:
    consent = Consent(
        respondent_id=session.respondent_id,
        session_id=session.id,
        scope=scope,
        notice_version=notice_version,
        notice_hash=notice_hash,
        channel=session.channel,
        answer=answer,
        created_at=utcnow(),
    )
    db.add(consent)
    db.flush()
    return consent


def latest_consent(db: Session, respondent_id: str, scope: str = "survey") -> Consent | None:
    return db.scalar(
        select(Consent)
        .where(Consent.respondent_id == respondent_id, Consent.scope == scope)
        .order_by(Consent.id.desc())
        .limit(1)
    )


def audit(db: Session, event: str, respondent_id: str, actor: str, **detail: Any) -> None:
    db.add(
        AuditEvent(
            event=event,
            subject=subject_hash(respondent_id),
            actor=actor,
            detail=detail or None,
            created_at=utcnow(),
        )
    )


def delete_session_content(db: Session, session: SurveySession) -> None:
    """Remove what a session collected (messages and values), keeping the session and consents."""
    db.execute(delete(AttributeValue).where(AttributeValue.session_id == session.id))
    db.execute(delete(Message).where(Message.session_id == session.id))


def delete_respondent(db: Session, respondent_id: str, *, actor: str) -> dict[str, int]:
    """Delete every row about a respondent; the audit entry records counts, never content."""
    counts: dict[str, int] = {}
    for model in (AttributeValue, Message, Consent, ImportedRecord, SurveySession):
        result = db.execute(delete(model).where(model.respondent_id == respondent_id))
        counts[model.__tablename__] = int(getattr(result, "rowcount", 0) or 0)
    result = db.execute(delete(Respondent).where(Respondent.id == respondent_id))
    counts["respondents"] = int(getattr(result, "rowcount", 0) or 0)
    audit(db, "delete", respondent_id, actor, counts=counts)
    return counts


def respondent_ids(db: Session, respondent_filter: Iterable[str] | None = None) -> list[str]:
    query = select(Respondent.id).order_by(Respondent.created_at)
    if respondent_filter is not None:
        query = query.where(Respondent.id.in_(list(respondent_filter)))
    return list(db.scalars(query))

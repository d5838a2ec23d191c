"""The statements every turn runs, built once and executed through Core.

A respondent turn touches the same few rows every time: its session, the incoming message, the
respondent's current values, the reply. Written through the ORM each of those costs building the
statement, generating its cache key and a unit-of-work flush; measured, that was most of a turn's
CPU time, and one Python process serves every turn on one core. Statements built once with bind
parameters skip all three (their cache key is memoized on the statement), so each costs one
execute. The general repository (repo.py) stays the ORM interface for everything else; these
functions share its tables and its rules (callers own the transaction, nothing commits here).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import Row, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from bot.storage.models import (
    AttributeValue,
    Base,
    Consent,
    Message,
    Respondent,
    SurveySession,
    utcnow,
)

_sessions = Base.metadata.tables[SurveySession.__tablename__]
_messages = Base.metadata.tables[Message.__tablename__]
_values = Base.metadata.tables[AttributeValue.__tablename__]
_consents = Base.metadata.tables[Consent.__tablename__]

# What a turn reads of its session (timestamps are left out: parsing them costs and nobody reads).
_SESSION_COLUMNS = (
    "id",
    "respondent_id",
    "survey_id",
    "survey_version",
    "channel",
    "lang",
    "token_hash",
    "stage",
    "pending",
    "current_slot",
    "turns",
)
_SELECT_SESSION = select(*(_sessions.c[name] for name in _SESSION_COLUMNS)).where(
    _sessions.c.id == bindparam("session_id")
)
_ADVANCE = (
    update(_sessions)
    .where(_sessions.c.id == bindparam("session_id"), _sessions.c.turns == bindparam("expected"))
    .values(
        stage=bindparam("new_stage"),
        pending=bindparam("new_pending", type_=_sessions.c.pending.type),
        current_slot=bindparam("new_current_slot"),
        lang=bindparam("new_lang"),
        turns=bindparam("new_turns"),
        updated_at=bindparam("now", type_=_sessions.c.updated_at.type),
    )
)
_ADVANCE_DONE = _ADVANCE.values(
    completed_at=func.coalesce(
        _sessions.c.completed_at, bindparam("now", type_=_sessions.c.completed_at.type)
    )
)
_INSERT_MESSAGE = insert(_messages)
_MARK_PROCESSED = (
    update(_messages).where(_messages.c.id == bindparam("message_id")).values(processed=True)
)
_BY_EXTERNAL_ID = select(_messages.c.id).where(
    _messages.c.session_id == bindparam("session_id"),
    _messages.c.external_id == bindparam("external_id"),
)
_REPLY_TO = (
    select(_messages.c.text, _messages.c.slot, _messages.c.kind)
    .where(_messages.c.reply_to == bindparam("message_id"))
    .limit(1)
)
_CURRENT_VALUES = (
    select(_values.c.slot, _values.c.status, _values.c.value, _values.c.encrypted_value)
    .where(
        _values.c.respondent_id == bindparam("respondent_id"),
        _values.c.survey_id == bindparam("survey_id"),
        _values.c.superseded_at.is_(None),
    )
    .order_by(_values.c.id)
)
_SUPERSEDE = (
    update(_values)
    .where(
        _values.c.respondent_id == bindparam("of_respondent"),
        _values.c.survey_id == bindparam("of_survey"),
        _values.c.slot == bindparam("of_slot"),
        _values.c.superseded_at.is_(None),
    )
    .values(superseded_at=bindparam("now", type_=_values.c.superseded_at.type))
)
_INSERT_VALUE = insert(_values)
_LATEST_CONSENT = (
    select(_consents.c.answer)
    .where(
        _consents.c.respondent_id == bindparam("respondent_id"),
        _consents.c.scope == bindparam("scope"),
    )
    .order_by(_consents.c.id.desc())
    .limit(1)
)


class CurrentValue(NamedTuple):
    slot: str
    status: str
    value: Any
    encrypted_value: str | None


class StoredReply(NamedTuple):
    text: str
    slot: str | None
    kind: str | None


def load_session(db: Session, session_id: str) -> SurveySession | None:
    """The session as a detached object (not in any ORM session): read it, never flush it."""
    row = db.connection().execute(_SELECT_SESSION, {"session_id": session_id}).first()
    return None if row is None else SurveySession(**row._mapping)


def advance_session(
    db: Session,
    session_id: str,
    *,
    expected_turns: int,
    stage: str,
    pending: dict[str, Any] | None,
    current_slot: str | None,
    lang: str,
) -> bool:
    """Compare-and-set on `turns`: True if this call moved the session on, False if another did."""
    statement = _ADVANCE_DONE if stage == "done" else _ADVANCE
    result = db.connection().execute(
        statement,
        {
            "session_id": session_id,
            "expected": expected_turns,
            "new_stage": stage,
            "new_pending": pending,
            "new_current_slot": current_slot,
            "new_lang": lang,
            "new_turns": expected_turns + 1,
            "now": utcnow(),
        },
    )
    return result.rowcount == 1


def insert_message(
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
) -> int:
    """Store one message (incoming ones unprocessed until their turn commits); its id."""
    result = db.connection().execute(
        _INSERT_MESSAGE,
        {
            "session_id": session.id,
            "respondent_id": session.respondent_id,
            "direction": direction,
            "text": text,
            "slot": slot,
            "kind": kind,
            "lang": lang,
            "external_id": external_id,
            "reply_to": reply_to,
            "processed": direction == "out",
            "indexed_at": None,
            "created_at": utcnow(),
        },
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def mark_processed(db: Session, message_id: int) -> None:
    db.connection().execute(_MARK_PROCESSED, {"message_id": message_id})


def message_by_external_id(db: Session, session_id: str, external_id: str) -> int | None:
    """The id of the message a channel already delivered with this id, if any."""
    return (
        db.connection()
        .execute(_BY_EXTERNAL_ID, {"session_id": session_id, "external_id": external_id})
        .scalar()
    )


def reply_to(db: Session, message_id: int) -> StoredReply | None:
    row = db.connection().execute(_REPLY_TO, {"message_id": message_id}).first()
    return None if row is None else StoredReply(*row)


def current_values(db: Session, respondent_id: str, survey_id: str) -> list[CurrentValue]:
    """The respondent's current value (or refusal) per slot, oldest first."""
    rows = db.connection().execute(
        _CURRENT_VALUES, {"respondent_id": respondent_id, "survey_id": survey_id}
    )
    return [CurrentValue(*row) for row in rows]


def latest_consent_answer(db: Session, respondent_id: str, scope: str = "sensitive") -> bool | None:
    row: Row[Any] | None = (
        db.connection()
        .execute(_LATEST_CONSENT, {"respondent_id": respondent_id, "scope": scope})
        .first()
    )
    return None if row is None else bool(row[0])


def set_value(
    db: Session,
    session: SurveySession,
    slot: str,
    *,
    status: str,
    value: Any,
    encrypted_value: str | None,
    extractor: str,
    confidence: float,
    source_message_id: int | None,
) -> None:
    """repo.set_attribute without the ORM: supersede the slot's current value, add the new one."""
    now = utcnow()
    connection = db.connection()
    connection.execute(
        _SUPERSEDE,
        {
            "of_respondent": session.respondent_id,
            "of_survey": session.survey_id,
            "of_slot": slot,
            "now": now,
        },
    )
    connection.execute(
        _INSERT_VALUE,
        {
            "respondent_id": session.respondent_id,
            "session_id": session.id,
            "survey_id": session.survey_id,
            "slot": slot,
            "value": None if encrypted_value is not None else value,
            "encrypted_value": encrypted_value,
            "status": status,
            "extractor": extractor,
            "confidence": confidence,
            "source_message_id": source_message_id,
            "created_at": now,
            "superseded_at": None,
        },
    )


# --------------------------------------------------------------------------- channel lookups

_respondents = Base.metadata.tables[Respondent.__tablename__]
_LATEST_BY_REF = (
    select(
        _sessions.c.id,
        _sessions.c.channel,
        _sessions.c.lang,
        _sessions.c.stage,
        _sessions.c.token_hash,
    )
    .join(_respondents, _respondents.c.id == _sessions.c.respondent_id)
    .where(
        _respondents.c.external_ref == bindparam("external_ref"),
        _sessions.c.survey_id == bindparam("survey_id"),
    )
    .order_by(_sessions.c.created_at.desc())
    .limit(1)
)
_LAST_REPLY = (
    select(_messages.c.text, _messages.c.slot, _messages.c.kind)
    .where(_messages.c.session_id == bindparam("session_id"), _messages.c.direction == "out")
    .order_by(_messages.c.id.desc())
    .limit(1)
)
_SET_TOKEN = (
    update(_sessions)
    .where(_sessions.c.id == bindparam("session_id"))
    .values(token_hash=bindparam("new_token_hash"))
)


class SessionByRef(NamedTuple):
    id: str
    channel: str
    lang: str
    stage: str
    token_hash: str


def latest_session_by_ref(
    db: Session, external_ref: str, survey_id: str
) -> tuple[SessionByRef, StoredReply | None] | None:
    """A channel identity's (e.g. "wechat:<openid>") latest session and its last bot message."""
    connection = db.connection()
    row = connection.execute(
        _LATEST_BY_REF, {"external_ref": external_ref, "survey_id": survey_id}
    ).first()
    if row is None:
        return None
    last = connection.execute(_LAST_REPLY, {"session_id": row.id}).first()
    return SessionByRef(*row), (None if last is None else StoredReply(*last))


def set_token_hash(db: Session, session_id: str, token_hash: str) -> None:
    db.connection().execute(_SET_TOKEN, {"session_id": session_id, "new_token_hash": token_hash})

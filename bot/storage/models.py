"""Database tables (SQLAlchemy 2 declarative). All conversation state lives here, none in memory.

Attribute values are append-only with provenance: a newer value supersedes an older one by setting
`superseded_at`, so the history of what a respondent said, and which brain read it, stays auditable.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Session stages after which the respondent will say nothing more in that session.
FINISHED_STAGES = frozenset({"done", "declined", "deleted", "stopped_minor"})


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, datetime: DateTime(timezone=True)}


class Respondent(Base):
    __tablename__ = "respondents"

    id: Mapped[str] = mapped_column(String(128), primary_key=True, default=new_id)
    source: Mapped[str] = mapped_column(String(16), default="survey")  # survey | import
    lang: Mapped[str | None] = mapped_column(String(8))
    channel: Mapped[str | None] = mapped_column(String(32))
    # A channel-specific identity, e.g. "wechat:<openid>", so one person maps to one respondent.
    external_ref: Mapped[str | None] = mapped_column(String(200), unique=True)
    segment: Mapped[int | None] = mapped_column(Integer)
    churn_risk: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SurveySession(Base):
    """One respondent taking one survey; `stage` and `pending` are the whole conversation state."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    respondent_id: Mapped[str] = mapped_column(
        ForeignKey("respondents.id", ondelete="CASCADE"), index=True
    )
    survey_id: Mapped[str] = mapped_column(String(64))
    survey_version: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32), default="api")
    lang: Mapped[str] = mapped_column(String(8), default="zh")
    token_hash: Mapped[str] = mapped_column(String(64))
    # consent | survey | paused | done | declined | stopped_minor
    stage: Mapped[str] = mapped_column(String(16), default="consent")
    # What the last bot message waits for: {"type": "confirm" | "clarify" | "followup" |
    # "delete_confirm" | "sensitive_consent", ...}; None when a plain question is open.
    pending: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    current_slot: Mapped[str | None] = mapped_column(String(64))
    turns: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column()


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("session_id", "external_id", name="uq_message_external"),
        Index("ix_messages_session_created", "session_id", "id"),
        Index("ix_messages_index_queue", "direction", "indexed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    respondent_id: Mapped[str] = mapped_column(
        ForeignKey("respondents.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    text: Mapped[str] = mapped_column(Text)
    # For "in": the slot that was being asked when it arrived. For "out": the slot it asks.
    slot: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str | None] = mapped_column(String(16))  # Reply.kind for outgoing messages
    lang: Mapped[str | None] = mapped_column(String(8))
    # A channel's own message id (WeChat MsgId): a retried delivery is stored once.
    external_id: Mapped[str | None] = mapped_column(String(64))
    reply_to: Mapped[int | None] = mapped_column(Integer)
    processed: Mapped[bool] = mapped_column(Boolean, default=False)
    indexed_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AttributeValue(Base):
    __tablename__ = "attribute_values"
    __table_args__ = (Index("ix_attr_respondent_slot", "respondent_id", "slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    respondent_id: Mapped[str] = mapped_column(ForeignKey("respondents.id", ondelete="CASCADE"))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    survey_id: Mapped[str] = mapped_column(String(64))
    slot: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    # Sensitive slot values are stored encrypted here instead of in `value`.
    encrypted_value: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # filled | refused | invalid | unknown
    source_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL")
    )
    extractor: Mapped[str] = mapped_column(String(16))  # offline | llm | import | respondent
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    superseded_at: Mapped[datetime | None] = mapped_column()


class Consent(Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    respondent_id: Mapped[str] = mapped_column(
        ForeignKey("respondents.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(16), default="survey")  # survey | sensitive
    notice_version: Mapped[str] = mapped_column(String(64))
    notice_hash: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(32))
    answer: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """Privacy-relevant events (deletions, exports), recorded without the personal data itself."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))  # sha256 of the respondent id
    actor: Mapped[str] = mapped_column(String(32))  # respondent | admin | cli | retention
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ImportedRecord(Base):
    """One row of an imported behavioural table (CRM, orders, churn flags), joined by key."""

    __tablename__ = "imported_records"
    __table_args__ = (UniqueConstraint("dataset", "respondent_id", name="uq_import_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dataset: Mapped[str] = mapped_column(String(128), index=True)
    respondent_id: Mapped[str] = mapped_column(
        ForeignKey("respondents.id", ondelete="CASCADE"), index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    row_hash: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class DataDictionary(Base):
    """Labels and synonyms for an imported table's columns (``insightbot import --dictionary``),
    so marketers can ask about them in their own words; same shape as the bundled glossary."""

    __tablename__ = "data_dictionaries"

    dataset: Mapped[str] = mapped_column(String(128), primary_key=True)
    columns: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class SegmentProfile(Base):
    """The latest segmentation: one row per segment with its persona and profile numbers."""

    __tablename__ = "segment_profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # segment id, 0 = largest
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(Integer)
    profile: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LlmCall(Base):
    """One model request: what it cost and how it ended (ok, retried, invalid, fallback)."""

    __tablename__ = "llm_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str | None] = mapped_column(String(32), index=True)
    task: Mapped[str] = mapped_column(String(32))  # survey_turn | query_plan | persona | notice
    model: Mapped[str] = mapped_column(String(128))
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    outcome: Mapped[str] = mapped_column(String(16))  # ok | retried | reasked | fallback
    error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

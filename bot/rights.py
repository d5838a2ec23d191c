"""Respondents' data rights: a complete export, deletion everywhere, and retention.

Used by the chat ("show my data", "delete my data"), the admin API and the CLI, so every path
exports the same things and deletes the same things. Deletions are audited by counts only.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from bot.engine import Engine
from bot.privacy.crypto import looks_encrypted
from bot.privacy.org import text as org_text
from bot.storage import repo
from bot.storage.models import (
    AttributeValue,
    Consent,
    ImportedRecord,
    Message,
    Respondent,
    SurveySession,
    utcnow,
)


class UnknownRespondent(LookupError):
    pass


def export_respondent(engine: Engine, respondent_id: str) -> dict[str, Any]:
    """Everything held about one respondent, decrypted, as JSON-ready data."""
    with engine.db.transaction() as db:
        respondent = db.get(Respondent, respondent_id)
        if respondent is None:
            raise UnknownRespondent(respondent_id)
        sessions = list(
            db.scalars(select(SurveySession).where(SurveySession.respondent_id == respondent_id))
        )
        surveys = {s.id: engine.survey(s.survey_id) for s in sessions}
        messages = db.scalars(
            select(Message).where(Message.respondent_id == respondent_id).order_by(Message.id)
        )
        history = db.scalars(
            select(AttributeValue)
            .where(AttributeValue.respondent_id == respondent_id)
            .order_by(AttributeValue.id)
        )
        consents = db.scalars(select(Consent).where(Consent.respondent_id == respondent_id))
        imported = db.scalars(
            select(ImportedRecord).where(ImportedRecord.respondent_id == respondent_id)
        )
        repo.audit(db, "export", respondent_id, "admin")
        return {
            "respondent": {
                "id": respondent.id,
                "source": respondent.source,
                "created_at": respondent.created_at.isoformat(),
                "segment": respondent.segment,
                "churn_risk": respondent.churn_risk,
            },
            "attributes": engine.current_values(db, respondent_id),
            "sessions": [
                {
                    "id": s.id,
                    "survey": s.survey_id,
                    "channel": s.channel,
                    "stage": s.stage,
                    "lang": s.lang,
                    "created_at": s.created_at.isoformat(),
                }
                for s in sessions
            ],
            "messages": [
                {
                    "session_id": m.session_id,
                    "direction": m.direction,
                    "text": engine.privacy.open_text(surveys[m.session_id], m.slot, m.text)
                    if m.session_id in surveys
                    else m.text,
                    "created_at": m.created_at.isoformat(),
                }
                for m in messages
            ],
            "attribute_history": [
                {
                    "slot": a.slot,
                    "status": a.status,
                    "extractor": a.extractor,
                    "confidence": a.confidence,
                    "source_message_id": a.source_message_id,
                    "value": engine.privacy.open_value(
                        engine.survey(a.survey_id), a.encrypted_value, a.value
                    ),
                    "created_at": a.created_at.isoformat(),
                    "superseded_at": a.superseded_at.isoformat() if a.superseded_at else None,
                }
                for a in history
            ],
            "consents": [
                {
                    "scope": c.scope,
                    "answer": c.answer,
                    "notice_version": c.notice_version,
                    "notice_hash": c.notice_hash,
                    "channel": c.channel,
                    "created_at": c.created_at.isoformat(),
                }
                for c in consents
            ],
            "imported": [{"dataset": r.dataset, "data": r.data} for r in imported],
        }


def delete_respondent(engine: Engine, respondent_id: str, actor: str) -> dict[str, int]:
    """Delete a respondent's rows and every copy kept elsewhere (vectors)."""
    with engine.db.transaction() as db:
        if db.get(Respondent, respondent_id) is None:
            raise UnknownRespondent(respondent_id)
        counts = repo.delete_respondent(db, respondent_id, actor=actor)
    engine.forget_elsewhere(respondent_id)
    return counts


_PERIOD = re.compile(r"(\d+(?:\.\d+)?)\s*(year|month|week|day)s?", re.IGNORECASE)
_DAYS = {"year": 365, "month": 30, "week": 7, "day": 1}


def retention_days(engine: Engine) -> int | None:
    """The general retention period of org.yaml in days (the first rule's English period)."""
    org = engine.privacy.org
    if org is None:
        return None
    for rule in org.retention:
        match = _PERIOD.search(org_text(rule.period, "en"))
        if match:
            return int(float(match.group(1)) * _DAYS[match.group(2).lower()])
    return None


def expired_respondents(engine: Engine, days: int) -> list[str]:
    """Respondents with no activity (no message, no import) for more than `days` days."""
    cutoff = utcnow() - timedelta(days=days)
    with engine.db.transaction() as db:
        last_message = (
            select(Message.respondent_id, func.max(Message.created_at).label("last"))
            .group_by(Message.respondent_id)
            .subquery()
        )
        rows = db.execute(
            select(Respondent.id, Respondent.created_at, last_message.c.last).outerjoin(
                last_message, last_message.c.respondent_id == Respondent.id
            )
        )
        return [rid for rid, created, last in rows if _aware(last or created) < cutoff]


def _aware(moment: Any) -> Any:
    from datetime import UTC

    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def rotate_field_keys(engine: Engine) -> int:
    """Re-encrypt every sealed value and sensitive answer with the newest field key.

    Run after putting a new key first in INSIGHTBOT_FIELD_KEY (old keys still listed after it);
    once this returns, the old keys can be removed.
    """
    rotated = 0
    with engine.db.transaction() as db:
        for row in db.scalars(
            select(AttributeValue).where(AttributeValue.encrypted_value.is_not(None))
        ):
            cipher = engine.privacy.cipher(engine.survey(row.survey_id))
            if cipher is not None and row.encrypted_value is not None:
                row.encrypted_value = cipher.rotate(row.encrypted_value)
                rotated += 1
        sessions = {s.id: s.survey_id for s in db.scalars(select(SurveySession))}
        for message in db.scalars(select(Message).where(Message.direction == "in")):
            survey = engine.survey(sessions[message.session_id])
            if engine.privacy.is_sensitive(survey, message.slot) and looks_encrypted(message.text):
                cipher = engine.privacy.cipher(survey)
                if cipher is not None:
                    message.text = cipher.rotate(message.text)
                    rotated += 1
    return rotated

"""Writing results back: segment ids and churn risk on respondents, profiles as segment rows.

A segmentation replaces the previous one as a whole, in one transaction, so `Respondent.segment`
and the `segment_profiles` rows always describe the same run (exports and Chroma filters read
the former, reports the latter). Respondents outside the analysed frame lose their old segment
rather than keep an id that now means something else.
"""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
from sqlalchemy import Table, bindparam, delete, update

from analytics.profiles import redact_profiles
from bot.storage.db import Database
from bot.storage.models import Respondent, SegmentProfile, utcnow

WRITE_BATCH = 20_000


def save_segments(
    db: Database, labels: pd.Series, profiles: list[dict[str, Any]], *, lang: str = "zh"
) -> None:
    """Store assignments (`labels`: respondent id -> segment id) and one row per profile.

    Profiles are stored with their quotes and keywords PII-redacted.
    """
    profiles = redact_profiles(profiles)
    table = cast(Table, Respondent.__table__)
    assign = (
        table.update().where(table.c.id == bindparam("b_id")).values(segment=bindparam("b_seg"))
    )
    rows = [{"b_id": str(rid), "b_seg": int(seg)} for rid, seg in labels.items()]
    now = utcnow()
    with db.transaction() as session:
        session.execute(
            update(Respondent)
            .where(Respondent.segment.is_not(None))
            .values(segment=None)
            .execution_options(synchronize_session=False)
        )
        for start in range(0, len(rows), WRITE_BATCH):
            session.execute(assign, rows[start : start + WRITE_BATCH])
        session.execute(delete(SegmentProfile))
        for profile in profiles:
            persona = profile["persona"].get(lang) or profile["persona"]["en"]
            session.add(
                SegmentProfile(
                    id=int(profile["id"]),
                    name=persona["name"][:200],
                    description=persona["description"],
                    size=int(profile["size"]),
                    profile=profile,
                    created_at=now,
                )
            )


def save_churn_risk(db: Database, scores: pd.Series) -> int:
    """Store each respondent's churn probability; returns how many were written."""
    table = cast(Table, Respondent.__table__)
    stmt = (
        table.update().where(table.c.id == bindparam("b_id")).values(churn_risk=bindparam("b_risk"))
    )
    rows = [{"b_id": str(rid), "b_risk": float(risk)} for rid, risk in scores.dropna().items()]
    with db.transaction() as session:
        for start in range(0, len(rows), WRITE_BATCH):
            session.execute(stmt, rows[start : start + WRITE_BATCH])
    return len(rows)

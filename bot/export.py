"""Exports: one row per respondent, one column per slot, as JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.privacy.runtime import Privacy
from bot.storage import repo
from bot.storage.models import Respondent
from bot.survey import SlotType, Survey


def export_rows(
    db: Session, survey: Survey, privacy: Privacy | None = None
) -> Iterator[dict[str, Any]]:
    """Current values per respondent; refusals are listed apart so they never look missing.

    Sensitive values are decrypted with `privacy` (without it they are left out).
    """
    respondents = {r.id: r for r in db.scalars(select(Respondent))}
    row: dict[str, Any] | None = None
    current: str | None = None
    for value in repo.iter_current_attributes(db, survey.id):
        if value.respondent_id != current:
            if row is not None:
                yield row
            current = value.respondent_id
            row = _blank_row(survey, respondents.get(current))
            row["respondent_id"] = current
        assert row is not None
        if value.status == "filled":
            row[value.slot] = (
                privacy.open_value(survey, value.encrypted_value, value.value)
                if privacy is not None
                else value.value
            )
        else:
            row["_status"][value.slot] = value.status
    if row is not None:
        yield row


def _blank_row(survey: Survey, respondent: Respondent | None) -> dict[str, Any]:
    row: dict[str, Any] = {"respondent_id": None}
    row["source"] = respondent.source if respondent else None
    row["segment"] = respondent.segment if respondent else None
    row.update({slot.name: None for slot in survey.slots})
    row["_status"] = {}
    return row


def to_jsonl(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        out = {key: value for key, value in row.items() if key != "_status"}
        out["refused"] = sorted(s for s, status in row["_status"].items() if status == "refused")
        yield json.dumps(out, ensure_ascii=False) + "\n"


def to_csv(rows: Iterator[dict[str, Any]], survey: Survey) -> Iterator[str]:
    columns = ["respondent_id", "source", "segment", *survey.slot_names, "refused"]
    multi = {s.name for s in survey.slots if s.type == SlotType.multi_choice}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        refused = ";".join(sorted(s for s, st in row["_status"].items() if st == "refused"))
        values = []
        for column in columns[:-1]:
            value = row.get(column)
            if column in multi and isinstance(value, list):
                value = ";".join(value)
            values.append("" if value is None else _csv_safe(value))
        writer.writerow([*values, refused])
        yield buffer.getvalue()


def _csv_safe(value: Any) -> str:
    """Neutralise spreadsheet formulas in respondent text (CSV injection)."""
    text = str(value)
    if text and text[0] in "=+-@\t\r" and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True

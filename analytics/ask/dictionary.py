"""Data dictionaries: a marketer's words for an imported table's columns and values.

    columns:
      plan_tier:
        label: {zh: 套餐档次, en: plan tier}
        synonyms: {zh: [套餐等级], en: [tier, plan level]}
        measure: money          # optional: age | months | money | money_total
        values:
          gold: {zh: 金卡, en: gold, synonyms: [vip, 金牌]}

The shape is the bundled glossary's, so one reader serves both. Validated before anything is
imported: an unknown column or a malformed entry is an error naming the file and the column.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select

from analytics.errors import AnalyticsError
from bot.storage.db import Database
from bot.storage.models import DataDictionary, utcnow


class _Words(BaseModel):
    model_config = ConfigDict(extra="forbid")
    zh: str | None = None
    en: str | None = None
    synonyms: list[str] = Field(default_factory=list)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: _Words | None = None
    synonyms: dict[Literal["zh", "en"], list[str]] = Field(default_factory=dict)
    measure: Literal["age", "months", "money", "money_total"] | None = None
    values: dict[str, _Words] = Field(default_factory=dict)


class _Dictionary(BaseModel):
    model_config = ConfigDict(extra="forbid")
    columns: dict[str, _Entry]


def load_dictionary(path: Path, columns: Iterable[str]) -> dict[str, Any]:
    """The dictionary in `path`, checked against the table's `columns`."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AnalyticsError(f"cannot read the data dictionary {path}: {exc}") from None
    try:
        parsed = _Dictionary.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise AnalyticsError(f"{path}: {where}: {first['msg']}") from None
    columns = list(columns)
    unknown = sorted(set(parsed.columns) - set(columns))
    if unknown:
        raise AnalyticsError(
            f"{path}: the table has no column(s) {', '.join(unknown)}; "
            f"it has: {', '.join(sorted(columns))}"
        )
    return {
        name: entry.model_dump(exclude_none=True, exclude_defaults=True)
        for name, entry in parsed.columns.items()
    }


def save_dictionary(db: Database, dataset: str, columns: dict[str, Any]) -> None:
    """Store (or replace) the dictionary of `dataset`."""
    with db.transaction() as session:
        row = session.scalars(
            select(DataDictionary).where(DataDictionary.dataset == dataset)
        ).first()
        if row is None:
            session.add(DataDictionary(dataset=dataset, columns=columns, updated_at=utcnow()))
        else:
            row.columns, row.updated_at = columns, utcnow()

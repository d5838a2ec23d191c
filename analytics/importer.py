"""Importing behavioural tables (CRM exports, orders, churn flags) and joining them to respondents.

Each row is stored raw, as JSON, in `imported_records` under its dataset name and keyed by the
respondent it belongs to; the key value *is* the respondent id. A key nobody has answered the
survey with creates a respondent with ``source="import"``, so a table alone can be analysed.

Re-importing is idempotent: every row carries a hash of its content, so an unchanged row is
skipped, a changed row is updated in place and only new keys are inserted. Writes go in chunks,
each in its own short transaction, so a 100k-row import never holds SQLite's single write lock
long enough to stall live survey turns; a crash half way is repaired by importing again.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

import pandas as pd
from sqlalchemy import JSON, Table, Text, bindparam, select
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from analytics.columns import ColumnInfo, type_imported
from analytics.errors import AnalyticsError
from bot.storage.db import Database
from bot.storage.models import ImportedRecord, Respondent, utcnow

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
MAX_KEY_LENGTH = 128  # Respondent.id is String(128)
LOOKUP_BATCH = 900  # stays under every database's bound-parameter limit


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do); every skipped row is counted here."""

    dataset: str
    key: str
    rows: int
    columns: list[ColumnInfo] = field(default_factory=list)
    missing_key: int = 0
    too_long_key: int = 0
    identical_duplicates: int = 0
    conflicting_duplicates: int = 0
    new_respondents: int = 0
    existing_respondents: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["columns"] = [column.to_dict() for column in self.columns]
        return out


def read_table(path: Path | str, key: str | None = None) -> pd.DataFrame:
    """Read a CSV or Parquet file; the key column is read as text so "00123" keeps its zeros."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise AnalyticsError(f"{path}: no such file")
    try:
        if suffix in CSV_SUFFIXES:
            sep = "\t" if suffix == ".tsv" else ","
            dtype = {key: "string"} if key else None
            return pd.read_csv(path, sep=sep, dtype=dtype, skipinitialspace=False)
        if suffix in PARQUET_SUFFIXES:
            return pd.read_parquet(path)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise AnalyticsError(f"{path}: cannot read ({exc})") from None
    known = ", ".join(sorted(CSV_SUFFIXES | PARQUET_SUFFIXES))
    raise AnalyticsError(f"{path}: unsupported file type {suffix!r}; use one of {known}")


def normalize_keys(series: pd.Series) -> pd.Series:
    """Key values as stripped strings; integral floats (1.0 from NaN-holed int columns) as '1'."""
    if pd.api.types.is_float_dtype(series.dtype):
        integral = series.dropna().mod(1).eq(0).all()
        if integral:
            series = series.astype("Int64")
    keys = series.astype("string").str.strip()
    return keys.mask(keys == "", pd.NA)


def describe_columns(frame: pd.DataFrame) -> list[ColumnInfo]:
    return [type_imported(str(name), frame[name])[1] for name in frame.columns]


def import_table(
    db: Database,
    frame: pd.DataFrame,
    *,
    key: str,
    dataset: str,
    dry_run: bool = False,
    chunk_size: int = 10_000,
) -> ImportReport:
    """Store `frame` as dataset rows joined to respondents by `key`; see the module docstring.

    Duplicate keys in the file are resolved to the *last* row (a later export line is the newer
    one) and counted, split into identical re-submissions and conflicting rows.
    """
    started = time.perf_counter()
    if key not in frame.columns:
        columns = ", ".join(map(str, frame.columns))
        raise AnalyticsError(f"no key column {key!r}; the file has: {columns}")
    if not dataset or len(dataset) > 128:
        raise AnalyticsError("a dataset name must have 1 to 128 characters")
    frame = frame.reset_index(drop=True)
    keys = normalize_keys(frame[key])
    body = frame.drop(columns=[key])
    report = ImportReport(dataset=dataset, key=key, rows=len(frame), dry_run=dry_run)
    report.columns = describe_columns(body)

    present = keys.notna()
    too_long = present & (keys.str.len() > MAX_KEY_LENGTH).fillna(False)
    report.missing_key = int((~present).sum())
    report.too_long_key = int(too_long.sum())
    usable = present & ~too_long
    content = pd.util.hash_pandas_object(body.astype("string"), index=False)
    pairs = pd.DataFrame({"key": keys, "content": content})[usable]
    superseded = pairs["key"].duplicated(keep="last")
    identical = pairs.duplicated(keep="last")
    report.identical_duplicates = int((superseded & identical).sum())
    report.conflicting_duplicates = int((superseded & ~identical).sum())
    kept = pairs.index[~superseded.to_numpy()]

    for start in range(0, len(kept), chunk_size):
        rows = kept[start : start + chunk_size]
        chunk_keys = keys.loc[rows].tolist()
        records = _json_records(body.loc[rows])
        if dry_run:
            with db.session() as session:
                _apply_chunk(session, dataset, chunk_keys, records, report, write=False)
        else:
            with db.transaction() as session:
                _apply_chunk(session, dataset, chunk_keys, records, report, write=True)
    report.seconds = time.perf_counter() - started
    return report


def _json_records(part: pd.DataFrame) -> list[str]:
    """One JSON object per row, via pandas' C serializer (NaN becomes null, dates ISO 8601)."""
    text = part.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
    # Split on "\n" only: the serializer escapes it inside strings, unlike U+2028.
    lines = [line for line in text.split("\n") if line]
    if len(lines) != len(part):
        raise AnalyticsError("could not serialize the imported rows one per line")
    return lines


def _batches(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), LOOKUP_BATCH):
        yield values[start : start + LOOKUP_BATCH]


def _existing_ids(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for batch in _batches(keys):
        found.update(session.scalars(select(Respondent.id).where(Respondent.id.in_(batch))))
    return found


def _existing_hashes(session: Session, dataset: str, keys: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for batch in _batches(keys):
        query = select(ImportedRecord.respondent_id, ImportedRecord.row_hash).where(
            ImportedRecord.dataset == dataset, ImportedRecord.respondent_id.in_(batch)
        )
        found.update({str(row[0]): str(row[1]) for row in session.execute(query)})
    return found


def _apply_chunk(
    session: Session,
    dataset: str,
    keys: list[str],
    records: list[str],
    report: ImportReport,
    *,
    write: bool,
) -> None:
    now = utcnow()
    known = _existing_ids(session, keys)
    hashes = _existing_hashes(session, dataset, keys)
    new_people = [{"id": k, "source": "import", "created_at": now} for k in keys if k not in known]
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for rid, line in zip(keys, records, strict=True):
        row_hash = hashlib.sha256(line.encode()).hexdigest()
        previous = hashes.get(rid)
        if previous == row_hash:
            report.unchanged += 1
        elif previous is None:
            inserts.append(
                {
                    "dataset": dataset,
                    "respondent_id": rid,
                    "data": line,
                    "row_hash": row_hash,
                    "imported_at": now,
                }
            )
        else:
            updates.append({"b_rid": rid, "b_data": line, "b_hash": row_hash, "b_at": now})
    report.new_respondents += len(new_people)
    report.existing_respondents += len(keys) - len(new_people)
    report.inserted += len(inserts)
    report.updated += len(updates)
    if not write:
        return
    dialect = session.get_bind().dialect.name
    _executemany(session, cast(Table, Respondent.__table__).insert(), new_people)
    table = cast(Table, ImportedRecord.__table__)
    insert = table.insert().values(data=_json_text("data", dialect))
    _executemany(session, insert, inserts)
    update = (
        table.update()
        .where(table.c.dataset == dataset, table.c.respondent_id == bindparam("b_rid"))
        .values(
            data=_json_text("b_data", dialect),
            row_hash=bindparam("b_hash"),
            imported_at=bindparam("b_at"),
        )
    )
    _executemany(session, update, updates)


def _json_text(name: str, dialect: str) -> Any:
    """Bind the JSON text pandas already wrote, skipping a decode/encode round trip per row
    (a third of the import time): SQLite stores JSON as text; other databases cast it."""
    param = bindparam(name, type_=Text)
    return param if dialect == "sqlite" else sa_cast(param, JSON)


def _executemany(session: Session, statement: Any, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        session.execute(statement, rows)


def datasets(db: Database) -> list[str]:
    """Names of the imported datasets, for messages that list what exists."""
    with db.session() as session:
        query = select(ImportedRecord.dataset).distinct().order_by(ImportedRecord.dataset)
        return list(session.scalars(query))

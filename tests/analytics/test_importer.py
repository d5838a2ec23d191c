"""Importing tables: type inference, joining by key, idempotent re-import, dry runs, duplicates."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select

from analytics.columns import type_imported
from analytics.errors import AnalyticsError
from analytics.importer import describe_columns, import_table, read_table
from bot.storage import repo
from bot.storage.db import Database
from bot.storage.models import ImportedRecord, Respondent


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_column_types_of_the_telco_table_are_inferred(telco: pd.DataFrame) -> None:
    kinds = {c.name: c for c in describe_columns(telco.drop(columns=["customer_id"]))}
    assert kinds["churn"].kind == "boolean"  # "Yes" / "No"
    assert kinds["senior_citizen"].kind == "boolean"  # 0 / 1
    assert kinds["tenure"].kind == "numeric"
    assert kinds["contract"].kind == "categorical" and kinds["contract"].unique == 3
    assert kinds["total_charges"].kind == "numeric" and kinds["total_charges"].missing == 11
    assert kinds["payment_method"].kind == "categorical"


def test_numbers_written_as_text_are_read_as_numbers_and_gaps_reported() -> None:
    raw = pd.Series(["29.85", "1889.5", " ", "108.15"] * 10, dtype="object")
    typed, info = type_imported("total_charges", raw)
    assert info.kind == "numeric" and typed.dtype == "float64"
    assert info.missing == 10 and "numbers stored as text" in info.note
    ids = pd.Series([f"7590-VHV{i:03d}" for i in range(60)])
    assert type_imported("customer", ids)[1].kind == "identifier"
    answers = pd.Series([f"the price went up by {i} yuan" for i in range(60)])
    assert type_imported("feedback", answers)[1].kind == "text"


def test_import_creates_respondents_and_keeps_raw_rows(telco_db: Database) -> None:
    assert _count(telco_db, Respondent) == 7043
    assert _count(telco_db, ImportedRecord) == 7043
    with telco_db.session() as session:
        sources = set(session.scalars(select(Respondent.source).distinct()))
        row = session.scalar(select(ImportedRecord).where(ImportedRecord.respondent_id == "C00489"))
    assert sources == {"import"}
    assert row is not None and row.dataset == "telco"
    # Row 489 is one of the eleven new customers without total charges: stored as null, raw.
    assert row.data["total_charges"] is None
    assert row.data["contract"] == "Two year" and row.data["churn"] == "No"


def test_reimport_is_idempotent_and_updates_only_changed_rows(
    telco_db: Database, telco: pd.DataFrame
) -> None:
    again = import_table(telco_db, telco, key="customer_id", dataset="telco")
    assert (again.inserted, again.updated, again.unchanged, again.new_respondents) == (
        0,
        0,
        7043,
        0,
    )
    changed = telco.copy()
    changed.loc[changed["customer_id"] == "C00002", "monthly_charges"] = 99.99
    third = import_table(telco_db, changed, key="customer_id", dataset="telco")
    assert (third.inserted, third.updated, third.unchanged) == (0, 1, 7042)
    assert _count(telco_db, ImportedRecord) == 7043
    with telco_db.session() as session:
        data = session.scalar(
            select(ImportedRecord.data).where(ImportedRecord.respondent_id == "C00002")
        )
    assert data["monthly_charges"] == 99.99


def test_dry_run_reports_without_writing(sqlite_db: Database, telco: pd.DataFrame) -> None:
    report = import_table(sqlite_db, telco.head(100), key="customer_id", dataset="t", dry_run=True)
    assert report.dry_run and report.inserted == 100 and report.new_respondents == 100
    assert _count(sqlite_db, Respondent) == 0 and _count(sqlite_db, ImportedRecord) == 0


def test_duplicate_keys_are_counted_and_the_last_row_wins(sqlite_db: Database) -> None:
    table = pd.DataFrame(
        {
            "id": ["a", "a", "b", "b", "c", None],
            "spend": [10.0, 10.0, 1.0, 2.0, 3.0, 4.0],
        }
    )
    report = import_table(sqlite_db, table, key="id", dataset="orders")
    assert report.identical_duplicates == 1
    assert report.conflicting_duplicates == 1
    assert report.missing_key == 1
    assert report.inserted == 3
    with sqlite_db.session() as session:
        data = session.scalar(
            select(ImportedRecord.data).where(ImportedRecord.respondent_id == "b")
        )
    assert data == {"spend": 2.0}


def test_rows_join_existing_survey_respondents(sqlite_db: Database) -> None:
    with sqlite_db.transaction() as session:
        repo.get_or_create_respondent(session, "C00001", lang="zh", channel="web")
    table = pd.DataFrame({"customer_id": ["C00001", "C00002"], "orders": [3, 5]})
    report = import_table(sqlite_db, table, key="customer_id", dataset="crm")
    assert (report.existing_respondents, report.new_respondents) == (1, 1)
    with sqlite_db.session() as session:
        sources = dict(session.execute(select(Respondent.id, Respondent.source)).all())
    assert sources == {"C00001": "survey", "C00002": "import"}


def test_csv_and_parquet_read_the_same(tmp_path: Path, telco: pd.DataFrame) -> None:
    sample = telco.head(50).copy()
    sample["customer_id"] = [f"{i:05d}" for i in range(50)]  # leading zeros must survive
    sample.to_csv(tmp_path / "t.csv", index=False)
    sample.to_parquet(tmp_path / "t.parquet", index=False)
    from_csv = read_table(tmp_path / "t.csv", "customer_id")
    from_parquet = read_table(tmp_path / "t.parquet", "customer_id")
    assert from_csv["customer_id"].iloc[0] == "00000"
    assert list(from_csv.columns) == list(from_parquet.columns)
    assert from_csv["monthly_charges"].tolist() == from_parquet["monthly_charges"].tolist()


def test_user_errors_name_the_problem(tmp_path: Path, sqlite_db: Database) -> None:
    table = pd.DataFrame({"id": ["a"], "x": [1]})
    with pytest.raises(AnalyticsError, match="no key column 'customer'.*id, x"):
        import_table(sqlite_db, table, key="customer", dataset="d")
    (tmp_path / "t.xlsx").write_text("nope")
    with pytest.raises(AnalyticsError, match="unsupported file type"):
        read_table(tmp_path / "t.xlsx")
    with pytest.raises(AnalyticsError, match="no such file"):
        read_table(tmp_path / "missing.csv")


def test_import_is_idempotent_on_every_backend(database: Database, telco: pd.DataFrame) -> None:
    sample = telco.head(300)
    first = import_table(database, sample, key="customer_id", dataset="telco", chunk_size=128)
    second = import_table(database, sample, key="customer_id", dataset="telco", chunk_size=128)
    assert (first.inserted, second.inserted, second.unchanged) == (300, 0, 300)
    assert _count(database, Respondent) == 300

"""The analysis frame from real conversations (simulated respondents) and imported rows."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import select

from analytics.columns import column_kinds
from analytics.dataset import build_dataset, turn_times
from analytics.importer import import_table
from bot.storage.db import Database
from bot.storage.models import AttributeValue, Respondent
from bot.survey import load_survey


@pytest.fixture(scope="module")
def frame(survey_db: Database) -> pd.DataFrame:
    return build_dataset(survey_db, load_survey("customer_profile"))


def test_one_typed_row_per_respondent(survey_db: Database, frame: pd.DataFrame) -> None:
    with survey_db.session() as session:
        ids = sorted(session.scalars(select(Respondent.id)))
    assert list(frame.index) == ids and frame.index.is_unique
    kinds = column_kinds(frame)
    assert kinds["age"] == "numeric" and kinds["satisfaction"] == "numeric"
    assert kinds["contract"] == "categorical"
    assert list(frame["contract"].cat.categories[:3]) == ["month_to_month", "one_year", "two_year"]
    assert kinds["has_partner"] == "boolean"
    assert kinds["complaint"] == "text"
    assert kinds["interests__music"] == "boolean"  # multi-choice: one flag per option
    assert kinds["age__status"] == "status" and kinds["source"] == "reserved"


def test_refused_is_kept_apart_from_missing(survey_db: Database, frame: pd.DataFrame) -> None:
    with survey_db.session() as session:
        refused = set(
            session.execute(
                select(AttributeValue.respondent_id, AttributeValue.slot).where(
                    AttributeValue.status == "refused", AttributeValue.superseded_at.is_(None)
                )
            )
        )
    assert refused, "the simulation always has a few refusals"
    for respondent, slot in refused:
        assert frame.at[respondent, f"{slot}__status"] == "refused"
        assert pd.isna(frame.at[respondent, slot])
    # Complaint is only asked when satisfaction <= 3: not asked means NA status, not refused.
    not_asked = frame["satisfaction"] > 3
    assert frame.loc[not_asked, "complaint__status"].isna().all()


def test_values_match_what_was_stored(survey_db: Database, frame: pd.DataFrame) -> None:
    with survey_db.session() as session:
        rows = session.scalars(
            select(AttributeValue).where(
                AttributeValue.status == "filled", AttributeValue.superseded_at.is_(None)
            )
        ).all()
    for row in rows:
        if row.slot == "interests":
            for option in row.value:
                assert frame.at[row.respondent_id, f"interests__{option}"]
        elif row.slot in {"age", "tenure_months", "monthly_spend", "satisfaction"}:
            assert frame.at[row.respondent_id, row.slot] == pytest.approx(float(row.value))
        else:
            assert frame.at[row.respondent_id, row.slot] == row.value


def test_imported_columns_join_by_key_and_clashes_are_prefixed(survey_db: Database) -> None:
    survey = load_survey("customer_profile")
    first = build_dataset(survey_db, survey).index[0]
    crm = pd.DataFrame(
        {"id": [first, "crm-only"], "orders": [3, 7], "contract": ["Two year", "One year"]}
    )
    import_table(survey_db, crm, key="id", dataset="crm")
    frame = build_dataset(survey_db, survey)
    assert frame.at[first, "orders"] == 3.0
    assert frame.at[first, "crm__contract"] == "Two year"  # the survey has a contract slot
    assert frame.at["crm-only", "source"] == "import"
    assert frame.at["crm-only", "age__status"] is pd.NA or pd.isna(
        frame.at["crm-only", "age__status"]
    )


def test_turn_times_pair_each_reply_with_the_question_before(survey_db: Database) -> None:
    turns = turn_times(survey_db, "customer_profile")
    assert len(turns) > 30 * 10
    assert (turns["seconds"] >= 0).all() and (turns["chars"] > 0).all()

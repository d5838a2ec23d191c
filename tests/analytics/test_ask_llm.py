"""The LLM query planner against the fake OpenAI server: plans are checked, never trusted."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import select

from analytics.ask.catalog import build_catalog
from analytics.ask.llm_planner import LlmPlanner
from analytics.ask.plan import QueryPlan, Refusal
from analytics.ask.service import Asker
from bot.brains.call_log import DatabaseCallLog
from bot.config import Settings
from bot.storage.db import Database
from bot.storage.models import LlmCall
from tests.fakes.openai_server import Canned, FakeOpenAI, user_texts

EMPTY: dict[str, Any] = {
    "metric": None,
    "target": None,
    "op": None,
    "value": None,
    "group_by": None,
    "filters": [],
    "highlight": None,
    "text_kind": None,
    "text_column": None,
    "topic": None,
    "unsupported": None,
}


def proposal(**fields: Any) -> dict[str, Any]:
    return {**EMPTY, **fields}


@pytest.fixture
def catalog(telco_frame: pd.DataFrame):
    return build_catalog(telco_frame)


@pytest.fixture
def planner(llm_settings: Settings, sqlite_db: Database) -> LlmPlanner:
    return LlmPlanner(llm_settings, call_log=DatabaseCallLog(sqlite_db))


def _calls(db: Database) -> list[LlmCall]:
    with db.session() as session:
        return list(session.scalars(select(LlmCall)))


def test_a_valid_plan_is_checked_and_values_mapped(
    planner: LlmPlanner, fake: FakeOpenAI, catalog, sqlite_db: Database
) -> None:
    fake.enqueue(
        Canned.json(
            proposal(
                metric="rate",
                target="churn",
                value=True,
                group_by="contract",
                filters=[{"column": "internet_service", "op": "==", "value": "fiber"}],
                highlight="highest",
            )
        )
    )
    plan = planner("光纤用户里哪种合约流失最多？", catalog, "zh")
    assert isinstance(plan, QueryPlan)
    assert plan.filters[0].value == "Fiber optic", "the model's word is mapped to the stored value"
    sent = json.dumps(fake.history[0], ensure_ascii=False)
    assert "Month-to-month" in sent and "internet_service" in sent, "the catalog is sent"
    assert "C00001" not in sent, "rows never leave the machine"
    [call] = _calls(sqlite_db)
    assert (call.task, call.outcome, call.attempts) == ("query_plan", "ok", 1)


def test_an_unknown_column_is_asked_again_once_with_the_error(
    planner: LlmPlanner, fake: FakeOpenAI, catalog, sqlite_db: Database
) -> None:
    fake.enqueue(
        Canned.json(proposal(metric="mean", target="income")),
        Canned.json(proposal(metric="mean", target="monthly_charges")),
    )
    plan = planner("average income", catalog, "en")
    assert isinstance(plan, QueryPlan) and plan.target == "monthly_charges"
    assert "unknown column 'income'" in user_texts(fake.history[1])
    assert _calls(sqlite_db)[0].outcome == "reasked"


def test_two_invalid_plans_give_up_so_the_offline_planner_answers(
    planner: LlmPlanner, fake: FakeOpenAI, catalog, sqlite_db: Database
) -> None:
    fake.enqueue(Canned.text("SELECT * FROM respondents"), Canned.json({"code": "df.eval()"}))
    assert planner("which segment churns most", catalog, "en") is None
    assert _calls(sqlite_db)[0].outcome == "fallback"


def test_server_errors_fall_back_without_an_exception(
    planner: LlmPlanner, fake: FakeOpenAI, catalog
) -> None:
    fake.enqueue(Canned.error(500))
    assert planner("which segment churns most", catalog, "en") is None


def test_the_model_may_decline_but_never_supplies_a_number(
    planner: LlmPlanner, fake: FakeOpenAI, catalog
) -> None:
    fake.enqueue(Canned.json(proposal(unsupported="the data has no income column")))
    refusal = planner("average income", catalog, "en")
    assert isinstance(refusal, Refusal) and "income" in refusal.reason
    assert refusal.suggestions


def test_pii_in_the_question_is_redacted_before_it_is_sent(
    planner: LlmPlanner, fake: FakeOpenAI, catalog
) -> None:
    fake.enqueue(Canned.json(proposal(metric="count")))
    planner("how many customers like 13812345678 or a@b.com", catalog, "en")
    sent = user_texts(fake.history[0])
    assert "13812345678" not in sent and "a@b.com" not in sent


def test_asker_uses_the_model_then_the_offline_planner_when_it_fails(
    llm_settings: Settings, fake: FakeOpenAI, telco_db: Database
) -> None:
    asker = Asker(telco_db, None, llm_planner=LlmPlanner(llm_settings, DatabaseCallLog(telco_db)))
    fake.enqueue(
        Canned.json(
            proposal(
                metric="count",
                filters=[
                    {"column": "senior_citizen", "op": "==", "value": True},
                ],
            )
        )
    )
    answered = asker.ask("how many older customers are there")
    assert answered.planner == "llm" and not answered.refused
    frame = asker.snapshot().frame
    assert answered.table[0]["n"] == int(frame["senior_citizen"].sum())

    fake.enqueue(Canned.error(503))
    fallback = asker.ask("how many seniors")
    assert fallback.planner == "offline"
    assert fallback.table[0]["n"] == int(frame["senior_citizen"].sum())


def test_a_rate_may_count_a_bound_rather_than_one_value(
    llm_settings: Settings, fake: FakeOpenAI, telco_db: Database
) -> None:
    asker = Asker(telco_db, None, llm_planner=LlmPlanner(llm_settings, DatabaseCallLog(telco_db)))
    fake.enqueue(Canned.json(proposal(metric="rate", target="monthly_charges", op=">", value=80)))
    answered = asker.ask("what share pay more than 80 a month")
    assert answered.planner == "llm" and answered.plan_text == "rate(monthly_charges > 80)"
    charges = asker.snapshot().frame["monthly_charges"].dropna()
    (label, share), (n_label, n) = answered.table[0].items()
    assert (label, n_label, n) == ("share with monthly spend > 80", "n", len(charges))
    assert share == pytest.approx((charges > 80).mean(), abs=1e-6)


def test_an_operator_without_a_value_is_asked_again(
    planner: LlmPlanner, fake: FakeOpenAI, catalog
) -> None:
    fake.enqueue(
        Canned.json(proposal(metric="mean", target="monthly_charges", op=">=")),
        Canned.json(proposal(metric="mean", target="monthly_charges")),
    )
    plan = planner("average monthly charge", catalog, "en")
    assert isinstance(plan, QueryPlan) and plan.op == "=="
    assert "needs a target column and a value" in user_texts(fake.history[1])


def test_the_model_planner_is_built_only_when_a_model_is_configured(
    llm_settings: Settings, settings: Settings
) -> None:
    assert isinstance(Asker.from_settings(llm_settings).llm_planner, LlmPlanner)
    assert Asker.from_settings(settings).llm_planner is None


def test_asking_offline_loads_no_model_client_index_or_chart_library(settings: Settings) -> None:
    """The model client, Chroma and matplotlib cost seconds at start; offline numbers need none."""
    probe = (
        "import sys\n"
        "from bot.config import Settings\n"
        "from analytics.ask.service import Asker\n"
        f"asker = Asker.from_settings(Settings(home={str(settings.home)!r}))\n"
        "asker.ask('how many respondents')\n"
        "heavy = ['langchain_core', 'openai', 'chromadb', 'matplotlib']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip().splitlines()[-1] == "[]"

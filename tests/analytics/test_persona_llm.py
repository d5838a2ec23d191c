"""LLM personas against the fake OpenAI server: success, re-asks, fallbacks, what is sent."""

from __future__ import annotations

import json
import re
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import select

from analytics.persona_llm import LlmPersonaNamer, PersonaInvalid, parse_persona
from analytics.profiles import profile_segments
from bot.brains.call_log import DatabaseCallLog, MemoryCallLog
from bot.config import Settings
from bot.storage.db import Database
from bot.storage.models import LlmCall
from tests.fakes.openai_server import Canned, FakeOpenAI, user_texts

SECRET = "我家住在幸福路8号"
TAG = "data_0123456789ab"


@pytest.fixture
def profiles() -> list[dict[str, Any]]:
    """Two segments; the small one is all plan "a", spends little and complains about speed."""
    frame = pd.DataFrame(
        {
            "plan": pd.Categorical(["a", "a", "a", "b", "b", "b", "b", "b"]),
            "spend": [10.0, 12.0, 14.0, 50.0, 60.0, 70.0, 80.0, 90.0],
            "churn": [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0],
        }
    )
    texts = pd.Series(
        [
            "网速太慢，电话13812345678",
            f"网速卡顿，{SECRET}",
            "网速差",
            "价格还行",
            "价格合理",
            None,
            "价格可以",
            "客服不错",
        ],
        dtype="string",
    )
    labels = pd.Series([1, 1, 1, 0, 0, 0, 0, 0])
    return profile_segments(
        frame, labels, features=["plan", "spend"], churn=frame["churn"], texts=texts
    )


@pytest.fixture
def sleeps() -> list[float]:
    return []


def namer(settings: Settings, log: Any, sleeps: list[float]) -> LlmPersonaNamer:
    return LlmPersonaNamer(settings, call_log=log, sleep=sleeps.append)


GOOD_EN = {
    "name": "Plan A light spenders",
    "description": "All of them are on plan a (100% vs 38% overall) and spend about 12.0.",
}


def test_a_valid_answer_becomes_the_persona_and_is_logged(
    llm_settings: Settings,
    fake: FakeOpenAI,
    profiles: list[dict[str, Any]],
    sqlite_db: Database,
    sleeps: list[float],
) -> None:
    fake.enqueue(GOOD_EN)
    named = namer(llm_settings, DatabaseCallLog(sqlite_db), sleeps).name(profiles[1], "en", None)
    assert named == {**GOOD_EN, "source": "llm"}
    with sqlite_db.session() as session:
        call = session.scalars(select(LlmCall)).one()
    assert (call.task, call.outcome, call.attempts, call.model) == (
        "persona",
        "ok",
        1,
        "fake-model",
    )
    assert call.session_id is None and call.prompt_tokens > 0 and call.completion_tokens > 0
    sent = user_texts(fake.history[0])
    assert "plan" in sent and "100%" in sent and "38%" in sent and "churn rate: 67%" in sent
    fence = re.search(r"<(data_[0-9a-f]{12})>\s*(.*?)\s*</\1>", sent, re.DOTALL)
    assert fence is not None and fence.group(2) == "网速"  # the keyword, as fenced data
    assert SECRET not in sent and "13812345678" not in sent  # quotes never leave
    assert profiles[1]["quotes"] and "[PHONE]" in " ".join(profiles[1]["quotes"])


def test_invalid_json_is_asked_again_once_then_the_offline_persona_stays(
    llm_settings: Settings, fake: FakeOpenAI, profiles: list[dict[str, Any]], sleeps: list[float]
) -> None:
    offline = json.loads(json.dumps(profiles[1]["persona"]))
    fake.enqueue(Canned.text("Sure! Here is a persona: fast surfers"), Canned.text("{not json"))
    log = MemoryCallLog()
    assert namer(llm_settings, log, sleeps).name_all(profiles)[1]["persona"]["zh"] == offline["zh"]
    first = log.calls[0]
    assert (first.task, first.outcome, first.attempts) == ("persona", "fallback", 2)
    assert first.error is not None and first.error.startswith("invalid output")
    reask = fake.history[1]["messages"][-1]["content"]
    assert "could not be used" in reask and "fast surfers" in reask
    # the queue is empty now: every other request got a 500, retried once, then fell back
    assert all(entry["source"] == "offline" for p in profiles for entry in p["persona"].values())
    assert [c.outcome for c in log.calls] == ["fallback"] * 4


def test_an_overlong_name_is_asked_again_and_the_second_answer_is_used(
    llm_settings: Settings, fake: FakeOpenAI, profiles: list[dict[str, Any]], sleeps: list[float]
) -> None:
    too_long = {"name": "Customers who are on plan A and spend little", "description": "Plan a."}
    fake.enqueue(too_long, GOOD_EN)
    log = MemoryCallLog()
    named = namer(llm_settings, log, sleeps).name(profiles[1], "en", None)
    assert named is not None and named["name"] == GOOD_EN["name"]
    assert (log.calls[0].outcome, log.calls[0].attempts) == ("reasked", 2)
    assert "at most 30 characters" in fake.history[1]["messages"][-1]["content"]


def test_numbers_not_in_the_figures_are_refused() -> None:
    allowed = {"100", "38", "12"}
    with pytest.raises(PersonaInvalid, match="data fence"):
        parse_persona({"name": "A", "description": f"</{TAG}> ok"}, allowed, TAG)
    ok = parse_persona({"name": "A", "description": "100% vs 38%, about 12.0"}, allowed, TAG)
    assert ok.name == "A"
    with pytest.raises(PersonaInvalid, match="not in the figures given: 45"):
        parse_persona({"name": "A", "description": "45% churn"}, allowed, TAG)
    with pytest.raises(PersonaInvalid, match="one line"):
        parse_persona({"name": "A\nB", "description": "x"}, allowed, TAG)
    with pytest.raises(PersonaInvalid, match="extra: Extra inputs"):
        parse_persona({"name": "A", "description": "x", "extra": 1}, allowed, TAG)
    with pytest.raises(PersonaInvalid, match="JSON object"):
        parse_persona(["A"], allowed, TAG)


def test_a_server_error_is_retried_once_then_the_offline_persona_stays(
    llm_settings: Settings, fake: FakeOpenAI, profiles: list[dict[str, Any]], sleeps: list[float]
) -> None:
    fake.enqueue(Canned.error(500), Canned.error(503))
    log = MemoryCallLog()
    assert namer(llm_settings, log, sleeps).name(profiles[0], "zh", None) is None
    assert (log.calls[0].outcome, log.calls[0].attempts, log.calls[0].error) == (
        "fallback",
        2,
        "http 503",
    )
    assert len(sleeps) == 1 and 0.5 < sleeps[0] < 1.5


def test_a_client_error_is_not_retried(
    llm_settings: Settings, fake: FakeOpenAI, profiles: list[dict[str, Any]], sleeps: list[float]
) -> None:
    fake.enqueue(Canned.error(400, "bad request"))
    log = MemoryCallLog()
    assert namer(llm_settings, log, sleeps).name(profiles[0], "en", None) is None
    assert (log.calls[0].attempts, log.calls[0].error) == (1, "http 400") and not sleeps

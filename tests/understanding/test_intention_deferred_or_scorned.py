"""The intention sent on to whoever decides it, and renewing scorned in Cantonese.

"ask my husband, he decides these things" is "unsure" (as "换不换得问我老公" is); a past asking
with a decision is not. "续约？我又唔系傻仔" scorns renewing: "leave".

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("churn_intent", "续约？我又唔系傻仔", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约？我又不是傻子", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约？我又唔傻", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换台？我又唔系傻仔", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约？当然续啊", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约？我又唔系傻仔，当然续", {"churn_intent": "stay"}, ""),
    ("churn_intent", "renew? I'm not stupid", {"churn_intent": "leave"}, ""),
    (
        "churn_intent",
        "ask my husband, he decides these things",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "you'd have to ask my wife, she handles all that",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "ask my husband", {"has_partner": True, "churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "ask my husband, he's the one who pays",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "check with my dad", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "问我老公去", {"has_partner": True, "churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "I asked my husband and we're staying",
        {"has_partner": True, "churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "ask my wife, but I'm staying",
        {"has_partner": True, "churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "换不换得问我老公我做不了主",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "我问过我老公了，不换", {"has_partner": True, "churn_intent": "stay"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_intention_deferred_or_scorned(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

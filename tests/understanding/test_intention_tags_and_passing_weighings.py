"""An "if that matters" tag is no condition on a plan; a switch weighed in words that can only be
about the provider ("might switch when the contract's up", "too much, thinking of switching",
"在考虑要不要换一家") is "unsure" under any question, and a bare weighing under the rating too."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "churn_intent",
        "i pay w my discover card if that matters",
        {"payment_method": "credit_card"},
        "",
    ),
    ("churn_intent", "my bill's about $90 if that's relevant", {"monthly_spend": 90.0}, ""),
    ("churn_intent", "staying if that matters", {"churn_intent": "stay"}, ""),
    ("churn_intent", "staying, if it helps", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm leaving if you must know", {"churn_intent": "leave"}, ""),
    ("churn_intent", "if that matters, we're staying", {"churn_intent": "stay"}, ""),
    ("churn_intent", "staying if that is relevant", {"churn_intent": "stay"}, ""),
    ("churn_intent", "我用信用卡，如果这个重要的话", {"payment_method": "credit_card"}, ""),
    ("churn_intent", "i'd leave if the price goes up", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "i'd leave if that's the price", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "staying if the price stays the same", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "staying unless it goes up", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "如果涨价就走", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "we thinking about switching honestly", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "i thinking of switching", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "thinking of switching", {"churn_intent": "unsure"}, ""),
    (
        "satisfaction",
        "2. might switch when the contract's up",
        {"churn_intent": "unsure", "satisfaction": 2},
        "",
    ),
    (
        "satisfaction",
        "3, might switch when my contract ends",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "my sister might switch when her contract's up", {}, ""),
    ("satisfaction", "too much, not thinking of switching", {}, "v"),
    (
        "monthly_spend",
        "about 70 euro and honestly it's too much, thinking of switching",
        {"churn_intent": "unsure", "monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "way too expensive, considering switching providers",
        {"churn_intent": "unsure"},
        "v",
    ),
    ("monthly_spend", "2. might switch when the contract's up", {"churn_intent": "unsure"}, ""),
    ("monthly_spend", "thinking of switching", {}, ""),
    (
        "complaint",
        "prices went up again, I'm seriously considering switching",
        {"complaint": "prices went up again, I'm seriously considering switching"},
        "",
    ),
    (
        "complaint",
        "月费涨到一百三了，没人通知我，在考虑要不要换一家",
        {
            "monthly_spend": 130.0,
            "churn_intent": "unsure",
            "complaint": "月费涨到一百三了，没人通知我，在考虑要不要换一家",
        },
        "",
    ),
    ("complaint", "在考虑要不要换一家", {"churn_intent": "unsure"}, ""),
    ("complaint", "不考虑换一家", {}, ""),
    ("satisfaction", "想换一家店吃饭", {}, ""),
    ("satisfaction", "在考虑换一家", {"churn_intent": "unsure"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_intention_tags_and_passing_weighings(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

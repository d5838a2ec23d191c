"""A plan named by its term, said to be the respondent's own under another question.

"I'm just on the monthly rolling one now" states the contract, though "monthly" and "rolling" are
weak words alone: the respondent is said to be on it. Without the subject ("on the monthly rolling
one") the words stay weak, and a term of something else ("a yearly gym thing") is no plan.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "churn_intent",
        "I'm just on the monthly rolling one now, that answer it?",
        {"contract": "month_to_month"},
        "",
    ),
    ("churn_intent", "I'm just on the monthly rolling one now", {"contract": "month_to_month"}, ""),
    ("churn_intent", "on the monthly rolling one", {}, ""),
    ("churn_intent", "we're on the rolling monthly plan", {"contract": "month_to_month"}, ""),
    ("churn_intent", "I'm on a yearly gym thing, staying", {"churn_intent": "stay"}, ""),
    ("churn_intent", "we're still on the annual one, happy enough", {"contract": "one_year"}, ""),
    (
        "churn_intent",
        "I'm on the monthly rolling one, thinking of leaving",
        {"contract": "month_to_month", "churn_intent": "unsure"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_term_held_now(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

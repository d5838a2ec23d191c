"""A private topic the respondent never discusses refuses the question when it ends the answer;
after an answer, about something else, or saying the respondent is single, it refuses nothing.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "I don't discuss the relationship stuff", {}, "r"),
    ("has_partner", "I don't talk about my love life, sorry", {}, "r"),
    (
        "has_partner",
        "I'm 55 and live in Pittsburgh, I don't discuss the relationship stuff",
        {"age": 55, "city": "Pittsburgh"},
        "r",
    ),
    ("has_partner", "we don't discuss family stuff with companies", {}, "r"),
    ("has_dependents", "I don't talk about my kids online", {}, "r"),
    ("has_dependents", "we never get into family matters on here", {}, "r"),
    # an answer before it stands
    ("has_partner", "married, but I don't talk about my marriage", {"has_partner": True}, ""),
    ("has_partner", "no, and I don't talk about my love life", {"has_partner": False}, ""),
    (
        "interests",
        "I don't really talk about my personal stuff, but I like reading",
        {"interests": ["reading"]},
        "",
    ),
    # another topic, or single
    (
        "complaint",
        "I don't discuss the bill with my wife, she gets upset",
        {"has_partner": True, "complaint": "I don't discuss the bill with my wife, she gets upset"},
        "",
    ),
    ("has_partner", "I don't do relationships", {"has_partner": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_topics_kept(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

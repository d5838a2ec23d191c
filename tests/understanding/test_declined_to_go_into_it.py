"""Declining to go into the matter ("not gonna get into that rn", "won't get into it with you") is a
refusal; a thing entered ("not gonna get into a contract again"), more said after it, or somebody
else declining is not."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # declining to go into the matter
    ("contract", "not gonna get into that rn", {}, "r"),
    ("contract", "i'm not gonna get into that", {}, "r"),
    ("has_partner", "not gonna go into that", {}, "r"),
    ("age", "not going to get into that", {}, "r"),
    ("has_partner", "not gonna talk about that", {}, "r"),
    ("contract", "not gonna discuss that rn", {}, "r"),
    ("has_dependents", "i won't get into that", {}, "r"),
    ("contract", "not gonna get into it lol", {}, "r"),
    ("has_partner", "nah not gonna get into all that", {}, "r"),
    ("has_partner", "no, not gonna go into it", {}, "r"),
    ("monthly_spend", "won't get into it with you", {}, "r"),
    ("has_partner", "I'm not gonna talk about it on here", {}, "r"),
    # near misses: a thing entered, more said, somebody else
    ("contract", "not gonna lie, its month to month", {"contract": "month_to_month"}, ""),
    ("contract", "not gonna get into a contract again", {}, ""),
    ("contract", "not gonna get into that, but its monthly", {"contract": "month_to_month"}, ""),
    ("has_partner", "my wife won't get into that", {"has_partner": True}, ""),
    ("complaint", "she won't talk about it", {"complaint": "she won't talk about it"}, ""),
    ("churn_intent", "not gonna get into another contract with anyone", {}, ""),
    ("has_partner", "won't get into the car with him", {}, ""),
    ("interests", "not gonna get into golf, too dear", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_declined_to_go_into_it(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

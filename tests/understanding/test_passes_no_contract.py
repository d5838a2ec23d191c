"""Under the contract question, a term said of a pass, a ticket or a subscription.

"I'm on the monthly bus pass", "a yearly subscription to the paper": how something else runs, no
plan with us. "I'm on the monthly one", "monthly plan", "monthly sim only" stay the plan, and so
does a plan likened to a pass ("monthly, like my bus pass").

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("contract", "I'm on the monthly bus pass", {}, ""),
    ("contract", "I buy a monthly travelcard", {}, ""),
    ("contract", "I've got a monthly parking permit", {}, ""),
    ("contract", "the monthly train ticket costs a fortune", {}, ""),
    ("contract", "I'm on a 12 month season ticket", {}, ""),
    ("contract", "I do the annual travel pass", {}, ""),
    ("contract", "yearly subscription to the paper", {}, ""),
    ("contract", "the bus pass is monthly", {}, ""),
    ("contract", "subscription is yearly", {}, ""),
    ("contract", "I'm on a monthly, the bus pass is yearly", {"contract": "month_to_month"}, ""),
    ("contract", "my travelcard is monthly, phone's on a 2 year", {"contract": "two_year"}, ""),
    (
        "contract",
        "monthly ticket for the bus, and the phone is 2 year",
        {"contract": "two_year"},
        "",
    ),
    ("contract", "I'm on the monthly one", {"contract": "month_to_month"}, ""),
    ("contract", "monthly plan", {"contract": "month_to_month"}, ""),
    ("contract", "monthly rolling", {"contract": "month_to_month"}, ""),
    ("contract", "monthly sim only", {"contract": "month_to_month"}, ""),
    ("contract", "I'm on the monthly phone plan", {"contract": "month_to_month"}, ""),
    ("contract", "monthly contract", {"contract": "month_to_month"}, ""),
    ("contract", "month to month, same as my bus pass", {"contract": "month_to_month"}, ""),
    ("contract", "monthly, like my bus pass", {"contract": "month_to_month"}, ""),
    ("contract", "24 month contract", {"contract": "two_year"}, ""),
    ("contract", "I pay for a yearly gym membership", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_passes_no_contract(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

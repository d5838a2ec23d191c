"""Numbers, round 31: an age after a list of the respondent's own labels, an age after a
negated count of children, time with us told by another span, contract words that hold a term
all along or stand as a clause of their own, a year paid up front, and "who remembers".

Covers: "Female. Nurse, 41yrs, Cork" is 41 (but "Nurse for 20 yrs", "my nurse, 41yrs", "dad,
70 yrs"); "married, no kids, 45 years old" is 45 (but "kids, 8 and 11 years old"); "same address
8 years, been with you the whole time" is 96 months (but "same router the whole time", "my mum's
been with you the whole time"); "4 yrs, monthly the whole time" is month to month (but "4 yrs,
monthly", "monthly payments the whole time"); "bank transfer, no contract" is month to month
(but "no contract issues"); "I pay £420 up front for the year" is 35 a month (but "£420 up
front", "for the year of installs"); "ugh who remembers that stuff" is vague.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "Female, 41 yrs", {"gender": "female", "age": 41}, ""),
    ("gender", "female, retired teacher, 67 yrs", {"gender": "female", "age": 67}, ""),
    ("age", "Nurse, 41yrs", {"age": 41}, ""),
    ("age", "student, 19 yrs", {"age": 19}, ""),
    ("gender", "Female. Nurse for 20 yrs", {"gender": "female"}, ""),
    ("gender", "Female. my nurse, 41yrs", {"gender": "female"}, ""),
    ("tenure_months", "nurse, 4 yrs", {"tenure_months": 48}, ""),
    ("age", "female / 40 years", {"gender": "female", "age": 40}, ""),
    ("age", "Myself Rahul, 34 years", {"name": "Rahul", "age": 34}, ""),
    (
        "has_partner",
        "married, no kids, 45 years old",
        {"has_partner": True, "has_dependents": False, "age": 45},
        "",
    ),
    (
        "has_partner",
        "single, no children, 38 years old",
        {"has_partner": False, "has_dependents": False, "age": 38},
        "",
    ),
    ("has_dependents", "no kids, 45 years old", {"has_dependents": False, "age": 45}, ""),
    ("has_dependents", "kids, 8 and 11 years old", {"has_dependents": True}, ""),
    ("has_dependents", "2 kids, 8 and 11", {"has_dependents": True}, ""),
    ("age", "lived here 10 years and with you all along", {"tenure_months": 120}, ""),
    ("city", "same house 6 yrs, with you guys the whole time", {"tenure_months": 72}, ""),
    ("city", "same address 8 years", {}, ""),
    ("city", "same address 8 years, same router the whole time", {}, ""),
    ("city", "same address 8 years, my mum's been with you the whole time", {}, ""),
    (
        "tenure_months",
        "3 years, rolling all along",
        {"tenure_months": 36, "contract": "month_to_month"},
        "",
    ),
    (
        "tenure_months",
        "6 years, yearly the whole time",
        {"tenure_months": 72, "contract": "one_year"},
        "",
    ),
    ("tenure_months", "4 yrs, monthly", {"tenure_months": 48}, ""),
    ("tenure_months", "4 yrs, paid monthly", {"tenure_months": 48}, ""),
    ("tenure_months", "4 yrs, monthly payments the whole time", {"tenure_months": 48}, ""),
    (
        "payment_method",
        "direct debit; no contract at all",
        {"payment_method": "bank_transfer", "contract": "month_to_month"},
        "",
    ),
    (
        "internet_service",
        "fibre, no contract",
        {"internet_service": "fiber_optic", "contract": "month_to_month"},
        "",
    ),
    (
        "payment_method",
        "bank transfer, no contract issues",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("monthly_spend", "£420 upfront for the whole year", {"monthly_spend": 35.0}, ""),
    ("monthly_spend", "I pay 420 up front for the year", {"monthly_spend": 35.0}, ""),
    ("monthly_spend", "£420 up front", {}, ""),
    ("monthly_spend", "paid £600 up front for the router", {}, ""),
    (
        "monthly_spend",
        "£50 up front for the year of installs, then £30 a month",
        {"monthly_spend": 30.0},
        "",
    ),
    ("tenure_months", "who remembers that stuff", {}, "v"),
    ("tenure_months", "who remembers that stuff, 5 years maybe", {"tenure_months": 60}, ""),
    ("satisfaction", "the agent who remembers my name was great, 5", {"satisfaction": 5}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round31_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

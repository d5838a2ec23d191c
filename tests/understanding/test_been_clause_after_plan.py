"""How long, said in a "been" clause after one that names the plan or line ("we on month to month,
been like 2 yrs"), is the time with us and no contract term; time in a place, a wait, or a
clause of life before it is not."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # how long, in a "been" clause after the plan or line is named
    (
        "internet_service",
        "we on month to month, been like 2 yrs",
        {"tenure_months": 24, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "we on month to month, been like 2 yrs",
        {"tenure_months": 24, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "month to month, been 2 yrs",
        {"tenure_months": 24, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "month to month. been like 3 years",
        {"tenure_months": 36, "contract": "month_to_month"},
        "",
    ),
    (
        "internet_service",
        "fiber, been like 2 yrs",
        {"tenure_months": 24, "internet_service": "fiber_optic"},
        "",
    ),
    (
        "contract",
        "monthly, been like 2 yrs now",
        {"tenure_months": 24, "contract": "month_to_month"},
        "",
    ),
    ("contract", "Monthly. been 4 years", {"tenure_months": 48, "contract": "month_to_month"}, ""),
    (
        "internet_service",
        "dsl, we been like 4 yrs",
        {"tenure_months": 48, "internet_service": "dsl"},
        "",
    ),
    (
        "contract",
        "I'm with you on the monthly plan, been about 2 years now",
        {"tenure_months": 24, "contract": "month_to_month"},
        "",
    ),
    ("contract", "2 year contract, been 1 year", {"tenure_months": 12, "contract": "two_year"}, ""),
    (
        "contract",
        "month to month, been w u like 5 yrs",
        {"tenure_months": 60, "contract": "month_to_month"},
        "",
    ),
    (
        "payment_method",
        "direct debit on the monthly plan, been about 3 years",
        {"tenure_months": 36, "contract": "month_to_month", "payment_method": "bank_transfer"},
        "",
    ),
    # near misses: life, or a time that goes on
    ("internet_service", "married, been 2 yrs", {"has_partner": True}, ""),
    ("internet_service", "monthly, been waiting 2 years for it", {}, ""),
    ("internet_service", "monthly, been 2 years in leeds", {}, ""),
    ("tenure_months", "been like 2 yrs", {"tenure_months": 24}, ""),
    ("contract", "no contract, been like that since i moved", {"contract": "month_to_month"}, ""),
    ("has_partner", "married, been 3 years", {"has_partner": True}, ""),
    (
        "internet_service",
        "fiber, been asking for it 2 years",
        {"internet_service": "fiber_optic"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_been_clause_after_plan(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

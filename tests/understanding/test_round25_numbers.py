"""Numbers, round 25: a birth year said as "'94 baby", money said in passing under another
question about the service, "only just joined" said in passing, prices said in pairs, the pair
pointed at by "这俩", and "下一个" after an answer.

Covers: "'94 baby", "a 2001 kid" (but "90s baby", "born in the 80s", "class of '94");
"I'm paying S$60 for it", "we pay about $150 for everything", "about £120 all in", "KSh 2500",
"R350" (but "my neighbour pays $80 for his", "I paid $300 for the router"); "only just joined"
(but "just joined the gym"); "one fifty a month", "fifteen ninety-nine" (but "fifty fifty");
"这俩是不是一回事", "俩人一起用，一百二"; "三年了，下一个" (but "下一个" alone). Rows are (asked
slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and ""
otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a birth year and who was born in it
    ("age", "'94 baby", {"age": 32}, ""),
    ("age", "94 baby", {"age": 32}, ""),
    ("age", "a 94 kid", {"age": 32}, ""),
    ("age", "I'm a '01 baby", {"age": 25}, ""),
    ("age", "2001 baby here", {"age": 25}, ""),
    ("age", "'88-born", {"age": 38}, ""),
    ("name", "I'm a '94 baby, call me Jo", {"age": 32, "name": "Jo"}, ""),
    ("has_dependents", "'94 baby myself, no kids", {"age": 32, "has_dependents": False}, ""),
    ("age", "90s baby", {}, "v"),
    ("age", "a '90s kid", {}, "v"),
    ("age", "born in the 90s", {}, "v"),
    ("age", "born in the late 80s", {}, "v"),
    ("age", "class of '94", {}, ""),
    ("age", "born in nineteen eighty-eight", {"age": 38}, ""),
    ("has_dependents", "90s baby, no kids yet", {"has_dependents": False}, ""),
    ("has_dependents", "I've got a 2 year old baby", {"has_dependents": True}, ""),
    ("age", "my 94 kid brother", {}, ""),
    ("age", "we have 2 babies and I'm 33", {"has_dependents": True, "age": 33}, ""),
    # money said in passing: paid by the respondent, or the total
    (
        "contract",
        "24 months, and I'm paying S$60 for it",
        {"contract": "two_year", "monthly_spend": 60.0},
        "",
    ),
    (
        "internet_service",
        "we're on the family plan, about £120 all in",
        {"monthly_spend": 120.0},
        "",
    ),
    (
        "contract",
        "one year, about HK$200 altogether",
        {"contract": "one_year", "monthly_spend": 200.0},
        "",
    ),
    ("internet_service", "cable, C$75 for everything", {"monthly_spend": 75.0}, ""),
    (
        "contract",
        "monthly, NZ$65 all in",
        {"contract": "month_to_month", "monthly_spend": 65.0},
        "",
    ),
    ("contract", "1 year, KSh 2500", {"contract": "one_year", "monthly_spend": 2500.0}, ""),
    ("contract", "one year, R350", {"contract": "one_year", "monthly_spend": 350.0}, ""),
    ("contract", "two years, and it's $80", {"contract": "two_year", "monthly_spend": 80.0}, ""),
    (
        "payment_method",
        "card, I pay £45 for it",
        {"payment_method": "credit_card", "monthly_spend": 45.0},
        "",
    ),
    (
        "satisfaction",
        "it's fine, I'm paying $70 for it though",
        {"satisfaction": 3, "monthly_spend": 70.0},
        "",
    ),
    (
        "contract",
        "my wife sorted it, about $90 all in",
        {"monthly_spend": 90.0, "has_partner": True},
        "",
    ),
    ("contract", "one year, $1 million would be nice", {"contract": "one_year"}, ""),
    ("contract", "one year, my neighbour pays $80 for his", {"contract": "one_year"}, ""),
    ("contract", "one year, I paid $300 for the router", {"contract": "one_year"}, ""),
    ("contract", "2 years, we paid $1200 for the holiday all in", {"contract": "two_year"}, ""),
    ("contract", "one year, I'm paying off $2000 of debt", {"contract": "one_year"}, ""),
    ("contract", "2 years, we pay for everything ourselves", {"contract": "two_year"}, ""),
    (
        "internet_service",
        "fibre, my brother pays £30 all in",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("age", "we pay $150 for everything", {}, ""),
    ("contract", "my dad pays, about $90 all in", {}, "v"),
    # just joined, said in passing
    ("satisfaction", "hard to say, only just joined", {"tenure_months": 0}, "v"),
    ("satisfaction", "only just signed up so can't say", {"tenure_months": 0}, "v"),
    ("satisfaction", "only just started with you", {"tenure_months": 0}, ""),
    ("satisfaction", "only just seen this", {}, ""),
    ("satisfaction", "just joined the gym so no idea", {}, "v"),
    ("satisfaction", "I just joined a choir", {}, ""),
    ("satisfaction", "just signed up for a yoga class", {}, ""),
    ("satisfaction", "just signed up for the family plan", {"tenure_months": 0}, ""),
    ("name", "I'm new here", {}, ""),
    # prices said in pairs
    ("monthly_spend", "one fifty a month", {"monthly_spend": 150.0}, ""),
    ("monthly_spend", "two forty a month", {"monthly_spend": 240.0}, ""),
    ("monthly_spend", "one twenty-five", {"monthly_spend": 125.0}, ""),
    ("monthly_spend", "one fifty nine a month", {"monthly_spend": 159.0}, ""),
    ("monthly_spend", "fifteen ninety-nine a month", {"monthly_spend": 15.99}, ""),
    ("monthly_spend", "a hundred and fifty", {"monthly_spend": 150.0}, ""),
    ("monthly_spend", "fifty fifty split with my sister", {}, ""),
    ("age", "thirty five", {"age": 35}, ""),
    ("age", "I'm twenty one", {"age": 21}, ""),
    # the pair pointed at, people and months counted by 俩
    ("monthly_spend", "这俩是不是一回事", {}, ""),
    ("monthly_spend", "那俩都是我付的", {}, ""),
    ("monthly_spend", "俩人一起用，一百二", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "三人一起用，九十九", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "俩月一交，两百", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "一百二人民币", {"monthly_spend": 120.0}, ""),
    ("tenure_months", "俩月", {"tenure_months": 2}, ""),
    ("age", "我俩都三十五", {"age": 35}, ""),
    # moving on after an answer
    ("tenure_months", "三年了，下一个", {"tenure_months": 36}, ""),
    ("tenure_months", "两年，下一题吧", {"tenure_months": 24}, ""),
    ("age", "45，下一个", {"age": 45}, ""),
    ("tenure_months", "下一个", {}, "r"),
    ("age", "不告诉你，下一个", {}, "r"),
    ("tenure_months", "3 years, next one", {"tenure_months": 36}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round25_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Amounts under the bill question that are no bill: goods, a benchmark, a moment.

"the new iphone is 1200", "my pal pays 25 with Vodafone, can ye match that?" and "two ticks" give
no bill; the respondent's own amount beside them ("I pay 40", "我每月一百") and a phone bill ("my
phone is 20") are still read.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("monthly_spend", "the new iphone is 1200, cant afford that", {}, ""),
    ("monthly_spend", "the new iphone is 1200 and my bill is 45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "a new laptop is 900, way too dear", {}, "v"),
    (
        "monthly_spend",
        "the new phone costs 1000, my plan is 40 a month",
        {"monthly_spend": 40.0},
        "",
    ),
    ("monthly_spend", "my pal pays 25 with Vodafone, can ye match that?", {}, ""),
    ("monthly_spend", "my mate pays 20 with Three, can you match it?", {}, ""),
    ("monthly_spend", "my sister pays 30 with EE, I pay 50", {"monthly_spend": 50.0}, ""),
    (
        "monthly_spend",
        "my pal pays 25 with Vodafone, I pay 40, can ye match that?",
        {"monthly_spend": 40.0},
        "",
    ),
    ("monthly_spend", "i pay 25, can ye match that?", {"monthly_spend": 25.0}, ""),
    ("monthly_spend", "gonna dig out the bill, two ticks", {}, ""),
    ("monthly_spend", "two ticks, let me find it", {}, ""),
    ("monthly_spend", "hang on two secs, grabbing the bill", {}, ""),
    ("monthly_spend", "give me two minutes i'll check", {}, ""),
    ("monthly_spend", "two ticks... 45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "way too much honey, thats how much", {}, "v"),
    ("monthly_spend", "way too much, that's how much", {}, "v"),
    ("monthly_spend", "too much honey", {}, "v"),
    ("monthly_spend", "45 honey, way too much", {"monthly_spend": 45.0}, ""),
    (
        "monthly_spend",
        "I'm paying 40 but my pal pays 25 with Vodafone, can ye match that?",
        {"monthly_spend": 40.0},
        "",
    ),
    ("monthly_spend", "我朋友用电信才五十，你们能给这个价吗？", {}, ""),
    (
        "monthly_spend",
        "我每月一百，我朋友用电信才五十，你们能给这个价吗？",
        {"monthly_spend": 100.0},
        "",
    ),
    ("monthly_spend", "the phone is 30 a month on my plan", {"monthly_spend": 30.0}, ""),
    ("monthly_spend", "新iPhone要八千，哪买得起", {}, ""),
    ("monthly_spend", "我话费每月八十，新手机要五千", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "2 mins, looking for it", {}, ""),
    ("monthly_spend", "45, give me a sec", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "my bill is 2 pounds", {"monthly_spend": 2.0}, ""),
    ("monthly_spend", "broadband is 35 and my phone is 20", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "the phone is 20 and broadband 35", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "手机要八十，宽带一百", {"monthly_spend": 180.0}, ""),
    (
        "monthly_spend",
        "the new galaxy costs 1000, my plan is 40 a month",
        {"monthly_spend": 40.0},
        "",
    ),
    ("monthly_spend", "a new laptop is 900, cant afford it", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_other_prices_no_bill(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

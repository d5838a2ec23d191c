"""Money and durations read by the kind of answer, with the near misses kept as they were.

Covers: an amount with no bill named and another added with "plus" / "加上" / "另外" that names
its bill ("£240 a year, plus £10 a month for the phone" → 30; "plus 10 if I go over" adds
nothing); a relative's bill typed without the apostrophe ("my moms bill is like 90, mine is 40" →
40, read as "my mom's"); a non-telecom monthly cost joined to the bill by "and" with a new
subject ("rent is $1800 a month and the phone bill is 60" → 60; "the phone and the internet"
stays one subject); a month or year as the period of a price asked ("我用的光纤一个月多少钱啊",
"how much is fibre a month?": no tenure; "用了一个月，多少钱我忘了" keeps it); a kind of line
named and a recent time before a bare "刚换的" (the line changed, not the provider: no 0, while
"光纤，刚换的", "刚换过来的" and "just switched to you" still join); years at a trade said
with the trade after the amount or in the past tense ("开了十五年出租", "15 years as a nurse",
"drove a truck for ten years"; "开了十五年的卡", "4 years as a customer" stay ours).
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
        "monthly_spend",
        "I pay for the year up front, £240, plus £10 a month for the phone",
        {"monthly_spend": 30.0},
        "",
    ),
    ("monthly_spend", "£240 a year, plus £10 a month for the phone", {"monthly_spend": 30.0}, ""),
    ("monthly_spend", "50 a month plus 10 for the landline", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "about 60 plus another 15 for the mobile", {"monthly_spend": 75.0}, ""),
    ("monthly_spend", "it's 50, plus 10 if I go over", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "一年交1200，另外手机每月30", {"monthly_spend": 130.0}, ""),
    ("monthly_spend", "一个月八十，加上副卡二十", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "my moms bill is like 90, mine is 40", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "my dads bill is 50, i pay 25", {"monthly_spend": 25.0}, ""),
    ("monthly_spend", "my sisters is 45, mine is 20", {"monthly_spend": 20.0}, ""),
    ("monthly_spend", "my moms bill is like 90, mine I don't remember", {}, "v"),
    ("monthly_spend", "my moms bill is 90", {}, ""),
    (
        "monthly_spend",
        "rent is $1800 a month and the phone bill is 60",
        {"monthly_spend": 60.0},
        "",
    ),
    ("monthly_spend", "mortgage is 1200 a month and my phone is 50", {"monthly_spend": 50.0}, ""),
    (
        "monthly_spend",
        "car payment is 400 a month and the phone is 60",
        {"monthly_spend": 60.0},
        "",
    ),
    ("monthly_spend", "the gym is 30 a month and the broadband is 45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "childcare is 900 a month and internet is 50", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "rent is 1800 a month", {}, ""),
    (
        "monthly_spend",
        "I pay 60 a month for the phone and the internet",
        {"monthly_spend": 60.0},
        "",
    ),
    ("monthly_spend", "phone bill is 60 and the rent is 1800", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "房租一个月1800，话费60", {"monthly_spend": 60.0}, ""),
    ("internet_service", "我用的光纤一个月多少钱啊", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "光纤一个月要多少钱", {}, ""),
    ("tenure_months", "宽带一年多少钱", {}, ""),
    ("tenure_months", "how much is fibre a month?", {}, ""),
    ("tenure_months", "用了一个月，多少钱我忘了", {"tenure_months": 1}, ""),
    ("tenure_months", "一年多吧", {"tenure_months": 12}, ""),
    (
        "tenure_months",
        "光纤用了一个月了",
        {"internet_service": "fiber_optic", "tenure_months": 1},
        "",
    ),
    ("internet_service", "光纤，上个月刚换的", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "光纤，刚换的",
        {"tenure_months": 0, "internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "光纤，我们前几天刚换的", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "千兆的 上周刚换的", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "光纤，上个月刚换过来的",
        {"tenure_months": 1, "internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "光纤，刚换过来的",
        {"tenure_months": 0, "internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "fibre, just switched to you",
        {"tenure_months": 0, "internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "光纤，上个月刚办的",
        {"tenure_months": 1, "internet_service": "fiber_optic"},
        "",
    ),
    ("tenure_months", "刚换的", {"tenure_months": 0}, ""),
    ("tenure_months", "开了十五年出租", {}, ""),
    ("tenure_months", "跑了八年运输", {}, ""),
    ("tenure_months", "开了十年货车", {}, ""),
    ("tenure_months", "15 years as a nurse", {}, ""),
    ("tenure_months", "drove a truck for ten years", {}, ""),
    ("tenure_months", "I've been a teacher for 20 years", {}, ""),
    ("tenure_months", "开了十五年的卡", {"tenure_months": 180}, ""),
    ("tenure_months", "这个号开了十五年了", {"tenure_months": 180}, ""),
    ("tenure_months", "4 years as a customer", {"tenure_months": 48}, ""),
    ("tenure_months", "I've been a loyal customer for 20 years", {"tenure_months": 240}, ""),
    ("tenure_months", "15 years as a nurse, with you about 6", {"tenure_months": 72}, ""),
    (
        "tenure_months",
        "I drove over to your shop 2 years ago to sign up",
        {"tenure_months": 24},
        "",
    ),
    (
        "tenure_months",
        "Been a paramedic nine years and been with you lot about five of those.",
        {"tenure_months": 60},
        "",
    ),
    ("tenure_months", "我开了十五年的车，卡用了三年", {"tenure_months": 36}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_money_duration_classes(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

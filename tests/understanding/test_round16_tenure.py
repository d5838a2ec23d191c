"""Time with us among other times, and amounts that are no bill (round 16, tenure and money).

Covers: years at a job, in a trade or at a workplace ("been nursing 15 years", "在厂里干了三十年");
years with another provider before us ("I was with Vodafone for 10 years"); a relative's tenure
said before the respondent's own, in-laws and "他" included; a month without its year tied to the
sign-up ("九月开学的时候办的"); a billing term ("用一个月交一个月"); "刚开学"; the kind of plan
used named by its term ("用的是两年的"); a fee named in the clause before its amount; prices
listed one by one; "月均" as a monthly amount.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a working life is no time with us
    ("tenure_months", "Been nursing 15 years. Not sure about the phone.", {}, "v"),
    (
        "tenure_months",
        "been driving cabs for 20 years, been with you maybe 3",
        {"tenure_months": 36},
        "",
    ),
    ("tenure_months", "been at the warehouse 11 years, shift lead for 4 of them", {}, ""),
    ("tenure_months", "我在厂里干了三十年，你们的卡不记得用多久了", {}, "v"),
    ("tenure_months", "教了十二年书，你们的宽带用了三年", {"tenure_months": 36}, ""),
    # near misses: being a customer, said with the same verbs
    ("tenure_months", "been paying you lot for 6 years", {"tenure_months": 72}, ""),
    ("tenure_months", "been using you guys 5 years", {"tenure_months": 60}, ""),
    ("tenure_months", "当了五年的老用户了", {"tenure_months": 60}, ""),
    # a rival's years
    (
        "tenure_months",
        "Before StarLink I was with O2 for 5 years, joined you 2 years ago",
        {"tenure_months": 24},
        "",
    ),
    ("tenure_months", "以前在移动用了八年，2022年5月转过来的", {"tenure_months": 54}, ""),
    ("tenure_months", "之前用联通用了十年，去年三月才换到你们这", {"tenure_months": 20}, ""),
    # a relative's tenure before the respondent's own
    (
        "tenure_months",
        "我父亲是你们快二十年的老客户，我自己是2024年6月才办的",
        {"tenure_months": 29},
        "",
    ),
    ("tenure_months", "我岳母那张卡用了十几年了", {}, ""),
    (
        "tenure_months",
        "她在你们这用了六七年了，我是后来才转的，大概两年",
        {"tenure_months": 24},
        "",
    ),
    ("tenure_months", "我是你们十几年的老用户了", {"tenure_months": 120}, ""),
    # a month without its year, tied to the sign-up: the latest such month
    ("tenure_months", "三月份开学时办的", {"tenure_months": 8}, ""),
    ("tenure_months", "5月20号办的", {"tenure_months": 6}, ""),
    ("tenure_months", "九个月了", {"tenure_months": 9}, ""),
    ("tenure_months", "去年九月开学的时候办的", {"tenure_months": 14}, ""),
    # a billing term, and the start of a school term
    ("contract", "按月付，用一个月交一个月", {"contract": "month_to_month"}, ""),
    ("tenure_months", "用了一个月了", {"tenure_months": 1}, ""),
    ("tenure_months", "刚开学，卡是刚办的", {"tenure_months": 0}, ""),
    ("tenure_months", "刚开通", {"tenure_months": 0}, ""),
    # the plan used, named by its term
    ("contract", "我用的是两年的", {"contract": "two_year"}, ""),
    # a fee named before its amount; prices listed; "月均"
    ("monthly_spend", "交物业费，一年两千四", {}, ""),
    ("monthly_spend", "宽带一年两千四", {"monthly_spend": 200.0}, ""),
    ("monthly_spend", "物业费一年两千四，话费一个月一百", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "三十九块、五十九块、九十九块，我选了五十九的", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "有39、59、99的套餐，我也不知道办的哪个", {}, "v"),
    ("satisfaction", "月均89元", {"monthly_spend": 89.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round16_tenure(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

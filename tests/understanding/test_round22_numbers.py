"""Numbers, round 22: a birth year with a dialect particle, a child's age before one's own, an age
corrected after a typo, a start month after a season, a new kind of line that is no new customer,
a shop price before the bill, a score one would have given, and a partner's score before one's own.

Covers: "俺是85年哩" (but "用了5年嘞"); "我女儿上初二，14岁，我自己39" (but the child's age alone);
"31, sorry typo, 32" (but "sorry for any typo"); "two years with you next month" (but "moving next
month"); "前年秋天九月份办的"; "光纤，刚从ADSL换过来" (but "刚从联通转过来"); "苹果五块一斤，话费
八十", "£3.20 a cup" (but "三十九块一个月"); "would have been a 4 if" (but "it's been a 4"); "老汉说
四分，额觉得两分" (but the filler "额，四分吧").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a birth year with a dialect particle
    ("age", "俺是85年哩", {"age": 41}, ""),
    ("age", "我是90年嘞，不年轻了", {"age": 36}, ""),
    ("age", "我是92年滴", {"age": 34}, ""),
    ("age", "我是5年嘞", {}, ""),
    # a birth year, then the zodiac animal in the next clause
    ("age", "我是95年，属猪", {"age": 31}, ""),
    ("age", "88年，属龙的", {"age": 38}, ""),
    ("tenure_months", "12年，属于老用户了", {"tenure_months": 144}, ""),
    ("age", "三十多岁，35岁", {"age": 35}, ""),
    # a child's age, then the respondent's own
    ("age", "我女儿上初二，14岁，我自己39", {"age": 39, "has_dependents": True}, ""),
    ("age", "我老公上班去了，45岁，我自己43", {"age": 43, "has_partner": True}, ""),
    ("age", "我女儿上初二，14岁", {"age": 14, "has_dependents": True}, ""),
    # an age corrected after a typo
    ("age", "31, sorry typo, 32", {"age": 32}, ""),
    ("age", "45 typo 54", {"age": 54}, ""),
    ("age", "34, sorry for any typo", {"age": 34}, ""),
    ("monthly_spend", "there was a typo on my bill, 45 a month", {"monthly_spend": 45.0}, ""),
    # a duration reached next month
    ("tenure_months", "it'll be 3 years with you next month", {"tenure_months": 35}, ""),
    ("tenure_months", "2 years with you, moving next month", {"tenure_months": 24}, ""),
    # a season, then its month, with no comma
    ("tenure_months", "前年秋天九月份办的", {"tenure_months": 26}, ""),
    ("tenure_months", "今年年初一月份办的", {"tenure_months": 10}, ""),
    ("tenure_months", "去年三月份办的", {"tenure_months": 20}, ""),
    # a new kind of line is no new customer
    ("internet_service", "光纤，刚从电话线换过来", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "刚从ADSL换过来", {}, ""),
    ("tenure_months", "刚从联通转过来", {"tenure_months": 0}, ""),
    # a shop price before or after the bill
    ("monthly_spend", "苹果五块一斤，话费每月八十", {"monthly_spend": 80.0}, ""),
    (
        "monthly_spend",
        "45 a month, which is less than my coffee at £3.20 a cup",
        {"monthly_spend": 45.0},
        "",
    ),
    (
        "monthly_spend",
        "£1.85 a carton for milk, and 39.99 for the phone",
        {"monthly_spend": 39.99},
        "",
    ),
    ("monthly_spend", "三十九块一个月", {"monthly_spend": 39.0}, ""),
    ("monthly_spend", "45 a month, can you believe it", {"monthly_spend": 45.0}, ""),
    # a plan plus broadband paid by the quarter
    ("monthly_spend", "套餐99一个月，宽带一季度240", {"monthly_spend": 179.0}, ""),
    ("monthly_spend", "套餐99，宽带50", {"monthly_spend": 149.0}, ""),
    ("monthly_spend", "原来套餐99，现在129", {"monthly_spend": 129.0}, ""),
    ("monthly_spend", "套餐是99的，宽带送的", {"monthly_spend": 99.0}, ""),
    # a numbered list of bills, one paid by the year
    ("monthly_spend", "1. phone 30 a month 2. broadband 240 a year", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "两项加起来138", {"monthly_spend": 138.0}, ""),
    ("monthly_spend", "phone 30, broadband 20, but now it's 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "手机39，宽带60。其实我也不太懂", {"monthly_spend": 99.0}, ""),
    # a yearly payment made upfront
    ("monthly_spend", "I pay annually, £360 upfront, saves a bit", {"monthly_spend": 30.0}, ""),
    (
        "monthly_spend",
        "I pay £600 upfront for the router and 40 a month",
        {"monthly_spend": 40.0},
        "",
    ),
    # "one" standing for a thing; "刚开完" a meeting
    (
        "tenure_months",
        "they want you to buy a new one every year, mine is 6 years old",
        {},
        "",
    ),
    ("monthly_spend", "I switched to a cheaper one, 30 a month", {"monthly_spend": 30.0}, ""),
    ("age", "刚开完会，年龄就不说了", {}, "r"),
    ("tenure_months", "卡是刚开的", {"tenure_months": 0}, ""),
    # "for" misspelt for "four" where only a number fits
    ("age", "I am thirty for years old", {"age": 34}, ""),
    ("age", "I've been 40 for years, ha", {"age": 40}, ""),
    ("monthly_spend", "I pay twenty for the phone", {"monthly_spend": 20.0}, ""),
    ("satisfaction", "honestly for out of five", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd say four out of five", {"satisfaction": 4}, ""),
    ("satisfaction", "good value for out of town calls, 4", {"satisfaction": 4}, ""),
    # a score it would have had
    ("satisfaction", "3, would have been a 4 if the price was lower", {"satisfaction": 3}, ""),
    (
        "satisfaction",
        "It would have been a solid 4 but the outage ruined it, so 2",
        {"satisfaction": 2},
        "",
    ),
    ("satisfaction", "4, it's been a 4 all along", {"satisfaction": 4}, ""),
    # a partner's score, then the respondent's own said with 额
    ("satisfaction", "老汉说四分，额觉得两分", {"satisfaction": 2}, ""),
    ("satisfaction", "额，四分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "我老公说三分，我觉得两分", {"satisfaction": 2, "has_partner": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round22_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

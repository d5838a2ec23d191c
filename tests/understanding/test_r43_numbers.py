"""Numbers said twice or with a bound, dated "just joined" starts, whose age, and dependants
named only to date something or beside children not had."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # a period of payment with a verb before the pay: one payment covers the quarter
    ("monthly_spend", "我是一个季度去交一回，每回两百四十块", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "一个季度去交一回，每回两百四", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "三个月去交一次，每次240", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "一年去交一回，每回一千二", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "每回两百四十块", {"monthly_spend": 240.0}, ""),
    # a bound, then the figure within it
    ("monthly_spend", "不到一百，九十几吧", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "不到一百块，大概九十", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "under 100, about 90", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "under a hundred, ninety something", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "超过一百，一百二左右吧", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "八十多，不到一百", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "不到一百", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "不到一百，一百二", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "one hundred and twenty", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "two thousand, five hundred a year", {"monthly_spend": 208.33}, ""),
    # "刚" / "just" with the start month: the month counts
    ("tenure_months", "今年三月份刚转网过来", {"tenure_months": 8}, ""),
    ("tenure_months", "去年三月份刚转过来", {"tenure_months": 20}, ""),
    ("tenure_months", "2024年5月刚办的", {"tenure_months": 30}, ""),
    ("tenure_months", "一年前刚办的", {"tenure_months": 12}, ""),
    ("tenure_months", "just joined in March", {"tenure_months": 8}, ""),
    ("tenure_months", "just switched over in March this year", {"tenure_months": 8}, ""),
    ("tenure_months", "刚办", {"tenure_months": 0}, ""),
    ("tenure_months", "刚转网过来", {"tenure_months": 0}, ""),
    ("tenure_months", "just signed up", {"tenure_months": 0}, ""),
    ("tenure_months", "上个月刚办", {"tenure_months": 1}, ""),
    # number words parted by punctuation are two numbers
    ("age", "thirty two, thirty three in a fortnight", {"age": 32}, ""),
    ("age", "thirty two, thirty three next month", {"age": 32}, ""),
    ("age", "thirty two", {"age": 32}, ""),
    ("age", "我儿子三十了，我五十五", {"age": 55}, ""),
    (
        "satisfaction",
        "one. one star. they cut me off for a week over a payment that had already gone through",
        {"satisfaction": 1},
        "",
    ),
    ("satisfaction", "two, two stars", {"satisfaction": 2}, ""),
    ("satisfaction", "one star", {"satisfaction": 1}, ""),
    # the son's age in a topic chain is no age of the respondent's
    ("has_dependents", "我儿子在厦门上班，三十了，不用我养", {"has_dependents": False}, ""),
    ("has_dependents", "我叫石永红，五十一了", {"age": 51, "name": "石永红"}, ""),
    # elders kept stand beside children not had; the elders' own no stands too
    ("has_dependents", "家里两个老人靠我养，孩子还没有", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "I support my two elderly parents, no kids yet",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "我爸妈靠我养，孩子都工作了", {"has_dependents": True}, ""),
    ("has_dependents", "孩子还没有，老人也不用我管", {"has_dependents": False}, ""),
    ("has_dependents", "老人都有退休金，孩子还没有", {"has_dependents": False}, ""),
    ("has_dependents", "孩子还没有", {"has_dependents": False}, ""),
    # children named only to date a start
    ("tenure_months", "ooh, since the kids were in primary school", {}, "v"),
    ("tenure_months", "since the kids were small", {}, "v"),
    ("tenure_months", "孩子上小学的时候就开始用了", {}, "v"),
    ("has_dependents", "the kids are in primary school", {"has_dependents": True}, ""),
    ("has_dependents", "孩子在上小学", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

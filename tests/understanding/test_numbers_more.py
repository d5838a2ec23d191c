"""Number readings: ages of others and of past events, start months by years ago, spending per
month as no duration, and digits written with Chinese units."""

from __future__ import annotations

import pytest

from bot.understanding.numerals.digit_units import DIGIT_RUN, digit_value

from .conftest import check_reading

CASES = [
    # another person's age, not the respondent's
    ("age", "一个儿子，30岁了", {"has_dependents": True}, ""),
    ("age", "就一个女儿，25岁了", {"has_dependents": True}, ""),
    # (one grown daughter, "都" an age: other children may be at home, the question stays open)
    ("age", "闺女都25了", {}, ""),
    ("age", "my son's 30 now", {}, ""),
    ("age", "有一个儿子，30岁，我55", {"has_dependents": True, "age": 55}, ""),
    ("age", "我有个儿子，30岁，我55岁", {"has_dependents": True, "age": 55}, ""),
    ("age", "儿子上大学了，20岁，我45", {"age": 45}, ""),
    ("age", "我儿子都上高一了，16岁，我自己42", {"has_dependents": True, "age": 42}, ""),
    # ... near misses: the respondent's own
    ("age", "我30岁，一个儿子", {"has_dependents": True, "age": 30}, ""),
    ("age", "30了，儿子5岁", {"has_dependents": True, "age": 30}, ""),
    ("age", "一个儿子，我30岁了", {"has_dependents": True, "age": 30}, ""),
    ("age", "两个孩子，35了", {"has_dependents": True, "age": 35}, ""),
    ("age", "一个人住，30岁了", {"age": 30}, ""),
    # an age at a past event
    ("age", "我12岁的时候搬来这儿的", {}, ""),
    ("age", "十八岁那年出来打工的", {}, ""),
    ("age", "我20岁那年来的上海", {}, ""),
    ("age", "我18岁时来的深圳", {}, ""),
    ("age", "那年我才18岁", {}, ""),
    ("age", "我从18岁开始就用你们家的", {}, ""),
    ("age", "I was 12 when we moved here", {}, ""),
    ("age", "我今年45，18岁那年出来打工的", {"age": 45}, ""),
    ("age", "我今年40，12岁的时候就来上海了", {"age": 40}, ""),
    ("age", "30岁以后才开始用宽带，现在45", {"age": 45}, ""),
    ("age", "when I was 20 I moved here, I'm 45 now", {"age": 45}, ""),
    ("age", "三十岁了，刚开始用你们家宽带", {"tenure_months": 0, "age": 30}, ""),
    ("tenure_months", "我18岁那年办的", {}, "v"),
    # a start month dated by years ago: its calendar month (today 2026-11-23)
    ("tenure_months", "two years ago in March", {"tenure_months": 32}, ""),
    ("tenure_months", "three years ago in June", {"tenure_months": 41}, ""),
    ("tenure_months", "signed up 2 years ago, in june", {"tenure_months": 29}, ""),
    ("tenure_months", "a year ago in January", {"tenure_months": 22}, ""),
    ("tenure_months", "back in March two years ago", {"tenure_months": 32}, ""),
    ("tenure_months", "两年前的三月", {"tenure_months": 32}, ""),
    ("tenure_months", "三年前六月办的", {"tenure_months": 41}, ""),
    ("tenure_months", "两年前的3月份开通的", {"tenure_months": 32}, ""),
    ("tenure_months", "去年三月", {"tenure_months": 20}, ""),
    ("tenure_months", "前年五月", {"tenure_months": 30}, ""),
    ("tenure_months", "两年前", {"tenure_months": 24}, ""),
    ("tenure_months", "two years ago", {"tenure_months": 24}, ""),
    # money per month is no duration
    ("tenure_months", "信用卡一个月刷外卖就两千", {}, ""),
    ("tenure_months", "一个月电费两百", {}, ""),
    ("tenure_months", "一年电费两千多", {}, ""),
    ("tenure_months", "a month's rent is 1200", {}, ""),
    ("tenure_months", "1 month's rent is 1200", {}, ""),
    ("tenure_months", "一个月话费一百二", {"monthly_spend": 120.0}, ""),
    ("tenure_months", "one month's bill is 80", {"monthly_spend": 80.0}, ""),
    # ... near misses: an amount of time
    ("tenure_months", "一个月", {"tenure_months": 1}, ""),
    ("tenure_months", "一个月前办的", {"tenure_months": 1}, ""),
    ("tenure_months", "用了一个月", {"tenure_months": 1}, ""),
    ("tenure_months", "才一个月就花了两百", {"monthly_spend": 200.0, "tenure_months": 1}, ""),
    ("tenure_months", "用了一个月，话费两百", {"monthly_spend": 200.0, "tenure_months": 1}, ""),
    ("tenure_months", "一个月前交的钱", {"tenure_months": 1}, ""),
    ("tenure_months", "just a month, bill is 80", {"monthly_spend": 80.0, "tenure_months": 1}, ""),
    # digits with Chinese units
    ("monthly_spend", "1千2百", {"monthly_spend": 1200.0}, ""),
    ("monthly_spend", "3千5百", {"monthly_spend": 3500.0}, ""),
    ("monthly_spend", "１千２百", {"monthly_spend": 1200.0}, ""),
    ("monthly_spend", "３千５百", {"monthly_spend": 3500.0}, ""),
    ("monthly_spend", "1千5", {"monthly_spend": 1500.0}, ""),
    ("monthly_spend", "每月２千５", {"monthly_spend": 2500.0}, ""),
    ("monthly_spend", "两千五", {"monthly_spend": 2500.0}, ""),
    ("monthly_spend", "2百5", {"monthly_spend": 250.0}, ""),
    ("monthly_spend", "1百2十", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "宽带1百2，手机80", {"monthly_spend": 200.0}, ""),
    ("monthly_spend", "大概1千2百块吧", {"monthly_spend": 1200.0}, ""),
    ("monthly_spend", "1千2百到1千5百", {"monthly_spend": 1350.0}, ""),
    ("monthly_spend", "１２００", {"monthly_spend": 1200.0}, ""),
    ("monthly_spend", "一个月话费一百二", {"monthly_spend": 120.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1万2", 12000.0), ("1万5千", 15000.0), ("1.2万", 12000.0), ("2k", 2000.0), ("1,200", 1200.0)],
)
def test_digit_units(text, value):
    m = DIGIT_RUN.fullmatch(text)
    assert m is not None and digit_value(m.group()) == value

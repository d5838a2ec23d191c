"""Ages said as a bound, children's bounds, and amounts said as a figure of speech.

Covers: a legal threshold passed ("over 18", "18+", "above 21", "18岁以上", "超过18了") and
adulthood with no number ("成年了", "not a minor", "of legal age"), vague; an upper bound of any
age ("under 60", "30岁以下", "未满十八"), vague; kept: the age reached ("满十八了", "just turned
21"), other lower bounds as approximations ("over 60", "60岁以上"), "我还不到四十". Children's
bounds ("3 kids under 10", "俩娃都不到五岁", "got two under five") are theirs: dependents, no
age, nothing vague; "孩子都成年了" gives no dependents. Money and time bounds stay amounts
("under 30 quid"). A hundred years or more with us ("feels like 100 years", "感觉用了一百年了") and
the price of a thing bought ("一包烟钱", "二两银子", "the price of a pint") are vague, unless
another amount is said ("两包烟钱，四十块"). "whatever ye wanna call me is grand" gives no name
"is".
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a legal threshold passed: no age, vague
    ("age", "over 18", {}, "v"),
    ("age", "18+", {}, "v"),
    ("age", "I'm over 18", {}, "v"),
    ("age", "over 18, obviously", {}, "v"),
    ("age", "definitely over 18 haha", {}, "v"),
    ("age", "above 21", {}, "v"),
    ("age", "well above 21", {}, "v"),
    ("age", "over eighteen", {}, "v"),
    ("age", "18 and over", {}, "v"),
    ("age", "18 or older", {}, "v"),
    ("age", "older than 18", {}, "v"),
    ("age", "16 plus", {}, "v"),
    ("age", "I'm 18+", {}, "v"),
    ("age", "over 18, live in Leeds", {"city": "Leeds"}, "v"),
    ("age", "I'm over 18, married, 2 kids", {"has_partner": True, "has_dependents": True}, "v"),
    ("age", "18岁以上", {}, "v"),
    ("age", "18岁以上吧", {}, "v"),
    ("age", "十八岁以上", {}, "v"),
    ("age", "18周岁以上", {}, "v"),
    ("age", "21以上", {}, "v"),
    ("age", "超过18了", {}, "v"),
    ("age", "超过十八岁了", {}, "v"),
    ("age", "早过18了", {}, "v"),
    ("age", "早就过了18岁了", {}, "v"),
    # adulthood with no number: vague
    ("age", "not a minor", {}, "v"),
    ("age", "legal age", {}, "v"),
    ("age", "of legal age", {}, "v"),
    ("age", "I'm an adult", {}, "v"),
    ("age", "legal adult lol", {}, "v"),
    ("age", "grown adult lol", {}, "v"),
    ("age", "old enough to vote", {}, "v"),
    ("age", "成年了", {}, "v"),
    ("age", "早就成年了", {}, "v"),
    ("age", "已成年", {}, "v"),
    ("age", "我是成年人了", {}, "v"),
    ("age", "未成年", {}, "v"),
    # an upper bound: vague
    ("age", "under 60", {}, "v"),
    ("age", "I'm under 30", {}, "v"),
    ("age", "under 30, single", {"has_partner": False}, "v"),
    ("age", "below 50", {}, "v"),
    ("age", "younger than 40 anyway", {}, "v"),
    ("age", "less than 40", {}, "v"),
    ("age", "under 18", {}, "v"),
    ("age", "30岁以下", {}, "v"),
    ("age", "四十以下", {}, "v"),
    ("age", "三十岁以下吧", {}, "v"),
    ("age", "20岁以下", {}, "v"),
    ("age", "未满十八", {}, "v"),
    # the age reached, an approximation, a birthday ahead: kept
    ("age", "满十八了", {"age": 18}, ""),
    ("age", "我满十八了", {"age": 18}, ""),
    ("age", "我已经满18岁了", {"age": 18}, ""),
    ("age", "刚满十八岁", {"age": 18}, ""),
    ("age", "年满18", {"age": 18}, ""),
    ("age", "I'm 18", {"age": 18}, ""),
    ("age", "I'm 21", {"age": 21}, ""),
    ("age", "just turned 21", {"age": 21}, ""),
    ("age", "turned 18 last month", {"age": 18}, ""),
    ("age", "25, over 18 obviously", {"age": 25}, ""),
    ("age", "over 60", {"age": 60}, ""),
    ("age", "60岁以上", {"age": 60}, ""),
    ("age", "我都60岁以上了", {"age": 60}, ""),
    ("age", "over 50", {"age": 50}, ""),
    ("age", "50+", {"age": 50}, ""),
    ("age", "I'm 60+", {"age": 60}, ""),
    ("age", "我还不到四十", {"age": 40}, ""),
    ("age", "三十多岁", {"age": 30}, ""),
    ("age", "forty-something", {"age": 40}, ""),
    ("age", "快四十了", {"age": 40}, ""),
    ("age", "early forties", {"age": 42}, ""),
    ("age", "30出头", {"age": 30}, ""),
    ("age", "差两个月满18", {"age": 17}, ""),
    ("age", "成年累月在外面跑，今年45", {"age": 45}, ""),
    ("age", "还没到退休年龄", {}, ""),
    # children's bounds: theirs, no age of the respondent
    ("age", "I've got 3 kids under 10", {"has_dependents": True}, ""),
    ("age", "two kids, both under 5", {"has_dependents": True}, ""),
    ("age", "I have 2 kids under 5", {"has_dependents": True}, ""),
    ("age", "3 kids all under 10", {"has_dependents": True}, ""),
    ("age", "kids under 10 and a dog", {"has_dependents": True}, ""),
    ("age", "my kids are all under 10", {"has_dependents": True}, ""),
    ("age", "got two under five", {}, ""),
    ("age", "孩子都不到十岁", {"has_dependents": True}, ""),
    ("age", "俩娃都不到五岁", {"has_dependents": True}, ""),
    ("age", "俩娃都在三岁以下", {"has_dependents": True}, ""),
    ("age", "我家俩孩子都在十岁以下", {"has_dependents": True}, ""),
    ("age", "我有两个孩子，都在五岁以下", {"has_dependents": True}, ""),
    ("age", "孩子还不到三岁", {"has_dependents": True}, ""),
    ("age", "孩子都成年了", {"has_dependents": False}, ""),
    ("age", "我儿子成年了", {}, ""),
    ("age", "41. got 3 kids under 10 so pls be quick", {"has_dependents": True, "age": 41}, ""),
    ("age", "I'm 35, 2 kids under 10", {"has_dependents": True, "age": 35}, ""),
    ("age", "two kids, both under 5, and I'm 29", {"has_dependents": True, "age": 29}, ""),
    ("age", "two under 5, I'm 31", {"age": 31}, ""),
    ("age", "my kids are under 10 and I'm 38", {"has_dependents": True, "age": 38}, ""),
    ("age", "grandkids all under 12, I'm 66", {"age": 66}, ""),
    ("age", "孩子都不到十岁，我三十五", {"has_dependents": True, "age": 35}, ""),
    ("age", "我25，孩子都在五岁以下", {"has_dependents": True, "age": 25}, ""),
    ("age", "我儿子都成年了，我52", {"has_dependents": False, "age": 52}, ""),
    ("has_dependents", "孩子都成年了", {"has_dependents": False}, ""),
    ("city", "孩子都成年了", {"has_dependents": False}, ""),
    # a bound of money or time is still an amount
    ("monthly_spend", "under 30 quid", {"monthly_spend": 30.0}, ""),
    ("monthly_spend", "under 50 quid", {"monthly_spend": 50.0}, ""),
    ("tenure_months", "over 40 years", {"tenure_months": 480}, ""),
    # a hundred years or more with us: a figure of speech
    ("tenure_months", "feels like 100 years", {}, "v"),
    ("tenure_months", "feels like a hundred years lol", {}, "v"),
    ("tenure_months", "like a thousand years", {}, "v"),
    ("tenure_months", "200 years lol", {}, "v"),
    ("tenure_months", "since forever, like 100 years", {}, "v"),
    ("tenure_months", "感觉用了一百年了", {}, "v"),
    ("tenure_months", "用了八百年了", {}, "v"),
    ("tenure_months", "一万年了吧", {}, "v"),
    ("tenure_months", "好像用了一百年", {}, "v"),
    ("tenure_months", "几百年了", {}, "v"),
    ("tenure_months", "一百多年了哈哈", {}, "v"),
    ("tenure_months", "100 months", {"tenure_months": 100}, ""),
    ("tenure_months", "100个月了", {"tenure_months": 100}, ""),
    ("tenure_months", "120个月", {"tenure_months": 120}, ""),
    ("tenure_months", "20 years", {"tenure_months": 240}, ""),
    ("tenure_months", "50 years", {"tenure_months": 600}, ""),
    ("tenure_months", "二十年了", {"tenure_months": 240}, ""),
    ("tenure_months", "since 2000", {"tenure_months": 312}, ""),
    ("tenure_months", "2000年开始用的", {"tenure_months": 312}, ""),
    ("tenure_months", "feels like 10 years", {"tenure_months": 120}, ""),
    ("tenure_months", "十年了", {"tenure_months": 120}, ""),
    ("tenure_months", "2019年3月", {"tenure_months": 92}, ""),
    # the price of a thing bought, or silver taels: no amount
    ("monthly_spend", "二两银子", {}, "v"),
    ("monthly_spend", "三两碎银", {}, "v"),
    ("monthly_spend", "几两银子吧哈哈", {}, "v"),
    ("monthly_spend", "一包烟钱", {}, "v"),
    ("monthly_spend", "两包烟钱", {}, "v"),
    ("monthly_spend", "一顿火锅钱", {}, "v"),
    ("monthly_spend", "一杯奶茶钱", {}, "v"),
    ("monthly_spend", "一顿饭钱吧", {}, "v"),
    ("monthly_spend", "两杯咖啡钱", {}, "v"),
    ("monthly_spend", "the price of a pint", {}, "v"),
    ("monthly_spend", "about the price of two coffees", {}, "v"),
    ("monthly_spend", "couple of pints", {}, "v"),
    ("monthly_spend", "a takeaway's worth", {}, "v"),
    ("monthly_spend", "two pizzas worth", {}, "v"),
    ("monthly_spend", "两包烟钱，四十块", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "一包烟钱吧，二十", {"monthly_spend": 20.0}, ""),
    ("monthly_spend", "the price of a pint, about 5 quid", {"monthly_spend": 5.0}, ""),
    ("monthly_spend", "一百块钱", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "五十块钱", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "每月两百块钱", {"monthly_spend": 200.0}, ""),
    ("monthly_spend", "一个月一百", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "$65", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "150ish", {"monthly_spend": 150.0}, ""),
    # the name left to the bot
    ("name", "dont mind, whatever ye wanna call me is grand", {}, "v"),
    ("name", "whatever you want to call me is fine", {}, "v"),
    ("name", "whatever you wanna call me is fine", {}, "v"),
    ("name", "anything you call me is fine", {}, "v"),
    ("name", "call me what ye like", {}, "v"),
    ("name", "call me whatever ye like", {}, "v"),
    ("name", "what ye call me doesn't matter", {}, "v"),
    ("name", "whatever ye like is grand", {}, "v"),
    ("name", "John is grand", {"name": "John"}, ""),
    ("name", "Siobhan is fine", {"name": "Siobhan"}, ""),
    ("name", "call me Pat", {"name": "Pat"}, ""),
    ("name", "my name is Pat", {"name": "Pat"}, ""),
    ("name", "just call me Sean, that's grand", {"name": "Sean"}, ""),
    ("name", "call me Mo, whatever's easiest", {"name": "Mo"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_age_bounds(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Household and vague answers, round 38: a self-label counted as "一枚", a relationship waved
away as a question, a break-up said with "分的手" or a bare "分了", a grown child said married a
clause later or counted as the subject, a baby planned with a time in between, a hedge both ways
with no value, a young child given an age with "of", a bit of everything, time taken by the farm,
a rhetorical "哪记得", not understanding "these things", an era remembered instead of an age and
New Zealand's "all sweet".

Covers: "妥妥的90后一枚" (vague, no age 1; "程序猿一枚，今年31" is 31); "学生党谈啥恋爱"
(no partner); "上个月刚分的手", "上个月刚分了，别提了", "早分了" (no partner; not
"我们分了两次才交完费", nor a story's later clause "和他谈了五年，去年分了");
"a daughter, and she's married and living in Auckland" (no dependents; "one son, he's 8" is);
"all three are married with families of their own" (no partner fill); "跟老公打算明年要一个宝宝"
(no dependents; "有一个，打算明年再要一个" has); "算有也算没有" with no value (vague); "a wee lad
of four" (dependents; not "a lad of 30"); "bit of everything really", "the farm takes all my
time", "合同早丢了，哪记得", "年纪大了不懂这些", "I remember when phones had cords" (vague; a value
beside them still counts); "nah all sweet" (vague; "all sweet except the wifi drops" complains).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a self-label counted at the clause's end is no number
    ("age", "妥妥的90后一枚", {}, "v"),
    ("age", "90后一枚", {}, "v"),
    ("age", "本人80后一枚", {}, "v"),
    ("age", "程序猿一枚，今年31", {"age": 31}, ""),
    ("age", "码农一枚 28岁", {"age": 28}, ""),
    ("age", "本人35，宝妈一枚", {"age": 35}, ""),
    ("has_partner", "单身狗一只", {"has_partner": False}, ""),
    # a relationship waved away as a question
    ("has_partner", "没有，学生党谈啥恋爱", {"has_partner": False}, ""),
    ("has_partner", "学生党谈什么恋爱", {"has_partner": False}, ""),
    ("has_partner", "穷成这样谈哪门子恋爱", {"has_partner": False}, ""),
    ("has_partner", "有啊，在谈恋爱", {"has_partner": True}, ""),
    # a break-up, "分的手" or a bare "分了"
    ("has_partner", "上个月刚分的手，心累😭", {"has_partner": False}, ""),
    ("has_partner", "上周刚分了手", {"has_partner": False}, ""),
    ("has_partner", "上个月刚分了，别提了", {"has_partner": False}, ""),
    ("has_partner", "早分了", {"has_partner": False}, ""),
    ("has_partner", "去年就分了", {"has_partner": False}, ""),
    ("has_partner", "分了", {"has_partner": False}, ""),
    ("has_partner", "我们分了两次才交完费", {}, ""),
    ("has_partner", "没，早分了", {"has_partner": False}, ""),
    ("has_partner", "和他谈了五年，去年分了", {}, ""),
    # a grown child said married a clause later, or counted as the subject
    (
        "has_dependents",
        "only got the one, a daughter, and she's married and living in Auckland now",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "one son, he's married and lives in Perth", {"has_dependents": False}, ""),
    ("has_dependents", "two sons, and they're both married", {"has_dependents": False}, ""),
    ("has_dependents", "one son, he's 8", {"has_dependents": True}, ""),
    ("has_dependents", "a daughter, and she's at primary school", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "nope, all three are married with families of their own",
        {"has_dependents": False},
        "",
    ),
    ("has_partner", "both are married now, I'm widowed", {"has_partner": False}, ""),
    ("has_partner", "yes, married, both of us are happy", {"has_partner": True}, ""),
    # a baby planned, with a time in between
    (
        "has_dependents",
        "暂时没有，跟老公打算明年要一个宝宝",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    ("has_dependents", "想要个孩子，还没有", {"has_dependents": False}, ""),
    ("has_dependents", "有一个，打算明年再要一个", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "no, but we're planning to have a baby next year",
        {"has_dependents": False},
        "",
    ),
    # answered both ways with no value
    ("has_partner", "怎么说呢，算有也算没有", {}, "v"),
    ("has_dependents", "说有也有说没有也没有", {}, "v"),
    ("has_partner", "yes and no", {}, "v"),
    ("has_partner", "没有，也没有打算找", {"has_partner": False}, ""),
    # a young child given an age with "of"
    ("has_dependents", "aye, a wee lad of four", {"has_dependents": True}, ""),
    ("has_dependents", "two girls of 3 and 5", {"has_dependents": True}, ""),
    ("has_dependents", "a boy of twelve", {"has_dependents": True}, ""),
    ("age", "44, my wee lad's 25 now", {"age": 44}, ""),
    ("has_dependents", "a lad of 30, lives in Leeds", {"age": 30, "city": "Leeds"}, ""),
    # a bit of everything; time taken by the farm
    ("interests", "bit of everything really", {}, "v"),
    ("interests", "little bit of everything", {}, "v"),
    ("interests", "a bit of everything, mostly football", {"interests": ["sports"]}, ""),
    ("interests", "none really, the farm takes all my time", {}, "v"),
    ("interests", "the farm takes up all my time", {}, "v"),
    ("interests", "the shop takes most of my time", {}, "v"),
    # not remembering, asked back; not understanding "these things"
    ("contract", "合同早丢了，哪记得", {}, "v"),
    ("contract", "哪还记得", {}, "v"),
    ("internet_service", "年纪大了不懂这些，反正能上网看新闻就行", {}, "v"),
    ("internet_service", "不懂这个", {}, "v"),
    ("internet_service", "I don't understand these things", {}, "v"),
    # an era remembered instead of an age
    ("age", "put it this way, I remember when phones had cords on them 😂", {}, "v"),
    ("age", "I can remember the days before the internet", {}, "v"),
    ("age", "我还记得粮票那个年代", {}, "v"),
    ("age", "I remember when I was 30, now I'm 52", {"age": 52}, ""),
    (
        "tenure_months",
        "I remember when we signed up, 2 years ago",
        {"tenure_months": 24},
        "",
    ),
    # New Zealand contentment
    ("complaint", "nah all sweet", {}, "v"),
    ("complaint", "all sweet mate", {}, "v"),
    (
        "complaint",
        "all sweet except the wifi drops every night",
        {"complaint": "all sweet except the wifi drops every night"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round38_household_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

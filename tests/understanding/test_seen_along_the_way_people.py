"""People and household misreadings seen along the way: an echoed question answered with one's
youth, a grown child's marriage, not split up, a past self's age, and moving on to the next
question.

Covers: "kids? I'm 22 mate", "孩子？我才二十二" (no child; "孩子？有一个" still is);
"有个女儿，早嫁人了" (the daughter married, not the respondent; "我早嫁人了" is);
"没分，还在一起", "we haven't split, still together" (a partner; not "还在一起吗",
"my parents are still together"); "when I was a lad of ten" (no age; "a lad of ten" asked is);
"下一个问题吧" (a refusal, as "next question please"; not "下一个问题是什么").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # an echoed question answered with one's youth
    ("has_dependents", "kids? I'm 22 mate", {"age": 22}, ""),
    ("has_dependents", "kids? I'm only 19", {"age": 19}, ""),
    ("has_dependents", "kids?? i'm 22 lol", {"age": 22}, ""),
    ("has_dependents", "children? I'm too young", {}, ""),
    ("has_dependents", "孩子？我才二十二", {}, ""),
    ("has_dependents", "孩子？我才22岁", {"age": 22}, ""),
    ("has_dependents", "孩子？我还小呢", {}, ""),
    ("has_dependents", "孩子？我今年才20，哪来的孩子", {"age": 20, "has_dependents": False}, ""),
    ("has_dependents", "kids? yeah two", {"has_dependents": True}, ""),
    ("has_dependents", "kids? nope", {"has_dependents": False}, ""),
    ("has_dependents", "孩子？有一个", {"has_dependents": True}, ""),
    ("has_dependents", "I'm 22 and have two kids", {"age": 22, "has_dependents": True}, ""),
    # a grown child's marriage
    ("has_partner", "有个女儿，早嫁人了", {}, ""),
    ("has_partner", "有个儿子，早结婚了", {}, ""),
    ("has_partner", "儿子早结婚了", {}, ""),
    ("has_partner", "嫁人了", {"has_partner": True}, ""),
    ("has_partner", "我早嫁人了", {"has_partner": True}, ""),
    # not split, still together
    ("has_partner", "没分，还在一起", {"has_partner": True}, ""),
    ("has_partner", "还没分呢", {"has_partner": True}, ""),
    ("has_partner", "我们还在一起", {"has_partner": True}, ""),
    ("has_partner", "not split, still together", {"has_partner": True}, ""),
    ("has_partner", "haven't split up, still together", {"has_partner": True}, ""),
    ("has_partner", "we're still together", {"has_partner": True}, ""),
    ("has_partner", "分了，没在一起了", {"has_partner": False}, ""),
    ("has_partner", "还在一起吗", {}, ""),
    ("has_partner", "跟爸妈还在一起住", {}, ""),
    ("has_partner", "my parents are still together", {}, ""),
    ("has_partner", "no, we split up", {"has_partner": False}, ""),
    # a past self's age
    ("age", "when I was a lad of ten I loved football", {"interests": ["sports"]}, ""),
    ("age", "when I was a lad of 10", {}, ""),
    ("age", "when I was ten", {}, ""),
    ("age", "I'm 45, but when I was a lad of ten I had a paper round", {"age": 45}, ""),
    # moving on to the next question
    ("satisfaction", "下一个问题吧", {}, "r"),
    ("satisfaction", "下个问题", {}, "r"),
    ("satisfaction", "next question please", {}, "r"),
    ("satisfaction", "下一个问题是什么", {}, ""),
    ("satisfaction", "等下一个问题再说", {}, ""),
    ("gender", "女，下一个问题", {"gender": "female"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_seen_along_the_way_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

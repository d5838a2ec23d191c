"""Household and tenure, round 32: a search still going on after a single word, a partner named
in "我跟对象", a topic word inside an A-not-A question put back to the bot, and "a year n half".

Covers: "单身呢 还没找着" (single; but "对象还没找" is no partner, "谈了三年还没领证" a partner);
"没有，就我跟对象俩人" (a partner, no dependents; but "我儿子跟对象住"); "你问我是不是单身？是"
(single; "不是" a partner; no reply says nothing); "bout a year n half" (18 months).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
T = "tenure_months"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a search still going on after a single word keeps it single
    (P, "单身呢 还没找着", {P: False}, ""),
    (P, "单身，还没找到合适的", {P: False}, ""),
    (P, "单身呢，还没谈", {P: False}, ""),
    (P, "离婚了，还没再找", {P: False}, ""),
    (P, "对象还没找", {P: False}, ""),
    (P, "对象嘛，还没有", {P: False}, ""),
    (D, "孩子还没生", {D: False}, ""),
    (P, "谈了三年还没领证", {P: True}, ""),
    (P, "老公没空", {P: True}, ""),
    (P, "我对象还没要孩子", {P: True, D: False}, ""),
    # the partner named as "我跟对象"
    (D, "没有，就我跟对象俩人", {P: True, D: False}, ""),
    (D, "就我和对象两个人住", {P: True, D: False}, ""),
    (D, "我跟对象还没要孩子", {P: True, D: False}, ""),
    (P, "我和对象住", {P: True}, ""),
    (P, "我跟对象分手了", {P: False}, ""),
    (D, "我儿子跟对象住", {D: True}, ""),
    # a topic word inside "是不是…" put back to the bot
    (P, "你问我是不是单身？是", {P: False}, ""),
    (P, "问我是不是单身，是的", {P: False}, ""),
    (P, "问我是不是单身？是啊", {P: False}, ""),
    (P, "你问我是不是单身？不是", {P: True}, ""),
    (P, "你问我是不是单身？不是啊", {P: True}, ""),
    (P, "是不是结婚了？是", {P: True}, ""),
    (P, "是不是结婚了？没有", {P: False}, ""),
    (P, "是不是单身？", {}, ""),
    (P, "我不是单身", {P: True}, ""),
    (P, "不是单身，有女朋友", {P: True}, ""),
    # "n" for "and" in a year and a half
    (T, "bout a year n half", {T: 18}, ""),
    (T, "a year n a half", {T: 18}, ""),
    (T, "been with u a year n half now", {T: 18}, ""),
    (T, "about a year and a half", {T: 18}, ""),
    (T, "a year", {T: 12}, ""),
    ("age", "bout a year n half", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round32_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

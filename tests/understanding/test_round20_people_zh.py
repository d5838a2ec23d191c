"""People in Chinese answers, round 20: person words that say nothing of the household, and
dialect partner words.

Covers: a bare baby in passing with what it is doing now ("宝宝又哭了"; but "我家宝宝刚醒");
the respondent as a child ("我自己也还是个小孩"; but "我是孩子他爸"); grandchildren raised by
their parents ("外孙女是她爸妈养"); a child word in the respondent's name ("叫我细伢子");
grown children advising on the service, instructing, or buying a phone ("我女儿说装宽带",
"儿子叮嘱过", "闺女帮我买了部新手机", "娃们都说换宽带", "我闺女弄得"; but "儿子说要打游戏",
"我给闺女买了手机"); partner words of children or of two others ("子女都成家了",
"小陈和小周在谈恋爱"; but "我和小周在谈恋爱"), the respondent as "娃他爸"; dialect partner
words (婆姨, 俺男人), "我和他爷爷一起过" for the respondent's husband; plain "死了" (but "累死了");
"没听清" is no "no"; "我家小祖宗", "有个崽" as children.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a bare baby in passing, doing something right now
    ("gender", "稍等，宝宝又哭了，等会儿说", {}, ""),
    ("age", "嘘，宝宝刚睡着", {}, ""),
    ("gender", "女，我家宝宝刚睡着", {"gender": "female", "has_dependents": True}, ""),
    # the respondent as a child
    ("has_dependents", "我自己也还是个小孩", {}, ""),
    ("has_partner", "我是孩子他爸", {}, ""),
    # grandchildren raised by their own parents
    ("has_dependents", "外孙女是她爸妈养，我就是帮忙接送", {}, ""),
    ("has_dependents", "外孙女跟着我住，我养着", {"has_dependents": True}, ""),
    # a child word in the respondent's name
    ("name", "大家都叫我细伢子", {"name": "细伢子"}, ""),
    # grown children advising, instructing, buying a phone
    ("internet_service", "我女儿说装光纤好", {"internet_service": "fiber_optic"}, ""),
    ("city", "儿子叮嘱过，不要告诉别人住哪", {}, ""),
    ("monthly_spend", "我闺女给我买了部新手机", {}, ""),
    ("internet_service", "娃们都说换光纤，我懒得弄", {"internet_service": "fiber_optic"}, ""),
    ("has_dependents", "儿子说要打游戏，网太卡", {"has_dependents": True}, ""),
    ("has_dependents", "我给闺女买了个新手机", {"has_dependents": True}, ""),
    # partner words of children or of two other people
    (
        "has_partner",
        "老伴走了好几年了，子女都在外地成家了",
        {"has_partner": False, "has_dependents": False},
        "",
    ),
    ("has_partner", "车间里小陈和小周在谈恋爱", {}, ""),
    ("has_partner", "我和小周在谈恋爱", {"has_partner": True}, ""),
    # dialect partner words, a plain death
    ("has_partner", "俺婆姨在地里干活", {"has_partner": True}, ""),
    ("has_partner", "我男人在工地上", {"has_partner": True}, ""),
    ("has_partner", "我男人死了十年了", {"has_partner": False}, ""),
    ("has_partner", "俺男人忙死了", {"has_partner": True}, ""),
    ("has_partner", "我和他爷爷一起过了一辈子", {"has_partner": True}, ""),
    ("has_partner", "孙子跟他奶奶过", {}, ""),
    # "没" before hearing is no "no"
    ("has_partner", "没听清，你说啥", {}, ""),
    ("has_partner", "没有", {"has_partner": False}, ""),
    # children in dialect
    ("tenure_months", "俺家小祖宗又把遥控器藏了", {"has_dependents": True}, ""),
    ("gender", "小祖宗你先别闹", {}, ""),
    ("has_dependents", "有个崽，上二年级", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round20_people_zh(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Pastimes of the past now out of reach, and a spouse whom somebody calls over.

Under the interests question, a pastime of the respondent's past that the body no longer allows
("以前爱打篮球，现在也打不动了", "knees won't let me"), that is missed ("现在还怀念", "still miss
it") or hardly done now ("现在不怎么打了", "don't really anymore") names no pastime: vague, with
no value. A current pastime beside it keeps its value ("以前打篮球，现在跑步"), and somebody
else's past ("我爸以前爱钓鱼，现在钓不动了") is no answer at all.

Under the partner question, "X叫我老公/老婆" followed by what the spouse is asked to do ("朋友叫
我老公一起去钓鱼", "妈叫我老公过去吃饭") names the respondent's own partner, and so does a partner
word opening with "我" after another person ("朋友和我媳妇一起去逛街"); a spouse's word others
call the respondent ("粉丝叫我老婆", "大家都叫我老公", "my fans call me wifey") names none.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

PASTIMES: list[tuple[str, str, dict[str, Any], str]] = [
    # the body gives out
    ("interests", "以前爱打篮球，现在也打不动了", {}, "v"),
    ("interests", "以前爱打篮球，现在打不动了", {}, "v"),
    ("interests", "年轻时爱踢球，现在踢不动了", {}, "v"),
    ("interests", "以前爱爬山，现在爬不动了", {}, "v"),
    ("interests", "以前爱打篮球，膝盖不行了", {}, "v"),
    ("interests", "年轻那会儿爱跳舞，腰不行了", {}, "v"),
    ("interests", "以前好钟意打波，而家打唔郁喇", {}, "v"),
    ("interests", "以前好钟意行山，而家膝头唔得喇", {}, "v"),
    ("interests", "used to play tennis but can't anymore", {}, "v"),
    ("interests", "used to box, too old for it now", {}, "v"),
    ("interests", "I used to play squash but my knees won't let me", {}, "v"),
    ("interests", "Used to play hurling, the knees went", {}, "v"),
    # missed
    ("interests", "以前喜欢打篮球，现在还怀念", {}, "v"),
    ("interests", "以前喜欢钓鱼，挺想念的", {}, "v"),
    ("interests", "以前喜欢打篮球，现在还挺怀念的", {}, "v"),
    ("interests", "上学那会儿天天打球，挺怀念的", {}, "v"),
    ("interests", "used to play football, still miss it", {}, "v"),
    ("interests", "used to play football, miss it", {}, "v"),
    ("interests", "I used to play rugby, I really miss it", {}, "v"),
    ("interests", "I used to swim a lot, still miss it", {}, "v"),
    ("interests", "I used to paint, I miss it", {}, "v"),
    ("interests", "I used to play football, I don't miss it", {}, "v"),
    # hardly done now
    ("interests", "以前喜欢打篮球，现在不怎么打了", {}, "v"),
    ("interests", "以前爱钓鱼，现在不怎么钓了", {}, "v"),
    ("interests", "以前常去爬山，现在很少去了", {}, "v"),
    ("interests", "used to go fishing, don't really anymore", {}, "v"),
    ("interests", "I used to play guitar, not so much anymore", {}, "v"),
    ("interests", "I used to go fishing, hardly ever go now", {}, "v"),
    ("interests", "I used to play football, but now I don't", {}, "v"),
    ("interests", "I used to play football but now I don't have the time", {}, "v"),
    ("interests", "以前喜欢打篮球，现在没时间了", {}, "v"),
    # near misses: a pastime kept up or named beside it keeps its value
    ("interests", "以前爱打篮球，现在跑步", {"interests": ["fitness"]}, ""),
    ("interests", "以前爱打篮球，现在打不动了，就看看书", {"interests": ["reading"]}, ""),
    ("interests", "以前爱打篮球，现在打不动了，改游泳", {"interests": ["fitness"]}, ""),
    ("interests", "以前爱打篮球，现在不怎么打了，主要看书", {"interests": ["reading"]}, ""),
    ("interests", "以前不怎么运动，现在天天跑步", {"interests": ["fitness"]}, ""),
    ("interests", "不怎么运动，主要是看书", {"interests": ["reading"]}, ""),
    (
        "interests",
        "I used to play football, still miss it, now I just read",
        {"interests": ["reading"]},
        "",
    ),
    (
        "interests",
        "used to play tennis but my knees gave up, now I read",
        {"interests": ["reading"]},
        "",
    ),
    ("interests", "I used to play football and still do", {"interests": ["sports"]}, ""),
    # near misses: somebody else's past, or nothing of the past
    ("interests", "我老公以前爱打篮球，现在打不动了", {"has_partner": True}, ""),
    ("interests", "我爸以前爱钓鱼，现在钓不动了", {}, ""),
    ("interests", "我爸以前爱打乒乓球，他挺怀念的", {}, ""),
    ("interests", "以前爱打篮球，我老公还挺怀念的", {"has_partner": True}, ""),
    ("interests", "my dad used to play football, still misses it", {}, ""),
    ("interests", "my dad used to play football, he really misses it", {}, ""),
    ("interests", "used to play rugby, now I never miss a game", {}, ""),
    ("interests", "膝盖不行了", {}, ""),
]

PARTNERS: list[tuple[str, str, dict[str, Any], str]] = [
    # the spouse asked over to do something: the respondent's own
    ("has_partner", "朋友叫我老公一起去钓鱼", {"has_partner": True}, ""),
    ("has_partner", "妈叫我老公过去吃饭", {"has_partner": True}, ""),
    ("has_partner", "朋友喊我老婆去逛街", {"has_partner": True}, ""),
    ("has_partner", "我妈叫我老公回家吃饭", {"has_partner": True}, ""),
    ("has_partner", "同事叫我老婆一起吃饭", {"has_partner": True}, ""),
    ("has_partner", "朋友叫我老公来打牌", {"has_partner": True}, ""),
    ("has_partner", "朋友喊我老公去喝酒", {"has_partner": True}, ""),
    ("has_partner", "邻居叫我媳妇一起去跳广场舞", {"has_partner": True}, ""),
    ("has_partner", "大家叫我老公帮忙搬家", {"has_partner": True}, ""),
    ("has_partner", "孩子们叫我老公陪他们玩", {"has_partner": True}, ""),
    ("has_partner", "朋友叫我对象一起去打球", {"has_partner": True}, ""),
    ("has_partner", "朋友和我媳妇一起去逛街", {"has_partner": True}, ""),
    ("has_partner", "朋友和我对象一起去逛街", {"has_partner": True}, ""),
    ("has_partner", "同事和我男人是老乡", {"has_partner": True}, ""),
    ("has_partner", "I'll call my hubby and ask", {"has_partner": True}, ""),
    # near misses: what others call the respondent, or somebody else's spouse
    ("has_partner", "粉丝叫我老婆", {}, ""),
    ("has_partner", "大家都叫我老公", {}, ""),
    ("has_partner", "粉丝都叫我老公", {}, ""),
    ("has_partner", "朋友都叫我老婆，哈哈", {}, ""),
    ("has_partner", "网友叫我老公来着", {}, ""),
    ("has_partner", "粉丝们都喊我老婆", {}, ""),
    ("has_partner", "大家都喊我媳妇儿", {}, ""),
    ("has_partner", "朋友老叫我老公，其实是开玩笑的", {}, ""),
    ("has_partner", "学生都叫我老公，其实我单身", {"has_partner": False}, ""),
    ("has_partner", "my fans call me wifey", {}, ""),
    ("has_partner", "everyone calls me hubby lol", {}, ""),
    ("has_partner", "my friends call me wifey", {}, ""),
    ("has_partner", "我朋友和他媳妇一起去逛街", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), PASTIMES)
def test_pastimes_out_of_reach(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), PARTNERS)
def test_spouse_called_over(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Round 18: ratings, interests, complaints and vague answers.

Covers: a caveat after a judgement ("还行，就是有时候信号不好" stays 3); 分 as a cent ("价格一分没
降"); a mood score with a time or a limit between ("心情最近只能打1分", "my mood lately is only a
2"); judgements by turns ("one day it's fine, next day nothing", "hit and miss"); a rating given to
"the" something else ("gives the new route 5 stars"); not having noticed ("没怎么注意过",
"haven't really noticed"); no time for hobbies laughed off ("Hobbies? With three jobs?", "what
hobbies", "I only sleep", "there's no time", "最近啥都干不了"); more instruments for music and
"pickin'" as picking; a game streamed for a living; "whaddya mean" and its spellings as a
question back.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a caveat after a judgement qualifies it; alone, the fault still rates
    ("satisfaction", "挺好的，只是有时候信号不好", {"satisfaction": 4}, ""),
    ("satisfaction", "一般，就是客服态度不好", {"satisfaction": 3}, ""),
    ("satisfaction", "it's ok, just the signal is bad in the kitchen", {"satisfaction": 3}, ""),
    ("satisfaction", "就是信号不好", {"satisfaction": 2}, ""),
    ("satisfaction", "还行，不过说实话很差", {"satisfaction": 1}, ""),
    # 分 as a cent is no score
    ("complaint", "价格一分没降", {"complaint": "价格一分没降"}, ""),
    ("satisfaction", "打1分", {"satisfaction": 1}, ""),
    # a mood score with a time or a limit between
    ("satisfaction", "我心情今天顶多2分", {}, ""),
    ("satisfaction", "心情这阵子只能打1分，网络嘛还行", {"satisfaction": 3}, ""),
    ("satisfaction", "my mood lately is only a 2 lol", {}, ""),
    ("satisfaction", "我最近只能打1分", {"satisfaction": 1}, ""),
    # judgements by turns give no level
    ("satisfaction", "one day it's fine, next day nothing", {}, "v"),
    ("satisfaction", "the signal's hit and miss out here", {}, "v"),
    ("satisfaction", "it's a hit, 5", {"satisfaction": 5}, ""),
    # a rating given to "the" something else
    ("satisfaction", "the driver gives the new road 5 stars, for you lot I can't say yet", {}, "v"),
    ("satisfaction", "I'd give the service 5 stars", {"satisfaction": 5}, ""),
    ("satisfaction", "my driver gives it 4 stars, I'd say 3", {"satisfaction": 3}, ""),
    # not having noticed
    ("satisfaction", "我同事说给两分，我自己没太注意过", {}, "v"),
    (
        "satisfaction",
        "haven't really noticed, my son says it drops a lot",
        {},
        "v",
    ),
    ("satisfaction", "没怎么注意过，应该还行吧", {"satisfaction": 3}, ""),
    # no time for hobbies, laughed off
    ("interests", "Hobbies? With three jobs? You're joking", {}, "v"),
    ("interests", "hobbies, what hobbies, I work 70 hours", {}, "v"),
    ("interests", "all I do is sleep and work", {}, "v"),
    ("interests", "there's no time, I drive a taxi all week", {}, "v"),
    ("interests", "现在什么都做不了，腰伤了", {}, "v"),
    ("interests", "Hobbies? Yeah, football and films", {"interests": ["movies", "sports"]}, ""),
    ("interests", "I only sleep on Sundays, the rest is football", {"interests": ["sports"]}, ""),
    ("interests", "I read when there's no time pressure", {"interests": ["reading"]}, ""),
    ("interests", "啥都干不了，只能看看剧", {"interests": ["movies"]}, ""),
    # instruments, and "pickin'" as picking
    ("interests", "I play the ukulele badly", {"interests": ["music"]}, ""),
    ("interests", "pickin the mandolin on the porch", {"interests": ["music"]}, ""),
    ("has_dependents", "yes, two pickin dem", {"has_dependents": True}, ""),
    # a game streamed for a living is work
    ("gender", "男主播，平时直播王者", {"gender": "male"}, ""),
    ("gender", "男的，平时爱玩吃鸡", {"gender": "male", "interests": ["gaming"]}, ""),
    ("interests", "我是游戏主播", {}, ""),
    ("interests", "喜欢看主播打吃鸡", {"interests": ["gaming"]}, ""),
    ("interests", "I stream Minecraft for a living", {}, ""),
    ("interests", "I play Minecraft after work", {"interests": ["gaming"]}, ""),
    # "whaddya mean" asks back
    ("complaint", "whatcha mean, the broadband or the mobile?", {}, ""),
    ("complaint", "what d'you mean, like the bill?", {}, ""),
    (
        "complaint",
        "the wifi or the phone, both are rubbish",
        {"complaint": "the wifi or the phone, both are rubbish"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round18_ratings_open(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

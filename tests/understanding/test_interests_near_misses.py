"""Answers to the hobbies question that mention pastimes without giving one of the respondent's.

Covers: a pastime given up after a life change ("以前喜欢打篮球，工作后就没碰过了", "拉二胡，退休就
撂下了") or with the body worn out ("used to play hurling, knees are gone now"); days idled away
("我就在家待着", "平时就瞎溜达", "I just chill at home") and liking nothing ("我嘛啥都不爱"), after
somebody else's pastime or alone; a pastime somebody keeps urging ("闺女总让我学拍照"); a pastime
said to be somebody else's ("看球赛那是我爸的爱好", "football's more my dad's thing"); a device
somebody bought ("手机是孙女给买的"); a job that leaves one sick of the thing ("I work at a gym so
the last thing I want is more of that"); and a negation carried through a list of options ("I
don't like sports or shopping", "不喜欢运动和逛街"). Near misses keep their readings: a pastime
kept up or taken up, the respondent's own hobby, somebody else idling, a list not joined to the
negated option. Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal,
"v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # given up after a life change or with the body worn out
    ("interests", "以前在单位文艺队拉二胡，退休就撂下了", {}, "v"),
    ("interests", "以前喜欢打篮球，工作后就没碰过了", {}, "v"),
    # a pastime kept up to this day counts, as in dev
    ("interests", "以前在单位文艺队拉二胡，现在还拉", {"interests": ["music"]}, ""),
    ("interests", "以前喜欢打篮球，工作后更爱打了", {}, ""),
    ("interests", "我爸以前爱下棋，退休就撂下了", {}, ""),
    ("interests", "Used to play hurling, knees are gone now", {}, "v"),
    ("interests", "used to play ball in high school but my knees are done", {}, "v"),
    ("interests", "Used to play hurling, now I play golf", {"interests": ["sports"]}, ""),
    # a pastime kept up to this day counts, as in dev
    ("interests", "Used to play hurling, still do", {"interests": ["sports"]}, ""),
    ("interests", "my dad used to play hurling, knees are gone now", {}, ""),
    ("interests", "used to play ball in high school, my knees are fine", {}, ""),
    # days idled away, liking nothing
    ("interests", "我老伴儿爱跳广场舞，我就在家待着", {"has_partner": True}, "v"),
    ("interests", "我就在家待着", {}, "v"),
    ("interests", "我就在家待着看书", {"interests": ["reading"]}, ""),
    ("interests", "老公就在家待着", {"has_partner": True}, ""),
    ("interests", "平时就溜达溜达", {}, ""),
    (
        "interests",
        "my husband loves golf, I can't stand it, I just chill at home",
        {"has_partner": True},
        "v",
    ),
    ("interests", "I just chill", {}, "v"),
    ("interests", "I just chill at home with a book", {"interests": ["reading"]}, ""),
    ("interests", "我妈喜欢跳广场舞，我嘛啥都不爱", {}, "v"),
    ("interests", "啥都不爱", {}, "v"),
    ("interests", "老公啥都不爱", {"has_partner": True}, ""),
    ("interests", "啥都不爱，就爱打麻将", {}, ""),
    # urged by somebody, and not taken up
    ("interests", "闺女总让我学拍照，我学不会，平时就瞎溜达", {}, "v"),
    ("interests", "闺女总让我学拍照", {}, ""),
    ("interests", "闺女教我拍照，现在我可喜欢了", {"interests": ["photography"]}, ""),
    # somebody else's pastime, said after it
    ("interests", "看球赛那是我爸的爱好，我对运动没兴趣，别的也没啥", {}, "v"),
    ("interests", "看球是我的爱好", {"interests": ["sports"]}, ""),
    ("interests", "看球是我和我爸的爱好", {"interests": ["sports"]}, ""),
    ("interests", "golf is my husband's thing", {"has_partner": True}, ""),
    ("interests", "golf is my thing", {"interests": ["sports"]}, ""),
    ("interests", "football's more my dad's thing, I read", {"interests": ["reading"]}, ""),
    # a device somebody bought
    ("interests", "手机是孙女给买的，除了接电话别的都不会", {}, ""),
    ("interests", "电脑是儿子给装的", {}, ""),
    ("interests", "平时就玩手机", {"interests": ["technology"]}, ""),
    ("interests", "手机是孙女给买的，天天玩手机", {"interests": ["technology"]}, ""),
    # sick of it from work
    ("interests", "I work at a gym so the last thing I want is more of that 😂", {}, "v"),
    ("interests", "I work at a gym", {}, ""),
    # a negation carried through a list
    ("interests", "I don't like sports or shopping", {}, "v"),
    ("interests", "不喜欢运动和逛街", {}, "v"),
    ("interests", "不喜欢运动、逛街", {}, "v"),
    ("interests", "not into sports, gaming or shopping", {}, "v"),
    ("interests", "I don't like sports but love shopping", {"interests": ["fashion"]}, ""),
    ("interests", "I don't like sports and I love shopping", {"interests": ["fashion"]}, ""),
    ("interests", "不喜欢运动，喜欢逛街", {"interests": ["fashion"]}, ""),
    ("interests", "不喜欢运动，逛街还行", {"interests": ["fashion"]}, ""),
    ("interests", "I don't like sports, shopping is fine", {"interests": ["fashion"]}, ""),
    ("interests", "I love sports and shopping", {"interests": ["fashion", "sports"]}, ""),
    ("interests", "喜欢运动和逛街", {"interests": ["fashion", "sports"]}, ""),
    # ferrying the children, no pastime of one's own
    (
        "interests",
        "My son's mad on Fortnite and I'm his taxi to footy training, no time for my own stuff",
        {"has_dependents": True},
        "v",
    ),
    ("interests", "I'm his taxi to footy training", {}, "v"),
    ("interests", "I drive him to footy training", {}, "v"),
    (
        "interests",
        "I drive him to footy training, I play football myself",
        {"interests": ["sports"]},
        "",
    ),
    ("interests", "I'm his taxi to footy, I do yoga myself", {"interests": ["fitness"]}, ""),
    (
        "interests",
        "my daughter does dance and cheer, I'm basically her Uber lol",
        {"has_dependents": True},
        "v",
    ),
    ("interests", "I'm basically her Uber", {}, "v"),
    ("interests", "no time for my own stuff", {}, "v"),
    ("interests", "I'm a taxi driver, I like football", {"interests": ["sports"]}, ""),
    ("interests", "I drive to the gym every day", {"interests": ["fitness"]}, ""),
    ("interests", "i run to the gym", {"interests": ["fitness"]}, ""),
    ("interests", "I love driving", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_interests_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Partners and children said in jest, in a figure of speech or in passing.

Covers: a thing or an animal called a partner or a child ("my cat is my partner", "手机就是我老婆",
"my plants are my babies": nothing, vague; a pet alone answering the dependents question is
still a no), a marriage to a thing ("married to the game": nothing, vague; to one's job is
single, as the vocabulary has it: "engaged to my job", "嫁给了工作"), apprentices as "kids... at
work", an anime "纸片人老婆", the sitcom watched, "the missus of the house next door";
remarriage ("复婚了", "离了又复婚了", "married again": true; "我前夫再婚了" is the ex's);
separation ("分居中": false, as "separated" is; "两地分居" is a couple living apart: true);
a fur baby as the whole household (false, as "毛孩子" is). Near misses keep their reading:
"married, to my job too lol", "我老婆就是我的全部", "手机是我老公买的", "the dog is my husband's".
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

F: dict[str, Any] = {"has_partner": False}
T: dict[str, Any] = {"has_partner": True}

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a thing or an animal called a partner: a joke, no answer
    ("has_partner", "my cat is my partner", {}, "v"),
    ("has_partner", "my dog is my boyfriend", {}, "v"),
    ("has_partner", "my xbox is basically my girlfriend", {}, "v"),
    ("has_partner", "手机就是我老婆", {}, "v"),
    ("has_partner", "游戏才是我对象😂", {}, "v"),
    ("has_partner", "纸片人老婆算吗", {}, "v"),
    ("has_partner", "married to the game", {}, "v"),
    ("has_partner", "married to the gym lol", {}, "v"),
    # married to one's work: single
    ("has_partner", "engaged to my job lol", F, ""),
    ("has_partner", "married to my work", F, ""),
    ("has_partner", "married to my job lol, so no", F, ""),
    ("has_partner", "wedded to my job", F, ""),
    ("has_partner", "嫁给了工作", F, ""),
    # near misses: a partner all the same
    ("has_partner", "married, to my job too lol", T, ""),
    ("has_partner", "my partner and I", T, ""),
    ("has_partner", "yep, married to Dan for 12 years now", T, ""),
    ("has_partner", "我老婆就是我的全部", T, ""),
    ("has_partner", "手机是我老公买的", T, ""),
    ("has_partner", "我老公是电脑工程师", T, ""),
    ("has_partner", "my wife is a student", T, ""),
    ("has_partner", "the dog is my husband's", T, ""),
    ("has_partner", "the car is my wife's", T, ""),
    ("has_partner", "the missus says hi", T, ""),
    # somebody else's, or a title
    ("has_partner", "the missus of the house next door", {}, ""),
    ("has_partner", "the wife of my boss keeps calling", {}, ""),
    ("has_partner", "I love watching Married with Children", {}, ""),
    ("has_partner", "married with children", {"has_partner": True, "has_dependents": True}, ""),
    ("has_partner", "my partner in crime is my sister", {}, ""),
    ("has_partner", "business partner", {}, ""),
    ("has_partner", "合伙人", {}, ""),
    ("has_partner", "my ex", F, ""),
    ("has_partner", "前妻", F, ""),
    # remarried
    ("has_partner", "离了又复婚了", T, ""),
    ("has_partner", "复婚了", T, ""),
    ("has_partner", "去年再婚了", T, ""),
    ("has_partner", "跟前夫复婚了", T, ""),
    ("has_partner", "remarried", T, ""),
    ("has_partner", "married again last year", T, ""),
    ("has_partner", "我前夫再婚了", F, ""),
    ("has_partner", "前妻早就再婚了，我还单着", F, ""),
    ("has_partner", "my ex got remarried", F, ""),
    ("has_partner", "我爸再婚了", {}, ""),
    # separated, or living apart
    ("has_partner", "分居中", F, ""),
    ("has_partner", "已分居", F, ""),
    ("has_partner", "分居了，在办离婚", F, ""),
    ("has_partner", "两地分居", T, ""),
    ("has_partner", "我和老公两地分居，他在深圳", T, ""),
    ("has_partner", "单身，分居两地的是我爸妈", F, ""),
    ("has_partner", "我爸妈分居了", {}, ""),
    # single parents (children only where said, or asked)
    ("has_partner", "single mum of two", F, ""),
    ("has_partner", "单亲妈妈带俩娃", {"has_partner": False, "has_dependents": True}, ""),
    ("has_dependents", "single parent", {"has_partner": False, "has_dependents": True}, ""),
    # children in a figure
    ("has_dependents", "my plants are my babies", {}, "v"),
    ("has_dependents", "my students are my kids", {}, "v"),
    ("has_dependents", "I've got two kids... at work (my apprentices)", {}, "v"),
    ("has_dependents", "my dog is my baby", {"has_dependents": False}, ""),
    ("has_dependents", "我的猫就是我的孩子", {"has_dependents": False}, ""),
    ("has_dependents", "毛孩子", {"has_dependents": False}, ""),
    ("has_dependents", "fur baby", {"has_dependents": False}, ""),
    ("has_dependents", "just my fur babies", {"has_dependents": False}, ""),
    ("has_dependents", "三个孩子都成家了", {"has_dependents": False}, ""),
    # near misses: children all the same
    ("has_dependents", "my kids are my world", {"has_dependents": True}, ""),
    ("has_dependents", "my dog is my kids' best friend", {"has_dependents": True}, ""),
    ("has_dependents", "two kids at school", {"has_dependents": True}, ""),
    ("has_dependents", "the dog is my son's", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_partner_figures(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Household words said in passing that give no value, and household facts said with them.

Covers: children of the respondent's work ("我是幼儿园老师 天天跟孩子打交道",
"我教小学嘅，日日对住成班细路" are pupils; "我是小学老师，孩子上初中了",
"我是老师，有两个孩子" are own); a "嗯" that opens a hesitation
("嗯 那个 帮我表姐带了几天娃" is no yes; "嗯，有一个", a bare "嗯" still are); an animal
given with the rest declined ("养了一只柯基，其他就不方便讲了" refuses; "养了一只柯基" alone is
no); a son or daughter under another question with "small", "little" or "N years old" said of a
place, a thing or the child's own child ("in a small town", "the phone's about 6 years old", "her
little boy": no dependents value; "my son is little", "my son's 5 years old" still show a child); a
marriage that dates something else ("since I married": no partner value; "I'm married" is one);
a partner at a game or of someone named ("my bowls partner Gwen", "Our Tom's partner": no partner;
"my partner Gwen", "my husband's kids" stay the respondent's); "just me" doing a task ("just me
holding the fort" after three kids: the kids stand; "just me", "just me and the cat" are no); a
child or spouse had from a change on, after an earlier past ("以前喜欢打游戏 有了娃之后就戒了":
a child; "以前有老婆" is none).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "has_dependents",
        "我是幼儿园老师 天天跟孩子打交道 哈哈 自己还单着呢",
        {"has_partner": False},
        "",
    ),
    ("has_dependents", "我教小学嘅，日日对住成班细路，返到屋企只想静", {}, ""),
    ("has_dependents", "我是初中老师，跟学生打交道多，家里俩娃", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "我是小学老师，天天跟孩子打交道，自己有两个孩子",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "我是小学老师，孩子上初中了", {"has_dependents": True}, ""),
    ("has_dependents", "我是老师，有两个孩子", {"has_dependents": True}, ""),
    ("has_dependents", "我教书的，家里一个孩子", {"has_dependents": True}, ""),
    ("has_dependents", "我在幼儿园上班 娃娃可多了", {}, ""),
    ("has_dependents", "嗯 那个 帮我表姐带了几天娃 累死了 她下周就来接走", {}, ""),
    ("has_dependents", "呃，这个，帮朋友看了两天孩子", {}, ""),
    ("has_dependents", "嗯，那个，有两个娃", {"has_dependents": True}, ""),
    ("has_dependents", "嗯，有一个", {"has_dependents": True}, ""),
    ("has_dependents", "嗯", {"has_dependents": True}, ""),
    ("has_partner", "嗯 有的 那个 两个", {"has_partner": True}, ""),
    ("has_dependents", "养了一只柯基，其他就不方便讲了", {}, "r"),
    ("has_dependents", "就一只猫，别的不想说", {}, "r"),
    ("has_dependents", "I've got a goldfish, rest is private", {}, "r"),
    ("has_dependents", "养了一只柯基", {"has_dependents": False}, ""),
    ("has_dependents", "家里就一只布偶猫", {"has_dependents": False}, ""),
    ("has_dependents", "I've got a goldfish", {"has_dependents": False}, ""),
    (
        "city",
        "my son works in Toronto, i stay home with my wife in a small town",
        {"has_partner": True},
        "v",
    ),
    (
        "name",
        "My daughter named her little boy after me, wasn't that sweet of her? Sorry, I do get"
        " carried away.",
        {},
        "",
    ),
    (
        "city",
        "The phone's about 6 years old, my daughter passed it down to me when she upgraded.",
        {},
        "",
    ),
    (
        "city",
        "my son works in Toronto, my little one is at home with me",
        {"has_dependents": True},
        "v",
    ),
    ("city", "my son is little, he loves the tablet", {"has_dependents": True}, ""),
    ("city", "my daughter's 6 years old, she set it up", {"has_dependents": True}, ""),
    ("city", "the phone is 3 years old, my son's 5 years old", {"has_dependents": True}, ""),
    ("city", "my son set it up", {}, ""),
    ("city", "I grew up in Swansea but I've been in Tenby since I married.", {"city": "Tenby"}, ""),
    ("city", "I moved here when I got married", {}, ""),
    ("has_partner", "I'm married", {"has_partner": True}, ""),
    ("has_partner", "been married since 2001", {"has_partner": True}, ""),
    ("has_partner", "I got married last year", {"has_partner": True}, ""),
    (
        "has_partner",
        "My bowls partner Gwen says I should tell you the signal at the club is dreadful.",
        {},
        "",
    ),
    (
        "has_partner",
        "Our Tom's partner is lovely, they've just bought a house together in Cardiff.",
        {},
        "",
    ),
    ("has_partner", "Sarah's husband fixed it for me", {}, ""),
    ("has_partner", "my partner says the signal is dreadful", {"has_partner": True}, ""),
    ("has_partner", "my partner Gwen says the signal is dreadful", {"has_partner": True}, ""),
    ("has_partner", "that's my partner", {"has_partner": True}, ""),
    ("has_partner", "it's my partner who pays", {"has_partner": True}, ""),
    ("has_partner", "yes, my husband's away a lot", {"has_partner": True}, ""),
    ("has_partner", "my tennis partner and my husband both use it", {"has_partner": True}, ""),
    (
        "has_dependents",
        "my husband's kids live with us, 8 and 10",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "my wife's two boys live with us",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "Three kids, 4, 7 and 12. Hubby's deployed so it's just me holding the fort!",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_dependents", "two kids, but just me doing the school run", {"has_dependents": True}, ""),
    ("has_dependents", "just me", {"has_dependents": False}, ""),
    ("has_dependents", "it's just me and the cat", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "on my own raising two kids",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    ("interests", "以前喜欢打游戏 有了娃之后就戒了 现在没啥爱好", {"has_dependents": True}, "v"),
    ("interests", "以前喜欢打游戏，有了娃之后就戒了", {"has_dependents": True}, ""),
    ("has_partner", "以前喜欢打游戏 结婚后就不玩了", {"has_partner": True}, ""),
    ("has_dependents", "以前有个孩子要养，现在都工作了", {"has_dependents": False}, ""),
    ("has_partner", "以前有老婆", {"has_partner": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

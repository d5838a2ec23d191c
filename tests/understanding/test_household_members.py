"""Whose household fact it is: partners, children and pastimes of the people around the respondent.

Covers: "对了" as "by the way", no yes; a partner not yet married ("还没领证"); a child's fees said
after somebody else's child; animals and things named with 猫 or 狗 ("熊猫", "hot dog"); a parent
counting children as girls or boys; a household named in full that is a couple or pets ("just me
and my wife"), also after a "no" of its own clause; a marriage another couple celebrates; the
other parent of the respondent's own child who left; a child word before another person's noun
("my teenage niece", "my baby brother"); a superlative standing for a child ("my eldest"); a real
word that is no typo ("singer"); doing something on one's own; someone else's attempt to get the
respondent into a pastime; an English list of pastimes after another person; "我们俩" counting
people, no age.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # "对了" that goes on is "by the way"; a bare "对" still says yes
    ("has_partner", "对了我表哥上个月刚结婚，婚礼办得挺热闹", {}, ""),
    ("has_partner", "对，已经结婚了", {"has_partner": True}, ""),
    ("has_partner", "对", {"has_partner": True}, ""),
    # a marriage certificate not yet taken does not outweigh the relationship
    ("has_partner", "我跟女朋友处了好几年，就是还没领证", {"has_partner": True}, ""),
    ("has_partner", "还没领证", {"has_partner": False}, ""),
    # fees said after somebody else's child are that child's; the respondent's child's count
    ("has_dependents", "我表姐的儿子今年十岁，学费一年好几万", {}, ""),
    ("has_dependents", "我儿子今年十岁，学费一年好几万", {"has_dependents": True}, ""),
    # a panda or a hot dog is no pet; a cat is
    ("interests", "周末去动物园看熊猫了", {}, ""),
    ("interests", "周末去看熊猫，回家撸猫", {"interests": ["pets"]}, ""),
    ("interests", "I love a hot dog at the football", {"interests": ["sports"]}, ""),
    ("has_dependents", "上周去成都看了熊猫", {}, ""),
    ("has_dependents", "家里就一只猫", {"has_dependents": False}, ""),
    # a parent counting children as boys or girls has young ones; "all grown" has none
    (
        "gender",
        "I'm a mum of three boys, the house is chaos",
        {"gender": "female", "has_dependents": True},
        "",
    ),
    ("gender", "I'm a mum of three, all grown and gone", {"gender": "female"}, ""),
    # a household named in full as a couple or pets, in any answer; not for now, not with kids
    (
        "city",
        "Leeds, it's just me and my wife",
        {"city": "Leeds", "has_partner": True, "has_dependents": False},
        "",
    ),
    ("has_partner", "no, just me and the dog", {"has_partner": False, "has_dependents": False}, ""),
    ("city", "Leeds, just me and my wife this week", {"city": "Leeds", "has_partner": True}, ""),
    (
        "has_dependents",
        "just me and my husband and our two boys",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    # a "no" before the clause does not reach it
    ("has_dependents", "no kids, just a dog", {"has_dependents": False}, ""),
    # another couple's anniversary is theirs; the respondent's own is a partner
    ("has_partner", "my grandparents just celebrated 60 years married, what a party", {}, ""),
    ("has_partner", "the couple next door celebrated 50 years married", {}, ""),
    ("has_partner", "my husband and I just celebrated 25 years married", {"has_partner": True}, ""),
    # the other parent of the respondent's own child left: no partner; a neighbour's child's
    # parent is nobody's partner
    (
        "has_dependents",
        "one girl, she's 6. just the two of us since her dad left",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    ("has_partner", "my neighbour's boy is 9, his dad left last year", {}, ""),
    ("has_dependents", "just the two of us", {"has_dependents": False}, ""),
    # a child word before another person's noun names that person, no child
    ("interests", "my teenage niece tried to get me into Roblox but I gave up", {}, ""),
    ("has_dependents", "my baby brother is 30 now", {}, ""),
    ("has_dependents", "my kid sister lives with our parents", {}, ""),
    (
        "interests",
        "my teenage son and I play Fortnite every weekend",
        {"has_dependents": True, "interests": ["gaming"]},
        "",
    ),
    # a superlative standing for a child; before a noun it is an adjective
    ("has_dependents", "my eldest starts secondary school next week", {"has_dependents": True}, ""),
    ("has_dependents", "our youngest is 7", {"has_dependents": True}, ""),
    ("has_dependents", "my oldest friend is a teacher", {}, ""),
    # a real word is no typo of a vocabulary word; a typo still is
    ("name", "named after a jazz singer, it's Ella", {"name": "Ella"}, ""),
    ("has_partner", "singel", {"has_partner": False}, ""),
    # doing something on one's own is no single life; living or raising children on one's own is
    ("name", "I'm on my own working through this form, name's Carol", {"name": "Carol"}, ""),
    (
        "has_partner",
        "I'm on my own raising two kids",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    ("has_partner", "I'm on my own", {"has_partner": False}, ""),
    # someone else's attempt to get the respondent into a pastime is no hobby of theirs
    ("interests", "my brother tried to get me into golf, total waste of time", {}, ""),
    ("interests", "我老公非要拉我去爬山，累死了", {"has_partner": True}, ""),
    ("interests", "my dad taught me golf and now I play every week", {"interests": ["sports"]}, ""),
    # a list of pastimes after another person is theirs; after the respondent, the respondent's
    ("interests", "my brother is the sporty one, rugby, squash, cycling, every evening", {}, ""),
    (
        "interests",
        "my kids are 4 and 6, football, swimming, I just drive them around",
        {"has_dependents": True},
        "",
    ),
    ("interests", "me, I love loads, football, cycling, chess", {"interests": ["sports"]}, ""),
    # "我们俩" counts the people, no age; "俩月" is still two months
    ("age", "我跟我爱人同岁，我们俩都属马", {"has_partner": True}, "v"),
    ("tenure_months", "用了俩月", {"tenure_months": 2}, ""),
    ("age", "我们俩都是35", {"age": 35}, ""),
    # the age of a child or an elder named with a word other than 儿子 / 女儿 is theirs
    ("has_dependents", "家里有个七岁的丫头，整天缠着我", {"has_dependents": True}, ""),
    ("has_dependents", "有个九岁的小子在上学", {"has_dependents": True}, ""),
    ("has_dependents", "家里有位八十多岁的老父亲", {"has_dependents": True}, ""),
    ("age", "我是个三十岁的小伙子", {"age": 30}, ""),
    ("age", "32岁女孩一枚", {"age": 32}, ""),
    # a leisure time cues a pastime in its own clause, not another person's visit or work
    (
        "has_dependents",
        "邻居家的娃周末常过来，追着我家狗跑，我没孩子",
        {"has_dependents": False},
        "",
    ),
    ("has_partner", "单身，平时加班，回家喂猫", {"has_partner": False}, ""),
    (
        "has_dependents",
        "没孩子，周末就在家撸猫",
        {"has_dependents": False, "interests": ["pets"]},
        "",
    ),
    (
        "has_partner",
        "单身，平时嘛，看看书",
        {"has_partner": False, "interests": ["reading"]},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_member(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

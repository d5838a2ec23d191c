"""Names, places, gender and refusals, round 38: a label for oneself before the city, towns of
Britain, New Zealand and the Pacific, a greeting before an unknown place, the respondent and their
household placed together, "up the road in", a state after the city, familiar names, refusals
with a particle or a topic, and a courtesy that is no indifference.

Covers: "小姐姐一枚，在海口上班", "宝妈一枚，在海口" (the opening label is the respondent, the city
theirs; not "我小姐姐在海口上班"); "first year at uni in Aberystwyth", "Sunderland", "Apia" known
to the gazetteer ("Lincoln, if that helps" stays a name); "Talofa! Apia", "Hello! Levin" (the
greeting is no place; "Talofa" alone names none); "me and the wife are in Sunderland", "the wife
and I are in Whanganui" (not "my wife and kids are in Leeds" under another question, "me and the
wife were in Leeds", "… for the weekend", "… in agreement"); "from up the road in Whanganui";
"up in Whangarei with the missus" (not "… for the week"); "live in Bangor, Maine" (Maine is no
name; "Georgia" still is); "Ah Boy", "Jun-Jun", "ah'm Davie"; "Bubba. Real name's Thomas" (the
name offered first; "the lads call me Chalky but my real name is Owen" stays Owen); "if you don't
mind" as a courtesy ("they/them if ya don't mind", "Tom if you don't mind"; "I don't mind" is
still vague); refusals "家里的情况我就不细说了哈", "that one is a bit personal, let's skip",
"名字嘛……不讲了", "这分我不打" (not "这分我不打高", "不多说了，网太慢"); "不要随便告诉人" is no
"whatever" ("随便" alone still is).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a label for oneself opening the message, then the city
    ("gender", "小姐姐一枚，在海口上班", {"gender": "female", "city": "Haikou"}, ""),
    ("gender", "宝妈一枚，在海口", {"gender": "female", "city": "Haikou"}, ""),
    ("gender", "小哥哥一枚，住在成都", {"gender": "male", "city": "Chengdu"}, ""),
    ("age", "宝妈一枚，32岁，在深圳", {"age": 32, "city": "Shenzhen"}, ""),
    ("gender", "我小姐姐在海口上班", {}, ""),
    ("gender", "大姐我在武汉住", {"gender": "female", "city": "Wuhan"}, ""),
    # towns the gazetteer now knows
    ("age", "19, first year at uni in Aberystwyth", {"age": 19, "city": "Aberystwyth"}, ""),
    ("age", "19, first year at uni in Leeds", {"age": 19, "city": "Leeds"}, ""),
    ("city", "Sunderland", {"city": "Sunderland"}, ""),
    ("city", "Palmy", {"city": "Palmerston North"}, ""),
    ("name", "Lincoln, if that helps", {"name": "Lincoln"}, ""),
    # a greeting before the place
    ("city", "Talofa! Apia", {"city": "Apia"}, ""),
    ("city", "Talofa! Levin", {"city": "Levin"}, ""),
    ("city", "Kia ora - Levin", {"city": "Levin"}, ""),
    ("city", "Hello! Levin", {"city": "Levin"}, ""),
    ("city", "Hi there, Levin", {"city": "Levin"}, ""),
    ("city", "Aloha, Kailua", {"city": "Kailua"}, ""),
    ("city", "Talofa", {}, ""),
    ("city", "High Wycombe", {"city": "High Wycombe"}, ""),
    # the respondent and their household placed together
    ("city", "me and the wife are in Sunderland", {"city": "Sunderland", "has_partner": True}, ""),
    ("city", "me and the wife are in Whanganui", {"city": "Whanganui", "has_partner": True}, ""),
    ("city", "the wife and I are in Whanganui", {"city": "Whanganui", "has_partner": True}, ""),
    ("city", "me and the kids are in Whanganui", {"city": "Whanganui", "has_dependents": True}, ""),
    (
        "age",
        "45, me and the missus are in Leeds",
        {"age": 45, "city": "Leeds", "has_partner": True},
        "",
    ),
    (
        "age",
        "45, my husband and I are now in Leeds",
        {"age": 45, "city": "Leeds", "has_partner": True},
        "",
    ),
    (
        "age",
        "45, my wife and kids are in Leeds",
        {"age": 45, "has_partner": True, "has_dependents": True},
        "",
    ),
    ("age", "45, me and the wife were in Leeds", {"age": 45, "has_partner": True}, ""),
    (
        "age",
        "45, me and the wife are in Leeds for the weekend",
        {"age": 45, "has_partner": True},
        "",
    ),
    ("city", "me and the wife are in agreement", {"has_partner": True}, ""),
    # up the road, up there with the household
    (
        "name",
        "Kia ora, I'm Wiremu from up the road in Whanganui",
        {"name": "Wiremu", "city": "Whanganui"},
        "",
    ),
    ("name", "I'm Dave from just down the road in Leeds", {"name": "Dave", "city": "Leeds"}, ""),
    ("name", "I'm Dave, my mum lives just down the road in Leeds", {"name": "Dave"}, ""),
    (
        "age",
        "42, up in Auckland with the missus",
        {"age": 42, "city": "Auckland", "has_partner": True},
        "",
    ),
    (
        "age",
        "42, out in Perth with the wife and kids",
        {"age": 42, "city": "Perth", "has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "age",
        "42, up in Auckland with the missus for the week",
        {"age": 42, "has_partner": True},
        "",
    ),
    ("age", "42, my son is up in Auckland with his wife", {"age": 42}, ""),
    # a state after the city is no name
    (
        "name",
        "I'm 71 years old and live in Bangor, Maine, is that what you need?",
        {"age": 71, "city": "Bangor"},
        "",
    ),
    (
        "name",
        "I'm 71 years old and live in Portland, Oregon, is that what you need?",
        {"age": 71, "city": "Portland"},
        "",
    ),
    ("name", "I live in Austin, Texas", {"city": "Austin"}, ""),
    ("name", "Dave, Bangor, Maine", {"name": "Dave", "city": "Bangor"}, ""),
    ("name", "I live in Leeds, Georgia", {"name": "Georgia", "city": "Leeds"}, ""),
    # familiar names
    ("name", "can call me Ah Boy lor", {"name": "Ah Boy"}, ""),
    ("name", "Ah Boy", {"name": "Ah Boy"}, ""),
    ("name", "call me Ah Girl", {"name": "Ah Girl"}, ""),
    ("name", "Ah Seng", {"name": "Ah Seng"}, ""),
    ("name", "Ah well", {}, ""),
    ("name", "ah boy, tough one", {}, ""),
    ("name", "just Jun-Jun 😊", {"name": "Jun-Jun"}, ""),
    ("name", "Jun-Jun", {"name": "Jun-Jun"}, ""),
    ("name", "Sam Sam", {"name": "Sam"}, ""),
    ("name", "Mary-Jane", {"name": "Mary-Jane"}, ""),
    ("name", "ah'm Davie, nice tae meet ye", {"name": "Davie"}, ""),
    ("name", "a'm Morag", {"name": "Morag"}, ""),
    ("name", "ah'm fine thanks", {}, ""),
    ("name", "i'm gonna skip that", {}, "r"),
    ("name", "ah'm gonnae skip that", {}, "r"),
    # the name offered first, the real one after it
    (
        "name",
        "Bubba. Real name's Thomas but nobody calls me that, not even my momma",
        {"name": "Bubba"},
        "",
    ),
    ("name", "Bubba, real name Thomas", {"name": "Bubba"}, ""),
    ("name", "Amy. my real name is Wang Fang", {"name": "Amy"}, ""),
    ("name", "The lads call me Chalky but my real name is Owen", {"name": "Owen"}, ""),
    ("name", "The lads call me Chalky, but my real name is Owen", {"name": "Owen"}, ""),
    ("name", "Real name's Thomas but everyone calls me Bubba", {"name": "Thomas"}, ""),
    ("name", "sorry, real name's Thomas", {"name": "Thomas"}, ""),
    # "if you don't mind" as a courtesy
    ("gender", "enby here, they/them if ya don't mind", {"gender": "other"}, ""),
    ("gender", "male, if you don't mind", {"gender": "male"}, ""),
    ("gender", "she/her if you don't mind", {"gender": "female"}, ""),
    ("name", "Tom if you don't mind", {"name": "Tom"}, ""),
    ("name", "Just Tom if u dont mind", {"name": "Tom"}, ""),
    ("gender", "I don't mind", {}, "v"),
    ("name", "call me whatever, I don't mind", {}, "v"),
    # refusals
    ("has_dependents", "家里的情况我就不细说了哈", {}, "r"),
    ("has_dependents", "家里情况就不多说了啊", {}, "r"),
    ("has_dependents", "不细说了，反正俩娃", {"has_dependents": True}, ""),
    ("has_dependents", "不多说了，网太慢", {}, ""),
    ("has_partner", "eish, that one is a bit personal, let's skip", {}, "r"),
    ("has_partner", "that one is a bit personal", {}, "r"),
    ("has_partner", "this question is too personal", {}, "r"),
    ("has_partner", "let's skip", {}, "r"),
    ("has_partner", "let's just skip this one", {}, "r"),
    ("has_partner", "let's skip the small talk, yes married", {"has_partner": True}, ""),
    ("name", "名字嘛……不讲了，阿嬷说不要随便告诉人", {}, "r"),
    ("name", "阿嬷说不要随便告诉人", {}, ""),
    ("name", "随便", {}, "v"),
    ("name", "随便叫", {}, "v"),
    ("satisfaction", "这分我不打，打了也白打", {}, "r"),
    ("satisfaction", "这分我不打", {}, "r"),
    ("satisfaction", "分数我就不给了", {}, "r"),
    ("satisfaction", "这分我不打高", {}, ""),
    ("satisfaction", "3分，不打高了", {"satisfaction": 3}, ""),
    ("satisfaction", "五分不给，四分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "我不打游戏", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round38_names_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

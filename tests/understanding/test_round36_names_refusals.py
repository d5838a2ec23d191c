"""Names, refusals and off-topic answers, round 36: a clergy or rank title kept with the name,
"names" for "my name's" with a home "up in" a town, a name said to be of no relevance, a known
city listed after words about the service or the survey, "not sayin", "I'll not be answering
that", a bare "不说" after a protest and a space, and remarks about the survey's length or the
line's speed under questions they cannot answer.

Covers: "Rev. Alan Pike here" (kept with "Rev."; "Fr.", "Pastor" too); "names Hemi, up in
Whangarei with the missus n 3 kids" (not "names dont matter", "names are hard"; "grew up in
Bluefield" places nobody); "my name is of no relevance to this survey", "my age is irrelevant"
(refused; "the price is irrelevant" is no refusal, "my age is irrelevant, I'm 40" answers);
"fiber customer, Chattanooga" (no name; but "fiber customer, Kevin", "I'm the son, Austin"
name); "Nah not sayin" (but "not sayin it's bad, 40" answers); "I'll not be answering that,
thank you", "won't be sharing that, sorry" (not "I'll not be answering the phone to them again,
married btw"); "这个也要问啊 不说", "这个也要说啊 算了不说"; "你们这个调查要搞好久哦" under the
name or the time with us, "我们屋头用的光纤 网速还可以" under the gender (neither vague nor
refused; but "好久了", "随便叫", "还行吧" stay vague and "网速还可以" still rates). Rows are
(asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer
and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a clergy or rank title kept with the name
    ("name", "Rev. Alan Pike here, good afternoon.", {"name": "Rev. Alan Pike"}, ""),
    ("name", "Fr. Tom Byrne speaking", {"name": "Fr. Tom Byrne"}, ""),
    ("name", "Pastor Dave Kim here", {"name": "Pastor Dave Kim"}, ""),
    ("name", "Prof. Ian Hall here, hello.", {"name": "Prof. Ian Hall"}, ""),
    ("name", "Dr. Maria Lopez here", {"name": "Dr. Maria Lopez"}, ""),
    ("name", "Alan Pike here, good afternoon.", {"name": "Alan Pike"}, ""),
    # "names" for "my name's"; a home "up in" a town, with no "I'm"
    (
        "name",
        "names Hemi, up in Whangarei with the missus n 3 kids",
        {"name": "Hemi", "city": "Whangarei", "has_partner": True, "has_dependents": True},
        "",
    ),
    ("name", "Names Tui, out in Kaikohe", {"name": "Tui", "city": "Kaikohe"}, ""),
    ("name", "name's Hemi, up in Whangarei", {"name": "Hemi", "city": "Whangarei"}, ""),
    ("city", "up in Whangarei", {"city": "Whangarei"}, ""),
    ("city", "Up in Kerikeri these days", {"city": "Kerikeri"}, ""),
    (
        "age",
        "42, up in Whangarei with the missus",
        {"age": 42, "city": "Whangarei", "has_partner": True},
        "",
    ),
    ("name", "names are hard", {}, ""),
    ("name", "names dont matter", {}, "r"),
    ("age", "grew up in Bluefield, 42 now", {"age": 42}, ""),
    ("age", "42, Up in arms about prices", {"age": 42}, ""),
    # a name, age or gender said to be of no relevance
    (
        "name",
        "Retired bank manager, sixty-seven years of age, and my name is of no relevance to this"
        " survey.",
        {"age": 67},
        "r",
    ),
    ("name", "my name is of no relevance", {}, "r"),
    ("name", "Teacher, 45, and my name is irrelevant here.", {}, "r"),
    ("name", "the name is irrelevant", {}, "r"),
    ("name", "my name is of no importance to you", {}, "r"),
    ("age", "my age is irrelevant", {}, "r"),
    ("age", "age is of no consequence", {}, "r"),
    ("gender", "my gender is irrelevant here", {}, "r"),
    ("age", "my age is irrelevant, I'm 40", {"age": 40}, ""),
    ("name", "my name is Irene", {"name": "Irene"}, ""),
    ("name", "my name is Ira, relevant enough?", {"name": "Ira"}, ""),
    (
        "complaint",
        "the price is irrelevant, the speed is the problem",
        {"complaint": "the price is irrelevant, the speed is the problem"},
        "",
    ),
    # a known city listed after words about the service or the survey
    (
        "name",
        "ugh these surveys. fiber customer, Chattanooga",
        {"internet_service": "fiber_optic", "city": "Chattanooga"},
        "",
    ),
    (
        "name",
        "fiber customer, Chattanooga",
        {"internet_service": "fiber_optic", "city": "Chattanooga"},
        "",
    ),
    ("name", "so many questions. Leeds", {"city": "Leeds"}, ""),
    ("name", "fiber customer, Kevin", {"internet_service": "fiber_optic", "name": "Kevin"}, ""),
    ("name", "I'm the son, Austin", {"name": "Austin"}, ""),
    ("name", "ugh these surveys. Kevin", {"name": "Kevin"}, ""),
    # "not sayin", with a no before it
    ("age", "Nah not sayin", {}, "r"),
    ("age", "not sayin", {}, "r"),
    ("age", "nope, not sayin'", {}, "r"),
    ("age", "not sayin it's bad, 40", {"age": 40}, ""),
    ("age", "Nah, 42", {"age": 42}, ""),
    # "I'll not be answering that"
    ("has_partner", "I'll not be answering that, thank you.", {}, "r"),
    ("has_partner", "I won't be answering that", {}, "r"),
    ("has_partner", "I will not be answering that question", {}, "r"),
    ("has_partner", "I shall not be answering that", {}, "r"),
    ("has_partner", "I'll not be telling you that", {}, "r"),
    ("has_partner", "won't be sharing that, sorry", {}, "r"),
    (
        "has_partner",
        "I'll not be answering the phone to them again, married btw",
        {"has_partner": True},
        "",
    ),
    ("has_partner", "I'll not lie, yes married", {"has_partner": True}, ""),
    ("churn_intent", "I won't be renewing that", {"churn_intent": "leave"}, ""),
    # a bare "不说" after a protest and a space, or after "算了"
    ("gender", "这个也要问啊 不说", {}, "r"),
    ("gender", "这也要问 不说", {}, "r"),
    ("payment_method", "这个也要说啊 算了不说", {}, "r"),
    ("payment_method", "算了不说", {}, "r"),
    ("payment_method", "算了，不说", {}, "r"),
    ("age", "问这个干嘛 不答", {}, "r"),
    ("gender", "客服 就是不说", {}, ""),
    ("gender", "不说你也知道，男的", {"gender": "male"}, ""),
    ("city", "这个也要问啊 我在成都", {"city": "Chengdu"}, ""),
    # the survey's length complained of: no hedge
    ("name", "你们这个调查要搞好久哦", {}, ""),
    ("name", "这个问卷好长啊 要问多久", {}, ""),
    ("name", "this survey is taking ages", {}, ""),
    ("tenure_months", "这个调查要搞好久哦", {}, ""),
    ("tenure_months", "好久了", {}, "v"),
    ("name", "随便叫，调查无所谓", {}, "v"),
    ("name", "随便叫", {}, "v"),
    # the line rated under a question no rating answers
    ("gender", "我们屋头用的光纤 网速还可以", {"internet_service": "fiber_optic"}, ""),
    ("gender", "我家用的宽带 速度还行", {}, ""),
    ("gender", "the fibre's alright", {"internet_service": "fiber_optic"}, ""),
    ("city", "网速还可以", {}, ""),
    ("gender", "还行吧", {}, "v"),
    ("internet_service", "还行吧，够用", {}, "v"),
    ("satisfaction", "网速还可以", {"satisfaction": 3}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round36_names_refusals(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Genders and home cities said among other words.

Genders: a birth year or an age before the gender word ("我是个98年的男生", "我一个四十岁的老爷们");
gender words denied together ("男的女的都不合适", "neither man nor woman"); a pronoun inside a
sentence, which stands for somebody else ("anyway she thinks it's nosy"), against one given as
the answer ("she, thanks"); "other" as a determiner ("the other tab").
Cities: no fixed home though relatives' cities are named; a city only wished for ("想去成都发展");
a posting ("从南京调到合肥"); the city named with "the city is" or "home is", and the one set
aside with "not"; a godchild's city; an airport lounge on the way home and a laugh that opens
the answer; what people assume, an origin ("Cork originally") and a new clause "and I've lived
in …" that the past of the clause before does not reach.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise; each rule has a case that fills and a near miss that must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a birth year or an age describes the respondent before the gender word
    ("name", "我是个98年的男生，名字保密", {"age": 28, "gender": "male"}, "r"),
    (
        "interests",
        "我一个四十岁的老爷们，平时就爱踢足球",
        {"age": 40, "gender": "male", "interests": ["sports"]},
        "",
    ),
    ("has_dependents", "俩娃，一个十岁一个六岁", {"has_dependents": True}, ""),
    # gender words denied together; a contrast still chooses the first
    ("gender", "性别流动吧，男的女的都不合适", {"gender": "other"}, ""),
    ("gender", "我是女的，不是男的", {"gender": "female"}, ""),
    ("gender", "neither man nor woman", {"gender": "other"}, ""),
    ("gender", "male or female don't really describe me", {}, ""),
    # a pronoun in a sentence stands for somebody else; given as the answer it counts
    ("gender", "my roommate asked me about this form. anyway she thinks it's nosy", {}, ""),
    ("gender", "she, thanks", {"gender": "female"}, ""),
    ("gender", "pronouns are he and him", {"gender": "male"}, ""),
    # "other" as a determiner is no gender
    ("gender", "hold on, I had the other tab open", {}, ""),
    ("gender", "other, thanks", {"gender": "other"}, ""),
    # no fixed home of one's own, though relatives' cities are named
    ("city", "我堂哥在苏州，我自己到处打工，没个准", {}, "v"),
    # a city wished for is no home
    ("city", "我男朋友想去成都发展，我还在考虑要不要一起去", {"has_partner": True}, ""),
    ("city", "我在重庆，想去成都发展", {"city": "Chongqing"}, ""),
    # a posting places the respondent; a colleague's does not
    ("contract", "月付，前年从南京调到合肥了", {"contract": "month_to_month", "city": "Hefei"}, ""),
    ("contract", "月付，我同事调到合肥了", {"contract": "month_to_month"}, ""),
    # "the city is X not Y", "home is X"
    ("age", "oh and the city is Inverness not Leeds, sorry", {"city": "Inverness"}, ""),
    (
        "city",
        "we spent last weekend in Sydney for a gig, but home is Wollongong",
        {"city": "Wollongong"},
        "",
    ),
    ("age", "I'm 44 and home is Leeds", {"age": 44, "city": "Leeds"}, ""),
    ("age", "the city is lovely in spring, I'm 40", {"age": 40}, ""),
    # a godchild lives elsewhere
    ("city", "my godson has just moved to Toronto and keeps moaning about rent", {}, ""),
    ("city", "my godson and I live in Toronto", {"city": "Toronto"}, ""),
    # an airport lounge on the way home, and a laugh that opens the answer
    ("city", "haha, sitting in the airport lounge in Dubai on my way home", {}, ""),
    ("city", "ha, sitting in a departure lounge somewhere", {}, ""),
    ("city", "Dubai, been here ten years", {"city": "Dubai"}, ""),
    # what people assume, an origin, and the home said in a new clause
    (
        "city",
        "people assume I'm from Glasgow but I'm from Cork originally and I've lived in Galway"
        " since 2010",
        {"city": "Galway"},
        "",
    ),
    # An origin alone names no current city: vague, as dev labels "originally from Krakow".
    ("city", "Cork originally", {}, "v"),
    ("city", "everyone assumes I'm from London", {}, ""),
    ("city", "I'm from London", {"city": "London"}, ""),
    ("age", "sorry, went back a question: I'm in Geelong", {"city": "Geelong"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_gender_and_home(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

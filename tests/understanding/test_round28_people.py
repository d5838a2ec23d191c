"""Household, places and gender, round 28: moving in with a grown son or daughter, children long
since moved out, a partner's death with a time said between, children counted at school in
Irish and British English, an old person's word as the whole answer to the gender question, a
US state after a city without a comma, a city as a short list's item after "in", and a city put
right after an earlier answer.

Covers: "明年要去深圳跟儿子住了" (but "我跟儿子住，他上小学"); "the kids have long since moved out",
"孩子都搬出去了" (but "孩子们搬出去玩了"); "老头子 前年冬天 没了" (but "老公去年没了工作");
"I've two boys at primary school" (but "there were two boys at primary school with me");
"老太太一个" (but "我问问老太太"); "Columbus Ohio", "Charlotte NC" (but "Kansas City",
"Virginia Beach"); "Maggie, in Phoenix" (but "my sister, in Leeds"); "I meant Leicester not
Nottingham" (but "I meant Leicester City the football club not Forest").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
C = "churn_intent"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # moving into a son's or daughter's home: the child is grown
    (C, "明年要去深圳跟儿子住了，到时候就销号", {C: "leave"}, ""),
    (C, "过了年我就搬去跟女儿住", {}, ""),
    (D, "我要去北京跟儿子一起住了", {}, ""),
    (P, "下个月去上海和闺女住", {}, ""),
    (D, "年底搬到闺女家去住", {}, ""),
    (D, "I'm going to live with my son in Leeds", {}, ""),
    (C, "moving in with my daughter next spring so I'll cancel", {C: "leave"}, ""),
    # ... but not a child living in the respondent's home, or shown to be young
    (D, "我跟儿子住，他上小学", {D: True}, ""),
    (D, "儿子跟我住", {D: True}, ""),
    (D, "my son lives with me, he's 8", {D: True}, ""),
    (D, "my daughter is moving in with me, she is 15", {D: True}, ""),
    (C, "去年开始跟儿子住，他才上初中", {D: True}, ""),
    # children long since moved out, or moved out in Chinese
    (
        P,
        "Yeah, me and my husband have been together 40 years, the kids have long since moved out",
        {D: False, P: True},
        "",
    ),
    (P, "me and the wife, kids have long since grown up", {D: False, P: True}, ""),
    (D, "the kids have all since left home", {D: False}, ""),
    (D, "kids long since flown the nest", {D: False}, ""),
    (D, "孩子都搬出去了", {D: False}, ""),
    (D, "儿子早搬出去住了", {D: False}, ""),
    # ... but not children gone out to play, or some still at home
    (D, "孩子们搬出去玩了，一会回来", {D: True}, ""),
    (D, "three kids, two still at home", {D: True}, ""),
    # one grown son said in passing: "都" said of something else in another sentence
    ("age", "俺今年五十出头，头发都白了一半。俺儿子在青岛上班，三十了", {"age": 50}, ""),
    # ... but all the children grown, or the children said to be grown before the son
    ("age", "儿子女儿都在外地工作。我65", {D: False, "age": 65}, ""),
    ("age", "我58，孩子都大了。儿子在北京上班", {D: False, "age": 58}, ""),
    # a partner's death with a time said between, spaced or not
    (P, "我家老头子 前年冬天 没了 现在自己过", {P: False}, ""),
    (P, "老伴 零八年 就没了", {P: False}, ""),
    (P, "我家那口子 去年冬天 走了 现在就我一个", {P: False}, ""),
    (P, "老婆三年前没了", {P: False}, ""),
    # ... but not a job or patience lost, or an outing
    (P, "老公去年没了工作", {P: True}, ""),
    (P, "老公 上个月 没了 耐心", {P: True}, ""),
    (P, "我家老头子 天天 出去钓鱼", {P: True}, ""),
    # children counted at school, as said in Ireland and Britain
    (P, "I've two boys at primary school", {D: True}, ""),
    (P, "I have two girls at secondary school", {D: True}, ""),
    (P, "I've got three lads at junior school", {D: True}, ""),
    (P, "I've a girl at nursery", {D: True}, ""),
    # ... but not other children met or taught there
    (P, "there were two boys at primary school with me", {}, ""),
    (P, "I coach two boys at primary school", {}, ""),
    (P, "two boys at the school next door", {}, ""),
    # an old person's word as the whole answer to the gender question
    ("gender", "老太太一个", {"gender": "female"}, ""),
    ("gender", "老头儿一个", {"gender": "male"}, ""),
    ("gender", "就一老爷子", {"gender": "male"}, ""),
    ("gender", "一个老太婆而已", {"gender": "female"}, ""),
    ("gender", "老太太", {"gender": "female"}, ""),
    # ... but not another old person talked about
    ("gender", "我问问老太太", {}, ""),
    ("gender", "家里老太太一个人", {}, ""),
    # a US state or its code after the city, without a comma
    ("city", "Columbus Ohio, 2 kids in elementary school", {D: True, "city": "Columbus"}, ""),
    ("city", "Charlotte NC. moved from Raleigh last year", {"city": "Charlotte"}, ""),
    ("city", "Portland Oregon", {"city": "Portland"}, ""),
    ("city", "Lexington KY", {"city": "Lexington"}, ""),
    ("city", "Tulsa Oklahoma", {"city": "Tulsa"}, ""),
    ("city", "I live in Columbus Ohio", {"city": "Columbus"}, ""),
    ("city", "Charlotte N.C.", {"city": "Charlotte"}, ""),
    ("city", "Salt Lake City Utah", {"city": "Salt Lake City"}, ""),
    # ... but not a state word that is part of the city's name, or a state alone
    ("city", "Kansas City", {"city": "Kansas City"}, ""),
    ("city", "Virginia Beach", {"city": "Virginia Beach"}, ""),
    ("city", "West Virginia", {}, "v"),  # a state alone: vague, like a province
    # the city as one item of a short list, after "in"
    ("name", "Maggie, in Phoenix", {"city": "Phoenix", "name": "Maggie"}, ""),
    ("name", "Tom, in Leeds", {"city": "Leeds", "name": "Tom"}, ""),
    ("name", "Dave, in Leeds now", {"city": "Leeds", "name": "Dave"}, ""),
    # ... but not a visit, another person's city, or no place
    ("name", "Maggie, in Phoenix for the week visiting my sister", {"name": "Maggie"}, ""),
    ("name", "my sister, in Leeds", {}, ""),
    ("name", "Mum, in Leeds", {}, ""),
    ("name", "Maggie, in a hurry", {"name": "Maggie"}, ""),
    # a city put right after an earlier answer
    ("interests", "sorry, earlier I meant Leicester not Nottingham", {"city": "Leicester"}, ""),
    ("interests", "I meant Leicester, not Nottingham", {"city": "Leicester"}, ""),
    ("interests", "oops I said Nottingham, I meant Leicester", {"city": "Leicester"}, ""),
    ("interests", "earlier I meant to say Leeds not York", {"city": "Leeds"}, ""),
    ("interests", "wrote York but meant Leeds", {"city": "Leeds"}, ""),
    ("satisfaction", "I meant Leeds not York, and 4", {"city": "Leeds", "satisfaction": 4}, ""),
    # ... but not a football club put right
    (
        "interests",
        "I meant Leicester City the football club not Forest",
        {"interests": ["sports"]},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round28_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

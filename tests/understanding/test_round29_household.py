"""Household, round 29: children counted as "the little ones" or by their schools, a single
parent with young children, raising children alone as a way of life, "chance would be a fine
thing", free time with a partner, a partner doing an errand in the past who is still here,
children grown by their decade or living with the other parent, a son's own couple, a pet name,
one of several children moved out, a parent kept only in part, and "it's complicated".

Covers: "家里两个小的" (but "家里两个小的房间"); "one at uni, one still at school";
"a single dad with two under 5" (but "a single dad with two grown sons");
"我自己一个人带俩孩子过" (but "一个人带孩子，老公在外地打工");
"dating? ha, chance would be a fine thing"; "没事就陪老婆逛街", "没空陪老公" (but "没老婆",
"没有老公，没事就逛街"); "以前是我老婆交…她现在管孩子上学" (but "以前是我老公，现在离了");
"both in their 20s" (but "both in their teens"); "离婚了，孩子跟他爸", "孩子归他妈了"
(but "孩子跟他爸都在家"); "儿子两口子住隔壁" (but "我儿子和老婆都在家");
"老公总叫我宝宝" (but "宝宝刚满月"); "three kids, the eldest moved out" (but "my kids moved
out"); "不算完全靠我养吧" (but "他们不靠我养"); "怎么说呢，有点复杂" (but "手续有点复杂").
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
G = "gender"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the little ones at home, counted
    (G, "我是当爹的，家里两个小的", {G: "male", D: True}, ""),
    (D, "家里两个小的", {D: True}, ""),
    (D, "家里有俩小的，都在上学", {D: True}, ""),
    (D, "家里两个小的房间都空着", {}, ""),
    # children counted by where they study
    (D, "one at uni, one still at school", {D: True}, ""),
    (D, "one at college, the other at primary school", {D: True}, ""),
    (D, "one at uni and one in nursery", {D: True}, ""),
    # a single parent with young children
    (
        "interests",
        "not much time for any, I'm a single dad with two under 5",
        {P: False, D: True},
        "v",
    ),
    (D, "single mum with three little ones", {P: False, D: True}, ""),
    (P, "single dad with two grown sons", {P: False, D: False}, ""),
    # raising children alone as a way of life
    (P, "我自己一个人带俩孩子过", {P: False, D: True}, ""),
    (P, "我一个人带娃过", {P: False, D: True}, ""),
    (P, "一个人带孩子，老公在外地打工", {P: True, D: True}, ""),
    # the idiom for "no such luck"
    (P, "dating? ha, chance would be a fine thing", {P: False}, ""),
    (P, "a girlfriend? I should be so lucky", {P: False}, ""),
    # free time with a partner: no denial of the partner
    (P, "没事就陪老婆逛街", {P: True}, ""),
    (P, "没空陪老公", {P: True}, ""),
    (P, "没事就跟老公看电影", {P: True}, ""),
    (P, "没老婆", {P: False}, ""),
    (P, "没有老公，没事就逛街", {P: False}, ""),
    # a past errand of a partner who is here now
    (
        "payment_method",
        "以前是我老婆每月去银行柜台交，后来嫌麻烦，绑了我的信用卡自动扣，她现在管孩子上学的事够累的了",
        {"payment_method": "credit_card", P: True, D: True},
        "",
    ),
    (P, "以前是我老公，现在离了", {P: False}, ""),
    (P, "以前是我老公交，现在他不在了", {P: False}, ""),
    # children grown by their decade
    (D, "no, it's just me and my kids, both in their 20s", {D: False}, ""),
    (D, "kids? both in their 30s now", {D: False}, ""),
    (D, "two kids, both in their teens", {D: True}, ""),
    # a child with the other parent
    (D, "离婚了，孩子跟他爸", {P: False, D: False}, ""),
    (D, "孩子判给他爸了", {D: False}, ""),
    (D, "孩子归他妈了", {D: False}, ""),
    (D, "孩子跟他爸都在家", {D: True}, ""),
    # a son's or daughter's own couple
    (D, "儿子两口子住隔壁", {}, ""),
    (D, "女儿两口子住楼上", {}, ""),
    (D, "我儿子和老婆都在家", {P: True, D: True}, ""),
    # a pet name
    (D, "老公总叫我宝宝", {P: True}, ""),
    (P, "我老婆喊他宝贝", {P: True}, ""),
    (D, "宝宝刚满月", {D: True}, ""),
    # one of several children moved out
    (D, "three kids, the eldest moved out last year", {D: True}, ""),
    (D, "two kids, the older one moved out", {D: True}, ""),
    (D, "my kids moved out", {D: False}, ""),
    # a parent kept only in part
    (
        D,
        "这个得看怎么算了，我每个月transfer一笔钱回国给我爸妈，但他们自己也有退休金，不算完全靠我养吧？",
        {},
        "v",
    ),
    (D, "爸妈不算完全靠我养，每月给点零花钱", {}, "v"),
    (D, "他们不靠我养", {D: False}, ""),
    # "it's complicated"
    (P, "怎么说呢，有点复杂", {}, "v"),
    (P, "挺复杂的", {}, "v"),
    ("payment_method", "手续有点复杂", {}, ""),
    (P, "结婚了，就是婆媳关系有点复杂", {P: True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round29_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

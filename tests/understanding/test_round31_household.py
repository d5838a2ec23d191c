"""Household, round 31: yes-or-no questions said as "A-not-A", a child's partner still to come,
a pet said not to count, children working away, young children counted by age, a statement
checked against the question, and a child word naming a kind of plan.

Covers: "你们是不是要推亲情号啊", "有没有亲子套餐" (no answer; but "不是不是",
"没有没有", "是，是不是还要填别的？" answer); "我儿子还没对象呢" (no partner value; but
"我还没对象呢" is false); "就我和我家那只橘猫，它不算吧" (false, no hedge; but "不算吧" alone
is vague); "儿子在深圳打工，都三十多了" (grown by age: false; but "小儿子还在读初中，大儿子在厦门
打工" keeps the child at school); "my husband and I have two under 5" (dependents; but "two
under 50 quid", "my sister has two under 5"); "I'm married, is that what you mean?" (a
partner; but "does partner mean husband?"); "does a kids' line come with parental controls?"
(nobody; but "can I add my kids' line", "the kids' tablets").
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

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # an A-not-A question states neither yes nor no
    (P, "你们是不是要推亲情号啊", {}, ""),
    (P, "是不是要推销什么套餐", {}, ""),
    (P, "是不是又要推销啊", {}, ""),
    (D, "有没有亲子套餐", {}, ""),
    (P, "有没有家庭套餐啊", {}, ""),
    (P, "对不对，你们是移动的", {}, ""),
    ("monthly_spend", "有没有便宜点的套餐", {}, ""),
    (P, "不是不是，我单身", {P: False}, ""),
    (P, "不是不是", {P: False}, ""),
    (P, "没有没有", {P: False}, ""),
    (P, "是，是不是还要填别的？", {P: True}, ""),
    (P, "有，有没有优惠", {P: True}, ""),
    (P, "没有，是不是还要问孩子", {P: False}, ""),
    # a child's or another's partner still to come says nothing of the respondent's
    (P, "我儿子还没对象呢，愁死了", {}, ""),
    (P, "女儿还单身，急死我了", {}, ""),
    (P, "他还没结婚", {}, ""),
    (P, "我还没对象呢", {P: False}, ""),
    (P, "还没对象", {P: False}, ""),
    (P, "对象还没找", {P: False}, ""),
    (P, "儿子结婚了，我还单身", {P: False}, ""),
    (P, "孩子还小，老婆在家带", {P: True, D: True}, ""),
    # a pet said not to count hedges nothing
    (D, "就我和我家那只橘猫，它不算吧😂", {D: False}, ""),
    (D, "就我和一只狗，狗不算吧", {D: False}, ""),
    (D, "就我和我家那只橘猫", {D: False}, ""),
    (D, "就我和我老公，猫不算吧", {P: True, D: False}, ""),
    (D, "不算吧", {}, "v"),
    (D, "算是有吧", {}, "v"),
    # a child grown by the age said after where they work; one still at school keeps the yes
    (D, "儿子在深圳打工，都三十多了", {D: False}, ""),
    (D, "女儿在杭州上班，今年都二十八了", {D: False}, ""),
    (D, "儿子在读高中，今年17", {D: True}, ""),
    (P, "儿子在深圳打工", {}, ""),
    (D, "两个孩子在老家上学", {D: True}, ""),
    (D, "我女儿还在上小学", {D: True}, ""),
    (D, "有啦，阮小儿子还在读初中，大儿子在厦门打工，一个月寄一千块返来给阮", {D: True}, ""),
    (D, "有啦，小儿子在读初中，大儿子在厦门工作", {D: True}, ""),
    (D, "小儿子8岁，大儿子已经结婚了", {D: True}, ""),
    (D, "大的上班了，小的上高中", {D: True}, ""),
    (D, "儿子在读初中，哦不对，都工作了", {D: False}, ""),
    (D, "my youngest is 9, the eldest lives in Leeds", {D: True}, ""),
    # young children counted by age, said by the respondent
    (P, "Yes, my husband and I have two under 5", {P: True, D: True}, ""),
    (P, "we've got three under ten", {D: True}, ""),
    (P, "married, we have two under five", {P: True, D: True}, ""),
    (P, "I have two under my name", {}, ""),
    (P, "we have two under 50 quid each", {}, ""),
    (P, "my sister has two under 5", {}, ""),
    # a statement checked against the question is still said
    (D, "I'm married, is that what you mean?", {P: True}, ""),
    (D, "I have two kids, is that what you mean?", {D: True}, ""),
    (P, "partner mean business partner or husband?", {}, ""),
    (P, "does partner mean husband?", {}, ""),
    # a child word naming a kind of plan names nobody
    (D, "does a kids' line come with parental controls?", {}, ""),
    (D, "is there a kids plan", {}, ""),
    (P, "is there a kids plan", {}, ""),
    (D, "child plan?", {}, ""),
    (D, "can I add my kids' line", {D: True}, ""),
    (D, "my kids' plans are on my account", {D: True}, ""),
    (D, "the kids' tablets run off the home wifi", {D: True}, ""),
    (D, "my kids are 4 and 7", {D: True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round31_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

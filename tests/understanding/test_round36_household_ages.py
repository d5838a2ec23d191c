"""Household and ages, round 36: the respondent's age after a label they open with, a wife
after children denied, "有…没得" asked back, a child and a laugh, the other parent split from the
respondent, a partner listed with the children, and "let alone".

Covers: "老李 水泥厂退休的 今年六十一了", "大姐 五十多岁了", "单身狗一只 🐶 二十四岁" (the age is
the respondent's; but "我大姐 五十多岁了", "我家狗狗 三岁了", "姐姐 五岁了" are somebody else's);
"还没有娃 老婆怀起了" (a wife, no children yet; but "儿子老婆怀孕了" is the son's wife);
"你们有儿童手表卡没得" (a question: nothing stored; but "没得" alone answers no); "哪来的娃哈哈哈"
(no children; "爱喝娃哈哈" is a drink); "yes, 2, both in primary. me and their dad split up" (no
partner; but "my sister has two boys. me and their dad…" says nothing, nor "back together");
"3 kids and a husband" (a partner; but "my son has a wife" is the son's); "don't even own a car
yet let alone kids" (no children; but "I have 3 kids, let alone the dog" keeps them). Rows are
(asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and
"" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

D = "has_dependents"
P = "has_partner"
N = "name"
G = "gender"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a label the respondent opens with, then the age: theirs
    (N, "老李 水泥厂退休的 今年六十一了", {"age": 61, N: "老李"}, ""),
    (G, "大姐 五十多岁了", {"age": 50, G: "female"}, ""),
    (P, "单身狗一只 🐶 二十四岁", {"age": 24, P: False}, ""),
    (N, "老王 今年五十八", {"age": 58, N: "老王"}, ""),
    (P, "单身狗 二十八岁", {"age": 28, P: False}, ""),
    (N, "小张，今年二十六", {"age": 26, N: "小张"}, ""),
    (G, "大哥 今年四十五岁", {"age": 45}, ""),
    (P, "光棍一条 三十二岁了", {"age": 32, P: False}, ""),
    # ... but a label owned by the respondent, a pet, or a child called 姐姐 is somebody else
    (D, "我大姐 五十多岁了", {}, ""),
    (D, "我家狗狗 三岁了", {D: False}, ""),
    (D, "姐姐 五岁了 弟弟三岁", {}, ""),
    (D, "娃 五岁了", {D: True}, ""),
    (N, "老李，我邻居，六十多了", {N: "老李"}, ""),
    # a wife after children denied: the denial ends at the space or the comma
    (D, "还没有娃 老婆怀起了 明年三月生", {P: True, D: False}, ""),
    (D, "没娃 媳妇怀孕了", {P: True, D: False}, ""),
    (D, "没娃，老婆怀孕了", {P: True, D: False}, ""),
    (D, "没老人要我养", {D: False}, ""),
    (D, "家里没有老人要养", {D: False}, ""),
    (P, "儿子老婆怀孕了", {}, ""),
    # 有…没有 / 有…没得 put as a question: nothing stored (a reply after it still counts)
    (D, "你们有儿童手表卡没得", {}, ""),
    (D, "你们有儿童套餐没有？", {}, ""),
    (P, "有情侣卡没有嘛", {}, ""),
    (D, "没得", {D: False}, ""),
    (D, "有儿童套餐没得？没得娃", {D: False}, ""),
    (D, "有儿童套餐没得？我家娃八岁", {D: True}, ""),
    # a child and a laugh, not the drink 娃哈哈
    (D, "我自己还在读高二 哪来的娃哈哈哈", {D: False}, ""),
    (D, "哪来的娃哈哈哈哈", {D: False}, ""),
    (D, "两个娃哈哈哈 天天闹", {D: True}, ""),
    (D, "爱喝娃哈哈", {}, ""),
    # the other parent of the children counted, split from the respondent
    (D, "yes, 2, both in primary. me and their dad split up last year", {P: False, D: True}, ""),
    (D, "yes 2. I split up with their dad last year", {P: False, D: True}, ""),
    (D, "two, 6 and 9. their mum and I separated", {P: False, D: True}, ""),
    (P, "my sister has two boys. me and their dad split up ages ago", {}, ""),
    (D, "yes 2. me and their dad split up but we're back together", {D: True}, ""),
    # a partner listed beside the children ("and a husband"), not another person's
    (D, "3 kids and a husband who acts like the 4th 🙄", {P: True, D: True}, ""),
    (D, "two kids and a wife", {P: True, D: True}, ""),
    (D, "one kid plus a husband", {P: True, D: True}, ""),
    (P, "my son has a wife", {}, ""),
    (P, "my son and his wife live nearby", {}, ""),
    (P, "no kids no wife", {D: False, P: False}, ""),
    # "let alone" after a denial carries it on; without one, or "not to mention", nothing denied
    (D, "I'm 24 years old, don't even own a car yet let alone kids", {"age": 24, D: False}, ""),
    (D, "can barely look after myself, let alone kids", {D: False}, ""),
    (D, "I can't keep a plant alive let alone a child", {D: False}, ""),
    (D, "连自己都养不活 更不用说孩子了", {D: False}, ""),
    (P, "no car yet, let alone a wife", {P: False}, ""),
    (D, "2 kids, not to mention a dog", {D: True}, ""),
    (D, "I have 3 kids, let alone the dog", {D: True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round36_household_ages(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

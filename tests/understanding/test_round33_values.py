"""Choices, household and interests, round 33: a partner's death with its cause, a child's age by
rank, renewal terms asked without a question mark, "看电视", an answer after "算不算…" and a space,
children counted at school, "F here", "a monthly one", the provider's work as a time, "we don't
have it" and "why would I go anywhere".

Covers: "丈夫去年出车祸没了" (no partner; but "出车祸没了一条腿", "看病走了");
"三个，最大的才十岁" (no age 10; "我是家里最小的，今年十八" is); "你们续约有啥优惠没",
"any deals for renewing?" (nothing; "续约吧，有啥优惠没" stays); "以前喜欢打乒乓球，…就看看电视"
(movies); "做直播算不算爱好😂 平时就爱拍视频" (photography; the question alone says nothing);
"married, 2 at high school" (dependents; not "I teach 30 at high school"); "F here" (female; not
"m here to complain"); "I'm just on a monthly one" (month-to-month); "we came over when you laid
fibre in our street" (fibre, tenure vague; "I lay fibre for a living" is still a trade); "nah we
don't have it" to the internet question (none; not "don't have it at work"); "been with you 15
years, why would I go anywhere" (stay).
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
I = "interests"  # noqa: E741
G = "gender"
K = "contract"
N = "internet_service"
T = "tenure_months"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a partner who died of a named cause, with a time between
    (P, "丈夫去年出车祸没了", {P: False}, ""),
    (P, "老公前年得癌症走了", {P: False}, ""),
    (P, "老伴去年因病去世了", {P: False}, ""),
    (P, "我老婆三年前车祸去世的", {P: False}, ""),
    (P, "媳妇前几年生病没了", {P: False}, ""),
    (P, "老公出车祸了，还在住院", {P: True}, ""),
    (P, "老公去年出了车祸，现在好了", {P: True}, ""),
    (P, "老公生病了没了工作", {P: True}, ""),
    (P, "老公出车祸没了一条腿", {P: True}, ""),
    (P, "老公得了癌症，还在治疗", {P: True}, ""),
    (P, "老公去医院看病走了", {P: True}, ""),
    (P, "my husband died in a car crash last year", {P: False}, ""),
    (P, "my wife was in a car accident but she's fine", {P: True}, ""),
    # a child named by rank is the subject of an age
    (D, "三个，最大的才十岁，我和老公都在玉溪打工", {"city": "Yuxi", P: True, D: True}, ""),
    (D, "三个娃，大的都十五了", {D: True}, ""),
    ("age", "三个孩子，最大的才十岁", {D: True}, ""),
    ("age", "俩孩子，小的那个今年十二", {D: True}, ""),
    ("age", "两个孩子，老二才十一岁，我三十八", {D: True, "age": 38}, ""),
    ("age", "我是家里最小的，今年十八", {"age": 18}, ""),
    ("age", "最小的12，我45", {"age": 45}, ""),
    ("age", "two kids, the oldest is 12, i'm 40", {D: True, "age": 40}, ""),
    # a question about renewal terms, without a question mark
    (C, "你们续约有啥优惠没", {}, ""),
    (C, "续约送啥", {}, ""),
    (C, "续约送些什么", {}, ""),
    (C, "都用这么多年了，换啥呀", {C: "stay"}, ""),
    (C, "续个啥呀", {C: "leave"}, ""),
    (C, "续约有什么优惠吗", {}, ""),
    (C, "any deals for renewing?", {}, ""),
    (C, "any discount if I renew?", {}, ""),
    (C, "续约吧，有啥优惠没", {C: "stay"}, ""),
    (C, "会续约，有优惠吗", {C: "stay"}, ""),
    (C, "I'll renew, any discount?", {C: "stay"}, ""),
    (C, "续约", {C: "stay"}, ""),
    # a past pastime given up and a present one
    (I, "以前喜欢打乒乓球，现在腰不行了，就看看电视", {I: ["movies"]}, ""),
    (I, "以前爱打篮球，现在膝盖坏了，平时就看看电视", {I: ["movies"]}, ""),
    (I, "喜欢看电视", {I: ["movies"]}, ""),
    (I, "以前喜欢看电视，现在喜欢打游戏", {I: ["gaming"]}, ""),
    (I, "以前喜欢打乒乓球", {}, ""),
    (I, "电视坏了", {}, ""),
    (I, "不看电视", {}, ""),
    (I, "在看电视呢，等会说", {}, ""),
    # a liked activity after a question about whether another counts, closed by a space
    (I, "做直播算不算爱好😂 平时就爱拍视频", {I: ["photography"]}, ""),
    (I, "刷抖音算不算爱好 平时就爱听歌", {I: ["music"]}, ""),
    (I, "打麻将算吗 平时喜欢看书", {I: ["reading"]}, ""),
    (I, "打麻将算不算爱好，平时就爱拍视频", {I: ["photography"]}, ""),
    (I, "做直播算不算爱好", {}, ""),
    (I, "我家狗 算不算", {}, ""),
    # children counted at school
    (
        "age",
        "forty something, married, 2 at high school, why does it matter",
        {P: True, D: True, "age": 40},
        "",
    ),
    ("age", "42, married, two in primary school", {P: True, D: True, "age": 42}, ""),
    ("age", "35, one in nursery", {D: True, "age": 35}, ""),
    (D, "2 at high school", {D: True}, ""),
    (D, "I teach 30 at high school", {}, ""),
    ("age", "forty, I work at a high school", {"age": 40}, ""),
    ("age", "38, one at uni", {"age": 38}, ""),
    ("age", "40, 2 at work", {"age": 40}, ""),
    # "F here"
    (G, "F here", {G: "female"}, ""),
    (G, "M here", {G: "male"}, ""),
    (G, "m here, 45", {G: "male"}, ""),
    (G, "m here to complain", {}, ""),
    (G, "f here we go", {}, ""),
    # a monthly "one"
    (P, "is this about the family plan? I'm just on a monthly one", {K: "month_to_month"}, ""),
    (K, "I'm on a monthly one", {K: "month_to_month"}, ""),
    (K, "a monthly one", {K: "month_to_month"}, ""),
    (K, "I'm on a yearly one", {K: "one_year"}, ""),
    (N, "a fibre one from the 70s", {}, ""),
    # the provider's work as a time
    (T, "we came over when you laid fibre in our street", {N: "fiber_optic"}, "v"),
    (T, "joined when you lot laid fibre round here", {N: "fiber_optic"}, "v"),
    (T, "came over when you opened the shop in town", {}, "v"),
    (T, "came over when you laid fibre, about 3 years ago", {N: "fiber_optic", T: 36}, ""),
    (T, "signed up when they were laying fibre next door", {}, ""),
    (T, "came over when my mate got fibre", {}, ""),
    (N, "I lay fibre for a living, we have DSL at home", {N: "dsl"}, ""),
    # "it" for the line asked about
    (N, "nah we don't have it", {N: "none"}, ""),
    (N, "no, we haven't got one", {N: "none"}, ""),
    (N, "nah don't have any", {N: "none"}, ""),
    (N, "we don't have it at home", {N: "none"}, ""),
    (N, "we don't have it with you, we're with BT", {}, ""),
    (N, "don't have it at work", {}, ""),
    (D, "nah we don't have any", {D: False}, ""),
    (K, "we don't have one", {}, ""),
    # no reason to go anywhere
    (C, "been with you 15 years, why would I go anywhere", {T: 180, C: "stay"}, ""),
    (C, "why would we ever move anywhere else?", {C: "stay"}, ""),
    (C, "why on earth would I switch elsewhere", {C: "stay"}, ""),
    (C, "why would I stay", {C: "leave"}, ""),
    (C, "why would I go anywhere near your shop again", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round33_values(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

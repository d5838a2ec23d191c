"""Refusals and vague answers, round 28.

Covers: a rating turned down with a closing particle ("不评价了", "还是不评价了吧"; but
"不评价别人了"); "not something I want to say" and the like ending the answer (but "... to say
out loud but I'm leaving"); not understanding the question and asking for it again ("看不懂
你再说一遍": neither; but "光纤？DSL？听不懂" stays vague); "不贵" said of an amount given
("每个月六十九块，不贵"); a wallet under a question that is not the payment one ("我去支付宝
看一下账单"); a question ending in 吗 with no question mark ("跟微信支付一样吗"); a joke age
with no number ("somewhere between young and dead"); the whole service judged with nothing named
("just not great overall"; but "signal not great overall"). Rows are (asked slot, message,
exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a rating turned down with a closing particle: a refusal
    # (not "不评价别人了", nor with a score after)
    ("satisfaction", "不评价了", {}, "r"),
    ("satisfaction", "不评价啦", {}, "r"),
    ("satisfaction", "我就不评价了吧", {}, "r"),
    ("satisfaction", "这个就不评价了", {}, "r"),
    ("satisfaction", "还是不评价了", {}, "r"),
    ("satisfaction", "算了，不评价了", {}, "r"),
    ("satisfaction", "不评论了哈", {}, "r"),
    ("satisfaction", "不评价别人了", {}, ""),
    ("satisfaction", "不评价，5分", {"satisfaction": 5}, ""),
    # "not something I want to say/tell/get into" ending the answer: a refusal
    # (not with an answer after it)
    ("churn_intent", "not something I want to say", {}, "r"),
    ("churn_intent", "that's not something I'd like to tell you", {}, "r"),
    ("churn_intent", "it isn't something I wanna get into", {}, "r"),
    ("age", "not something I care to say", {}, "r"),
    (
        "churn_intent",
        "not something I want to say out loud but yeah I'm leaving",
        {"churn_intent": "leave"},
        "",
    ),
    (
        "churn_intent",
        "not something I want to deal with, switching is a pain",
        {"churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "not something I want to think about", {}, ""),
    # not understanding, with a request to hear the question again: neither
    # (not understanding the options: vague)
    ("has_dependents", "看不懂 你再说一遍", {}, ""),
    ("has_partner", "听不懂，再说一次", {}, ""),
    ("internet_service", "看不明白，重复一下", {}, ""),
    ("monthly_spend", "不懂 你再讲一下", {}, ""),
    ("has_dependents", "听不懂你说啥", {}, ""),
    ("internet_service", "光纤？DSL？听不懂", {}, "v"),
    ("internet_service", "网的话我不懂", {}, "v"),
    # "不贵" said of an amount given: no vague flag ("不贵" alone: vague)
    ("internet_service", "每个月六十九块，不贵", {"monthly_spend": 69.0}, ""),
    ("has_partner", "套餐一个月59，不贵", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "不贵", {}, "v"),
    ("internet_service", "不贵不便宜吧", {}, "v"),
    # a wallet under a question that is not the payment one: no vague flag
    # (under the payment question: vague)
    ("monthly_spend", "我去支付宝看一下账单", {}, ""),
    ("tenure_months", "我去支付宝查查啥时候开的", {}, ""),
    ("monthly_spend", "都是支付宝扣的，多少不记得了", {}, "v"),
    ("payment_method", "支付宝", {}, "v"),
    ("payment_method", "用微信付", {}, "v"),
    # a question ending in 吗 without a question mark asks: neither
    ("payment_method", "啥叫电子支票，跟微信支付一样吗", {}, ""),
    ("payment_method", "能用支付宝吗", {}, ""),
    ("payment_method", "电子支票是啥，跟支付宝一样吗", {}, ""),
    ("payment_method", "我用支付宝，不知道算哪种", {}, "v"),
    # a joke age with no number: vague
    ("age", "somewhere between young and dead haha", {}, "v"),
    ("age", "between the cradle and the grave lol", {}, "v"),
    ("age", "older than dirt", {}, "v"),
    ("age", "土埋半截了", {}, "v"),
    # the whole service judged with nothing named: vague
    # (a part or a fault named: a complaint)
    ("complaint", "just not great overall", {}, "v"),
    ("complaint", "could be better overall", {}, "v"),
    ("complaint", "generally not very good", {}, "v"),
    ("complaint", "it's been pretty poor lately", {}, "v"),
    ("complaint", "nothing special, could be better", {}, "v"),
    ("complaint", "总体不太好", {}, "v"),
    ("complaint", "整体来说有待提高", {}, "v"),
    ("complaint", "signal not great overall", {"complaint": "signal not great overall"}, ""),
    (
        "complaint",
        "the app is not great overall",
        {"complaint": "the app is not great overall"},
        "",
    ),
    (
        "complaint",
        "not great overall, the bill keeps going up",
        {"complaint": "not great overall, the bill keeps going up"},
        "",
    ),
    ("complaint", "客服态度不太好", {"complaint": "客服态度不太好"}, ""),
    ("complaint", "一般般，就是流量不够用", {"complaint": "一般般，就是流量不够用"}, ""),
    # Nothing wrong, said of the whole: vague, as dev labels "it's fine I guess".
    ("complaint", "overall it's fine", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "values", "flag"), CASES)
def test_round28_refusals(
    survey: Survey, asked: str, text: str, values: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, values, flag)

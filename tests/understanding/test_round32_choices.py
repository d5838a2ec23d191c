"""Choices, intentions and ratings, round 32: a conditional plan under another question, a price
cut as the condition, a choice scorned as a fool's, a bare rating with slang praise, a move with
its date as the whole answer, a closing 不 that asks, and a vague unease with the service.

Covers: "3, and if it doesn't improve I'm switching when my contract's up", "如果再涨价，我就不续了"
under another question (unsure; but "合约到期就不续了" and "I'm switching to Vodafone next month"
stay leave); "价格降点就续" (unsure; but "肯定续，你们降点价更好" is stay); "续约？谁续谁是冤大头"
(leave) and "谁换谁是傻子" (stay); "5 ⭐ sweet as", "4 no complaints" (rated; but "5 sweets", "2
outages" are counts); "relocating to Perth in Jan" (leave; but not a son's move nor "moving
house"); "你们支持微信交不" (a question: not vague); "说不上来，就是感觉不太顺手" (vague; but
"反正网速慢" is a complaint). Rows are (asked slot, message, exact values, flag) with flag "r"
for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "satisfaction",
        "3, and if it doesn't improve I'm switching when my contract's up",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "if it doesn't improve I'm switching", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "如果再涨价，不续了", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "如果再涨价，我就不续了", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "要是再断网，我就不续了", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "4分。合约到期就不续了", {"churn_intent": "leave", "satisfaction": 4}, ""),
    ("satisfaction", "2分，合约到期不续了", {"churn_intent": "leave", "satisfaction": 2}, ""),
    (
        "satisfaction",
        "4, I'm switching to Vodafone next month",
        {"churn_intent": "leave", "satisfaction": 4},
        "",
    ),
    ("churn_intent", "价格降点就续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "便宜一些就留", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "降点价我就继续用", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "肯定续，你们降点价更好", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约？谁续谁是冤大头", {"churn_intent": "leave"}, ""),
    ("churn_intent", "谁续谁傻", {"churn_intent": "leave"}, ""),
    ("churn_intent", "谁换谁是傻子", {"churn_intent": "stay"}, ""),
    ("churn_intent", "谁换谁傻，我不换", {"churn_intent": "stay"}, ""),
    ("satisfaction", "2分，续约？谁续谁是冤大头", {"churn_intent": "leave", "satisfaction": 2}, ""),
    ("satisfaction", "5 ⭐ sweet as", {"satisfaction": 5}, ""),
    ("satisfaction", "5 sweet as", {"satisfaction": 5}, ""),
    ("satisfaction", "4 no complaints", {"satisfaction": 4}, ""),
    ("satisfaction", "5 cheers mate", {"satisfaction": 5}, ""),
    ("satisfaction", "5 sweets", {}, ""),
    ("satisfaction", "3 sweet potatoes", {}, ""),
    ("satisfaction", "2 outages this week", {}, ""),
    ("satisfaction", "3 grandkids use it", {}, ""),
    ("churn_intent", "relocating to Perth in Jan", {"churn_intent": "leave"}, ""),
    ("churn_intent", "moving interstate next month", {"churn_intent": "leave"}, ""),
    ("churn_intent", "We are relocating to Brisbane in March.", {"churn_intent": "leave"}, ""),
    ("churn_intent", "my son is relocating to Perth in Jan", {}, ""),
    ("churn_intent", "moving house next month", {}, ""),
    ("payment_method", "你们支持微信交不", {}, ""),
    ("payment_method", "能用支付宝交不", {}, ""),
    ("payment_method", "可以用支付宝不", {}, ""),
    ("payment_method", "微信交", {}, "v"),
    ("churn_intent", "有优惠就续，没有就不", {"churn_intent": "unsure"}, ""),
    ("complaint", "说不上来，就是感觉不太顺手", {}, "v"),
    ("complaint", "用着不顺手", {}, "v"),
    ("complaint", "用起来不太得劲", {}, "v"),
    ("complaint", "说不上来，反正网速慢", {"complaint": "说不上来，反正网速慢"}, ""),
    ("complaint", "客服态度不太好", {"complaint": "客服态度不太好"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round32_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Intentions and money, round 37: an amount in shillings, a switch to a New Zealand rival said
with no subject, a switch weighed up as the whole answer to the rating question, 再 typed as 在,
a price that comes down as a condition, and an exception only a fool would meet.

Covers: "M-Pesa, about 2000 shillings a month" (the monthly spend, as rupees and rand are read;
"24000 shillings a year" is 2000.0); "1. rubbish. switching to One NZ next month" (leave; not
"my flatmate is switching to Spark", "switching to a new phone"); "I'm thinking about switching
to be honest" asked for the rating (unsure; not under the payment question, nor "switching
phones", "my wife is thinking…", "not thinking…"); "在看看吧", "先在想想吧" (unsure; not
"我在看看电视"); "价格降下来就续", "等价格降下来再续" (unsure; not "价格降下来了，所以续了");
"续约？除非我脑子坏了", "renew? only if I'd lost my mind" (leave; "换？除非我脑子坏了" stays;
"续约？除非降价" is a real condition, unsure).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # shillings
    ("payment_method", "M-Pesa, about 2000 shillings a month", {"monthly_spend": 2000.0}, "v"),
    ("payment_method", "mpesa, roughly 1500 shillings per month", {"monthly_spend": 1500.0}, "v"),
    ("monthly_spend", "about 2000 shillings a month", {"monthly_spend": 2000.0}, ""),
    ("monthly_spend", "around 24000 shillings a year", {"monthly_spend": 2000.0}, ""),
    ("monthly_spend", "I pay 1200 shillings or so a month", {"monthly_spend": 1200.0}, ""),
    ("monthly_spend", "500 kwacha a month", {"monthly_spend": 500.0}, ""),
    (
        "age",
        "I'm 40, pay about 2500 shillings a month",
        {"age": 40, "monthly_spend": 2500.0},
        "",
    ),
    ("payment_method", "M-Pesa, 2000 steps a day lol", {}, "v"),
    ("satisfaction", "3 shillings would be too much for this service", {}, ""),
    # a switch to a named rival, with no subject
    (
        "satisfaction",
        "1. rubbish. switching to One NZ next month",
        {"satisfaction": 1, "churn_intent": "leave"},
        "",
    ),
    (
        "satisfaction",
        "2, moving over to Skinny next month",
        {"satisfaction": 2, "churn_intent": "leave"},
        "",
    ),
    (
        "satisfaction",
        "1 - porting out to 2degrees",
        {"satisfaction": 1, "churn_intent": "leave"},
        "",
    ),
    (
        "satisfaction",
        "2/5. I'm switching to 2degrees",
        {"satisfaction": 2, "churn_intent": "leave"},
        "",
    ),
    ("churn_intent", "switching to One NZ", {"churn_intent": "leave"}, ""),
    ("satisfaction", "3, my flatmate is switching to Spark", {"satisfaction": 3}, ""),
    ("satisfaction", "4, the One NZ shop is next door", {"satisfaction": 4}, ""),
    ("satisfaction", "3, I used to be with Spark", {"satisfaction": 3}, ""),
    ("satisfaction", "4. switching to a new phone soon", {"satisfaction": 4}, ""),
    # a switch weighed up, alone, under the rating question
    ("satisfaction", "I'm thinking about switching to be honest", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "honestly I'm thinking about switching", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "I'm considering switching tbh", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "说实话，我在考虑换一家", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "在考虑要不要换", {"churn_intent": "unsure"}, ""),
    ("payment_method", "I'm thinking about switching to be honest", {}, ""),
    ("satisfaction", "thinking about switching phones to be honest", {}, ""),
    ("satisfaction", "I'm not thinking about switching to be honest", {}, ""),
    ("satisfaction", "I was thinking about switching but decided to stay", {}, ""),
    ("satisfaction", "I'm thinking about switching off", {}, ""),
    # 再 typed as 在
    ("churn_intent", "在看看吧", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "在看看", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "先在想想吧", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "嗯，在想想", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "我在看看电视", {}, ""),
    ("churn_intent", "我在想想怎么回答", {}, ""),
    # a price that comes down, then the renewal
    ("churn_intent", "价格降下来就续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "价格降下来我就续约", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "便宜下来就续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "价格下来了就续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "等价格降下来再续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "降下来才续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "价格降下来了，所以续了", {"churn_intent": "stay"}, ""),
    # an exception only a fool would meet
    ("churn_intent", "续约？除非我脑子坏了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续费？除非我疯了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "renew? only if I'd lost my mind", {"churn_intent": "leave"}, ""),
    ("churn_intent", "stay? not unless I've gone mad", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换？除非我脑子坏了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约？除非降价", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "续约？除非你们降价，不然免谈", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I'd stay unless I lose my job", {"churn_intent": "unsure"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round37_intentions_money(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Numbers, round 29: amounts told after a clause of paying or a total of named bills, paid
for a service judged, priced per use; time with us told after being with us, started in a month
with one's own plan, with a season only, or by switching over; and counts that are no months.

Covers: "每月信用卡扣，一百零八", "宽带加手机一共八十八" (but "一共两张卡", "我今年35"); "I'm paying
£40 for rubbish", "for what used to be $70" (but "for the router", "my mum's paying"); "90 quid
a go" next to "55 a month"; "I'm with you on the monthly plan, been about 2 years now" (but "2
years in Leeds"); "only got my own plan in September" (but "got my new phone in September");
"only moved to you in the summer" is vague (but "my sister switched to you in the summer");
"been with you about 6 years, since uni" asked something else is not vague; "came over to you
from BT about 18 months ago" beats a phone number's "since 2009"; "been there eight years" at a
job is no time with us; "就你们一家信号好" counts no months; "on the monthly one" names the plan.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "payment_method",
        "每月信用卡扣，一百零八",
        {"monthly_spend": 108.0, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "每个月银行卡自动扣的，九十八",
        {"monthly_spend": 98.0, "payment_method": "bank_transfer"},
        "",
    ),
    ("age", "每月信用卡扣，我今年35", {"payment_method": "credit_card", "age": 35}, ""),
    (
        "contract",
        "一年的合约，宽带加手机一共八十八",
        {"monthly_spend": 88.0, "contract": "one_year"},
        "",
    ),
    ("contract", "两年合约，宽带加手机一共两张卡", {"contract": "two_year"}, ""),
    ("contract", "一年的合约，手机一共三个号", {"contract": "one_year"}, ""),
    (
        "complaint",
        "price. I'm paying $95 for what used to be $70",
        {"monthly_spend": 95.0, "complaint": "price. I'm paying $95 for what used to be $70"},
        "",
    ),
    (
        "churn_intent",
        "switching to Vodafone when my contract ends, I'm paying £40 for rubbish",
        {"monthly_spend": 40.0, "churn_intent": "leave"},
        "",
    ),
    (
        "complaint",
        "I'm paying £40 for slow broadband",
        {"monthly_spend": 40.0, "complaint": "I'm paying £40 for slow broadband"},
        "",
    ),
    ("churn_intent", "I'm paying £40 for the router", {}, ""),
    (
        "complaint",
        "my mum's paying £40 for rubbish",
        {"complaint": "my mum's paying £40 for rubbish"},
        "",
    ),
    (
        "monthly_spend",
        "Petrol's killing me, filled the van twice at 90 quid a go. Phone and broadband with you,"
        " 55 a month.",
        {"monthly_spend": 55.0},
        "",
    ),
    (
        "monthly_spend",
        "diesel is 80 a tank, phone with you is 30 a month",
        {"monthly_spend": 30.0},
        "",
    ),
    ("monthly_spend", "45 quid a month", {"monthly_spend": 45.0}, ""),
    (
        "city",
        "I'm with you on the monthly plan, been about 2 years now",
        {"tenure_months": 24, "contract": "month_to_month"},
        "",
    ),
    (
        "city",
        "I'm with you on the monthly plan, been about 2 years in Leeds",
        {"contract": "month_to_month", "city": "Leeds"},
        "",
    ),
    (
        "churn_intent",
        "we're with you, been 3 years, no plans to move",
        {"tenure_months": 36, "churn_intent": "stay"},
        "",
    ),
    (
        "tenure_months",
        "dad's been with you 20 years but I only got my own plan in September",
        {"tenure_months": 2},
        "",
    ),
    ("tenure_months", "I got my new phone in September", {}, ""),
    ("tenure_months", "got my own contract in March", {"tenure_months": 8}, ""),
    ("tenure_months", "my phone's 4 years old but I only moved to you in the summer", {}, "v"),
    ("tenure_months", "my sister switched to you in the summer and hasn't stopped moaning", {}, ""),
    ("tenure_months", "moved to you in the summer of 2024", {}, "v"),
    ("churn_intent", "been with you about 6 years, since uni", {"tenure_months": 72}, ""),
    (
        "tenure_months",
        "just signed up last week, on the monthly one",
        {"contract": "month_to_month", "tenure_months": 0},
        "",
    ),
    ("age", "34, my son's on the monthly one", {"age": 34}, ""),
    ("satisfaction", "I like the monthly one better", {}, ""),
    (
        "tenure_months",
        "I've had the same mobile number since 2009. I came over to you from BT about 18 months"
        " ago.",
        {"tenure_months": 18},
        "",
    ),
    ("tenure_months", "came over to you from Sky about 8 months ago", {"tenure_months": 8}, ""),
    (
        "tenure_months",
        "I drive for a courier firm, been there eight years. With you lot, only since the summer.",
        {},
        "v",
    ),
    ("tenure_months", "I work at the hospital, been there ten years", {}, ""),
    ("tenure_months", "been with you ten years", {"tenure_months": 120}, ""),
    ("tenure_months", "俺们这村里就你们一家信号好", {}, ""),
    ("tenure_months", "我们村就一家店", {}, ""),
    ("tenure_months", "三", {"tenure_months": 3}, ""),
    ("tenure_months", "一年", {"tenure_months": 12}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round29_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

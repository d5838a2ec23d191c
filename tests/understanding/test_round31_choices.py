"""Choices, round 31: DSL said to be had or paid for under another question, "visa autopay", a
mobile wallet of Bangladesh, "nothing fancy", a dial-up line of the old days, a rival's gigabit
offer, a follow-up question "贵不贵" and the signal rated under the payment question.

Covers: "I've only got DSL out here", "£60 a month for DSL is a joke" (dsl; but "my brother has
DSL", "never had DSL", "DSL? whats that" give none); "~$70, visa autopay" (credit card); "bkash
mostly" (vague); "month to month, nothing fancy" (no `none`; but "nothing, just mobile data" is);
"那会儿还是拨号上网" (no dsl; but "那会儿装的光纤" is fibre); "别家一百块能办千兆" (no fibre; but
"电信光纤" is); "光纤多少钱一个月？贵不贵" (a question: not vague); "我在包头，这边信号还行"
(a city, not vague). Rows are (asked slot, message, exact values, flag) with flag "r" for a
refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a follow-up A-not-A question asks, it hedges nothing
    ("internet_service", "光纤多少钱一个月？贵不贵", {}, ""),
    ("internet_service", "光纤多少钱？好不好用", {}, ""),
    ("internet_service", "贵不贵的，还行吧", {}, "v"),
    ("interests", "一年到头歇三天，爱好？睡觉算不算", {}, "v"),
    # the signal rated under the payment question is no hedge of the payment
    ("payment_method", "我在包头，这边信号还行", {"city": "Baotou"}, ""),
    ("payment_method", "我在包头，还行吧", {"city": "Baotou"}, "v"),
    ("payment_method", "信号还行，银行卡扣的", {"payment_method": "bank_transfer"}, ""),
    # a rival's offer is not the respondent's line
    ("complaint", "价格贵，别家一百块能办千兆", {"complaint": "价格贵，别家一百块能办千兆"}, ""),
    (
        "complaint",
        "电信光纤，一百块，太贵了",
        {"internet_service": "fiber_optic", "complaint": "电信光纤，一百块，太贵了"},
        "",
    ),
    (
        "complaint",
        "价格贵，别家一百块能办千兆，我这还是百兆光纤",
        {
            "internet_service": "fiber_optic",
            "complaint": "价格贵，别家一百块能办千兆，我这还是百兆光纤",
        },
        "",
    ),
    # the line of the old days
    ("tenure_months", "十来年了，那会儿还是拨号上网", {"tenure_months": 120}, ""),
    (
        "tenure_months",
        "十来年了，那会儿装的光纤",
        {"tenure_months": 120, "internet_service": "fiber_optic"},
        "",
    ),
    ("tenure_months", "ten years, back then it was still DSL", {"tenure_months": 120}, ""),
    # DSL had or paid for, said under another question
    ("name", "lol ok. just so u know I've only got DSL out here", {"internet_service": "dsl"}, ""),
    (
        "name",
        "Sam. we've got DSL, slow as anything",
        {"name": "Sam", "internet_service": "dsl"},
        "",
    ),
    ("name", "Sam. my brother has DSL", {"name": "Sam"}, ""),
    ("name", "Sam, never had DSL", {"name": "Sam"}, ""),
    (
        "complaint",
        "honestly the price. £60 a month for DSL is a joke",
        {
            "complaint": "honestly the price. £60 a month for DSL is a joke",
            "monthly_spend": 60.0,
            "internet_service": "dsl",
        },
        "",
    ),
    ("complaint", "£60 a month, DSL? whats that", {"monthly_spend": 60.0}, ""),
    # "nothing" qualifying another word denies no service
    ("internet_service", "month to month, nothing fancy", {"contract": "month_to_month"}, ""),
    ("internet_service", "nothing, just mobile data", {"internet_service": "none"}, ""),
    ("internet_service", "nothing fancy, just DSL", {"internet_service": "dsl"}, ""),
    # autopay is talk of paying
    (
        "monthly_spend",
        "~$70, visa autopay",
        {"monthly_spend": 70.0, "payment_method": "credit_card"},
        "",
    ),
    (
        "monthly_spend",
        "~$70, bank autopay",
        {"monthly_spend": 70.0, "payment_method": "bank_transfer"},
        "",
    ),
    # mobile wallets name no option
    ("payment_method", "bkash mostly", {}, "v"),
    ("payment_method", "nagad", {}, "v"),
    ("payment_method", "bank transfer, not bkash", {"payment_method": "bank_transfer"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round31_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

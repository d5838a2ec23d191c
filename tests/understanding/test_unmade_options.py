"""Contracts, lines and ways of paying only wished for, supposed, planned or past.

"wish we had fiber out here", "if i could go month to month i would", "gonna get fibre put in
next week", "打算改成信用卡自动扣，还没弄", "上个合约是两年的" give no value; "dsl out here, fiber
dont reach us" is DSL; "mastercard is sponsoring the match" and "went to the bank today" name no
way of paying. A value stated beside them, "I wish my fibre was faster" and "went to the bank to
pay it" keep theirs.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("contract", "if i could go month to month i would, trust me", {}, ""),
    ("contract", "if I'd known I'd have gone monthly, honestly", {}, ""),
    ("contract", "上个合约是两年的，现在是啥我得查下", {}, ""),
    ("contract", "要是签一年能便宜点我就签", {}, ""),
    ("contract", "two year, if i could go month to month i would", {"contract": "two_year"}, ""),
    ("contract", "如果没记错的话是两年的", {"contract": "two_year"}, ""),
    ("contract", "month to month", {"contract": "month_to_month"}, ""),
    ("contract", "my last contract was 12 months", {}, ""),
    ("contract", "我们签的是两年的", {"contract": "two_year"}, ""),
    ("contract", "打算签两年的", {}, ""),
    ("contract", "gonna go with the monthly one", {}, ""),
    (
        "internet_service",
        "dsl out here in the sticks, fiber dont reach us. been with yall 8 years",
        {"tenure_months": 96, "internet_service": "dsl"},
        "",
    ),
    ("internet_service", "wish we had fiber out here", {}, ""),
    ("internet_service", "wish we had fibre out here, it's never coming to our glen", {}, ""),
    ("internet_service", "要是能装上光纤就好了，唉", {}, ""),
    ("internet_service", "我们村啥时候能通光纤哦", {}, ""),
    ("internet_service", "gonna get fibre put in next week", {}, ""),
    ("internet_service", "getting fibre installed on monday", {}, ""),
    ("internet_service", "I wish my fibre was faster", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "fibre, never drops", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "fibre doesnt work half the time",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "早就装了光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "我们用的光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "dsl, fibre isnt available here", {"internet_service": "dsl"}, ""),
    ("payment_method", "mastercard is sponsoring the match tonight, you watching?", {}, ""),
    ("payment_method", "went to the bank today, the queue was out the door", {}, ""),
    ("payment_method", "wish I could pay by card, it'd be easier", {}, ""),
    ("payment_method", "打算改成信用卡自动扣，还没弄", {}, ""),
    ("payment_method", "went to the bank to pay it", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "mastercard", {"payment_method": "credit_card"}, ""),
    ("payment_method", "bank transfer", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "信用卡自动扣", {"payment_method": "credit_card"}, ""),
    ("contract", "I'll go with month to month", {"contract": "month_to_month"}, ""),
    ("internet_service", "I'll go with fibre I think", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "we'll get fibre next month", {}, ""),
    ("internet_service", "gonna go with fibre", {}, ""),
    ("payment_method", "I'll pay by card", {"payment_method": "credit_card"}, ""),
    ("payment_method", "card, but gonna switch to paypal", {"payment_method": "credit_card"}, ""),
    (
        "payment_method",
        "used to mail checks and we'll be switching to bank transfer",
        {"payment_method": "bank_transfer"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_unmade_options(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

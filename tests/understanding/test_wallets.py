"""Ways of paying that are no option: e-wallets, mobile money and prepaid top-ups answer the
payment question with no value (vague); said under another question, or with a bank or card
named, they change nothing.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("payment_method", "MTN MoMo", {}, "v"),
    ("payment_method", "momo every month end", {}, "v"),
    ("payment_method", "Airtel Money, from my phone", {}, "v"),
    ("payment_method", "mobile money", {}, "v"),
    ("payment_method", "M-Pesa every month", {}, "v"),
    ("payment_method", "prepaid, I top up every month", {}, "v"),
    ("payment_method", "I just top it up at the shop when it runs out", {}, "v"),
    ("payment_method", "top-ups, whenever I remember", {}, "v"),
    ("payment_method", "我用的预付费，没钱了就充", {}, "v"),
    ("payment_method", "买充值卡充的", {}, "v"),
    ("payment_method", "PayPal", {}, "v"),
    ("payment_method", "my son tops it up for me with MoMo", {}, "v"),
    # a bank or a card named is an option
    (
        "payment_method",
        "direct debit from my bank account",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("payment_method", "Visa card, auto top up", {"payment_method": "credit_card"}, ""),
    # under another question nothing is stored and nothing is vague
    ("internet_service", "fiber, I top up monthly", {"internet_service": "fiber_optic"}, ""),
    (
        "complaint",
        "I keep having to top up my data every week",
        {"complaint": "I keep having to top up my data every week"},
        "",
    ),
    ("city", "Accra, I pay with MoMo", {"city": "Accra"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_wallets(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

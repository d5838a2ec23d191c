"""Broader words for the home line, the contract term and the way of paying, each with the
ordinary use of the same word that must not fill the slot.

Covers: mobile data said as "手机数据" / "phone data" (no home internet); "PAYG", a 30-day
rolling plan; "年缴"; "eCheque"; "send them a cheque"; Canadian pre-authorised debit and Interac
e-transfer, Indian NACH mandates, Australian BPAY and Visa or Mastercard debit cards (a bank
account); Cantonese "碌卡", "美国运通", "amex card". Guards: fibre one eats ("high-fibre diet",
"I eat a lot of fibre"), a travel or work visa ("applying for a visa", "my visa ran out, need to
renew it for travel"), a phone line that is busy when calling, "every year" as the rhythm of a
price rise, and a SIM card. Rows are (asked slot, message, exact values, flag) with flag "r" for
a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # no home line: the phone's data
    ("internet_service", "没宽带，用手机数据", {"internet_service": "none"}, ""),
    ("internet_service", "冇宽带，净系用手机数据", {"internet_service": "none"}, ""),
    ("internet_service", "no broadband, just phone data", {"internet_service": "none"}, ""),
    ("internet_service", "光纤。我的手机数据也在你们这", {"internet_service": "fiber_optic"}, ""),
    # fibre one eats
    ("internet_service", "I eat a lot of fibre", {}, ""),
    ("internet_service", "high fibre diet", {}, ""),
    ("internet_service", "fibre supplements", {}, ""),
    (
        "internet_service",
        "fiber, and I'm on a high-fibre diet lol",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "we have high speed fibre", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "full fibre", {"internet_service": "fiber_optic"}, ""),
    # a phone line that is busy
    ("internet_service", "the phone line is always busy when I call you", {}, ""),
    ("internet_service", "broadband through your phone line", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "DSL over the phone line, it's always dropping",
        {"internet_service": "dsl"},
        "",
    ),
    # pay as you go, a 30-day plan, paid by the year
    ("contract", "PAYG, top up when I need", {"contract": "month_to_month"}, ""),
    ("contract", "a 30 day contract", {"contract": "month_to_month"}, ""),
    ("contract", "年缴的", {"contract": "one_year"}, ""),
    # "every year" of a price rise
    ("contract", "the price goes up every year", {}, ""),
    (
        "contract",
        "the bill goes up every year, I'm on a two year contract",
        {"contract": "two_year"},
        "",
    ),
    ("contract", "renewed every year", {"contract": "one_year"}, ""),
    # cheques
    ("payment_method", "echeque", {"payment_method": "electronic_check"}, ""),
    ("payment_method", "I send them a cheque", {"payment_method": "mailed_check"}, ""),
    ("payment_method", "let me check", {}, ""),
    # a bank account by its regional names
    ("payment_method", "pre-authorised debit", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "interac e-transfer", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "NACH mandate", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "BPAY", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "Visa debit", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "my visa debit card", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "debit mastercard", {"payment_method": "bank_transfer"}, ""),
    # credit cards
    ("payment_method", "碌卡", {"payment_method": "credit_card"}, ""),
    ("payment_method", "美国运通", {"payment_method": "credit_card"}, ""),
    ("payment_method", "amex card", {"payment_method": "credit_card"}, ""),
    ("payment_method", "Visa credit", {"payment_method": "credit_card"}, ""),
    # a visa to travel or work
    ("payment_method", "applying for a visa", {}, ""),
    ("payment_method", "my visa ran out, need to renew it for travel", {}, ""),
    (
        "payment_method",
        "I pay by visa, renewed my travel visa last week though",
        {"payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "work visa, so I use my bank account",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("payment_method", "换了张SIM卡", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_vocab_service_payment(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Choices, round 20: intentions, payment and contract words that state nothing about now.

Covers: "net banking"; an option of an earlier time ("earlier it was DSL", "last time I paid by
credit card"; but "last time I checked"); "续" inside "手续" (but "继续"); a change only imagined
("换了我也不会弄", "换了也一样"; but "换了，也挺好"); "还能走到哪去" asked rhetorically (but
"还能走，合约到期就走"); an option echoed as a question before the answer ("Leave? no, I ain't
goin' nowhere"; but "Leave? Yes, next month"); a doubled answer word then a space ("会的会的
用惯了"); two people who disagree about the contract ("他说一年，我说两年"; but "it says 12 month
on the letter" after "I think 2 years").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # net banking
    (
        "payment_method",
        "mostly net banking, from my salary account",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("payment_method", "I use netbanking every month", {"payment_method": "bank_transfer"}, ""),
    (
        "payment_method",
        "net banking is too confusing for me, I pay with my credit card",
        {"payment_method": "credit_card"},
        "",
    ),
    # an earlier time's option
    (
        "payment_method",
        "Maybank2u online banking lah. Last time I paid by credit card but the fees were crazy.",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "last time I checked it was on my credit card",
        {"payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "credit card. last time I used the bank it took ages.",
        {"payment_method": "credit_card"},
        "",
    ),
    ("internet_service", "fibre now, earlier we had DSL", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "earlier it was DSL, now it is fibre",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # "续" inside another word
    ("churn_intent", "手续都办好了，下周就转走", {"churn_intent": "leave"}, ""),
    ("churn_intent", "手续麻烦，懒得换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "连续用了十年了，继续用", {"churn_intent": "stay"}, ""),
    # a change only imagined
    ("churn_intent", "不换了，换了也一样", {"churn_intent": "stay"}, ""),
    ("churn_intent", "打算换了，也跟家里人说好了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换了，也挺好", {"churn_intent": "leave"}, ""),
    # where would I go
    ("churn_intent", "还能走到哪儿去，就你们家了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "还能去哪，用着呗", {"churn_intent": "stay"}, ""),
    ("churn_intent", "还能走，合约到期就走", {"churn_intent": "leave"}, ""),
    # the option echoed as a question
    ("churn_intent", "Leave? Honey no, I ain't goin' nowhere", {"churn_intent": "stay"}, ""),
    ("churn_intent", "Leave? Yes, next month", {"churn_intent": "leave"}, ""),
    ("churn_intent", "Stay? Yeah probably, it's fine", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "stay. my sister keeps telling me to leave but nah",
        {"churn_intent": "stay"},
        "",
    ),
    # a doubled answer word, then a space
    ("churn_intent", "会的会的 用惯了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不会不会 已经在办携号转网了", {"churn_intent": "leave"}, ""),
    # a disagreement about the contract
    ("contract", "他说一年，我说两年，反正合同在抽屉里", {}, ""),
    ("contract", "师傅说是两年的，我也不懂", {"contract": "two_year"}, ""),
    ("contract", "一年的。我姐说两年的划算", {"contract": "one_year"}, ""),
    (
        "contract",
        "I think 2 years, hang on... nope, it says 12 month on the letter",
        {"contract": "one_year"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round20_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

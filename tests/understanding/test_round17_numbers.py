"""Numbers read for the wrong thing or the wrong person (round 17: age, tenure, spend).

Covers: things sent or visited counted with 份, 封, 家, 单 ("简历投了40多份"); a grandmother as
"nana"; a message that ends by asking what the question was; a year after a device ("my modem is
from 2018") next to the sign-up date; another person on a plan, with a provider or paying ("me
mam's on a tenner", "he's with some cheap lot paying 12"); a price someone offers to arrange for
the respondent ("说给我办个内部价").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # things counted with a measure word are no age
    ("age", "这个月简历投了40多份，一个面试都没有", {}, ""),
    ("age", "跑了30几家店才买到", {}, ""),
    ("age", "今天送了50多单外卖", {}, ""),
    ("age", "简历投了30份，我今年41", {"age": 41}, ""),
    ("age", "我36单身", {"age": 36, "has_partner": False}, ""),
    # a grandmother called "nana"
    ("age", "our nana's 97 and still does the crossword", {}, ""),
    ("age", "me nanna turned 90 in June", {}, ""),
    ("age", "I'm 58, me nana lived to 99", {"age": 58}, ""),
    # asking what the question was: what came before answers nothing
    ("age", "老板说月薪给6000，我嫌少，你刚才问的啥来着？", {}, ""),
    ("age", "my grandad's 85 and still driving. sorry, what were you asking?", {}, ""),
    ("age", "sorry, what was the question again? 47", {"age": 47}, ""),
    ("age", "我42岁，你刚问啥来着", {"age": 42}, ""),
    ("monthly_spend", "每月话费六十八，你刚问啥来着", {"monthly_spend": 68.0}, ""),
    # a year after a device dates the device
    (
        "tenure_months",
        "joined you in April 2024, the modem is from 2018 though",
        {"tenure_months": 31},
        "",
    ),
    ("tenure_months", "my laptop's from 2017", {}, ""),
    ("tenure_months", "been with you from 2020", {"tenure_months": 72}, ""),
    # another person on a plan, with a provider or paying
    (
        "monthly_spend",
        "roughly 45 a month, but me mam's on a fiver with Asda Mobile",
        {"monthly_spend": 45.0},
        "",
    ),
    (
        "satisfaction",
        "4 out of 5. my sister's with some budget lot paying 9 quid a month",
        {"satisfaction": 4},
        "",
    ),
    (
        "monthly_spend",
        "35 a month, my flatmate's with Vodafone paying 18",
        {"monthly_spend": 35.0},
        "",
    ),
    ("monthly_spend", "I'm on 55 a month", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "my mum's on the same deal as me, 28 a month", {"monthly_spend": 28.0}, ""),
    # a price someone offers to arrange for the respondent
    (
        "churn_intent",
        "合约到期就走，我发小在联通上班，说给我办个员工价，每月才25",
        {"churn_intent": "leave"},
        "",
    ),
    (
        "monthly_spend",
        "我表哥在电信，说帮我办个套餐一个月39，我现在交的是99",
        {"monthly_spend": 99.0},
        "",
    ),
    ("monthly_spend", "每月六十九", {"monthly_spend": 69.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round17_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

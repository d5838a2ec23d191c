"""Round 16 leftovers: gender, interests, internet and payment words read in chatty answers.

Covers: a gender letter with "obv"; a turn back to the answer after an emoji ("…a son who plays
mahjong 😂 anyway male"); a gender word said of a roommate or a friend ("室友是个非二元的"); a habit
of pausing over a question ("看到这题会多想一下") that is no pause now; playing with a child
described first ("跟上五年级的儿子一起打篮球"); a child's lessons ("娃周末上钢琴课"); one trip the
respondent took others on ("took the kids to the footy"); a game store as a purse ("steam
wallet"); a spill "all over" something, no vague place; an option or a bandwidth only weighed up
("纠结要不要换千兆"); "no internet" said in patois ("mi nuh have internet"); an amount then the
card it goes on ("45 quid a month on my visa").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a single letter with a comment
    ("gender", "f obvs", {"gender": "female"}, ""),
    ("gender", "m obviously lol", {"gender": "male"}, ""),
    ("gender", "my obv answer is no", {}, ""),
    # turning back to the answer after a story about somebody else
    ("gender", "my gran always wanted a granddaughter 🙃 anyways male", {"gender": "male"}, ""),
    ("gender", "he thinks I'm the girly one 😂 anyhow, I'm a man", {"gender": "male"}, ""),
    ("gender", "she is a girl who loves football", {}, ""),
    # a gender word said of a roommate, a friend, a colleague
    ("gender", "女～大学时舍友是个非二元的", {"gender": "female"}, ""),
    ("gender", "男，我同事是个女的", {"gender": "male"}, ""),
    ("gender", "我朋友是个男的", {}, ""),
    ("gender", "非二元，室友是女生", {"gender": "other"}, ""),
    # pausing over such questions as a habit is no pause now
    ("gender", "男，每回看到这种题都会多想一下", {"gender": "male"}, ""),
    ("gender", "嗯 女？让我想想", {}, ""),
    # playing with a child described first: the respondent takes part
    (
        "interests",
        "平时跟读初中的女儿一起跑步",
        {"interests": ["fitness"], "has_dependents": True},
        "",
    ),
    ("interests", "我朋友跟他的儿子打篮球", {}, ""),
    ("interests", "上三年级的儿子爱打篮球", {"has_dependents": True}, ""),
    # a child's lessons are the child's, the parent only takes them
    ("interests", "娃每周要上两节游泳课", {"has_dependents": True}, ""),
    ("interests", "周末陪女儿上钢琴课", {"has_dependents": True}, ""),
    ("interests", "周末跟儿子一起打篮球", {"interests": ["sports"]}, ""),
    ("interests", "带娃之余喜欢跑步", {"interests": ["fitness"], "has_dependents": True}, ""),
    ("interests", "娃睡了偶尔追追剧", {"interests": ["movies"], "has_dependents": True}, ""),
    # one trip the respondent took others on
    ("interests", "took the grandkids to the footy on sunday", {}, ""),
    ("interests", "brought my nephew to see a film last week", {}, ""),
    ("interests", "took up tennis last year", {"interests": ["sports"]}, ""),
    # a game store as a purse
    ("payment_method", "my steam wallet has about 2 quid left lol", {}, ""),
    ("interests", "I play on steam most nights", {"interests": ["gaming"]}, ""),
    # a spill all over something is no vague place
    ("age", "sorry, the dog just threw up all over my rug", {}, ""),
    ("city", "all over the place really", {}, "v"),
    # an option or a bandwidth only weighed up
    ("internet_service", "你们说光纤和5G哪个快？我在考虑要不要换千兆", {}, ""),
    ("internet_service", "考虑升级到500兆，现在是ADSL", {"internet_service": "dsl"}, ""),
    ("internet_service", "我家是光纤，要不要换5G再说", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "想换千兆", {}, ""),
    ("internet_service", "100兆够用了", {}, "v"),
    # no internet said in patois or chat
    (
        "internet_service",
        "we nuh have internet a yard, just di phone",
        {"internet_service": "none"},
        "",
    ),
    ("internet_service", "i dun have wifi, phone only", {"internet_service": "none"}, ""),
    (
        "internet_service",
        "ain't got internet problems, fibre works fine",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # an amount, then the card it goes on
    (
        "monthly_spend",
        "£45 a month, it goes on my visa",
        {"monthly_spend": 45.0, "payment_method": "credit_card"},
        "",
    ),
    (
        "monthly_spend",
        "around 70 bucks, on ma carte visa",
        {"monthly_spend": 70.0, "payment_method": "credit_card"},
        "",
    ),
    ("age", "I'm 29 and here on my visa till June", {"age": 29}, ""),
    ("monthly_spend", "70 a month, I'd rather not put it on my visa", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "70 a month, I keep receipts on my card table", {"monthly_spend": 70.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round16_open_and_words(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

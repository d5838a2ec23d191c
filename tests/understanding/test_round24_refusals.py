"""Refusals and vague answers, round 24.

Covers: blunt Chinese refusals ("跟你说不着", "犯不着告诉你", "没必要跟你说", "花多少是我自己的事";
but "跟你说不着急", "交费是我老婆的事", "最烦的是我家的事"); "not really comfortable answering
that" and "nah not answering that one" (but "not really, I'm single", "the helpline is not
answering that number"); anonymity asked about ("is this survey anonymous?"; but "I'd rather stay
anonymous"); no time for hobbies ("my kids take up all my free time", "work is my hobby lol",
"没时间搞爱好"; but "football takes up all my free time", "work is my hobby but I also golf");
ages and spans of time without a number ("older than I'd like to be", "a good while now",
"挺长时间了", "用了一段时间了" with no count of one; but "a good while, maybe 3 years"); a
discontent that names nothing ("说不上来，反正就是不得劲"; but "说不上来，网老断"); "好累" as no
"nothing" in a message that puts the answer off ("刚下班，好累，回头再聊"); greetings and
introductions of other languages before a name ("bonjour! c'est Jean-Luc"); "your average bloke".
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # blunt Chinese refusals
    ("tenure_months", "用了多久跟你们说不着", {}, "r"),
    ("age", "多大跟你说不着", {}, "r"),
    ("monthly_spend", "这个犯不着告诉你", {}, "r"),
    ("city", "住哪没必要跟你说", {}, "r"),
    ("monthly_spend", "花多少用不着跟你讲", {}, "r"),
    ("complaint", "跟你说不着急，慢慢来", {"complaint": "跟你说不着急，慢慢来"}, ""),
    # the respondent's own business
    ("monthly_spend", "每月花多少是我自己的事", {}, "r"),
    ("age", "多大是我的事", {}, "r"),
    ("monthly_spend", "这是我家的事", {}, "r"),
    ("payment_method", "交费是我老婆的事", {"has_partner": True}, ""),
    ("complaint", "最烦的是我家的事", {"complaint": "最烦的是我家的事"}, ""),
    # not comfortable answering; not answering
    ("has_partner", "not really comfortable answering that one", {}, "r"),
    ("age", "not too comfortable sharing that", {}, "r"),
    ("has_partner", "I don't feel comfortable answering that", {}, "r"),
    ("has_partner", "not very comfortable with that question", {}, "r"),
    ("age", "uncomfortable answering tbh", {}, "r"),
    ("has_partner", "not really, I'm single", {"has_partner": False}, ""),
    ("age", "nope not answering that", {}, "r"),
    ("age", "yeah not answering this one", {}, "r"),
    ("complaint", "the helpline is not answering that number", {}, ""),
    # anonymity asked about, or asked for
    ("gender", "is this questionnaire anonymous?", {}, ""),
    ("gender", "will my answers be anonymous?", {}, ""),
    ("gender", "这个问卷是匿名的吗？", {}, ""),
    ("gender", "so is this anonymous? I'm female", {"gender": "female"}, ""),
    ("gender", "I'd rather stay anonymous", {}, "r"),
    ("gender", "anonymous please", {}, "r"),
    ("gender", "匿名吧", {}, "r"),
    # no time for hobbies
    ("interests", "lol my three kids take up all my free time", {"has_dependents": True}, "v"),
    ("interests", "work takes up most of my time", {}, "v"),
    ("interests", "too busy for hobbies", {}, "v"),
    ("interests", "my job is my hobby haha", {}, "v"),
    ("interests", "没时间搞什么爱好", {}, "v"),
    ("interests", "上班就是我的爱好哈哈", {}, "v"),
    ("interests", "时间全被孩子占了", {"has_dependents": True}, "v"),
    ("interests", "football takes up all my free time", {"interests": ["sports"]}, ""),
    ("interests", "work is my hobby but I also golf", {"interests": ["sports"]}, ""),
    (
        "interests",
        "my husband is too busy for hobbies, I read a lot",
        {"has_partner": True, "interests": ["reading"]},
        "",
    ),
    # ages and spans of time with no number
    ("age", "older than I'd care to admit", {}, "v"),
    ("age", "over the hill", {}, "v"),
    ("age", "not as young as I used to be", {}, "v"),
    ("age", "一把年纪了", {}, "v"),
    ("age", "不年轻了", {}, "v"),
    ("tenure_months", "a long while now", {}, "v"),
    ("tenure_months", "挺长时间了", {}, "v"),
    ("tenure_months", "有些日子了", {}, "v"),
    ("tenure_months", "用了一段时间了", {}, "v"),
    ("tenure_months", "有一阵子了", {}, "v"),
    ("tenure_months", "a good while, maybe 3 years", {"tenure_months": 36}, ""),
    ("internet_service", "fibre, had it a good while", {"internet_service": "fiber_optic"}, ""),
    # a discontent that names nothing
    ("complaint", "说不清，就是觉得不舒服", {}, "v"),
    ("complaint", "也说不上来，反正就是别扭", {}, "v"),
    ("complaint", "说不上来，网老断", {"complaint": "说不上来，网老断"}, ""),
    # tired, and the answer put off
    ("complaint", "好累，晚点再说", {}, ""),
    ("complaint", "刚到家好困，回头聊", {}, ""),
    ("complaint", "好累，网太慢了", {"complaint": "好累，网太慢了"}, ""),
    # greetings and introductions of other languages
    ("name", "hola, me llamo Carlos", {"name": "Carlos"}, ""),
    ("name", "ciao! sono Marco", {"name": "Marco"}, ""),
    ("name", "salut, je suis Amélie", {"name": "Amélie"}, ""),
    ("name", "kia ora, Aroha", {"name": "Aroha"}, ""),
    ("name", "ich bin Klaus", {"name": "Klaus"}, ""),
    ("name", "Hola", {}, ""),
    # a gender word after "your average"
    ("gender", "just your typical bloke", {"gender": "male"}, ""),
    ("gender", "your average mum of two", {"gender": "female"}, ""),
    ("gender", "an ordinary woman", {"gender": "female"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "values", "flag"), CASES)
def test_round24_refusals(
    survey: Survey, asked: str, text: str, values: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, values, flag)

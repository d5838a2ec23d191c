"""Loose answers with no usable value: "normal one lah" or "same as most folks" for the gender,
Cantonese "一句两句讲唔清", "冇几耐啫" and "好耐喇", "donkey years o", "whichever one the guy at
the store picked", "就普通的那种宽带", "way too much honey, thats how much", "乜都玩少少", Scots
"I'm no sure", and a dissatisfaction not put into words under the complaint question ("cant
really put my finger on it eh", "讲唔出，就系觉得麻麻哋": vague, no complaint stored). A value
said with them is kept, and a fault named beside "can't explain" is a complaint.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "normal one lah", {}, "v"),
    ("gender", "the usual one eh", {}, "v"),
    ("gender", "just a regular one", {}, "v"),
    ("gender", "same as most folks eh, nothing special", {}, "v"),
    ("gender", "same as everyone else", {}, "v"),
    ("gender", "normal guy lah", {"gender": "male"}, ""),
    ("gender", "female, same as most folks here", {"gender": "female"}, ""),
    ("gender", "normal lah, male", {"gender": "male"}, ""),
    ("has_partner", "复杂咯，一句两句讲唔清", {}, "v"),
    ("has_partner", "讲唔清", {}, "v"),
    ("has_partner", "三言两语说不清楚", {}, "v"),
    ("has_partner", "一句两句讲唔清，不过有个女朋友", {"has_partner": True}, ""),
    ("has_partner", "有，讲不清几时开始", {"has_partner": True}, ""),
    ("tenure_months", "冇几耐啫", {}, "v"),
    ("tenure_months", "好耐喇", {}, "v"),
    ("tenure_months", "唔係好耐", {}, "v"),
    ("tenure_months", "用咗好耐", {}, "v"),
    ("tenure_months", "donkey years o", {}, "v"),
    ("tenure_months", "donkey years, like 10 years", {"tenure_months": 120}, ""),
    ("tenure_months", "冇几耐，三个月", {"tenure_months": 3}, ""),
    ("tenure_months", "好耐冇断过网，用咗两年", {"tenure_months": 24}, ""),
    ("contract", "whichever one the guy at the store picked", {}, "v"),
    ("contract", "whatever plan they put me on", {}, "v"),
    ("contract", "whatever the salesman sold me lol", {}, "v"),
    ("contract", "whichever one is cheapest", {}, ""),
    ("contract", "the guy at the store picked the two year one", {"contract": "two_year"}, ""),
    ("contract", "I'm no sure", {}, "v"),
    ("contract", "am no sure, maybe 2 year", {"contract": "two_year"}, ""),
    ("internet_service", "就普通的那种宽带", {}, "v"),
    ("internet_service", "普通的那种", {}, "v"),
    ("internet_service", "普通宽带", {}, "v"),
    ("internet_service", "就普通的那种光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "就普通的那种宽带，光纤的", {"internet_service": "fiber_optic"}, ""),
    ("monthly_spend", "way too much honey, thats how much", {}, "v"),
    ("monthly_spend", "too much love", {}, "v"),
    ("monthly_spend", "too much hassle to switch", {}, ""),
    ("monthly_spend", "way too much honey, 80 a month", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "it costs too much honey but i pay 60", {"monthly_spend": 60.0}, ""),
    ("interests", "乜都玩少少", {}, "v"),
    ("interests", "啥都玩一点", {}, "v"),
    ("interests", "样样都玩下", {}, "v"),
    ("interests", "什么都玩一点，主要打篮球", {"interests": ["sports"]}, ""),
    ("interests", "a bit of everything really", {}, "v"),
    ("complaint", "讲唔出，就系觉得麻麻哋", {}, "v"),
    ("complaint", "cant really put my finger on it eh", {}, "v"),
    ("complaint", "just bad overall, cant explain", {}, "v"),
    (
        "complaint",
        "can't explain it, the wifi just drops",
        {"complaint": "can't explain it, the wifi just drops"},
        "",
    ),
    ("complaint", "讲唔出，反正成日断网", {"complaint": "讲唔出，反正成日断网"}, ""),
    (
        "complaint",
        "hard to explain, the bill doubled",
        {"complaint": "hard to explain, the bill doubled"},
        "",
    ),
    ("complaint", "说不上来，就是网速慢", {"complaint": "说不上来，就是网速慢"}, ""),
    (
        "complaint",
        "I can't explain why the bill went up",
        {"complaint": "I can't explain why the bill went up"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_loose_answers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


# Not understanding the matter asked about, named with 的事 / 这块 / 方面, is vague; a value said
# beside it still counts for its own slot.
MATTERS: list[tuple[str, str, dict[str, Any], str]] = [
    ("contract", "合约的事不懂，反正每个月扣我八十九", {"monthly_spend": 89.0}, "v"),
    ("contract", "合约的事不懂", {}, "v"),
    ("contract", "套餐这块不太明白", {}, "v"),
    ("contract", "合约的事我不太懂", {}, "v"),
    ("contract", "两年的，别的事不用问我", {"contract": "two_year"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), MATTERS)
def test_matters_not_understood(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

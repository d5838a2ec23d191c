"""A parent phrase describing the spouse named before it is not the respondent's gender.

"我老婆，两个娃的妈", "my wife, mum of two": the wife described. "我是两个娃的妈", "两个娃的妈" and
"mum of two" alone, or the respondent's own clause after the spouse ("我老婆管钱，我是俩娃的爹"),
still give the gender.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "我老婆，两个娃的妈", {"has_partner": True, "has_dependents": True}, ""),
    ("gender", "我媳妇儿 俩孩子的妈", {"has_partner": True, "has_dependents": True}, ""),
    ("gender", "我老公，三个孩子的爸", {"has_partner": True, "has_dependents": True}, ""),
    ("gender", "我爱人，一个孩子的妈", {"has_partner": True, "has_dependents": True}, ""),
    ("gender", "my wife, mum of two", {"has_partner": True}, ""),
    ("gender", "the hubby, dad of three", {"has_partner": True}, ""),
    ("gender", "my wife - mother of two", {"has_partner": True}, ""),
    ("gender", "我是两个娃的妈", {"has_dependents": True, "gender": "female"}, ""),
    ("gender", "两个娃的妈", {"has_dependents": True, "gender": "female"}, ""),
    ("gender", "两个娃的爹", {"has_dependents": True, "gender": "male"}, ""),
    ("gender", "mum of two", {"gender": "female"}, ""),
    ("gender", "I'm a mum of two", {"gender": "female"}, ""),
    (
        "gender",
        "我老婆管钱，我是俩娃的爹",
        {"has_partner": True, "has_dependents": True, "gender": "male"},
        "",
    ),
    ("gender", "女，两个娃的妈", {"has_dependents": True, "gender": "female"}, ""),
    ("gender", "my wife and I, I'm the dad", {"has_partner": True, "gender": "male"}, ""),
    ("gender", "我是孩子他妈", {"gender": "female"}, ""),
    (
        "gender",
        "我老公管这些，我是三个孩子的妈",
        {"has_partner": True, "has_dependents": True, "gender": "female"},
        "",
    ),
    ("gender", "dad of two, my wife does the bills", {"has_partner": True, "gender": "male"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_spouse_described_gender(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Under the age question, an event dated by an age is no vague answer.

"十八岁那年就出来打工了", "我十八岁那年就开始用星联了": the age at which something happened names no
age now, and its time word ("那年就") is no start tied to an undated event. A hedge or a hint said
besides still counts, and a generation or a zodiac sign is still vague.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "十八岁那年就出来打工了", {}, ""),
    ("age", "我十八岁那年就开始用星联了", {}, ""),
    ("age", "我18岁那年就结婚了", {"has_partner": True}, ""),
    ("age", "二十岁那会儿就来深圳了", {}, ""),
    ("age", "我十八岁的时候就开始用你们的卡了", {}, ""),
    ("age", "十八岁那年办的卡", {}, ""),
    ("age", "20岁那年就嫁过来了", {}, ""),
    ("age", "我二十二岁那年就进了这个厂", {}, ""),
    ("age", "十九岁那时候就当兵去了", {}, ""),
    ("age", "我16岁那会儿就出来学手艺了", {}, ""),
    ("age", "十七岁那一年就出去闯了", {}, ""),
    ("age", "在厂里干了三十二年，十八岁就进的厂", {}, "v"),
    ("age", "十八岁那年就出来打工了，现在嘛，比那时候老多了啦", {}, "v"),
    ("age", "十八岁那年就出来打工了，具体多大不告诉你", {}, "r"),
    ("age", "十八岁那年就出来打工了，现在多大记不清了", {}, "v"),
    ("age", "十八岁那年就出来打工了，现在嘛，差不多吧", {}, "v"),
    ("age", "我今年45，18岁那年就出来打工了", {"age": 45}, ""),
    ("age", "我属狗的", {}, "v"),
    ("age", "我90后", {}, "v"),
    # under the time with us, a start dated by an age is still a start with no date
    ("tenure_months", "我18岁那年办的", {}, "v"),
    ("tenure_months", "我十八岁那年就开始用星联了", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_age_at_past_events_not_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

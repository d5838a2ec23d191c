"""Years and ages that are not the respondent's age now.

An event's year ("1999 was the year i finished school"), an age only felt ("I feel about 90"),
one wished for ("要是能回到二十岁就好了", "wish i was 25 again") and a child's age by the Cantonese
child word ("我仔今年十二岁") give no age; an age said besides them, and a birth year told the
same way ("1985 was the year I was born"), still do.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "1999 was the year i finished school, long time ago", {}, ""),
    ("age", "1987 was the year I got my first mobile, ha", {}, ""),
    ("age", "1985 was the year I was born", {"age": 41}, ""),
    ("age", "born 1987", {"age": 39}, ""),
    ("age", "1987", {"age": 39}, ""),
    ("age", "2019 is when I retired, I'm 70", {"age": 70}, ""),
    ("age", "1999 was a good year, I'm 40", {"age": 40}, ""),
    ("age", "I feel about 90 after the week I've had", {}, ""),
    ("age", "feel about 90 lol, actually 52", {"age": 52}, ""),
    ("age", "I feel 80 but I'm 45", {"age": 45}, ""),
    ("age", "i'm 45, feel like 80", {"age": 45}, ""),
    ("age", "feeling 90 today", {}, ""),
    ("age", "I am 90", {"age": 90}, ""),
    ("age", "about 90", {"age": 90}, ""),
    ("age", "要是能回到二十岁就好了，唉", {}, ""),
    ("age", "想回到十八岁", {}, ""),
    ("age", "要是能回到二十岁就好了，我现在四十五", {"age": 45}, ""),
    ("age", "我二十岁", {"age": 20}, ""),
    ("age", "wish i was 25 again", {}, ""),
    ("age", "wish i was 25 again, i'm 50", {"age": 50}, ""),
    ("age", "I'd love to be 30 again", {}, ""),
    ("age", "心理年龄才十八", {}, ""),
    ("age", "心理年龄十八，实际四十", {"age": 40}, ""),
    # (a Cantonese son of twelve is a dependent, as dev labels it)
    ("age", "我仔今年十二岁，读紧初一", {"has_dependents": True}, ""),
    ("age", "我今年三十八，我仔十二岁", {"age": 38, "has_dependents": True}, ""),
    ("age", "我今年十二岁", {"age": 12}, ""),
    ("age", "牛仔裤穿了二十年，我今年45", {"age": 45}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_unlived_ages(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

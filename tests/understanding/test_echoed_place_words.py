"""A place-word echoed back as a puzzled question gives no city.

"Reading? what's that", "Nice? never heard of it", "大理？那是哪儿": the word is asked back, no
home named. "Leeds? yeah Leeds", "Reading?" alone and "Reading, why do you ask?" still answer.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "Reading? what's that", {}, ""),
    ("city", "Nice? never heard of it", {}, ""),
    ("city", "Bath?? huh", {}, ""),
    ("city", "Leeds? never heard of it lol", {}, ""),
    ("city", "Hawick? never heard of it", {}, ""),
    ("city", "uh, Reading? what's that", {}, ""),
    ("city", "Reading? what is that", {}, ""),
    ("city", "大理？那是哪儿", {}, ""),
    ("city", "南宁？没听说过", {}, ""),
    ("city", "Reading", {"city": "Reading"}, ""),
    ("city", "Reading?", {"city": "Reading"}, ""),
    ("city", "Leeds? yeah Leeds", {"city": "Leeds"}, ""),
    ("city", "Bath? yes", {"city": "Bath"}, ""),
    ("city", "Nice, lovely place", {"city": "Nice"}, ""),
    ("city", "Reading, why do you ask?", {"city": "Reading"}, ""),
    ("city", "I live in Reading", {"city": "Reading"}, ""),
    ("city", "Leeds. what's that got to do with anything", {"city": "Leeds"}, ""),
    ("city", "大理", {"city": "Dali"}, ""),
    ("city", "南宁，怎么了？", {"city": "Nanning"}, ""),
    ("city", "Nice", {"city": "Nice"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_echoed_place_words(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

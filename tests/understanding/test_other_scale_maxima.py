"""Ratings on another scale named by its maximum alone with "if": "十分的话打7分", "10分的话打4分",
"100分的话75" are vague (no point of the survey's scale), while "十分满意" (very satisfied) and
"5分的话4分" (the survey's own scale) keep their values.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "十分的话打7分", {}, "v"),
    ("satisfaction", "10分的话打7分", {}, "v"),
    ("satisfaction", "100分的话75", {}, "v"),
    ("satisfaction", "10分的话打4分", {}, "v"),
    ("satisfaction", "如果是十分的话，打7分", {}, "v"),
    ("satisfaction", "十分的话打4分", {}, "v"),
    ("satisfaction", "满分10分的话给7分", {}, "v"),
    ("satisfaction", "十分满意", {"satisfaction": 5}, ""),
    ("satisfaction", "十分不满意，2分", {"satisfaction": 2}, ""),
    ("satisfaction", "5分的话4分", {"satisfaction": 4}, ""),
    ("satisfaction", "4分", {"satisfaction": 4}, ""),
    ("satisfaction", "十分好，5分", {"satisfaction": 5}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_other_scale_maxima(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

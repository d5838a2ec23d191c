"""Singlish and Malaysian familiar names with "ah" before them, typed in lowercase.

"call me ah beng lor", "i'm ah lian lah", "my name is ah huat": the "ah" prefix and the name are
one name, closed by the particle, when the name was asked. Not an exclamation or a mood ("ah boy,
tough one", "i'm ah tired lah", "ah ok lor"), and not read unasked in lowercase.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("name", "call me ah beng lor", {"name": "ah beng"}, ""),
    ("name", "call me ah beng", {"name": "ah beng"}, ""),
    ("name", "just call me ah seng leh", {"name": "ah seng"}, ""),
    ("name", "you can call me ah meng lah", {"name": "ah meng"}, ""),
    ("name", "my name is ah huat", {"name": "ah huat"}, ""),
    ("name", "i'm ah lian lah", {"name": "ah lian"}, ""),
    ("name", "im ah beng lor", {"name": "ah beng"}, ""),
    ("name", "it's ah beng lah", {"name": "ah beng"}, ""),
    ("name", "ah beng lor", {"name": "ah beng"}, ""),
    ("name", "call me Ah Beng lah", {"name": "Ah Beng"}, ""),
    ("name", "Call me Ah Keat lah", {"name": "Ah Keat"}, ""),
    ("name", "can call me Ah Boy lor", {"name": "Ah Boy"}, ""),
    ("name", "call me beng lor", {"name": "beng"}, ""),
    ("name", "call me John lah", {"name": "John"}, ""),
    # an exclamation or a mood is no name
    ("name", "ah boy, tough one", {}, ""),
    ("name", "call me ah", {}, ""),
    ("name", "call me lah", {}, ""),
    ("name", "i'm ah not sure lah", {}, "v"),
    ("name", "i'm ah tired lah", {}, ""),
    ("name", "ah ok lor", {}, ""),
    ("name", "ah sorry lah", {}, ""),
    ("name", "call me anything lor", {}, "v"),
    ("age", "call me ah beng lor, 45", {"age": 45}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_singlish_ah_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

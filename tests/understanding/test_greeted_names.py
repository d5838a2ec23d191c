"""Names after a greeting of southern Africa, and a form of address closed by a particle.

"howzit, thabo here", "sawubona, sipho here", "dumela, Lerato": the greeting opens the answer and
the name follows ("howzit bru", "howzit, still here" name nobody). "call me auntie mei lah",
"call me uncle lim ok": a Singlish particle or a word of consent closes the name, which keeps its
form of address ("auntie mei", not "auntie").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("name", "howzit, thabo here", {"name": "thabo"}, ""),
    ("name", "howzit thabo here", {"name": "thabo"}, ""),
    ("name", "howzit, Thabo here", {"name": "Thabo"}, ""),
    ("name", "Howzit! Lerato here", {"name": "Lerato"}, ""),
    ("name", "sawubona, sipho here", {"name": "sipho"}, ""),
    ("name", "dumela, Lerato", {"name": "Lerato"}, ""),
    ("name", "molo, Ayanda", {"name": "Ayanda"}, ""),
    ("name", "hoezit, Pieter here", {"name": "Pieter"}, ""),
    ("name", "howzit", {}, ""),
    ("name", "howzit, still here", {}, ""),
    ("name", "howzit bru", {}, ""),
    ("name", "howzit, nobody here", {}, ""),
    ("name", "howzit, i'm thabo", {"name": "thabo"}, ""),
    ("name", "hi, thabo here", {"name": "thabo"}, ""),
    ("name", "hiya, dave here", {"name": "dave"}, ""),
    ("name", "call me auntie mei lah, everybody also call me that", {"name": "auntie mei"}, ""),
    ("name", "call me auntie mei", {"name": "auntie mei"}, ""),
    ("name", "call me aunty rose lah", {"name": "aunty rose"}, ""),
    ("name", "call me auntie mei can already", {"name": "auntie mei"}, ""),
    ("name", "call me uncle lim ok", {"name": "uncle lim"}, ""),
    ("name", "call me auntie mei pls", {"name": "auntie mei"}, ""),
    ("name", "call me jenny la, easier", {"name": "jenny"}, ""),
    ("name", "my name is li ming lah", {"name": "li ming"}, ""),
    ("name", "call me auntie lah", {"name": "auntie"}, ""),
    ("name", "call me mei lah", {"name": "mei"}, ""),
    ("name", "just call me auntie", {"name": "auntie"}, ""),
    ("name", "call me uncle bob", {"name": "uncle bob"}, ""),
    ("name", "call me Mr Tan", {"name": "Mr Tan"}, ""),
    ("name", "call me back lah", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_greeted_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""A lowercase word after "it's" or "I'm" in a message typed with capitals is no name.

People who capitalise "I" and their sentences capitalise their names too, so "I'm gutted",
"once I know it's legit" and "it's heaving tonight" name nobody; all-lowercase messages ("i'm
ming") and capitalised names ("I'm Ming", "It's Dave") still do, as do "my name is" and "call me",
which say outright that a name follows. Rows are (asked slot, message, exact values, flag).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("name", "I'll carry on once I know it's legit", {}, ""),
    ("name", "I'm gutted, it's been a long day", {}, ""),
    ("name", "Sorry, I'm knackered today. Sue", {"name": "Sue"}, ""),
    ("name", "I'm Ming", {"name": "Ming"}, ""),
    ("name", "i'm ming", {"name": "ming"}, ""),
    ("name", "Hello there, It's Dave", {"name": "Dave"}, ""),
    ("name", "Hello, my name is dave", {"name": "dave"}, ""),
    ("name", "Call me sam, everyone does", {"name": "sam"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_name_casing(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

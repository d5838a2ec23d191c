"""Studying in a town now is living there, known town or not.

"I now go to college in Derby", "I'm at uni in Derby now", "currently studying in Truro" give the
town; schooling in the past ("went to uni in Derby") or somebody else's ("my son is at uni in
Derby") does not.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "I now go to college in Derby", {"city": "Derby"}, ""),
    ("city", "I go to college in Derby", {"city": "Derby"}, ""),
    ("city", "I go to uni in Derby", {"city": "Derby"}, ""),
    ("city", "I'm at college in Derby", {"city": "Derby"}, ""),
    ("city", "I'm at uni in Derby now", {"city": "Derby"}, ""),
    ("city", "I'm studying in Derby", {"city": "Derby"}, ""),
    ("city", "currently studying in Truro", {"city": "Truro"}, ""),
    ("city", "doing my masters in Dundee", {"city": "Dundee"}, ""),
    ("city", "second year at uni in Keele", {"city": "Keele"}, ""),
    ("city", "I'm in college in Derby", {"city": "Derby"}, ""),
    ("city", "I'm now at uni in Lancaster", {"city": "Lancaster"}, ""),
    ("city", "I now go to college in Leeds", {"city": "Leeds"}, ""),
    ("city", "I'm at uni in Leeds now", {"city": "Leeds"}, ""),
    ("city", "doing my masters in Brisbane", {"city": "Brisbane"}, ""),
    ("city", "went to uni in Derby", {}, ""),
    ("city", "I studied in Derby ages ago", {}, "v"),
    ("city", "my son is at uni in Derby", {}, "v"),
    ("city", "my daughter goes to college in Derby", {}, "v"),
    ("city", "did my degree in Derby, live in Leeds now", {"city": "Leeds"}, ""),
    ("city", "I went to college in Derby but I'm in Leeds now", {"city": "Leeds"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_studying_towns(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

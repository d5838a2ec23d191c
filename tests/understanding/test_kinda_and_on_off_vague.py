""" "kinda" as the whole answer, a relationship "on and off", and "a lil of everything" are vague;
"kinda" in a longer answer, or a connection that goes on and off, keeps its reading."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # "kinda" as the whole answer, a relationship on and off, a little of everything
    ("has_partner", "kinda?? its an on and off thing", {}, "v"),
    ("has_partner", "kinda", {}, "v"),
    ("has_partner", "kinda?", {}, "v"),
    ("has_dependents", "sorta yeah", {}, "v"),
    ("has_partner", "its an on and off thing", {}, "v"),
    ("has_partner", "we're on and off", {}, "v"),
    ("has_partner", "we are on again off again", {}, "v"),
    ("has_partner", "it's an off and on kinda thing", {}, "v"),
    ("interests", "a lil of everything", {}, "v"),
    ("interests", "a lil bit of everything", {}, "v"),
    ("interests", "a wee bit of everything", {}, "v"),
    ("interests", "little bit of everything", {}, "v"),
    # near misses
    ("has_partner", "yes, married", {"has_partner": True}, ""),
    ("has_partner", "kinda personal", {}, "r"),
    ("has_partner", "kinda married lol", {"has_partner": True}, ""),
    ("interests", "everything", {}, ""),
    ("interests", "a lil hiking", {"interests": ["sports"]}, ""),
    ("complaint", "the wifi goes on and off", {"complaint": "the wifi goes on and off"}, ""),
    ("complaint", "it cuts out on and off", {"complaint": "it cuts out on and off"}, ""),
    ("complaint", "kinda slow", {"complaint": "kinda slow"}, ""),
    ("satisfaction", "kinda happy, 4", {"satisfaction": 4}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_kinda_and_on_off_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

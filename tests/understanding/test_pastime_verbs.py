"""Pastimes said with a bare verb after the respondent ("I swim", "we hike at weekends"), and the
same verbs in their other senses, or not the respondent's now, which name no pastime."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("interests", "I swim", {"interests": ["fitness"]}, ""),
    ("interests", "I swim twice a week", {"interests": ["fitness"]}, ""),
    ("interests", "i swim at the leisure centre", {"interests": ["fitness"]}, ""),
    ("interests", "I swim 40 laps before work", {"interests": ["fitness"]}, ""),
    ("interests", "I run", {"interests": ["fitness"]}, ""),
    ("interests", "I run every morning", {"interests": ["fitness"]}, ""),
    ("interests", "I run 5k most days", {"interests": ["fitness"]}, ""),
    ("interests", "I still run, slower now", {"interests": ["fitness"]}, ""),
    ("interests", "I also swim", {"interests": ["fitness"]}, ""),
    ("interests", "I lift weights", {"interests": ["fitness"]}, ""),
    ("interests", "I cycle at weekends", {"interests": ["sports"]}, ""),
    ("interests", "I hike", {"interests": ["sports"]}, ""),
    ("interests", "we hike and I read", {"interests": ["reading", "sports"]}, ""),
    ("interests", "me and my wife hike a lot", {"interests": ["sports"], "has_partner": True}, ""),
    ("interests", "I ski", {"interests": ["sports"]}, ""),
    ("interests", "I box 3 times a week", {"interests": ["sports"]}, ""),
    ("interests", "I climb", {"interests": ["sports"]}, ""),
    ("interests", "I game most nights", {"interests": ["gaming"]}, ""),
    # other senses of the verbs, an object of their own after them
    ("interests", "I run a shop", {}, ""),
    ("interests", "I run late", {}, ""),
    ("interests", "I run my own business", {}, ""),
    ("interests", "i run the house", {}, ""),
    ("interests", "I run out of data", {}, ""),
    ("interests", "I cycle to work", {}, ""),
    ("interests", "I lift boxes at work", {}, ""),
    ("interests", "I box up orders all day", {}, ""),
    ("interests", "I skate by, barely", {}, ""),
    ("interests", "I game the system", {}, ""),
    ("interests", "I climb the walls with boredom", {}, ""),
    ("interests", "a price hike", {}, ""),
    # not the respondent's, or not now
    ("interests", "my kids swim", {"has_dependents": True}, ""),
    ("interests", "I can't swim", {}, ""),
    ("interests", "I don't swim", {}, ""),
    ("interests", "I used to swim", {}, ""),
    ("interests", "swim lessons for my daughter", {"has_dependents": True}, ""),
    # under another question the bare verb fills nothing
    ("age", "35, I swim a lot", {"age": 35}, ""),
    ("city", "Leeds, I cycle everywhere", {"city": "Leeds"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_pastime_verbs(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Shared fixtures: the bundled survey and a fixed 'today' so that dates are reproducible."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.survey import Survey, load_survey_file
from bot.understanding import Understanding, understand

TODAY = dt.date(2026, 11, 23)
SURVEY_PATH = "bot/surveys/customer_profile.yaml"


@pytest.fixture(scope="session")
def survey() -> Survey:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    return load_survey_file(root / SURVEY_PATH)


def read(survey: Survey, asked: str | None, text: str, **kwargs: Any) -> Understanding:
    return understand(text, survey, asked, today=TODAY, **kwargs)


def values(result: Understanding) -> dict[str, Any]:
    return {p.slot: p.value for p in result.proposals}


def check_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    """The shared assertion of the case tables: exact values, and `flag` "r" for a refusal,
    "v" for a vague answer, "" for neither."""
    result = read(survey, asked, text)
    assert values(result) == expected
    assert result.refused == (flag == "r")
    assert result.vague == (flag == "v")

"""A bare yes made a condition ("有的话", "if I had one") holds no partner or child.

"有的话能便宜吗", "有的话就好了": the respondent supposes one, as in "有伴侣的话套餐能便宜点吗？". A
yes said first and a question after it still answer ("有的，能便宜吗"), as does "有的" before
"话费" or "话说".

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "有的话能便宜吗", {}, ""),
    ("has_partner", "有的话会便宜点吗", {}, ""),
    ("has_partner", "有的话", {}, ""),
    ("has_partner", "有的话就好了", {}, ""),
    ("has_partner", "有的话有优惠吗？", {}, ""),
    ("has_partner", "有伴侣的话套餐能便宜点吗？", {}, ""),
    ("has_partner", "没有的话能便宜吗", {}, ""),
    ("has_dependents", "有的话能便宜吗", {}, ""),
    ("has_dependents", "有的话套餐会便宜吗", {}, ""),
    ("has_dependents", "有的话就好了", {}, ""),
    # a yes said first, then a question, still answers
    ("has_partner", "有", {"has_partner": True}, ""),
    ("has_partner", "有的，能便宜吗", {"has_partner": True}, ""),
    ("has_partner", "有啊，能便宜吗", {"has_partner": True}, ""),
    ("has_partner", "有的 话说能便宜吗", {"has_partner": True}, ""),
    ("has_partner", "有的，话费能便宜吗", {"has_partner": True}, ""),
    ("has_partner", "有，有的话又怎样", {"has_partner": True}, ""),
    ("has_partner", "有的吧，有的话会便宜吗", {"has_partner": True}, ""),
    ("has_partner", "有伴侣，套餐能便宜点吗？", {"has_partner": True}, ""),
    ("has_dependents", "有的，能便宜吗", {"has_dependents": True}, ""),
    ("has_dependents", "有", {"has_dependents": True}, ""),
    ("has_dependents", "有的话费贵", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_supposed_yes_words(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

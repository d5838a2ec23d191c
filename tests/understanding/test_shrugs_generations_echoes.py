"""A shrug for a city, a generation for an age, and an option echoed and waved away with 免谈.

"depends" or "varies" as the whole city answer is vague, not a place called Depends; "我90后"
names a generation, which the docs read as vague, so "我90后，今年31" is 31 (but "我38" is 38 and
"我31，后来…" is 31); "换？免谈" waves switching away (stay) as "换？没门" does, and "续约？免谈"
waves renewing away (leave). Rows are (asked slot, message, exact values, flag).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "depends", {}, "v"),
    ("city", "varies", {}, "v"),
    ("city", "Reading", {"city": "Reading"}, ""),
    ("city", "Brighouse", {"city": "Brighouse"}, ""),
    ("age", "我90后，今年31", {"age": 31}, ""),
    ("age", "我90后", {}, "v"),
    ("age", "我38", {"age": 38}, ""),
    ("age", "我31，后来搬到了上海", {"age": 31, "city": "Shanghai"}, ""),
    ("churn_intent", "换？免谈", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约？免谈", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换？没门", {"churn_intent": "stay"}, ""),
    ("churn_intent", "涨价免谈", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_shrugs_generations_echoes(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

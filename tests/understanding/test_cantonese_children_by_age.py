"""A Cantonese son or daughter ("仔", "女") given a child's age is a dependent in any answer.

"我仔今年十二岁，读紧初一", "我个女今年八岁", "我仔十二岁": the respondent's own son or daughter of
a child's age, or at a school stage said after the age. Not a grown son ("我仔今年廿五岁"), nor
"我女朋友", nor "我仔细想想".

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "我仔今年十二岁，读紧初一", {"has_dependents": True}, ""),
    ("age", "我仔今年十二岁", {"has_dependents": True}, ""),
    ("age", "我个女今年八岁", {"has_dependents": True}, ""),
    ("age", "我仔十二岁", {"has_dependents": True}, ""),
    ("age", "我仔今年12岁", {"has_dependents": True}, ""),
    ("age", "我个女啱啱六岁", {"has_dependents": True}, ""),
    ("has_dependents", "我仔，而家读紧中三", {"has_dependents": True}, ""),
    ("age", "我今年三十八，我仔十二岁", {"has_dependents": True, "age": 38}, ""),
    ("has_dependents", "我个女刚满六岁", {"has_dependents": True}, ""),
    ("has_dependents", "我仔读紧小三", {"has_dependents": True}, ""),
    ("city", "我仔读初中", {"has_dependents": True}, ""),
    ("age", "我仔读初中", {"has_dependents": True}, ""),
    ("age", "我仔今年廿五岁，出嚟做嘢喇", {}, ""),
    ("age", "我仔今年二十岁", {}, ""),
    ("age", "我仔今年十八岁，读紧大学", {}, ""),
    ("age", "我女朋友今年十二岁", {"has_partner": True}, ""),
    ("age", "我仔细想想，读紧初一", {}, ""),
    ("has_dependents", "我个女今年八岁", {"has_dependents": True}, ""),
    ("gender", "男，我仔今年十二岁", {"has_dependents": True, "gender": "male"}, ""),
    ("has_dependents", "自己带住个女", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_cantonese_children_by_age(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

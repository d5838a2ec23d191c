"""The respondent at school ("我读初中", "本人读初中") names no child, under any question.

A school stage said of oneself makes the respondent the pupil; a child of one's own at school
("我女儿读初中", "一个，读初中") is still a dependent. Nor is the stage read as a place named.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the respondent at school is no parent, under any question
    ("has_dependents", "我读初中", {}, ""),
    ("has_dependents", "我上初中", {}, ""),
    ("has_dependents", "我读大学", {}, ""),
    ("has_dependents", "我读小学", {}, ""),
    ("has_dependents", "我读初中的时候就用了", {}, ""),
    ("has_dependents", "本人读初中", {}, ""),
    ("has_dependents", "俺也在读小学", {}, ""),
    ("has_dependents", "我们那会儿上大学", {}, ""),
    ("has_dependents", "我读初中，哪来的孩子", {"has_dependents": False}, ""),
    ("age", "我读初中", {}, ""),
    ("city", "我读初中", {}, ""),
    ("city", "我读紧初中", {}, ""),
    ("city", "我在读初中", {}, ""),
    ("name", "我读初中", {}, ""),
    ("has_partner", "我读初中", {}, ""),
    # ... but a child at school still is a dependent
    ("has_dependents", "我女儿读初中", {"has_dependents": True}, ""),
    ("has_dependents", "我孩子读初中", {"has_dependents": True}, ""),
    ("has_dependents", "一个，读初中", {"has_dependents": True}, ""),
    ("has_dependents", "我老大读初中", {"has_dependents": True}, ""),
    ("has_dependents", "读初中", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_self_at_school_no_child(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

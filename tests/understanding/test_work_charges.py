"""Pupils, students and patients said of as a group are no dependants; school children counted are.

"female, teacher, my class is all teens", "nurse, my patients are mostly kids": the class or the
patients, nobody at home. "my kids are teens", "my class is all teens and my own two are at home",
and counted school children ("俩小学生", "仨初中生", "一个上幼儿园的") still give dependants.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_dependents", "female, teacher, my class is all teens", {"gender": "female"}, ""),
    ("has_dependents", "I teach year 9, my class is all teens", {}, ""),
    ("has_dependents", "my students are all teenagers", {}, ""),
    ("has_dependents", "teacher, my pupils are 7 year olds", {}, ""),
    ("has_dependents", "nurse, my patients are mostly kids", {}, ""),
    ("has_dependents", "I coach kids football on weekends", {}, ""),
    ("has_dependents", "I work with teenagers all day", {}, ""),
    ("has_dependents", "我教小学，学生都是孩子", {}, "v"),
    ("has_dependents", "my kids are teens", {"has_dependents": True}, ""),
    ("has_dependents", "I have two teens", {"has_dependents": True}, ""),
    ("has_dependents", "teacher, and my own kids are teens", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "my class is all teens and my own two are at home",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "俩小学生", {"has_dependents": True}, ""),
    ("has_dependents", "两个小学生", {"has_dependents": True}, ""),
    ("has_dependents", "仨初中生", {"has_dependents": True}, ""),
    ("has_dependents", "一个上幼儿园的", {"has_dependents": True}, ""),
    ("has_dependents", "俩初中生一个高中生", {"has_dependents": True}, ""),
    ("has_dependents", "家里俩小学生", {"has_dependents": True}, ""),
    ("has_dependents", "I'm a tutor, the teens I tutor are great", {}, ""),
    ("has_dependents", "my team is all teenagers, I coach", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_work_charges(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

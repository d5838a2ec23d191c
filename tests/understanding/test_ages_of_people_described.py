"""Under the age question, an age that describes the people the respondent speaks of.

"我是老师，班里都是十几岁的孩子", "我们厂里都是二十几岁的年轻人": the age before "的" and a word for
pupils, children, the young or the old describes them, not the respondent. "我是个三十岁的人",
"我一个四十多岁的人了", "四十五岁的人了" still describe the respondent.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "我是老师，班里都是十几岁的孩子", {}, ""),
    ("age", "我教的都是十几岁的学生", {}, ""),
    ("age", "我带的是五六岁的小朋友", {}, ""),
    ("age", "我们厂里都是二十几岁的年轻人", {}, ""),
    ("age", "店里来的都是七八十岁的老人", {}, ""),
    ("age", "来店里的都是二十多岁的小姑娘", {}, ""),
    ("age", "我开补习班的，学生都是十几岁的", {}, ""),
    ("age", "我在养老院上班，照顾的都是八十多岁的老人", {}, ""),
    ("age", "我们公司都是三十来岁的员工", {}, ""),
    ("age", "我一个四十多岁的人了，还问这个", {"age": 40}, ""),
    ("age", "我是个三十岁的人", {"age": 30}, ""),
    ("age", "我这个六十岁的老头子", {"age": 60}, ""),
    ("age", "四十五岁的人了", {"age": 45}, ""),
    ("age", "五十多岁的人了", {"age": 50}, ""),
    ("age", "我一个七十岁的老太婆", {"age": 70}, ""),
    ("age", "我是十七岁的高中生", {"age": 17}, ""),
    ("age", "我是个十几岁的学生", {"age": 10}, ""),
    ("age", "我四十五，班里都是十几岁的孩子", {"age": 45}, ""),
    ("age", "我妈都是六十岁的人了", {}, ""),
    ("age", "I'm 40, I coach 12 year olds on weekends", {"age": 40}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_ages_of_people_described(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

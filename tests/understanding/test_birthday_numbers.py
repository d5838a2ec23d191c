"""A number before 生日 (birthday) is the age the birthday brings, not a two-digit birth year;
a number before 生 / 生的 / 生人 without 日 is still a birth year."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "45生日刚过", {"age": 45}, ""),
    ("age", "刚过了45生日", {"age": 45}, ""),
    ("age", "今天我45生日", {"age": 45}, ""),
    ("age", "45岁生日刚过", {"age": 45}, ""),
    ("age", "刚过完45岁生日", {"age": 45}, ""),
    ("age", "下周45生日", {"age": 44}, ""),  # a birthday still ahead
    ("age", "45生日刚过，在杭州", {"age": 45, "city": "Hangzhou"}, ""),
    ("age", "上个月刚过的38生日", {"age": 38}, ""),
    # birth years keep their reading
    ("age", "88年生的", {"age": 38}, ""),
    ("age", "88生的", {"age": 38}, ""),
    ("age", "88年生", {"age": 38}, ""),
    ("age", "我88生人", {"age": 38}, ""),
    ("age", "95生，属猪", {"age": 31}, ""),
    ("age", "1990生", {"age": 36}, ""),
    ("age", "我是1988年出生的", {"age": 38}, ""),
    ("age", "92年的", {"age": 34}, ""),
    # a birthday number under another question is no age of the respondent's
    ("name", "45生日刚过", {}, ""),
    ("age", "我儿子下个月10岁生日", {"has_dependents": True}, ""),  # (as "我儿子12岁")
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_birthday_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

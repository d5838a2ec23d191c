"""A space between Chinese characters ends a clause: lexicon phrases do not run across it.

Covers: "没有 一个人挺好" (no partner: "没有" answers, "有一个" across the space is no phrase),
while a negation typed apart still negates ("没 有对象", "不 满意", "没 签合约") and phrases
within one clause still match ("有 一个 儿子" keeps its child, "没有 一个人过" lives alone).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (P, "没有 一个人挺好", {P: False}, ""),
    (P, "没有 一个人 挺好的", {P: False}, ""),
    (P, "没 有对象", {P: False}, ""),
    (D, "没 一个人", {D: False}, ""),
    (D, "有 一个 儿子", {D: True}, ""),
    (D, "有一个", {D: True}, ""),
    (D, "没有 一个人过", {P: False, D: False}, ""),
    ("satisfaction", "不 满意", {"satisfaction": 2}, ""),
    ("contract", "没 签合约", {"contract": "month_to_month"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_spaced_phrases(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Pastimes that are not the respondent's: a child's, and the town of Reading.

"我仔读初中，好钟意打篮球", "我闺女上三年级，喜欢画画跟钢琴": a clause of liking with no subject
after a child's clause tells what the child likes (the child is still a dependent); the
respondent's own "…，我喜欢看书" or a pastime named before ("篮球，…") stays. "I live in Reading,
does that count?", "I'm at uni in Reading": the town, no pastime ("I like reading in bed" is one).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("interests", "我仔读初中，好钟意打篮球", {"has_dependents": True}, ""),
    ("interests", "我闺女上三年级，喜欢画画跟钢琴", {"has_dependents": True}, ""),
    ("interests", "我儿子读初中，喜欢打篮球", {"has_dependents": True}, ""),
    ("interests", "儿子上初中了，天天打游戏", {"has_dependents": True}, ""),
    ("interests", "女儿上幼儿园，最爱看动画片", {"has_dependents": True}, ""),
    ("interests", "我儿子喜欢打篮球", {}, ""),
    ("interests", "我女儿喜欢画画，我喜欢看书", {"interests": ["reading"]}, ""),
    ("interests", "儿子上初中了，我平时喜欢钓鱼", {"has_dependents": True}, ""),
    (
        "interests",
        "我闺女上三年级，平时我喜欢跑步",
        {"has_dependents": True, "interests": ["fitness"]},
        "",
    ),
    ("interests", "我读初中，喜欢打篮球", {"interests": ["sports"]}, ""),
    ("interests", "喜欢打篮球", {"interests": ["sports"]}, ""),
    (
        "interests",
        "篮球，我仔读初中，好钟意打篮球",
        {"has_dependents": True, "interests": ["sports"]},
        "",
    ),
    ("interests", "我仔细想想，篮球吧", {"interests": ["sports"]}, ""),
    ("interests", "ha, I live in Reading, does that count?", {"city": "Reading"}, ""),
    ("interests", "I'm at uni in Reading", {"city": "Reading"}, ""),
    ("interests", "I live in Reading lol", {"city": "Reading"}, ""),
    ("interests", "based in Reading", {"city": "Reading"}, ""),
    ("interests", "reading", {"interests": ["reading"]}, ""),
    ("interests", "I like reading", {"interests": ["reading"]}, ""),
    ("interests", "I'm into reading", {"interests": ["reading"]}, ""),
    ("interests", "reading, I live in Leeds", {"city": "Leeds", "interests": ["reading"]}, ""),
    ("interests", "I like reading in bed", {"interests": ["reading"]}, ""),
    ("interests", "love reading in the garden", {"interests": ["reading"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_pastimes_not_own(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

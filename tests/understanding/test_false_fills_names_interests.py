"""False fills of names and interests: "running" that chases children or hurries, a pastime typed
under the name question, and a question put back read as a surname.

Covers: "no hobbies with two toddlers running around" (has_dependents, vague; no fitness),
"running late", "running errands", "running the shop" (no fitness; but "I go running", "running
and yoga", "running the London marathon" are); "reading, gardening, cooking" under the name
question (no name; but "Reading", "Reading, 41" and "Kevin, reading" keep their names); "干嘛",
"怎么啦", "what for?" (no name; but "王干" and "干嘛？我叫王芳" are names). Rows are (asked slot,
message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # children running around, a hurry, a chore or a business: no running for fitness
    (
        "interests",
        "no hobbies with two toddlers running around",
        {"has_dependents": True},
        "v",
    ),
    # no pastime named: vague, as dev labels "none really, the farm takes all my time"
    ("interests", "none, the kids are always running around", {"has_dependents": True}, "v"),
    ("interests", "running after the kids all day", {"has_dependents": True}, ""),
    ("interests", "running around like a headless chicken, no hobbies", {}, "v"),
    ("interests", "running errands all day", {}, ""),
    ("interests", "I am always running late", {}, ""),
    ("interests", "running out of time for hobbies", {}, ""),
    ("interests", "just running the shop", {}, ""),
    ("interests", "running my own business, no hobbies", {}, "v"),
    ("interests", "没时间，两个娃到处跑", {"has_dependents": True}, "v"),
    # running as a pastime stays fitness
    ("interests", "I go running", {"interests": ["fitness"]}, ""),
    ("interests", "running and yoga", {"interests": ["fitness"]}, ""),
    ("interests", "running, swimming", {"interests": ["fitness"]}, ""),
    ("interests", "running the London marathon", {"interests": ["fitness"]}, ""),
    ("interests", "running a half marathon next year", {"interests": ["fitness"]}, ""),
    ("interests", "running a 10k every week", {"interests": ["fitness"]}, ""),
    ("interests", "I like running around the park", {"interests": ["fitness"]}, ""),
    ("interests", "I love running around the lake in the morning", {"interests": ["fitness"]}, ""),
    ("interests", "喜欢跑步", {"interests": ["fitness"]}, ""),
    # a pastime typed in lower case under the name question: no name
    ("name", "reading, gardening, cooking", {}, ""),
    ("name", "reading", {}, ""),
    ("name", "sewing", {}, ""),
    ("name", "golf", {}, ""),
    ("name", "reading and cooking", {}, ""),
    # a capitalised word or a name beside the pastime still names
    ("name", "Reading", {"name": "Reading"}, ""),
    ("name", "Reading, 41", {"name": "Reading"}, ""),
    ("name", "Reading Smith", {"name": "Reading Smith"}, ""),
    ("name", "Kevin, reading", {"name": "Kevin"}, ""),
    ("name", "reading, Kevin", {"name": "Kevin"}, ""),
    ("name", "I like reading, gardening, cooking", {"interests": ["food", "reading"]}, ""),
    # a question put back: no name
    ("name", "干嘛", {}, ""),
    ("name", "干嘛呀", {}, ""),
    ("name", "要干嘛", {}, ""),
    ("name", "干啥", {}, ""),
    ("name", "咋了", {}, ""),
    ("name", "咋啦", {}, ""),
    ("name", "怎么了", {}, ""),
    ("name", "怎么啦", {}, ""),
    ("name", "啥事", {}, ""),
    ("name", "啥事啊", {}, ""),
    ("name", "什么事", {}, ""),
    ("name", "what for?", {}, ""),
    ("name", "Why", {}, ""),
    # a name with the same character, or given after the question, still names
    ("name", "王干", {"name": "王干"}, ""),
    ("name", "干嘛？我叫王芳", {"name": "王芳"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_false_fills_names_interests(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

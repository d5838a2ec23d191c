"""A bare hour told as the time of something to do, under the rating question.

"at 3 i gotta pick up the kids" gives an hour, no rating; a rating beside it is still read, and
"3 at best" or "at 3 out of 10" still rate.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "at 3 i gotta pick up the kids so quick pls", {"has_dependents": True}, ""),
    ("satisfaction", "at 3 I have to go so be quick", {}, ""),
    ("satisfaction", "i need to leave at 4, make it fast", {}, ""),
    ("satisfaction", "by 5 i need to be out the door", {}, ""),
    ("satisfaction", "gotta go at 6 sorry", {}, ""),
    ("satisfaction", "3点要去接孩子，快点", {"has_dependents": True}, ""),
    ("satisfaction", "我3点要去接孩子", {"has_dependents": True}, ""),
    ("satisfaction", "at 3pm i gotta pick up the kids", {"has_dependents": True}, ""),
    (
        "satisfaction",
        "4, gotta pick the kids up at 3",
        {"has_dependents": True, "satisfaction": 4},
        "",
    ),
    (
        "satisfaction",
        "at 3 i gotta pick up the kids, oh and I'd give it a 2",
        {"has_dependents": True, "satisfaction": 2},
        "",
    ),
    ("satisfaction", "3", {"satisfaction": 3}, ""),
    ("satisfaction", "I'd say 3", {"satisfaction": 3}, ""),
    ("satisfaction", "3, at most", {"satisfaction": 3}, ""),
    ("satisfaction", "3 at best", {"satisfaction": 3}, ""),
    ("satisfaction", "about a 3", {"satisfaction": 3}, ""),
    ("satisfaction", "at 3 out of 10 it's generous", {}, "v"),
    ("satisfaction", "need to be at the school by 3 so be quick", {}, ""),
    ("satisfaction", "at 4 we have to leave for the airport", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_hour_of_plan_no_rating(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

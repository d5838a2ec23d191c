"""A pastime verb coordinated after the respondent's first verb shares its "I".

"I read and swim", "I cook, game and hike", "I sleep on weekends, and game at night", "I run a
shop and game sometimes" (gaming only: "run a shop" has an object). Not across another subject
("I cook and my son games"), after a past or denied verb ("I used to swim and run") or with an
object ("I pay the bills and run the house").

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("interests", "I sleep on weekends, and game at night", {"interests": ["gaming"]}, ""),
    ("interests", "I read and swim", {"interests": ["fitness", "reading"]}, ""),
    ("interests", "I cook, game and hike", {"interests": ["food", "gaming", "sports"]}, ""),
    ("interests", "I run a shop and game sometimes", {"interests": ["gaming"]}, ""),
    ("interests", "I work nights and swim in the mornings", {"interests": ["fitness"]}, ""),
    ("interests", "we garden and hike at weekends", {"interests": ["sports"]}, ""),
    ("interests", "I swim, cycle and hike", {"interests": ["fitness", "sports"]}, ""),
    ("interests", "I read, and run most mornings", {"interests": ["fitness", "reading"]}, ""),
    ("interests", "I love reading and swim a lot", {"interests": ["fitness", "reading"]}, ""),
    ("interests", "I game", {"interests": ["gaming"]}, ""),
    ("interests", "I swim", {"interests": ["fitness"]}, ""),
    ("interests", "I cook and my son games", {"interests": ["food"]}, ""),
    ("interests", "I used to swim and run", {}, ""),
    ("interests", "I don't cook or game", {}, ""),
    ("interests", "I run a shop", {}, ""),
    ("interests", "the price hike and game changer", {}, ""),
    ("interests", "my kids swim and run", {"has_dependents": True}, ""),
    ("interests", "I watch TV and box sets", {"interests": ["movies"]}, ""),
    ("interests", "I pay the bills and run the house", {}, ""),
    (
        "interests",
        "I read books, cook and game at night",
        {"interests": ["food", "gaming", "reading"]},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_coordinated_pastimes(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

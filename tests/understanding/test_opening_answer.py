"""An answer given as the opening sentence stands when a story follows it.

People answer first and then chat: "female. my husband picked you, he compares everything" gives
the respondent's gender, not the husband's; "monthly. never again a two-year deal" is monthly.
A later option replaces the opening one only when the message revises it: a correction
("no wait", "不对"), a change ("switched", "现在", "后来"), a look at the paperwork ("it says",
"写着") or the service itself ("with you it's monthly").
Each row is (asked slot, message, exact values).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # the opening answer stands
    (
        "gender",
        "female. my husband set it all up, he loves that stuff",
        {"gender": "female", "has_partner": True},
    ),
    (
        "gender",
        "oh, male. my wife says she should have done this survey",
        {"gender": "male", "has_partner": True},
    ),
    ("gender", "女。我老公非要我来填，他自己懒得弄", {"gender": "female", "has_partner": True}),
    (
        "contract",
        "monthly! I got burned by a two year contract at my last place",
        {"contract": "month_to_month"},
    ),
    ("contract", "按月的。以前被两年合约坑过一次", {"contract": "month_to_month"}),
    (
        "internet_service",
        "fibre. my mum is still on DSL out in the village",
        {"internet_service": "fiber_optic"},
    ),
    # near misses: the later option revises the first, so it wins
    ("contract", "monthly. no wait, it's a one year deal", {"contract": "one_year"}),
    ("contract", "一年的。不对，是两年的", {"contract": "two_year"}),
    ("contract", "monthly. switched to a 2 year plan in May though", {"contract": "two_year"}),
    ("contract", "月付。后来改成一年的了", {"contract": "one_year"}),
    ("contract", "two years I think. hang on, it says 12 months here", {"contract": "one_year"}),
    # an opening that is no answer of its own (the option comes late in a long sentence)
    (
        "gender",
        "everyone on the phone assumes I'm a woman because of my voice. I am male.",
        {"gender": "male"},
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected"), CASES)
def test_opening_answer(survey: Survey, asked: str, text: str, expected: dict[str, Any]) -> None:
    check_reading(survey, asked, text, expected, "")

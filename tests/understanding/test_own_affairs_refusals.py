"""Refusals that keep the asked thing as the respondent's own affair, in regional and chat
spellings: Pidgin "abeg my name no matter" and "abeg leave my location matter", "aint nobodys
business but mine", "thats my business eh", "thats between me and my bank eh", "I'm keepin me
name to meself", Scots "I'm no sharing that", and "I shall not be answering that particular
question"; near misses keep their reading ("thats my business number", "I'm keepin to meself
these days", an answer after the refusal).

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("name", "abeg my name no matter, make we just do the survey", {}, "r"),
    ("age", "abeg my age no matter", {}, "r"),
    ("city", "my location no matter abeg", {}, "r"),
    ("city", "abeg leave my location matter", {}, "r"),
    ("gender", "abeg leave that matter", {}, "r"),
    ("age", "leave my age matter o", {}, "r"),
    ("has_partner", "abeg leave the matter with customer care", {}, ""),
    ("satisfaction", "the network no matter, e dey work", {}, ""),
    ("has_partner", "aint nobodys business but mine darlin", {}, "r"),
    ("age", "that's nobody's business", {}, "r"),
    ("monthly_spend", "ain't no one's business", {}, "r"),
    (
        "complaint",
        "the outage is nobody's business but yours to fix",
        {"complaint": "the outage is nobody's business but yours to fix"},
        "",
    ),
    ("monthly_spend", "thats between me and my bank eh", {}, "r"),
    ("monthly_spend", "its between me and my wife", {"has_partner": True}, "r"),
    ("churn_intent", "thats my business eh", {}, "r"),
    ("age", "its my own business love", {}, "r"),
    ("has_dependents", "dats my business", {}, "r"),
    ("name", "thats my business number", {}, ""),
    ("payment_method", "it's my business account", {}, ""),
    ("name", "Nah, I'm keepin me name to meself, ta", {}, "r"),
    ("city", "I'm keepin where I stay to meself", {}, "r"),
    ("has_partner", "I'm keepin that private", {}, "r"),
    ("interests", "I'm keepin to meself these days", {}, ""),
    ("contract", "I'm no sharing that, sorry pal", {}, "r"),
    ("age", "am no tellin ye", {}, "r"),
    ("contract", "I'm no sure", {}, "v"),
    ("interests", "I'm no sharing my wifi with the neighbours", {}, ""),
    ("internet_service", "I shall not be answering that particular question.", {}, "r"),
    ("has_partner", "I will not be answering this personal question", {}, "r"),
    ("complaint", "I shall not be answering the phone to them", {}, ""),
    ("monthly_spend", "none of your business, but I pay 50 a month", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "thats my business eh, but its 50 a month", {"monthly_spend": 50.0}, ""),
    ("age", "none of your business, but I'm 50", {"age": 50}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_own_affairs_refusals(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

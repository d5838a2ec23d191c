"""Numbers, ratings and places misread along the way: a note of money taken for a rating, digits
with a Chinese unit, a pause and a Singlish particle taken for numbers, stars given to the wait in
sarcasm, a song's city and a honeymoon's city taken for the home.

Covers: "4, drop it by a tenner and I'll stay" (4, and a cut asked for is a condition: unsure);
"宽带1百" (100.0), "2百5" (250.0), "1千2" (1200.0); "take five, I'm busy" and "why you ask me rate
one" (nothing; "it'll take five minutes" and "one lah" keep their numbers); "oh yeah, five stars
for the hold music" (vague); "I left my heart in San Francisco", "London's calling" (no city; not
"London's calling me back"); "we went to Paris for our honeymoon" (no city; not "we moved to
Paris").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a note of money is no rating; a cut asked for makes the plan a condition
    (
        "satisfaction",
        "4, drop it by a tenner and I'll stay",
        {"satisfaction": 4, "churn_intent": "unsure"},
        "",
    ),
    (
        "satisfaction",
        "3, knock a tenner off and I'll stay",
        {"satisfaction": 3, "churn_intent": "unsure"},
        "",
    ),
    (
        "satisfaction",
        "4, drop the price and I'll stay",
        {"satisfaction": 4, "churn_intent": "unsure"},
        "",
    ),
    ("satisfaction", "7, knock a fiver off and I'd renew", {"satisfaction": 7}, ""),
    ("satisfaction", "it cost me a tenner more this month, 6", {"satisfaction": 6}, ""),
    (
        "satisfaction",
        "4, they dropped the price and I'll stay",
        {"satisfaction": 4, "churn_intent": "stay"},
        "",
    ),
    ("satisfaction", "4, I'll stay", {"satisfaction": 4, "churn_intent": "stay"}, ""),
    ("monthly_spend", "a tenner a month", {"monthly_spend": 10.0}, ""),
    # digits with a Chinese unit
    ("monthly_spend", "宽带1百", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "每月2百", {"monthly_spend": 200.0}, ""),
    ("monthly_spend", "2百5", {"monthly_spend": 250.0}, ""),
    ("monthly_spend", "1百2", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "1千", {"monthly_spend": 1000.0}, ""),
    ("monthly_spend", "宽带1千2", {"monthly_spend": 1200.0}, ""),
    ("monthly_spend", "大概3百块", {"monthly_spend": 300.0}, ""),
    ("monthly_spend", "1.5千", {"monthly_spend": 1500.0}, ""),
    ("monthly_spend", "宽带100", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "一百二", {"monthly_spend": 120.0}, ""),
    # a pause, and the Singlish particle "one"
    ("satisfaction", "take five, I'm busy", {}, ""),
    ("satisfaction", "wah lau, why you ask me rate one", {}, ""),
    ("satisfaction", "why u so kaypoh one", {}, ""),
    ("satisfaction", "five", {"satisfaction": 5}, ""),
    ("satisfaction", "one", {"satisfaction": 1}, ""),
    ("satisfaction", "give it five stars", {"satisfaction": 5}, ""),
    # stars for the wait, in sarcasm
    ("satisfaction", "oh yeah, five stars for the hold music", {}, "v"),
    ("satisfaction", "5 stars for the queue lol", {}, "v"),
    # a song's city, a honeymoon's city
    ("city", "I left my heart in San Francisco", {}, ""),
    ("city", "London's calling", {}, ""),
    ("city", "London calling!", {}, ""),
    ("city", "Viva Las Vegas", {}, ""),
    ("city", "Sweet Home Alabama", {}, ""),
    ("city", "we went to Paris for our honeymoon", {"has_partner": True}, ""),
    (
        "city",
        "went to Rome for a long weekend last year, I live in Leeds",
        {"city": "Leeds"},
        "",
    ),
    ("city", "we moved to Paris for work", {"city": "Paris"}, ""),
    ("city", "I left my job in Leeds", {"city": "Leeds"}, ""),
    ("city", "I live in London", {"city": "London"}, ""),
    ("city", "San Francisco", {"city": "San Francisco"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

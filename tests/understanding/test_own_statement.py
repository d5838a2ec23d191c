"""The respondent's own statement set against somebody else's value (`whose_amount` and
the readers of ages, ratings and cities).

Covers: an amount paid for another person or of another person's line next to one marked as the
respondent's own ("我自己的", "mine's"); a posting to a city ("被公司派到", "transferred me to")
as the current home; a rating weighed by a word ("a solid 4") after a rating of the day; an age
others guess or the respondent looks next to the age the respondent states. Every rule has a
near miss that must still read as before. Rows are (asked slot, message, exact values, flag) with
flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # another person's amount gives way to the one marked as the respondent's own
    (
        "monthly_spend",
        "给女儿充了三十块流量，我自己每月大概六十",
        {"monthly_spend": 60.0},
        "",
    ),
    ("monthly_spend", "My dad's is £30 and mine's £55", {"monthly_spend": 55.0}, ""),
    (
        "monthly_spend",
        "my wife's bill is 110 but mine's just 40",
        {"has_partner": True, "monthly_spend": 40.0},
        "",
    ),
    (
        "monthly_spend",
        "Paid 80 for my son's phone this month, mine is around 35",
        {"monthly_spend": 35.0},
        "",
    ),
    # separate bills of the respondent's still add up; a value said alike for both is kept
    ("monthly_spend", "手机四十，宽带一百", {"monthly_spend": 140.0}, ""),
    (
        "monthly_spend",
        "my husband's plan is 50 and mine too",
        {"has_partner": True, "monthly_spend": 50.0},
        "",
    ),
    ("monthly_spend", "每月八十，不对，是九十", {"monthly_spend": 90.0}, ""),
    # a posting for work is where the respondent is now
    ("city", "在厦门读的研，后来去了福州，今年又被单位派到西安了", {"city": "Xi'an"}, ""),
    (
        "city",
        "grew up in York, then the bank transferred me to Leeds last spring",
        {"city": "Leeds"},
        "",
    ),
    ("city", "老家河南的，先去了广州打工，后来被老板派到南京", {"city": "Nanjing"}, ""),
    # a trip is still no home
    ("city", "我住杭州，下周去上海出差", {"city": "Hangzhou"}, ""),
    ("city", "I live in Bath, flying to Edinburgh next week", {"city": "Bath"}, ""),
    # a rating weighed by a word counts after a rating of something else
    (
        "satisfaction",
        "my sleep was a 2 last night, the broadband a fair 4 though",
        {"satisfaction": 4},
        "",
    ),
    # a count after such a word is no rating
    ("satisfaction", "I'd give it a 3, there were a solid 2 outages", {"satisfaction": 3}, ""),
    # an age others guess gives way to the one the respondent states
    ("age", "同事都猜我三十出头，其实我四十二了", {"age": 42}, ""),
    ("age", "folks take me for 60 because of the beard, I'm actually 48", {"age": 48}, ""),
    ("age", "everyone guesses 30 and they're right", {"age": 30}, ""),
    ("age", "I'm 45, people think I look 35", {"age": 45}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_own_statement(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

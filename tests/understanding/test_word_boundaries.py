"""Short English words count only as whole words, not inside longer ones.

"Maybe 2019" names no May, "since marriage" no March and "junior year" no June; "designed" and
"disconnected" sign nobody up, "I remember" is no membership, "dealing with you" is no deal. "5
years older" is no age and "it will be 50" no birthday; "Watson" has no son, "babysitting" no baby
and "mind you" no minutes. "I know" holds no "now", "the extra 3 pounds" is no rating, "because
chinese food" asks for no Chinese, a card "declined" refuses nothing, "starting next month" has no
stars, "uncomplicated" and "an awesome time" are not vague, "the kids down there" are at home and
"my neighbour" watches no HBO. Each row is (asked slot, message, exact values, flag: "r" refused,
"v" vague, "" neither); the near misses keep the short word's own sense.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding import Command

from .conftest import check_reading, read

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a month's name only when it is one
    ("tenure_months", "I joined maybe 2019", {"tenure_months": 84}, ""),
    ("tenure_months", "I switched in maybe 2021", {"tenure_months": 60}, ""),
    ("tenure_months", "since marriage, about 8 years", {"tenure_months": 96}, ""),
    ("tenure_months", "with you since junior year at uni", {}, "v"),
    ("age", "I'm turning 40 in decent health", {"age": 40}, ""),
    ("tenure_months", "since may 2018", {"tenure_months": 102}, ""),
    ("tenure_months", "since sept 2019", {"tenure_months": 86}, ""),
    ("tenure_months", "I've been with you since febuary 2019", {"tenure_months": 93}, ""),
    ("age", "I'm turning 40 in december", {"age": 39}, ""),
    ("age", "I turn 40 in maybe 2 weeks", {"age": 39}, ""),
    # starting words, customer words and contract words whole
    ("satisfaction", "it disconnected constantly last march, 2", {"satisfaction": 2}, ""),
    (
        "satisfaction",
        "the engineer who designed the setup came last month, 4",
        {"satisfaction": 4},
        "",
    ),
    (
        "satisfaction",
        "we got connected last march, 4",
        {"tenure_months": 8, "satisfaction": 4},
        "",
    ),
    ("satisfaction", "I signed up last month, 4", {"tenure_months": 1, "satisfaction": 4}, ""),
    ("age", "I remember 5 years ago I was 30, so 35 now", {"age": 35}, ""),
    ("age", "a customer 5 years now, I'm 35", {"tenure_months": 60, "age": 35}, ""),
    ("tenure_months", "5 years dealing with your rubbish service", {"tenure_months": 60}, ""),
    ("tenure_months", "2 years planning my exit", {"tenure_months": 24}, ""),
    (
        "tenure_months",
        "2 years contract, with you since 2015",
        {"contract": "two_year", "tenure_months": 132},
        "",
    ),
    # ages: units, birthdays and other people whole
    ("age", "I'm 5 years older than my wife", {"has_partner": True}, "v"),
    ("age", "it will be 50 next year, I'm 38", {"age": 38}, ""),
    ("satisfaction", "I'm 45 mind you, the service is a 4", {"age": 45, "satisfaction": 4}, ""),
    ("age", "Emma Watson 34", {"age": 34}, ""),
    ("age", "I'm 28 babysitting my niece tonight", {"age": 28}, ""),
    ("age", "I'm 52 years old", {"age": 52}, ""),
    ("age", "I'll be 40 next week", {"age": 39}, ""),
    ("satisfaction", "I'm 20 minutes from the shop, 4", {"satisfaction": 4}, ""),
    ("age", "my son is 12, I'm 44", {"has_dependents": True, "age": 44}, ""),
    ("age", "a 28 year old daughter and I'm 55", {"age": 55}, ""),
    # money and ratings
    (
        "monthly_spend",
        "phone 30, broadband 40, you know how it is",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "satisfaction",
        "bill's £55 starting next month, so 4",
        {"monthly_spend": 55.0, "satisfaction": 4},
        "",
    ),
    ("monthly_spend", "I pay 45 like my neighbour", {"monthly_spend": 45.0}, ""),
    ("satisfaction", "honestly the extra 3 pounds for roaming is a joke", {}, ""),
    ("satisfaction", "my data 2 gigs runs out in a week", {}, ""),
    ("satisfaction", "it's frustrating 2 days a week it drops", {}, ""),
    ("monthly_spend", "it was 40, now 45", {"monthly_spend": 45.0}, ""),
    (
        "monthly_spend",
        "netflix is 15 a month on top, I pay 45 for broadband",
        {"monthly_spend": 45.0},
        "",
    ),
    ("satisfaction", "I'd say a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "rate it 2", {"satisfaction": 2}, ""),
    ("satisfaction", "I'd give it 4 stars", {"satisfaction": 4}, ""),
    # commands, refusals and vague words
    ("interests", "cooking, mostly because chinese food is the best", {"interests": ["food"]}, ""),
    (
        "payment_method",
        "credit card, it got declined once but fine since",
        {"payment_method": "credit_card"},
        "",
    ),
    ("satisfaction", "quality has declined a lot, 2", {"satisfaction": 2}, ""),
    ("age", "I decline to answer", {}, "r"),
    ("contract", "monthly, nice and uncomplicated", {"contract": "month_to_month"}, ""),
    (
        "contract",
        "monthly, had an awesome time with your sales guy",
        {"contract": "month_to_month"},
        "",
    ),
    ("contract", "monthly, it's all overpriced", {"contract": "month_to_month"}, ""),
    ("contract", "monthly, it's complicated", {}, "v"),
    ("contract", "monthly, the bill is all over the place", {}, "v"),
    # the kids at home, wherever they sit
    (
        "satisfaction",
        "the kids down there on the sofa are always streaming, 3",
        {"has_dependents": True, "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "the kids at busy times hog the bandwidth, 3",
        {"has_dependents": True, "satisfaction": 3},
        "",
    ),
    ("satisfaction", "the kids at school use the wifi there, 3", {"satisfaction": 3}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_word_boundaries(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


# A language switch is asked for with the verb as a word of its own.
COMMANDS: list[tuple[str, Command | None]] = [
    ("I like cooking because chinese recipes are fun", None),
    ("I'm learning spanish because english is easy now", None),
    ("can you use chinese please", Command.switch_zh),
    ("please use english", Command.switch_en),
]


@pytest.mark.parametrize(("text", "command"), COMMANDS)
def test_switch_words(survey: Survey, text: str, command: Command | None) -> None:
    assert read(survey, "interests", text).command == command

"""Household, place and kind-of-line readings: parents kept by money sent home, children counted
as school-going, a child taught a first skill, children moved away, children taught as a job,
somebody else's kin gone to a city, one's own side of a city, a home moved (no start with the
provider) and the box described after saying someone else set it up."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # parents supported by money the respondent sends
    (
        "has_dependents",
        "My parents are both back home in the village, I send money every month for them",
        {"has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "My parents live back home, I send them money every month",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "My mum's in Manila, I pay for her medicine", {"has_dependents": True}, ""),
    ("has_dependents", "My parents send me money every month", {}, ""),
    ("has_dependents", "My parents are back home in the village, I visit them sometimes", {}, ""),
    ("has_dependents", "my parents are fine, I send money to my brother", {}, ""),
    # children counted as school-going
    ("has_dependents", "3 — two school-going and my mother-in-law", {"has_dependents": True}, ""),
    ("has_dependents", "2 - both school-going", {"has_dependents": True}, ""),
    # a child taught a first skill
    (
        "interests",
        "Swimming at the club and teaching my daughter to ride her bike",
        {"interests": ["fitness"], "has_dependents": True},
        "",
    ),
    ("interests", "teaching my son how to read", {"has_dependents": True}, ""),
    ("interests", "teaching my son to drive", {}, ""),
    ("has_dependents", "I teach my kids at home", {"has_dependents": True}, ""),
    ("interests", "I teach 30 kids", {}, ""),
    # children taught as a job are pupils
    (
        "interests",
        "Bharatanatyam, and I teach Carnatic vocal music to small kids on Saturdays",
        {"interests": ["music"]},
        "",
    ),
    ("has_dependents", "I teach piano to my kids", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "I teach piano to kids and I have 2 kids of my own",
        {"has_dependents": True},
        "",
    ),
    # children moved away
    (
        "has_dependents",
        "Just me and the wife now, the kids moved to Auckland",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    (
        "has_dependents",
        "Just me and the wife now, the kids moved away",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    ("has_dependents", "my son moved to Sydney", {"has_dependents": False}, ""),
    ("has_dependents", "the kids moved to a new school this year", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "yes two, the kids moved to Auckland with us last year",
        {"has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "my son moved to Sydney, my daughter still lives with us",
        {"has_dependents": True},
        "",
    ),
    # somebody else's kin gone to a city
    (
        "has_dependents",
        "Yes, my grandson stays with us, I'm raising him since his mum went to work in Dubai",
        {"has_dependents": True},
        "",
    ),
    (
        "city",
        "I'm in Cape Town with my grandson since his mum moved to Dubai",
        {"city": "Cape Town"},
        "",
    ),
    ("city", "I moved to Dubai with his mum", {"city": "Dubai"}, ""),
    # one's own side of a city
    (
        "internet_service",
        "ADSL still, the old copper one. Fibre hasn't reached our side of Bloemfontein",
        {"internet_service": "dsl", "city": "Bloemfontein"},
        "",
    ),
    (
        "internet_service",
        "fibre, my end of London got it last year",
        {"internet_service": "fiber_optic", "city": "London"},
        "",
    ),
    (
        "internet_service",
        "fibre, they have it on the other side of Durban",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # a home moved is no start with the provider
    ("city", "Moved from Durban to Joburg 2 years ago for work", {"city": "Johannesburg"}, ""),
    ("tenure_months", "I moved from Optus about 8 months ago", {"tenure_months": 8}, ""),
    ("tenure_months", "moved from Vodacom to you guys 2 years ago", {"tenure_months": 24}, ""),
    ("tenure_months", "we moved over from Sky about 8 months ago", {"tenure_months": 8}, ""),
    # the box described after saying someone else set it up
    (
        "internet_service",
        "I'm not the one who set it up, it's some box in the lounge with lights",
        {},
        "v",
    ),
    (
        "internet_service",
        "I didn't set it up, it's the router thing with the blinking lights",
        {},
        "v",
    ),
    ("internet_service", "it's the box in the hallway", {}, "v"),
    (
        "internet_service",
        "I'm not the one who set it up, it's fibre I think",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "fibre, the box in the lounge with the blue light",
        {"internet_service": "fiber_optic"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

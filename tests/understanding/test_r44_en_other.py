"""Refusals, nicknames, one-letter genders, a week's tenure, included extras, "nothing big"."""

import pytest

from .conftest import check_reading

CASES = [
    # the asked thing kept back: "that one I'm keeping to myself"
    ("age", "Eish, that one I'm keeping to myself", {}, "r"),
    ("age", "That one I'm keeping private", {}, "r"),
    ("age", "I'm keeping fit, I'm 34", {"age": 34}, ""),
    # the question said not to matter, and moved on
    ("has_partner", "Don't think that's relevant, next", {}, "r"),
    ("has_partner", "I don't think it's relevant. skip", {}, "r"),
    ("has_partner", "don't think that's relevant, I'm single", {"has_partner": False}, ""),
    # a letter with a Singlish particle or a dash after it
    ("gender", "f lah", {"gender": "female"}, ""),
    ("gender", "m lor", {"gender": "male"}, ""),
    ("gender", "M — and yes I'm the one paying the bill 😅", {"gender": "male"}, ""),
    ("gender", "F – mum of two", {"gender": "female"}, ""),
    ("gender", "f this survey", {}, ""),
    ("gender", "m here to complain", {}, ""),
    # a week with us is no month yet
    ("satisfaction", "only been with you a week, too early to rate", {"tenure_months": 0}, "v"),
    ("tenure_months", "only a week", {"tenure_months": 0}, ""),
    ("tenure_months", "a year", {"tenure_months": 12}, ""),
    ("satisfaction", "once a week it drops, 2", {"satisfaction": 2}, ""),
    ("tenure_months", "7 days a week for 3 years", {"tenure_months": 36}, ""),
    # an extra said to be included in the bill
    ("monthly_spend", "R1,250 but that includes the Netflix add-on", {"monthly_spend": 1250.0}, ""),
    ("monthly_spend", "$90 including Disney+", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "Netflix alone is 15 a month", {}, ""),
    ("monthly_spend", "spent 1200 on groceries including bread", {}, ""),
    # "nothing big" is "nothing major"
    ("complaint", "can't really say, nothing big", {}, "v"),
    ("complaint", "nothing big", {}, "v"),
    (
        "complaint",
        "nothing big, just the wifi drops at night",
        {"complaint": "nothing big, just the wifi drops at night"},
        "",
    ),
    # a nickname others use, offered to the asker too; "(just) X is fine" asks for the short form
    ("name", "Boon Hock, but friends call me Ah Hock, you also can", {"name": "Ah Hock"}, ""),
    ("name", "Thomas, my mates call me Tommo, so can you", {"name": "Tommo"}, ""),
    ("name", "Tom Trevithick, though the lads call me Tommo", {"name": "Tom Trevithick"}, ""),
    ("name", "It's Ravindra, but just Ravi is fine", {"name": "Ravi"}, ""),
    ("name", "I'm Priyanka, but Pri is fine", {"name": "Pri"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

"""Numbers, round 21: a phone's price beside the bill, a pasted bill's total line, a yearly sum
in a clause of its own, a birthday ahead on a dated day, a rating with a complaint after it, and a
distance or hours in an answer about how long.

Covers: "手机3999买的 话费每月39" (the price a thing was bought at is no bill, and does not make the
bill after it a purchase; but "新手机两千八买的，话费一个月五十九" and "话费每月39" as before);
"Total due £42.00" and "Amount due: £38.50" at the end of listed bills (but listed bills with no
total still add up); "once a year, the sum of £300" (but "one year in, I pay 25"); "gonna be 45 on
the 2nd of December, so 44" (but "I turned 40 on the 2nd of March"); "2 😤 the wifi drops" (but
"2 wifi" counts something); "38公里跑了一个多小时" asked how long (but "38", "6 months").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a phone's price beside the monthly bill
    ("monthly_spend", "手机四千二买的，话费每月四十九", {"monthly_spend": 49.0}, ""),
    ("monthly_spend", "手机2999买的 套餐每月59", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "华为是4299入手的，月租69", {"monthly_spend": 69.0}, ""),
    ("monthly_spend", "话费每个月四十九", {"monthly_spend": 49.0}, ""),
    ("monthly_spend", "每月59，手机是自己买的", {"monthly_spend": 59.0}, ""),
    (
        "monthly_spend",
        "I bought the phone for 700, the bill is 30 a month",
        {"monthly_spend": 30.0},
        "",
    ),
    # a pasted bill's total line
    (
        "monthly_spend",
        "the letter says Broadband £29.00, Mobile £11.00, Total due £40.00",
        {"monthly_spend": 40.0},
        "",
    ),
    (
        "monthly_spend",
        "Landline £17.50, TV £21.00, Amount due: £38.50",
        {"monthly_spend": 38.5},
        "",
    ),
    ("monthly_spend", "broadband 28, mobile 14, total: 42", {"monthly_spend": 42.0}, ""),
    ("monthly_spend", "broadband 28 and mobile 14", {"monthly_spend": 42.0}, ""),
    # a yearly sum in a clause of its own
    (
        "monthly_spend",
        "I pay for everything once a year, the sum of £300.",
        {"monthly_spend": 25.0},
        "",
    ),
    ("monthly_spend", "I settle it annually, a payment of £360", {"monthly_spend": 30.0}, ""),
    ("monthly_spend", "I pay once a year, around 600 quid", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "one year in, I pay 25", {"monthly_spend": 25.0}, ""),
    # a birthday ahead on a dated day
    ("age", "I'll be 60 on the 3rd of January, 59 till then", {"age": 59}, ""),
    ("age", "turning 33 on December 20th", {"age": 32}, ""),
    ("age", "I turned 40 on the 2nd of March", {"age": 40}, ""),
    ("age", "I'm 44, 45 next week", {"age": 44}, ""),
    # a rating with a complaint after it
    ("satisfaction", "2 😤 the wifi cuts out every evening", {"satisfaction": 2}, ""),
    ("satisfaction", "3 my app keeps crashing", {"satisfaction": 3}, ""),
    ("satisfaction", "2 wifi boxes in the house", {}, ""),
    ("satisfaction", "4", {"satisfaction": 4}, ""),
    # a distance or hours, asked how long
    ("tenure_months", "在开车，刚跑了25公里，堵了一个多小时", {}, ""),
    ("tenure_months", "driving, 40 miles to go", {}, ""),
    ("tenure_months", "38", {"tenure_months": 38}, ""),
    ("tenure_months", "6 months", {"tenure_months": 6}, ""),
    (
        "tenure_months",
        "about 40 minutes from town, been with you 3 years",
        {"tenure_months": 36},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "values", "flag"), CASES)
def test_round21_numbers(
    survey: Survey, asked: str, text: str, values: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, values, flag)

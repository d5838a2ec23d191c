"""Numbers read for the wrong thing or the wrong person (round 19: tenure, spend, age).

Covers: a whole number of years ("整五年") reached only next month; a count of times said with
"time" ("never late one time"); the worker of a visit named without 的 ("装机小哥"); a bill for a
farm's or a car's running costs ("the feed bill", "our fuel bill"); a rise or a fall said in
English ("went up six quid", "they put it up $10"); a top-up for somebody else ("给女儿充了五十");
a parent by a home word ("my mama's 84").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a whole number of years reached next month is not yet reached
    ("tenure_months", "下个月整三年", {"tenure_months": 35}, ""),
    ("tenure_months", "下个月就整整四年了", {"tenure_months": 47}, ""),
    ("tenure_months", "上个月整四年了", {"tenure_months": 48}, ""),
    ("tenure_months", "two years next month", {"tenure_months": 23}, ""),
    # "one time" is a count of times, not a month
    ("tenure_months", "not missed a payment one time", {}, ""),
    ("tenure_months", "late 1 time ever, that's it", {}, ""),
    ("tenure_months", "one time they cut me off, been with you 3 years", {"tenure_months": 36}, ""),
    ("tenure_months", "12", {"tenure_months": 12}, ""),
    # the worker of a visit, named without 的
    ("satisfaction", "前天装宽带小哥挺耐心，网速嘛还要再看看", {}, ""),
    ("satisfaction", "上周装机师傅来得准时，给四分", {"satisfaction": 4}, ""),
    ("tenure_months", "上礼拜才装的", {"tenure_months": 0}, ""),
    # a bill for feed, fuel or heating is no phone bill
    ("monthly_spend", "our fuel bill is £200 a month, the phone I dunno", {}, "v"),
    ("monthly_spend", "heating bill was 150 in January, no idea on the mobile", {}, "v"),
    (
        "monthly_spend",
        "phone bill $45, the feed bill is a different story",
        {"monthly_spend": 45.0},
        "",
    ),
    # a rise or a fall is a difference, not the bill
    ("monthly_spend", "they put it up $10 without telling me", {}, ""),
    ("monthly_spend", "it went up eight quid in March", {}, ""),
    ("monthly_spend", "went up to 60 quid this month", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "it's 50, went up 5 in March", {"monthly_spend": 50.0}, ""),
    # a top-up for somebody else is theirs; one for the respondent stays theirs
    ("monthly_spend", "老公给儿子充了五十话费", {"has_partner": True}, ""),
    ("monthly_spend", "我妈给我充了一百话费", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "给自己充了八十", {"monthly_spend": 80.0}, ""),
    # a parent by a home word is somebody else
    ("age", "my momma is 80 and sharp as a tack", {}, ""),
    ("age", "my daddy's 70, I'm 45", {"age": 45}, ""),
    ("age", "mama of two here, 29", {"age": 29}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round19_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

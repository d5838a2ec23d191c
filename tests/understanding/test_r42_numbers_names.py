"""Numbers and names misread (round 42): tenure from a month, ratings set aside, bills, names.

Covers: "since the start of 2023" (its January) and a month said after the year ("since 2023,
January I think", "signed up in 2021, in May"), a part of a month ("signed up end of August",
"mid-August"), "12 years with y'all"; a score the service would get under a condition ("4.
would be a 5 if the signal reached …"), a dash parting two scores; the bill said to "run" about
an amount, a line priced beside the internet, a bill set apart ("宽带另算") and priced in the next
clause; "will do just fine", Sichuanese "就要得", the asker told what to call the respondent
("你也喊梅姐吧"); a grandparent's role taken on ("我是当奶奶的人了"); a birth year with its
month ("1996年11月生的"). A bare number after a self-description ("guy, 24, apprentice sparky")
stays no age. Every rule has a near miss that must still read as before. Rows are (asked slot,
message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "guy, 24, apprentice sparky", {"gender": "male"}, ""),
    ("gender", "male, 5 kids", {"gender": "male", "has_dependents": True}, ""),
    ("gender", "I'm a guy, 23 years with you", {"gender": "male", "tenure_months": 276}, ""),
    ("gender", "female, 38 years", {"age": 38, "gender": "female"}, ""),
    ("name", "I'm Hannah, 31, living in Chengdu", {"city": "Chengdu", "name": "Hannah"}, ""),
    (
        "tenure_months",
        "we've been with StarLink since the start of 2023, January I think",
        {"tenure_months": 46},
        "",
    ),
    ("tenure_months", "since the start of 2023", {"tenure_months": 46}, ""),
    ("tenure_months", "since the beginning of 2024", {"tenure_months": 34}, ""),
    ("tenure_months", "since 2023, March I think", {"tenure_months": 44}, ""),
    ("tenure_months", "since 2023", {"tenure_months": 36}, ""),
    ("tenure_months", "since 2023, may be longer", {"tenure_months": 36}, ""),
    ("tenure_months", "signed up in 2021, in May", {"tenure_months": 66}, ""),
    ("tenure_months", "signed up end of August", {"tenure_months": 3}, ""),
    ("tenure_months", "signed up at the end of August", {"tenure_months": 3}, ""),
    ("tenure_months", "signed up late August", {"tenure_months": 3}, ""),
    ("tenure_months", "got connected mid-August", {"tenure_months": 3}, ""),
    ("tenure_months", "we started in early August", {"tenure_months": 3}, ""),
    ("tenure_months", "since the end of August", {"tenure_months": 3}, ""),
    ("tenure_months", "signed up in August", {"tenure_months": 3}, ""),
    ("tenure_months", "signed up end of 2022", {"tenure_months": 48}, ""),
    ("tenure_months", "since the end of the year", {}, "v"),
    ("tenure_months", "started at the end of the day", {}, ""),
    (
        "satisfaction",
        "5 stars, 12 years with y'all and never had a lick of trouble",
        {"satisfaction": 5, "tenure_months": 144},
        "",
    ),
    ("satisfaction", "4, 12 years with ya", {"satisfaction": 4, "tenure_months": 144}, ""),
    (
        "satisfaction",
        "5 stars, 12 years with my wife",
        {"has_partner": True, "satisfaction": 5},
        "",
    ),
    ("satisfaction", "5, been with y'all 12 years", {"satisfaction": 5, "tenure_months": 144}, ""),
    (
        "satisfaction",
        "4. would be a 5 if the signal reached the back pasture",
        {"satisfaction": 4},
        "",
    ),
    ("satisfaction", "4 - would be 5 if the signal was better", {"satisfaction": 4}, ""),
    ("satisfaction", "4, would've been a 5 if not for the outages", {"satisfaction": 4}, ""),
    ("satisfaction", "would be a 5 if the signal reached the back pasture", {}, "v"),
    ("satisfaction", "4 if you fix the signal", {}, "v"),
    ("satisfaction", "if you fixed the wifi I'd give you a 5", {}, "v"),
    ("satisfaction", "I'd give it a 4 if I'm honest", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd give you a 4 if you ask me", {"satisfaction": 4}, ""),
    ("satisfaction", "4 stars, would give 5 if the app were better", {"satisfaction": 4}, ""),
    ("satisfaction", "3, could be a 4 if prices dropped", {"satisfaction": 3}, ""),
    (
        "payment_method",
        "I put it on my Mastercard for the points. usually runs about $110",
        {"monthly_spend": 110.0, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "credit card, usually runs about $110",
        {"monthly_spend": 110.0, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "auto-pay from my bank, it runs me around 80 bucks",
        {"monthly_spend": 80.0, "payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "credit card, my son runs about 5 miles",
        {"payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "I put it on my Mastercard for the points",
        {"payment_method": "credit_card"},
        "",
    ),
    ("monthly_spend", "$45 for my line plus $30 for the internet", {"monthly_spend": 75.0}, ""),
    ("monthly_spend", "$45 for my line, $30 for the internet", {"monthly_spend": 75.0}, ""),
    (
        "monthly_spend",
        "$45 for my line, $20 for my wife's line",
        {"has_partner": True, "monthly_spend": 45.0},
        "",
    ),
    ("monthly_spend", "$45 for line rental and $30 for calls", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "$45 plus $30", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "俩号加一起一百出头，宽带另算，一年交六百", {"monthly_spend": 150.0}, ""),
    ("monthly_spend", "两个号一个月一百二，宽带另外算，一个月五十", {"monthly_spend": 170.0}, ""),
    ("monthly_spend", "手机100，宽带另算", {"monthly_spend": 100.0}, ""),
    (
        "monthly_spend",
        "手机59，宽带100，一共159，我老公的号另算",
        {"has_partner": True, "monthly_spend": 159.0},
        "",
    ),
    ("monthly_spend", "宽带100，俩手机卡加起来60", {"monthly_spend": 160.0}, ""),
    (
        "monthly_spend",
        "手机100，宽带另算，我老公的号五十",
        {"has_partner": True, "monthly_spend": 100.0},
        "",
    ),
    ("name", "Mrs. Okafor will do just fine", {"name": "Mrs. Okafor"}, ""),
    ("name", "Dr. Patel will do just fine", {"name": "Dr. Patel"}, ""),
    ("name", "Reverend Jane will do nicely", {"name": "Reverend Jane"}, ""),
    ("name", "That will do just fine", {}, ""),
    ("name", "喊我阿香就要得", {"name": "阿香"}, ""),
    ("name", "叫我阿香就行", {"name": "阿香"}, ""),
    ("name", "叫我阿香就要得", {"name": "阿香"}, ""),
    ("name", "叫我阿香就好", {"name": "阿香"}, ""),
    ("name", "我叫陈红梅，大家都喊我梅姐，你也喊梅姐吧", {"name": "梅姐"}, ""),
    ("name", "我叫陈红梅，大家都叫我梅姐", {"name": "陈红梅"}, ""),
    ("name", "我叫陈红梅，你叫小王去办吧", {"name": "陈红梅"}, ""),
    ("name", "我叫陈红梅，你叫什么", {"name": "陈红梅"}, ""),
    ("name", "你们就叫我红姐吧", {"name": "红姐"}, ""),
    ("gender", "我是当奶奶的人了", {"gender": "female"}, ""),
    ("gender", "我是当爷爷的人了", {"gender": "male"}, ""),
    ("gender", "我都当外婆了", {"gender": "female"}, ""),
    ("gender", "我都是当爸的人了", {"gender": "male"}, ""),
    ("gender", "我都当他是哥哥了", {}, ""),
    ("gender", "我是奶奶带大的", {}, ""),
    ("gender", "我妈是当奶奶的人了", {}, ""),
    ("age", "1996年11月生的，生日刚过完", {"age": 30}, ""),
    ("age", "九六年十一月生的", {"age": 30}, ""),
    ("age", "1996年3月出生", {"age": 30}, ""),
    ("age", "1996年生的", {"age": 30}, ""),
    ("age", "1996年11月生日那天办的卡", {}, ""),
    ("age", "born in November 1996", {"age": 30}, ""),
    ("age", "我儿子2015年3月出生的", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

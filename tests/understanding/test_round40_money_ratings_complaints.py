"""Money, ratings, complaints, intentions and interests, round 40: a total of some bills beside
another bill, a bill paid by a body outside the household, good and bad by turns, nothing to
complain about in more words, a chore told under the complaint question, the hassle of switching
named, the telly, and few hobbies.

Covers: "宽带100，俩手机卡加起来60" (160.0: the phones' total beside the
broadband; "宽带100，手机60，加起来160" stays 160.0, and "俩" is a count of lines, no amount);
"村委给报的，我自己不掏钱", "the church covers it, I never see the bill" (vague under the money
and payment questions; an amount said beside it still counts); "好一阵歹一阵的", "有好有坏",
"good days and bad days" (vague, no rating; a score beside it counts); "can't think of a single
thing, you've been decent to me" (vague, no complaint; a fault after it still complains); "just
got in from the shed, been fixing the mower", "刚修完拖拉机" (no complaint: the respondent's own
chore; a fault of the service beside it still complains); "too lazy to switch, the hassle of
porting numbers" (stay; "not worth the hassle of switching" still stays, "…but I'm switching
anyway" leaves); "telly" (movies; "footy on the telly" is sports only); "not a lot of hobbies",
"没几个爱好" (vague).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("monthly_spend", "宽带100，俩手机卡加起来60", {"monthly_spend": 160.0}, ""),
    ("monthly_spend", "手机两张卡加起来60，宽带100", {"monthly_spend": 160.0}, ""),
    (
        "monthly_spend",
        "宽带包年1200，俩手机卡加起来60",
        {"contract": "one_year", "monthly_spend": 160.0},
        "",
    ),
    ("monthly_spend", "宽带100，两个手机号加一起60", {"monthly_spend": 160.0}, ""),
    (
        "monthly_spend",
        "broadband is 50, the two mobiles come to 30 altogether",
        {"monthly_spend": 80.0},
        "",
    ),
    ("monthly_spend", "宽带100，手机60，加起来160", {"monthly_spend": 160.0}, ""),
    ("monthly_spend", "宽带加手机加起来160", {"monthly_spend": 160.0}, ""),
    ("monthly_spend", "宽带九十九手机两张卡一共一百六", {"monthly_spend": 160.0}, ""),
    ("monthly_spend", "宽带100，俩手机卡加起来60，一共160", {"monthly_spend": 160.0}, ""),
    ("monthly_spend", "mobile 30, broadband 50, 80 altogether", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "俩手机卡加起来60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "村委给报的，我自己不掏钱", {}, "v"),
    ("monthly_spend", "学校给报销的", {}, "v"),
    ("monthly_spend", "不用我掏钱", {}, "v"),
    ("monthly_spend", "俺一分钱都没掏", {}, "v"),
    ("monthly_spend", "the church covers it, I never see the bill", {}, "v"),
    ("monthly_spend", "the council pays for my phone", {}, "v"),
    ("monthly_spend", "I don't pay a penny, the union covers it", {}, "v"),
    ("payment_method", "the church covers it", {}, "v"),
    ("monthly_spend", "the council covers half, I pay 20", {"monthly_spend": 20.0}, ""),
    ("monthly_spend", "村委给报一半，我自己出50", {"monthly_spend": 50.0}, ""),
    (
        "monthly_spend",
        "I never see the bill, it comes out automatically, about 45",
        {"monthly_spend": 45.0},
        "",
    ),
    ("age", "the church covers it", {}, ""),
    ("satisfaction", "好一阵歹一阵的", {}, "v"),
    ("satisfaction", "有好有坏吧", {}, "v"),
    ("satisfaction", "一会儿好一会儿坏", {}, "v"),
    ("satisfaction", "好坏参半", {}, "v"),
    ("satisfaction", "good days and bad days", {}, "v"),
    ("satisfaction", "good one day, rubbish the next", {}, "v"),
    ("satisfaction", "信号好一阵歹一阵的，给3分吧", {"satisfaction": 3}, ""),
    ("satisfaction", "有好有坏，总体4分", {"satisfaction": 4}, ""),
    ("satisfaction", "good days and bad days, I'd say a 3", {"satisfaction": 3}, ""),
    ("satisfaction", "好一阵子都很稳定，5分", {"satisfaction": 5}, ""),
    ("complaint", "hmm nah, can't think of a single thing, you've been decent to me", {}, "v"),
    ("complaint", "can't think of one thing, honestly", {}, "v"),
    ("complaint", "nope, you've been brilliant to us", {}, "v"),
    (
        "complaint",
        "can't think of a single thing they got right, the line drops every night",
        {"complaint": "can't think of a single thing they got right, the line drops every night"},
        "",
    ),
    (
        "complaint",
        "you've been decent to me but the bill keeps going up",
        {"complaint": "you've been decent to me but the bill keeps going up"},
        "",
    ),
    ("complaint", "sorry, just got in from the shed, been fixing the mower", {}, ""),
    ("complaint", "sorry, was out back mending the fence", {}, ""),
    ("complaint", "不好意思，刚修完拖拉机", {}, ""),
    ("complaint", "修了半天自行车，累死", {}, ""),
    (
        "complaint",
        "been fixing the car all day and the wifi kept dropping",
        {"complaint": "been fixing the car all day and the wifi kept dropping"},
        "",
    ),
    ("complaint", "刚在修水管，网倒是一直卡", {"complaint": "刚在修水管，网倒是一直卡"}, ""),
    (
        "complaint",
        "still waiting for someone to fix my broadband",
        {"complaint": "still waiting for someone to fix my broadband"},
        "",
    ),
    (
        "complaint",
        "tried fixing the router myself, still drops",
        {"complaint": "tried fixing the router myself, still drops"},
        "",
    ),
    (
        "churn_intent",
        "too lazy to switch honestly, the hassle of porting numbers and all",
        {"churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "can't be bothered to switch, porting the number is a pain",
        {"churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "not worth the hassle of switching", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "porting the numbers is a hassle but I'm switching anyway",
        {"churn_intent": "leave"},
        "",
    ),
    (
        "churn_intent",
        "despite the hassle of porting, I'm switching to Vodafone next month",
        {"churn_intent": "leave"},
        "",
    ),
    ("satisfaction", "3, porting my number over is a hassle so I stay", {"satisfaction": 3}, ""),
    (
        "satisfaction",
        "2, switching to Vodafone next month",
        {"churn_intent": "leave", "satisfaction": 2},
        "",
    ),
    ("churn_intent", "懒得换了，换号太麻烦", {"churn_intent": "stay"}, ""),
    ("interests", "not much, telly and a bit of knitting", {"interests": ["movies"]}, ""),
    ("interests", "watching the telly mostly", {"interests": ["movies"]}, ""),
    ("interests", "footy on the telly and cooking", {"interests": ["food", "sports"]}, ""),
    ("interests", "cricket on telly", {"interests": ["sports"]}, ""),
    ("interests", "whatever's on the telly", {"interests": ["movies"]}, ""),
    ("interests", "footy, and films on the telly", {"interests": ["movies", "sports"]}, ""),
    (
        "interests",
        "between the rig rotations and sleeping, not a lot of hobbies to be honest",
        {},
        "v",
    ),
    ("interests", "not many hobbies really", {}, "v"),
    ("interests", "hardly any hobbies tbh", {}, "v"),
    ("interests", "not a lot of hobbies, I read though", {"interests": ["reading"]}, ""),
    ("interests", "没几个爱好", {}, "v"),
    ("interests", "没几个爱好，就是看看电视", {"interests": ["movies"]}, ""),
    (
        "interests",
        "我老公没几个爱好，我喜欢看书",
        {"has_partner": True, "interests": ["reading"]},
        "",
    ),
    ("interests", "stuff on tv mostly", {"interests": ["movies"]}, ""),
    ("interests", "watching the rugby on tv", {"interests": ["sports"]}, ""),
    ("interests", "just telly", {"interests": ["movies"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round40_money_ratings_complaints(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

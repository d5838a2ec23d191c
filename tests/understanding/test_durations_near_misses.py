"""Times and terms near the tenure and contract questions that give no value, and their near misses.

A start date of the home is no start with us ("been in this bungalow in Prestatyn since 1994"),
unless the customer's words date it ("with you since 2015"). A trade told by the vehicle driven
("开出租十五年了") is a working life. A partner's years are not the respondent's when their own
line is told apart ("我自个儿的是后办的"). A past year before "刚" / "才" dates the start by that
year, and "后来才办" is no new line. "上个月刚换成你们的" and "switched to you last month" are a
month. A month's sales with their year date the sign-up. A stage of schooling ("since high
school") is a start with no date: vague. How long an offer lasts is no contract; "all I know is"
and "整不明白" do not know. The network called Three is no number.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise; near misses that keep their reading sit with each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

T = "tenure_months"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a start date of the home
    (T, "We've been in this bungalow in Prestatyn since 1994.", {"city": "Prestatyn"}, ""),
    (T, "lived here since 1994", {}, ""),
    (T, "We've lived in this house since 2001", {}, ""),
    (T, "been in this flat since 2010", {}, ""),
    (T, "we've been in Leeds since 2005, with you since 2015", {"tenure_months": 132}, ""),
    (T, "lived here since 2010 and been with you since 2012", {"tenure_months": 168}, ""),
    (T, "lived here since 2010, with you since then", {"tenure_months": 192}, ""),
    (T, "lived here since 2010, the internet has been bad since then", {}, ""),
    (T, "in this bungalow since 1994 and with you the whole time", {"tenure_months": 384}, ""),
    (T, "been with you since 2010", {"tenure_months": 192}, ""),
    (T, "been here since 2015", {"tenure_months": 132}, ""),
    (T, "since 1994", {"tenure_months": 384}, ""),
    # a trade told by the vehicle driven
    (T, "开出租十五年了，卡是啥时候办的真记不住了", {}, "v"),
    (T, "开出租十五年了", {}, ""),
    (T, "跑滴滴三年了", {}, ""),
    (T, "开出租十五年了，用你们五年", {"tenure_months": 60}, ""),
    (T, "用你们五年了", {"tenure_months": 60}, ""),
    # a partner's years, and the respondent's own line told apart
    (
        T,
        "我老伴儿那张卡用了快二十年了，我自个儿的是后办的，多久记不清了",
        {"has_partner": True},
        "v",
    ),
    (
        T,
        "my husband's been with you 20 years, mine came later, no idea when",
        {"has_partner": True},
        "v",
    ),
    (T, "我老伴儿那张卡用了快二十年了", {"has_partner": True, "tenure_months": 240}, ""),
    (T, "my husband's been with you 20 years", {"has_partner": True, "tenure_months": 240}, ""),
    (T, "我老公用了十年，我自己也用了十年", {"has_partner": True, "tenure_months": 120}, ""),
    (T, "我老公用了十年，我的是去年办的", {"has_partner": True, "tenure_months": 12}, ""),
    (
        T,
        "my wife's had it 5 years, I joined 2 years ago",
        {"has_partner": True, "tenure_months": 24},
        "",
    ),
    # a past year before 刚 / 才, and 后来才办
    ("internet_service", "光纤，去年刚换的", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "光纤，刚换的",
        {"internet_service": "fiber_optic", "tenure_months": 0},
        "",
    ),
    (T, "去年刚办的", {"tenure_months": 12}, ""),
    (T, "前年才装的", {"tenure_months": 24}, ""),
    (T, "2023年刚办的", {"tenure_months": 36}, ""),
    (T, "今年刚办的", {"tenure_months": 0}, ""),
    (T, "刚办的", {"tenure_months": 0}, ""),
    (T, "才办的", {"tenure_months": 0}, ""),
    (T, "在成都住了5年了，号是后来才办的，具体哪年忘了", {"city": "Chengdu"}, "v"),
    (T, "后来才办的", {}, ""),
    (T, "我是后来才办的，两年了", {"tenure_months": 24}, ""),
    # a switch here last month
    (T, "手机用了三年，卡是上个月刚换成你们的", {"tenure_months": 1}, ""),
    (T, "上个月换到你们家的", {"tenure_months": 1}, ""),
    (T, "上个月刚办的", {"tenure_months": 1}, ""),
    (T, "switched to you last month", {"tenure_months": 1}, ""),
    (T, "just switched to you last month", {"tenure_months": 1}, ""),
    (T, "just signed up last month", {"tenure_months": 1}, ""),
    (T, "just switched to you, the engineer came last month", {"tenure_months": 0}, ""),
    (T, "I switched phones last month", {}, ""),
    (
        "churn_intent",
        "Our Bilal ported his number over to you last month, he's chuffed! Sorry, what did you "
        "ask me?",
        {},
        "",
    ),
    ("churn_intent", "switched to you last month, so far so good", {"tenure_months": 1}, ""),
    # a month's sales with their year
    (T, "Signed up in the January sales last year", {"tenure_months": 22}, ""),
    (T, "in the january sales last year", {"tenure_months": 22}, ""),
    (T, "signed up in the boxing day sales 2024", {"tenure_months": 23}, ""),
    (T, "in the January sales last year I bought a sofa", {}, ""),
    (T, "signed up in the January sales", {}, ""),
    ("age", "in the January sales last year I bought a sofa", {}, ""),
    # a stage of schooling as the start
    (T, "Since first year at uni in Otago, whenever that was 😅", {}, "v"),
    (T, "had the same number since high school lol", {}, "v"),
    (T, "since high school, so about 15 years", {"tenure_months": 180}, ""),
    (T, "since high school in 2008", {"tenure_months": 216}, ""),
    (T, "been together since high school", {}, ""),
    (T, "been together ever since high school", {}, ""),
    ("has_partner", "we've been together since high school", {"has_partner": True}, ""),
    # an offer's months, and not knowing the plan
    ("contract", "all I know is the promo was $10 off for 12 months", {}, "v"),
    ("contract", "the promo was $10 off for 12 months", {}, ""),
    ("contract", "前12个月半价", {}, ""),
    ("contract", "12 month contract, $10 off for the first 3 months", {"contract": "one_year"}, ""),
    ("contract", "一年的合约，前三个月半价", {"contract": "one_year"}, ""),
    ("contract", "two years, with 6 months free", {"contract": "two_year"}, ""),
    (
        "contract",
        "当时营业员说签两年送个路由器，我就签了。现在想想那个路由器也就值个几十块钱，亏大了。",
        {"contract": "two_year"},
        "",
    ),
    ("contract", "all I know is it's 2 years", {"contract": "two_year"}, ""),
    ("internet_service", "all I know is it's fibre", {"internet_service": "fiber_optic"}, ""),
    ("contract", "手机是分24期买的，套餐签没签合约我真整不明白", {}, "v"),
    ("contract", "我整不明白", {}, "v"),
    # time since the line was installed
    ("contract", "合约啥样不知道，反正宽带装了一年多了", {"tenure_months": 12}, "v"),
    ("contract", "宽带装了一年多了", {"tenure_months": 12}, ""),
    (T, "路由器装了两年了", {}, ""),
    (T, "装了两年", {"tenure_months": 24}, ""),
    # the network called Three
    (T, "I've just moved over to Three", {}, ""),
    (T, "I'm with Three", {}, ""),
    (T, "left Three, been with you for three years", {"tenure_months": 36}, ""),
    (T, "with you for three", {"tenure_months": 3}, ""),
    (T, "moved over to three years ago", {"tenure_months": 36}, ""),
    (T, "three", {"tenure_months": 3}, ""),
    ("has_dependents", "I'm with three kids", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_durations_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

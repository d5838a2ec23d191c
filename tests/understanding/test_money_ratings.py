"""Money and ratings said in two parts: a second cost joined with "plus" ("50 a month plus 10 for
netflix" keeps 50 as the bill, "broadband's 45 plus 20 for my mobile" still adds the mobile), a
score for then and one for now ("last month 2, this month 4" is a 4), and a rating answered only
by a comparison with an earlier time ("跟上个月比好", "better than last month": vague, no level).
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

PLUS_COSTS: list[tuple[str, str, dict[str, Any], str]] = [
    ("monthly_spend", "50 a month plus 10 for netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "50 plus 10 for netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "I pay 50 a month plus 10 for Netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "50 quid a month plus a tenner for netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "£50 a month plus £10 for Spotify", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "about 50 a month plus 10 for disney+", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "50 a month and 10 for netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "50 a month + 10 for netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "50 a month plus another 10 for netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "45 a month plus 15 for amazon prime", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "70 a month plus 15 for youtube premium", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "60 a month with 10 on spotify", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "50 a month plus 10 for the gym", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "40 plus 30 for the gym and 20 for spotify", {"monthly_spend": 40.0}, ""),
    (
        "monthly_spend",
        "80 bucks plus 12 for netflix and 10 for spotify",
        {"monthly_spend": 80.0},
        "",
    ),
    ("monthly_spend", "30 for netflix plus 50 for the broadband", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "30 for netflix and 50 for the broadband", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "50 plus 10 for netflix so 60 all in", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "it's 50 plus 10 for disney, 60 total", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "60 plus 10 for the sports package", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "50 for the broadband plus 10 for netflix", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "my bill is 70 plus 15 for hbo max", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "我每月五十，另外十块钱买视频会员", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "每月五十，另外爱奇艺十五", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "每个月50，加上爱奇艺会员15", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "话费50一个月，另外开了个优酷会员10块", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "broadband's 45 plus 20 for my mobile", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "50 plus 10 for my mobile", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "45 for broadband plus 25 for my mobile", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "80 a month plus 20 for the landline", {"monthly_spend": 100.0}, ""),
    (
        "monthly_spend",
        "R450 for the fibre plus R199 for my phone",
        {"internet_service": "fiber_optic", "monthly_spend": 649.0},
        "",
    ),
    ("monthly_spend", "$45 for the phone plus $85 for the internet", {"monthly_spend": 130.0}, ""),
    ("monthly_spend", "between 50 and 60 for the lot", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "Netflix alone is 15 a month lol", {}, ""),
    ("monthly_spend", "spotify's 12 a month now", {}, ""),
    ("monthly_spend", "the gym is 30 plus 10 for netflix", {}, ""),
    ("monthly_spend", "I spend 50 on netflix plus 10 for spotify", {}, ""),
    ("monthly_spend", "netflix is 15 and the bill is 50", {"monthly_spend": 50.0}, ""),
]

THEN_AND_NOW: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "last month 2, this month 4", {"satisfaction": 4}, ""),
    ("satisfaction", "last month 4, this month 2", {"satisfaction": 2}, ""),
    ("satisfaction", "last year 2, this year 4", {"satisfaction": 4}, ""),
    ("satisfaction", "last month I'd have said 2, this month 4", {"satisfaction": 4}, ""),
    ("satisfaction", "last week 1, this week 3", {"satisfaction": 3}, ""),
    ("satisfaction", "last month 2 and this month 4", {"satisfaction": 4}, ""),
    ("satisfaction", "used to be 1, these days 3", {"satisfaction": 3}, ""),
    ("satisfaction", "used to be 2 but now 4", {"satisfaction": 4}, ""),
    ("satisfaction", "3 these days, used to be 1", {"satisfaction": 3}, ""),
    ("satisfaction", "4 now, 2 last month", {"satisfaction": 4}, ""),
    ("satisfaction", "2 last month, 4 now", {"satisfaction": 4}, ""),
    ("satisfaction", "last year 2, 4 this year", {"satisfaction": 4}, ""),
    ("satisfaction", "was 2 last month, now 4", {"satisfaction": 4}, ""),
    ("satisfaction", "以前2分，现在4分", {"satisfaction": 4}, ""),
    ("satisfaction", "上个月打2分，这个月4分", {"satisfaction": 4}, ""),
    ("satisfaction", "上个月2，这个月4", {"satisfaction": 4}, ""),
    ("satisfaction", "上个月2，这个月4吧", {"satisfaction": 4}, ""),
    ("satisfaction", "以前1，现在3", {"satisfaction": 3}, ""),
    ("satisfaction", "以前是2，现在是4", {"satisfaction": 4}, ""),
    ("satisfaction", "去年2分，今年4分", {"satisfaction": 4}, ""),
    ("satisfaction", "现在4分，上个月2分", {"satisfaction": 4}, ""),
    ("satisfaction", "这个月4，上个月2", {"satisfaction": 4}, ""),
    ("satisfaction", "was a 2, now a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "back then a 2, now a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "以前能打5分，现在也就3分", {"satisfaction": 3}, ""),
    ("satisfaction", "used to be a 5, now more like a 3", {"satisfaction": 3}, ""),
    ("satisfaction", "3, it was 5 last year", {"satisfaction": 3}, ""),
    ("satisfaction", "4, last month was rough though", {"satisfaction": 4}, ""),
    ("satisfaction", "上个月停了两次网，2分吧", {"satisfaction": 2}, ""),
    ("satisfaction", "1. awful since the outage last month", {"satisfaction": 1}, ""),
    ("satisfaction", "2 out of 5 last month", {"satisfaction": 2}, ""),
    ("satisfaction", "this month 4", {"satisfaction": 4}, ""),
    ("satisfaction", "4 this month", {"satisfaction": 4}, ""),
    ("satisfaction", "2, 4", {"satisfaction": 4}, ""),
    ("satisfaction", "3, my wife says 5", {"has_partner": True, "satisfaction": 3}, ""),
    ("satisfaction", "called 3 times this week", {}, ""),
]

COMPARED_ONLY: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "跟上个月比好", {}, "v"),
    ("satisfaction", "跟上个月比好多了", {}, "v"),
    ("satisfaction", "跟上个月比好点", {}, "v"),
    ("satisfaction", "和上个月比好一些", {}, "v"),
    ("satisfaction", "跟以前比好", {}, "v"),
    ("satisfaction", "跟以前比强多了", {}, "v"),
    ("satisfaction", "和以前比起来强多了", {}, "v"),
    ("satisfaction", "跟去年比好点了", {}, "v"),
    ("satisfaction", "跟去年比差", {}, "v"),
    ("satisfaction", "跟之前比差了", {}, "v"),
    ("satisfaction", "跟上个月比起来差了点", {}, "v"),
    ("satisfaction", "跟上个月相比好一些", {}, "v"),
    ("satisfaction", "跟去年比网速好多了", {}, "v"),
    ("satisfaction", "跟上个月比好，就是贵", {}, "v"),
    ("satisfaction", "比以前好", {}, "v"),
    ("satisfaction", "比上个月强", {}, "v"),
    ("satisfaction", "比去年差", {}, "v"),
    ("satisfaction", "better than last month", {}, "v"),
    ("satisfaction", "worse than last year", {}, "v"),
    ("satisfaction", "better compared to last month", {}, "v"),
    ("satisfaction", "it's better than before", {}, "v"),
    ("satisfaction", "跟上个月比好多了，4分", {"satisfaction": 4}, ""),
    ("satisfaction", "比以前好，打4分", {"satisfaction": 4}, ""),
    ("satisfaction", "better than last month, 4", {"satisfaction": 4}, ""),
    ("satisfaction", "跟以前比，现在挺满意的", {"satisfaction": 4}, ""),
    ("satisfaction", "比较好", {"satisfaction": 4}, ""),
    ("satisfaction", "挺好的", {"satisfaction": 4}, ""),
    ("satisfaction", "跟客服比划了半天，最后还是挺好的", {"satisfaction": 4}, ""),
    ("satisfaction", "和老公商量了一下，挺好的", {"has_partner": True, "satisfaction": 4}, ""),
    ("satisfaction", "跟移动比好多了", {}, "v"),
    ("satisfaction", "compared to BT you're great", {"satisfaction": 5}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), PLUS_COSTS)
def test_plus_costs(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), THEN_AND_NOW)
def test_then_and_now(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), COMPARED_ONLY)
def test_compared_only(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

"""A total said after the parts of a bill wins over the parts: "45 for broadband plus 25 for my
mobile that's 70" is 70, with "that's", "thats", "making it", "which makes", "so", "=", "in
total", "altogether", "一共", "总共", "加起来(就是)", "合计", "那就是" and "也就是" before
the total.
The near misses keep their reading: "that's" before a part ("that's 45 for broadband"), a
price per something else ("that's 2 a day"), a comment ("that's a lot", "that's with the
discount"), and a total of costs that are no bill ("spotify 10 plus 15 for netflix, that's 25").
"""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile that's 70",
        {"monthly_spend": 70.0},
        "",
    ),
    ("monthly_spend", "50 plus 10 for netflix that's 60", {"monthly_spend": 60.0}, ""),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile, that's 70",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile thats 70",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile, that is 70",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile making it 70",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile, which makes 70",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile which makes it 70 a month",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "35 for the phone and 40 for the wifi, that's about 75",
        {"monthly_spend": 75.0},
        "",
    ),
    ("monthly_spend", "£30 broadband, £15 landline, that's £45", {"monthly_spend": 45.0}, ""),
    (
        "monthly_spend",
        "$60 for internet + $20 for my cell, that's $80 total",
        {"monthly_spend": 80.0},
        "",
    ),
    ("monthly_spend", "50 plus 10 for netflix, making it 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "50 a month plus 10 for netflix thats 60", {"monthly_spend": 60.0}, ""),
    (
        "monthly_spend",
        "Phone is 35 and broadband 50 so that's 85 a month",
        {"monthly_spend": 85.0},
        "",
    ),
    (
        "monthly_spend",
        "R450 for the fibre plus R199 for my phone, that's R649",
        {"internet_service": "fiber_optic", "monthly_spend": 649.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile, that's 70 for both",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile, that's 70 for everything",
        {"monthly_spend": 70.0},
        "",
    ),
    ("monthly_spend", "broadband 45, mobile 25, makes 70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "45 plus 25 for my mobile, that's a lot", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "that's 45 for broadband", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "I pay 45, that's 45 for broadband", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "I pay 60 a month, that's 2 a day", {"monthly_spend": 60.0}, ""),
    (
        "monthly_spend",
        "39.99 a month. still less than my oat milk bill, that's £1.85 a carton now",
        {"monthly_spend": 39.99},
        "",
    ),
    ("monthly_spend", "$210 a month, and that's with 5 lines on it", {"monthly_spend": 210.0}, ""),
    (
        "monthly_spend",
        "70 a month, that's 45 for broadband and 25 for my mobile",
        {"monthly_spend": 70.0},
        "",
    ),
    ("monthly_spend", "I pay 80, that's 10 more than last year", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "I pay 45 a month, that's 540 a year", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "65 a month, that's with the discount", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "around 50 a month, that's fine", {"monthly_spend": 50.0}, ""),
    (
        "monthly_spend",
        "phone's 35 and the broadband's 50, up here in Kenora that's cheap",
        {"city": "Kenora", "monthly_spend": 85.0},
        "",
    ),
    ("monthly_spend", "50 plus 10 for netflix so 60 all in", {"monthly_spend": 60.0}, ""),
    (
        "monthly_spend",
        "$65 for me, plus $20 for my son's phone, so I pay 85 all up",
        {"monthly_spend": 85.0},
        "",
    ),
    ("monthly_spend", "50 plus 10 for netflix, that's 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "50 plus 10 for netflix. that's 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "50 plus 10 for netflix so that's 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "spotify 10 plus 15 for netflix, that's 25", {}, ""),
    ("monthly_spend", "I pay 10 for spotify plus 15 for netflix, that's 25", {}, ""),
    (
        "monthly_spend",
        "my phone is 30. I pay 10 for spotify plus 15 for netflix, that's 25",
        {"monthly_spend": 30.0},
        "",
    ),
    (
        "monthly_spend",
        "$65 for me, plus $20 for my son's phone, that's 85",
        {"monthly_spend": 85.0},
        "",
    ),
    (
        "monthly_spend",
        "$65 for my line plus $20 for my son's phone, making it 85",
        {"monthly_spend": 85.0},
        "",
    ),
    (
        "monthly_spend",
        "40 for the internet plus 12 for disney, that's about 52 a month",
        {"monthly_spend": 52.0},
        "",
    ),
    ("monthly_spend", "宽带45，手机25，一共70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机另算", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "宽带45，手机25，总共70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，加起来70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，合计70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45加手机25，一共70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带四十五，手机二十五，一共七十块", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，一共是70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，总共要70左右", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，加起来差不多70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45元，手机25元，合计70元", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带一个月45，手机25，一共70多", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，那就是70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，也就是70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45 手机25 一共70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，一共两张卡", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机另外算，一共就这些", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "手机25，宽带45，加起来就是70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25，一共70，还挺便宜", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45，手机25=70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "宽带45+手机25=70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "我交45，也就是比去年多5块", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "一年840，也就是70一个月", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "每月99，那就是一天3块多", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "宽带45，那就是最便宜的", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "宽带45块，手机25块，那就是70块钱一个月", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "手机39，宽带100，也就是一百三十九", {"monthly_spend": 139.0}, ""),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile so about 70",
        {"monthly_spend": 70.0},
        "",
    ),
    ("monthly_spend", "45 for broadband plus 25 for my mobile = 70", {"monthly_spend": 70.0}, ""),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile, 70 in total",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile altogether 70",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "45 for broadband plus 25 for my mobile, comes to 70",
        {"monthly_spend": 70.0},
        "",
    ),
    (
        "contract",
        "45 for broadband plus 25 for my mobile that's 70 a month",
        {"monthly_spend": 70.0},
        "",
    ),
    ("contract", "宽带45，手机25，那就是每月70", {"monthly_spend": 70.0}, ""),
    (
        "contract",
        "I'm on month to month, 45 for broadband plus 25 for my mobile, that's 70 a month",
        {"monthly_spend": 70.0, "contract": "month_to_month"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_said_totals(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

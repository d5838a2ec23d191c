"""Numbers, round 30: ages told by a person word or a year gained, durations joined by 另,
yearly sums after a space, ranges joined by "n", rivals' prices set against ours, contract words
that are a child's age or a plan named by 按月的, prices said in words, prices still to come,
advertised prices, a bill named after its amount, arriving somewhere, and a start dated by an
event.

Covers: "27 yr old girl living in Chennai" (but "my 7 yr old girl", "19 yr old boy and a 12 yr
old girl"); "下个月满30 又老一岁" (the year gained is no age); "一年另三个月" is 15; "包年的
一年一千二 交一次省事" pays 100 a month; "between 80 n 100" is a range;
"电信宽带一年才三百，你们的每月要80" (but "我用的电信宽带", "你们能便宜点吗"); "a 2 yr old" is no
two-year contract (but "a 2 yr deal"); "学生卡，按月的" is month to month (but "按月的钱");
"nine ninety-nine" is 9.99 (but "one twenty-five" 125), "a buck fifty" 1.5, "one or two
hundred" 150; "40 now, going up to 45 in January" is 40; "30 in the advert, now 45" is 45; "40
for broadband, 25 phone" adds up (but "for 2 phones" counts them); "芜湖，刚来" is no time with
us (but "刚来你们家没几天"); "been with you since my son was born 6 years ago" is 72 (but "my dad
has been with you since he retired").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "age",
        "27 yr old girl living in Chennai",
        {"gender": "female", "city": "Chennai", "age": 27},
        "",
    ),
    (
        "gender",
        "27 yr old girl living in Chennai",
        {"age": 27, "city": "Chennai", "gender": "female"},
        "",
    ),
    (
        "age",
        "I am a 27 yr old girl living in Chennai",
        {"gender": "female", "city": "Chennai", "age": 27},
        "",
    ),
    ("age", "just a 45yo bloke from Leeds", {"gender": "male", "city": "Leeds", "age": 45}, ""),
    ("city", "30 year old guy in Pune", {"age": 30, "gender": "male", "city": "Pune"}, ""),
    ("age", "my 7 yr old girl keeps me busy", {"has_dependents": True}, ""),
    ("has_dependents", "7 yr old girl and a baby", {"has_dependents": True}, ""),
    ("has_dependents", "19 yr old boy and a 12 yr old girl", {"has_dependents": True}, ""),
    ("age", "my 20 year old boy is at uni, I am 48", {"has_dependents": True, "age": 48}, ""),
    ("age", "下个月满30 又老一岁😩", {"age": 29}, ""),
    ("age", "又长了一岁，今年31", {"age": 31}, ""),
    ("age", "31了，又大一岁", {"age": 31}, ""),
    ("age", "我老公比我大一岁，我33", {"has_partner": True, "age": 33}, ""),
    (
        "tenure_months",
        "一年另三个月，合约两年的",
        {"contract": "two_year", "tenure_months": 15},
        "",
    ),
    ("tenure_months", "两年另外五个月吧", {"tenure_months": 29}, ""),
    ("tenure_months", "3 years plus 2 months", {"tenure_months": 38}, ""),
    (
        "contract",
        "包年的 一年一千二 交一次省事",
        {"monthly_spend": 100.0, "contract": "one_year"},
        "",
    ),
    ("contract", "一年1200交一次", {"monthly_spend": 100.0, "contract": "one_year"}, ""),
    ("monthly_spend", "每年交1200 一次交清", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "somewhere between 80 n 100 bucks", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "between 40 & 50", {"monthly_spend": 45.0}, ""),
    ("age", "between 30 n 40", {"age": 35}, ""),
    ("monthly_spend", "电信宽带一年才三百，你们的每月要80", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "联通的卡每月39，你们家要69", {"monthly_spend": 69.0}, ""),
    ("monthly_spend", "BT broadband is 25 a month, yours is 40", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "我用的电信宽带，每月80", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "电信宽带每月80，你们能便宜点吗", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "电信宽带一年三百", {"monthly_spend": 25.0}, ""),
    ("has_dependents", "one on the way and a 2 yr old terror 😂", {"has_dependents": True}, ""),
    ("has_dependents", "got a 1 yr old", {"has_dependents": True}, ""),
    ("age", "my 2 yr old keeps me busy, I am 31", {"has_dependents": True, "age": 31}, ""),
    ("contract", "2 yr", {"contract": "two_year"}, ""),
    (
        "payment_method",
        "card, on a 2 yr contract",
        {"contract": "two_year", "payment_method": "credit_card"},
        "",
    ),
    (
        "monthly_spend",
        "40 a month on a 2 yr deal",
        {"contract": "two_year", "monthly_spend": 40.0},
        "",
    ),
    ("tenure_months", "刚办没几天，按月的", {"contract": "month_to_month", "tenure_months": 0}, ""),
    (
        "monthly_spend",
        "五十九块九，学生卡，按月的",
        {"contract": "month_to_month", "monthly_spend": 59.9},
        "",
    ),
    (
        "payment_method",
        "银行卡扣，按月的",
        {"contract": "month_to_month", "payment_method": "bank_transfer"},
        "",
    ),
    ("monthly_spend", "每个月89，按月的钱都是我自己出", {"monthly_spend": 89.0}, ""),
    ("age", "30，工资按月的", {"age": 30}, ""),
    ("monthly_spend", "nine ninety-nine", {"monthly_spend": 9.99}, ""),
    ("monthly_spend", "five forty-nine a month", {"monthly_spend": 5.49}, ""),
    ("monthly_spend", "one twenty-five", {"monthly_spend": 125.0}, ""),
    ("monthly_spend", "three fifty", {"monthly_spend": 350.0}, ""),
    ("monthly_spend", "a buck fifty", {"monthly_spend": 1.5}, ""),
    ("monthly_spend", "a quid twenty", {"monthly_spend": 1.2}, ""),
    ("monthly_spend", "make a quick buck", {}, ""),
    ("monthly_spend", "one or two hundred", {"monthly_spend": 150.0}, ""),
    ("monthly_spend", "four or five thousand a year", {"monthly_spend": 375.0}, ""),
    ("monthly_spend", "one or two", {"monthly_spend": 1.5}, ""),
    ("monthly_spend", "fifty or sixty", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "40 now, going up to 45 in January", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "I pay 40, it will be 45 from next month", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "40 a month but it goes up to 50 next year", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "现在80，下个月要涨到95", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "每月80，明年涨到100", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "it will be 45 from next month", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "used to be 40, went up to 45 in January", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "it was 30 in the advert, now 45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "30 in the advert, now 45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "广告上说59，现在每月扣99", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "广告上写的59", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "40 for broadband, 25 phone", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "40 broadband, 25 phone", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "60, for 2 phones", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "60 for 1 phone", {"monthly_spend": 60.0}, ""),
    ("city", "芜湖，刚来", {"city": "Wuhu"}, ""),
    ("city", "刚来深圳，还不熟", {"city": "Shenzhen"}, ""),
    ("tenure_months", "刚来你们家没几天", {"tenure_months": 0}, ""),
    ("tenure_months", "刚来的", {"tenure_months": 0}, ""),
    ("age", "25，刚来上海", {"age": 25}, ""),
    (
        "tenure_months",
        "been with you since my son was born 6 years ago",
        {"has_dependents": True, "tenure_months": 72},
        "",
    ),
    (
        "tenure_months",
        "been with you since my daughter was born, about 4 years now",
        {"has_dependents": True, "tenure_months": 48},
        "",
    ),
    ("tenure_months", "my dad has been with you since he retired 6 years ago", {}, ""),
    ("tenure_months", "my son has been with you 6 years", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round30_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

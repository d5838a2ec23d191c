"""Numbers, round 24: numerals in idioms that count nothing, a month that is the period of a
price, a change of the bill, an advertised price before the real one, a payment once a year, a
round age and the time with the provider said in passing.

Covers: "合约和套餐是一回事吗", "下一个", "one of those bundle things" (but "用了一年", "下一个月
就满两年了"); "一个月一百二", "a month 60 quid" (but "用了一个月", "one month in"); "my bill jumped
15 bucks" (but "jumped to 80 a month"); "广告上写的59，实际每月扣我99", "saw an ad at 55 a month but
mine's 90" (but "广告上写的59" alone); "宽带一年一交，1080"; "今年整六十"; "跟你们家快两年了" (but
"跟你们家说过好几次了"). Rows are (asked slot, message, exact values, flag) with flag "r" for a
refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # numerals in idioms and set phrases
    ("contract", "合约和套餐是一回事吗？", {}, ""),
    ("monthly_spend", "下一个问题吧", {}, "r"),  # moving on: a refusal, as "下一题"
    ("monthly_spend", "上一个套餐是59，现在这个也差不多", {"monthly_spend": 59.0}, ""),
    ("tenure_months", "下一个月就满两年了", {"tenure_months": 24}, ""),
    ("tenure_months", "用了一年", {"tenure_months": 12}, ""),
    ("monthly_spend", "it's one of those bundle things, no idea", {}, "v"),
    ("monthly_spend", "no one ever told me the price", {}, ""),
    ("tenure_months", "skip it, next one please", {}, "r"),
    ("tenure_months", "just one year", {"tenure_months": 12}, ""),
    # a question only, as "合约和套餐是一回事吗？": no contract stated (it read one_year)
    ("contract", "两年的跟一年的是一回事吗", {}, ""),
    # a month that is the period of a price
    ("tenure_months", "一个月一百二", {"monthly_spend": 120.0}, ""),
    ("tenure_months", "一个月得一百多", {"monthly_spend": 100.0}, ""),
    ("tenure_months", "一年一千二", {"monthly_spend": 100.0}, ""),
    ("tenure_months", "a month 60 quid", {"monthly_spend": 60.0}, ""),
    ("tenure_months", "一个月九十九", {"monthly_spend": 99.0}, ""),
    ("tenure_months", "用了一个月", {"tenure_months": 1}, ""),
    ("tenure_months", "一个月吧", {"tenure_months": 1}, ""),
    ("tenure_months", "one month in", {"tenure_months": 1}, ""),
    ("tenure_months", "one month, 60 a month", {"tenure_months": 1, "monthly_spend": 60.0}, ""),
    ("tenure_months", "三个月了，一个月一百二", {"tenure_months": 3, "monthly_spend": 120.0}, ""),
    ("tenure_months", "a year 3 months", {"tenure_months": 15}, ""),
    # a change of the bill is not the bill
    (
        "complaint",
        "prices keep rising, my bill jumped 15 bucks out of nowhere",
        {"complaint": "prices keep rising, my bill jumped 15 bucks out of nowhere"},
        "",
    ),
    (
        "complaint",
        "the price spiked 20 dollars overnight",
        {"complaint": "the price spiked 20 dollars overnight"},
        "",
    ),
    ("monthly_spend", "my bill jumped 15 bucks, it's 70 now", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "jumped 20, now 95", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "jumped to 80 a month", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "涨了20，现在一百二", {"monthly_spend": 120.0}, ""),
    # an advertised or promised price before the real one
    ("monthly_spend", "广告上写的59，实际每月扣我99", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "宣传的是69，实际交的是109", {"monthly_spend": 109.0}, ""),
    ("monthly_spend", "电视广告说一个月29，我实际每月扣一百多", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "说好的59，结果每月扣了99", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "看到广告说39，挺便宜，我这个99", {"monthly_spend": 99.0}, ""),
    (
        "monthly_spend",
        "saw an ad for Rogers at 55 a month but mine's 90",
        {"monthly_spend": 90.0},
        "",
    ),
    (
        "monthly_spend",
        "the advert promised 20 a month, turns out I pay 35",
        {"monthly_spend": 35.0},
        "",
    ),
    ("monthly_spend", "Vodafone's doing 25 a month, I pay 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "广告上写的59", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "59，广告上也是这么写的", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "I pay 45 a month, saw an ad for 30 though", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "广告上写的59，我也是59", {"monthly_spend": 59.0}, ""),
    # "我" as the one charged is no subject of an age
    ("monthly_spend", "实际扣我99", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "每个月收我一百二", {"monthly_spend": 120.0}, ""),
    ("age", "我65", {"age": 65}, ""),
    ("age", "问我几岁？我65", {"age": 65}, ""),
    # one payment a year
    ("monthly_spend", "宽带一年一交，1080", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "一年一交，一千二", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "半年一交，600", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "1080", {"monthly_spend": 1080.0}, ""),
    ("tenure_months", "一年一交，用了三年", {"tenure_months": 36}, ""),
    ("monthly_spend", "合约一年一签，88", {"contract": "one_year", "monthly_spend": 88.0}, ""),
    # a round age; the time with the provider said in passing
    ("name", "今年整六十，刚退休", {"age": 60}, ""),
    ("age", "今年整整七十", {"age": 70}, ""),
    ("name", "今年整整一年没休假", {}, ""),
    ("internet_service", "跟你们家快两年了", {"tenure_months": 24}, ""),
    ("internet_service", "在你们家快三年了吧", {"tenure_months": 36}, ""),
    (
        "churn_intent",
        "跟你们家都十来年了，不走",
        {"tenure_months": 120, "churn_intent": "stay"},
        "",
    ),
    ("internet_service", "跟你们家说过好几次了", {}, ""),
    ("internet_service", "跟你们家没关系，我用的是电信", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round24_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

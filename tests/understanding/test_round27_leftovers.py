"""Leftover vague answers and amounts in passing, round 27.

Covers: someone else paying or setting it up ("儿子给我充的", "房东装的", "whatever my flatmate set
up, I just chip in"); an automatic debit closed by a particle ("自动扣费吧", but "银行卡自动扣款呗"
names the card); hobbies denied as a question back ("上班族能有什么兴趣") or for want of time
("never really get time for hobbies"); the plan a value names ("the fibre one") before "fine";
parts of the service rated under the churn question ("网速还可以，客服不太行" is no hedge of the
plan, "用着还行" alone still is); never told about the contract ("没人跟我说过"); a start this week
("这个星期刚办的"); a yearly payment named before the amount ("半年一交，六百") and the rest of the
bill counted in ("每个月连宽带一起一百五").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("interests", "老了老了，还有什么爱好", {}, "v"),
    ("interests", "一个种地的，能有啥爱好", {}, "v"),
    ("interests", "上班族能有什么兴趣", {}, "v"),
    ("interests", "你还有啥爱好要问的？", {}, ""),
    ("interests", "I don't even have time for myself", {}, "v"),
    ("interests", "never really get time for hobbies", {}, "v"),
    ("interests", "haven't got time for hobbies tbh", {}, "v"),
    (
        "interests",
        "I don't really have time for football anymore but I watch it",
        {"interests": ["sports"]},
        "",
    ),
    ("payment_method", "儿子给我充的", {}, "v"),
    ("payment_method", "都是我媳妇给交", {"has_partner": True}, "v"),
    ("payment_method", "孙女帮我在手机上交的", {}, "v"),
    ("payment_method", "自动扣费吧", {}, "v"),
    ("payment_method", "每个月自动扣钱啊", {}, "v"),
    ("payment_method", "自动扣款，用的建行卡", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "自动扣的嘛", {}, "v"),
    ("payment_method", "银行卡自动扣款呗", {"payment_method": "bank_transfer"}, ""),
    ("internet_service", "whatever my flatmate set up, I just chip in", {}, "v"),
    ("internet_service", "the landlord sorted it, it's included in the rent", {}, "v"),
    ("internet_service", "I just pay my share of the bill", {}, "v"),
    (
        "internet_service",
        "fibre, the one my landlord set up",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "我不管，房东装的", {}, "v"),
    ("internet_service", "房东弄的，我就出一份钱", {}, "v"),
    ("complaint", "we're on the fiber plan, all good", {"internet_service": "fiber_optic"}, "v"),
    ("complaint", "on the two year deal and it's been ok", {"contract": "two_year"}, "v"),
    (
        "complaint",
        "I'm on the fibre one and it keeps dropping",
        {
            "internet_service": "fiber_optic",
            "complaint": "I'm on the fibre one and it keeps dropping",
        },
        "",
    ),
    (
        "complaint",
        "the fibre one is slow in the evenings",
        {"internet_service": "fiber_optic", "complaint": "the fibre one is slow in the evenings"},
        "",
    ),
    ("complaint", "I'm on the cable one, can't complain", {}, "v"),
    ("complaint", "fibre one, fine really", {"internet_service": "fiber_optic"}, "v"),
    (
        "complaint",
        "on the fibre package, bills are confusing though",
        {
            "internet_service": "fiber_optic",
            "complaint": "on the fibre package, bills are confusing though",
        },
        "",
    ),
    ("complaint", "我用的光纤，挺好的", {"internet_service": "fiber_optic"}, "v"),
    ("complaint", "光纤的，用着还行", {"internet_service": "fiber_optic"}, "v"),
    ("churn_intent", "宽带还行，就是手机信号差", {}, ""),
    ("churn_intent", "网速还可以，客服不太行", {}, ""),
    ("churn_intent", "还行吧，看看再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "用着还行", {}, "v"),
    ("churn_intent", "还行，不打算换", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "fibre's alright, mobile signal is rubbish though",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "churn_intent",
        "光纤还行，换不换再说吧",
        {"internet_service": "fiber_optic", "churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "网速一般般，不知道要不要换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "signal's ok, not sure if I'll stay", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "the broadband is fine, the phone signal is rubbish", {}, ""),
    ("churn_intent", "还可以吧", {}, "v"),
    ("churn_intent", "it's alright", {}, ""),
    ("contract", "合约？没人跟我说过啊", {}, "v"),
    ("contract", "当时营业员没人给我解释", {}, "v"),
    (
        "contract",
        "nobody told me about a contract, I just pay 30 a month",
        {"monthly_spend": 30.0},
        "v",
    ),
    ("contract", "no one explained any of it when I signed", {}, "v"),
    ("contract", "一年的，当时没人跟我讲清楚违约金", {"contract": "one_year"}, ""),
    ("contract", "two year, though nobody mentioned the exit fee", {"contract": "two_year"}, ""),
    ("payment_method", "没人跟我说过能用别的方式", {}, "v"),
    ("tenure_months", "这个星期刚办的", {"tenure_months": 0}, ""),
    ("tenure_months", "本周才开通", {"tenure_months": 0}, ""),
    ("tenure_months", "这礼拜开会说要换套餐，用了三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "这礼拜开始用的", {"tenure_months": 0}, ""),
    ("tenure_months", "这星期一刚办", {"tenure_months": 0}, ""),
    ("tenure_months", "这礼拜才开学，卡是去年办的", {"tenure_months": 12}, ""),
    ("contract", "包年，一年一千二", {"monthly_spend": 100.0, "contract": "one_year"}, ""),
    ("contract", "一年的，一年交960", {"monthly_spend": 80.0, "contract": "one_year"}, ""),
    ("contract", "年付的，一年一千零八十块", {"monthly_spend": 90.0, "contract": "one_year"}, ""),
    ("monthly_spend", "一年一千零八十", {"monthly_spend": 90.0}, ""),
    ("contract", "一年的，违约金一千零八十", {"contract": "one_year"}, ""),
    (
        "internet_service",
        "光纤，每月一百二十八",
        {"monthly_spend": 128.0, "internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "光纤，一个月一百二十八",
        {"monthly_spend": 128.0, "internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "光纤，连手机一起一个月99",
        {"monthly_spend": 99.0, "internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "光纤，一百二十八兆", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "光纤，每个月用一百二十八个G", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "光纤，装了一百二十八天", {"internet_service": "fiber_optic"}, ""),
    (
        "contract",
        "月付的，每个月连宽带一起一百五",
        {"monthly_spend": 150.0, "contract": "month_to_month"},
        "",
    ),
    ("contract", "一年的，半年一交，六百", {"monthly_spend": 100.0, "contract": "one_year"}, ""),
    ("contract", "一年一交，一共两次", {"contract": "one_year"}, ""),
    (
        "internet_service",
        "光纤，每个月连我妈的一起两百",
        {"monthly_spend": 200.0, "internet_service": "fiber_optic"},
        "",
    ),
    ("monthly_spend", "每个月连手机一起三个号", {}, ""),
    ("monthly_spend", "I just pay my share, about 30 quid", {"monthly_spend": 30.0}, ""),
    (
        "internet_service",
        "fibre, whatever my dad picked was fine",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("tenure_months", "我儿子给我办的，三年了", {"tenure_months": 36}, ""),
    ("payment_method", "微信，我儿子给我充的也有", {}, "v"),
    ("payment_method", "都是我老伴给交的", {"has_partner": True}, "v"),
    ("churn_intent", "客服还行，但是我打算换了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "网速还可以，不换", {"churn_intent": "stay"}, ""),
    ("contract", "nobody told me much, but it's a 12 month one", {"contract": "one_year"}, ""),
    ("contract", "nobody told me the price", {}, ""),
    ("contract", "没人跟我说过价格", {}, ""),
    ("contract", "nobody told me about a contract", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round27_leftovers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

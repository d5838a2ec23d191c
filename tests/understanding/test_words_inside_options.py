"""Option words inside other words, and "one" that is no number.

Covers: a short option synonym inside a longer word that names something else ("无线的" is
wireless, not 无 = no internet; "无限流量", "千兆网卡", "电话线路故障", "拨号键", "一年级",
"健身年卡", "copper kettle", "card game", "birthday card", "food bank", "bank holiday",
"copper wire", "250cc", "rolling my eyes", "annual leave"), while the option said alone or with
its own words still counts ("无", "无宽带", "千兆宽带", "copper line", "card, same as always");
the home's wireless named as the whole answer is vague ("无线的", "wifi"); different options said
one each of two things give no option ("one monthly one yearly", "one phone's on a monthly, the
other's on a two-year", "一张月付一张年付"), and one said of "the other" or of another person's
thing leaves the respondent's own ("mine's fibre, my mum's is ADSL", "我的按月，另一张卡两年");
"one" before a term is no amount ("one monthly one yearly" spends nothing).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # 无 inside another word; the home's wireless alone is vague
    ("internet_service", "无线的", {}, "v"),
    ("internet_service", "用的无线网", {}, "v"),
    ("internet_service", "家里是无线的吧", {}, "v"),
    ("internet_service", "wifi", {}, "v"),
    ("internet_service", "just wireless", {}, "v"),
    ("internet_service", "无线的，光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "无限流量", {}, ""),
    ("internet_service", "无忧宽带", {}, ""),
    ("internet_service", "无所谓", {}, "v"),
    ("internet_service", "无", {"internet_service": "none"}, ""),
    ("internet_service", "无宽带", {"internet_service": "none"}, ""),
    ("internet_service", "无，只用流量", {"internet_service": "none"}, ""),
    # other short line words inside longer ones
    ("internet_service", "千兆网卡", {}, "v"),
    ("internet_service", "千兆路由器", {}, "v"),
    ("internet_service", "电话线路故障", {}, ""),
    ("internet_service", "拨号键按不动", {}, ""),
    ("internet_service", "copper kettle", {}, ""),
    ("internet_service", "gigabit router", {}, ""),
    ("internet_service", "千兆", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "千兆宽带", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "电话线", {"internet_service": "dsl"}, ""),
    ("internet_service", "拨号上网那种", {"internet_service": "dsl"}, ""),
    ("internet_service", "copper line I think", {"internet_service": "dsl"}, ""),
    ("internet_service", "none of your business", {}, "r"),
    ("internet_service", "nothing fancy", {}, ""),
    # ways of paying inside other words
    ("payment_method", "card game", {}, ""),
    ("payment_method", "birthday card", {}, ""),
    ("payment_method", "card, same as always", {"payment_method": "credit_card"}, ""),
    ("payment_method", "food bank", {}, ""),
    ("payment_method", "bank holiday", {}, ""),
    ("payment_method", "bank", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "copper wire", {}, ""),
    ("payment_method", "wire", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "250cc bike", {}, ""),
    ("payment_method", "cc", {"payment_method": "credit_card"}, ""),
    ("payment_method", "信用卡", {"payment_method": "credit_card"}, ""),
    # terms inside other words
    ("contract", "rolling my eyes", {}, ""),
    ("contract", "rolling", {"contract": "month_to_month"}, ""),
    ("contract", "annual leave", {}, ""),
    ("contract", "annual", {"contract": "one_year"}, ""),
    ("contract", "一年级", {}, ""),
    ("contract", "一年", {"contract": "one_year"}, ""),
    ("contract", "健身年卡", {}, ""),
    ("contract", "年卡", {"contract": "one_year"}, ""),
    ("contract", "年费会员", {}, ""),
    ("contract", "年费", {"contract": "one_year"}, ""),
    # options said one each of two things
    ("contract", "two phones, one monthly one yearly", {}, ""),
    ("contract", "one phone's on a monthly, the other's on a two-year", {}, ""),
    ("contract", "a monthly one and a yearly one", {}, ""),
    ("contract", "one on monthly, one on a year contract", {}, ""),
    ("contract", "两张卡，一张月付一张年付", {}, ""),
    ("contract", "一个是月付，另一个是两年的", {}, ""),
    ("contract", "一个按月，一个一年", {}, ""),
    ("internet_service", "one house has fibre, the other has DSL", {}, ""),
    ("payment_method", "one by card, the other by direct debit", {}, ""),
    ("payment_method", "一张卡是信用卡，另一张是银行卡代扣", {}, ""),
    ("payment_method", "一个信用卡，一个银行卡", {}, ""),
    # ... but one option is the respondent's own beside the other thing's
    ("contract", "mine's monthly, the other one's a 2 year", {"contract": "month_to_month"}, ""),
    ("contract", "我的按月，另一张卡两年", {"contract": "month_to_month"}, ""),
    ("contract", "我的是一个两年的合约，另外一张卡月付", {"contract": "two_year"}, ""),
    (
        "contract",
        "mine's monthly, the wife's is two year",
        {"has_partner": True, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "我的是月付，我老婆的是两年",
        {"has_partner": True, "contract": "month_to_month"},
        "",
    ),
    ("internet_service", "mine's fibre, my mum's is ADSL", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "我的是光纤，我妈家是ADSL", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "fibre at mine, the other flat has dsl",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "payment_method",
        "mine's on credit card, my husband's is direct debit",
        {"has_partner": True, "payment_method": "credit_card"},
        "",
    ),
    # near misses: one thing, or a term revised
    ("contract", "one year", {"contract": "one_year"}, ""),
    ("contract", "the one year one", {"contract": "one_year"}, ""),
    ("contract", "one monthly", {"contract": "month_to_month"}, ""),
    (
        "contract",
        "was on a 2 year one but it ran out, so month to month now",
        {"contract": "month_to_month"},
        "",
    ),
    ("contract", "一年的，每月自动扣", {"contract": "one_year"}, ""),
    ("contract", "the one with the free phone", {}, ""),
    # "one" before a term is no amount
    ("monthly_spend", "two phones, one monthly one yearly", {}, ""),
    ("monthly_spend", "one hundred monthly", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "one fifty", {"monthly_spend": 150.0}, ""),
    (
        "monthly_spend",
        "the one with the free phone, 40 a month",
        {"monthly_spend": 40.0},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_words_inside_options(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

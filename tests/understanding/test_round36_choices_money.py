"""Choices, money, intentions and interests, round 36: a bandwidth under the contract question, a
bare denial of having a line, paying over a shop's counter, a switch weighed after a rating, a
month after a yearly term, a monthly plan before "没装宽带", an offer heard of, a new term that is
no new customer, a way of paying urged or praised by a relative, a worker rated before the
service, the bother of switching, a fool's head in dialect and a job of one's own.

Covers: "fibre 500 meg" under the contract question (fibre, not vague; "500兆" is vague only
asked the line); "no we dont", "we don't" (no line; but "no we dont know" is vague and "no we
dont use it much" nothing); "I just load at the sari-sari store", "我在小卖部充值" (vague; but
not asked back, nor a relative's habit); "3, and I'm thinking of switching", "3分，在考虑要不要换"
(unsure; but not "switching phones", a wife's plan or a denial); "一年的 每个月89块" (89, not
89/12); "月付 没装宽带" (monthly, and no line); "听说签两年的送宽带 是不是真的" (no contract;
but "…，我就签了两年的" is two years); "我上个月刚换成两年的合约" (no tenure of 0; but "刚办了一年
的合约" joins); "我女婿说用信用卡交有积分", "my son keeps telling me to pay by credit card" (no
payment; but "我老公说用的信用卡", "我女儿让我绑的信用卡" pay by card); "给装机小哥五星 服务嘛一般"
(3); "懒得换 换号码麻烦得很" (stay); "续约？我脑壳又没进水" (leave); "当小学校长 平时喜欢看书"
(reading, the respondent's own; but "我们校长喜欢打羽毛球" is the head's). Rows are (asked slot,
message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a bandwidth under the contract question
    ("contract", "fibre 500 meg", {"internet_service": "fiber_optic"}, ""),
    ("contract", "500兆", {}, ""),
    ("contract", "光纤，500兆的", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "500兆", {}, "v"),
    ("internet_service", "200兆的", {}, "v"),
    # a bare denial of having it
    ("internet_service", "no we dont", {"internet_service": "none"}, ""),
    ("internet_service", "nah I haven't", {"internet_service": "none"}, ""),
    ("internet_service", "we don't", {"internet_service": "none"}, ""),
    ("internet_service", "nope, we do not", {"internet_service": "none"}, ""),
    ("internet_service", "no we dont know", {}, "v"),
    ("internet_service", "no we dont use it much", {}, ""),
    ("internet_service", "we don't have it with you, we're with BT", {}, ""),
    ("contract", "no we dont", {}, ""),
    # paying over a shop's counter
    ("payment_method", "I just load at the sari-sari store", {}, "v"),
    ("payment_method", "I buy load at the 7-eleven", {}, "v"),
    ("payment_method", "我在小卖部充值", {}, "v"),
    ("payment_method", "去便利店交话费", {}, "v"),
    ("payment_method", "can I load at the sari-sari store?", {}, ""),
    ("payment_method", "my lola still loads at the sari-sari store", {}, ""),
    ("payment_method", "我爸还是老一套，每个月跑营业厅交现金", {}, ""),
    ("payment_method", "I work at the sari-sari store", {}, ""),
    (
        "payment_method",
        "I load at the sari-sari store, the bill's on my credit card",
        {"payment_method": "credit_card"},
        "",
    ),
    # a switch weighed after a rating
    (
        "satisfaction",
        "3, and I'm thinking of switching",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "2/5, considering switching tbh",
        {"churn_intent": "unsure", "satisfaction": 2},
        "",
    ),
    (
        "satisfaction",
        "meh, thinking about changing providers",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3分，在考虑要不要换", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    (
        "satisfaction",
        "一般吧，正在琢磨要不要转网",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3, thinking of switching phones", {"satisfaction": 3}, ""),
    (
        "satisfaction",
        "3, my wife is thinking of switching",
        {"has_partner": True, "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3, not thinking of switching", {"satisfaction": 3}, ""),
    ("satisfaction", "3分，在考虑要不要换手机", {"satisfaction": 3}, ""),
    # (alone under the rating question, the service is what is weighed: unsure)
    ("satisfaction", "I'm thinking of switching", {"churn_intent": "unsure"}, ""),
    # a month after the year
    ("contract", "一年的 每个月89块", {"monthly_spend": 89.0, "contract": "one_year"}, ""),
    ("contract", "一年的，每月89", {"monthly_spend": 89.0, "contract": "one_year"}, ""),
    ("contract", "两年的 每个月99", {"monthly_spend": 99.0, "contract": "two_year"}, ""),
    ("monthly_spend", "一年1200", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "包年的，一年1200", {"contract": "one_year", "monthly_spend": 100.0}, ""),
    ("monthly_spend", "每三个月交一次，270", {"monthly_spend": 90.0}, ""),
    ("contract", "一年的，一年1080", {"monthly_spend": 90.0, "contract": "one_year"}, ""),
    # a monthly plan, then no line
    (
        "contract",
        "月付 用流量就够了 没装宽带",
        {"internet_service": "none", "contract": "month_to_month"},
        "",
    ),
    ("contract", "月付 没装宽带", {"internet_service": "none", "contract": "month_to_month"}, ""),
    ("contract", "按月 没装宽带", {"internet_service": "none", "contract": "month_to_month"}, ""),
    ("contract", "千兆那档太贵了没办", {}, ""),
    # an offer heard of
    ("contract", "听说签两年的送宽带 是不是真的", {}, ""),
    ("contract", "据说包年的便宜", {}, ""),
    ("contract", "听说一年的有优惠，真的吗", {}, ""),
    ("contract", "I heard the 2 year deal comes with a free router, is that true?", {}, ""),
    ("contract", "apparently the one year plan is cheaper?", {}, ""),
    ("contract", "听说签两年的送宽带，我就签了两年的", {"contract": "two_year"}, ""),
    ("contract", "听说你们要涨价，我是两年的", {"contract": "two_year"}, ""),
    # a new term is no new customer
    ("internet_service", "哦对了 我上个月刚换成两年的合约", {"contract": "two_year"}, ""),
    ("tenure_months", "我上个月刚换成两年的合约", {"contract": "two_year"}, ""),
    ("tenure_months", "just switched to a 2 year contract", {"contract": "two_year"}, ""),
    ("tenure_months", "刚换过来", {"tenure_months": 0}, ""),
    ("tenure_months", "just switched to you guys", {"tenure_months": 0}, ""),
    ("tenure_months", "刚办了一年的合约", {"contract": "one_year", "tenure_months": 0}, ""),
    (
        "tenure_months",
        "just signed up to a 2 year plan",
        {"contract": "two_year", "tenure_months": 0},
        "",
    ),
    # a way urged or praised by another person
    ("payment_method", "我女婿说用信用卡交有积分 他天天念叨", {}, ""),
    ("payment_method", "我儿子说用信用卡交有积分", {}, ""),
    ("payment_method", "我儿子劝我用信用卡交", {}, ""),
    ("payment_method", "我女儿让我绑信用卡", {}, ""),
    ("payment_method", "my son keeps telling me to pay by credit card for the points", {}, ""),
    ("payment_method", "my son says a credit card gets you points", {}, ""),
    (
        "payment_method",
        "我老公说用的信用卡",
        {"has_partner": True, "payment_method": "credit_card"},
        "",
    ),
    ("payment_method", "我女儿让我绑的信用卡", {"payment_method": "credit_card"}, ""),
    (
        "payment_method",
        "我女婿说用信用卡交有积分，我就绑了信用卡",
        {"payment_method": "credit_card"},
        "",
    ),
    ("payment_method", "信用卡，有积分", {"payment_method": "credit_card"}, ""),
    (
        "payment_method",
        "my son told me to pay by credit card so I did",
        {"payment_method": "credit_card"},
        "",
    ),
    (
        "contract",
        "闺女说一年的划算，老伴说两年的划算，最后签的啥我也闹不明白",
        {"has_partner": True},
        "v",
    ),
    # a worker rated, then the service
    ("satisfaction", "给装机小哥五星 服务嘛一般", {"satisfaction": 3}, ""),
    ("satisfaction", "装机小哥五星 服务一般", {"satisfaction": 3}, ""),
    ("satisfaction", "给师傅打五星 网速一般", {"satisfaction": 3}, ""),
    ("satisfaction", "客服小姐姐态度很好 整体还行吧", {"satisfaction": 3}, ""),
    ("satisfaction", "我老公说 服务一般", {"has_partner": True}, ""),
    ("satisfaction", "给装机小哥五星", {}, ""),
    ("satisfaction", "the installer gets 5 stars, the service is so-so", {"satisfaction": 3}, ""),
    ("satisfaction", "5 stars for the install guy, service is average", {"satisfaction": 3}, ""),
    # what a switch would take
    ("churn_intent", "懒得换 换号码麻烦得很", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不换了，换运营商麻烦死了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "懒得换，换号麻烦得要命", {"churn_intent": "stay"}, ""),
    ("churn_intent", "要换，麻烦死了这网", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换！麻烦得很也要换", {"churn_intent": "leave"}, ""),
    # no fool
    ("churn_intent", "续约？我脑壳又没进水", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续费？我脑袋又没坏", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换？我脑壳又没进水", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约？我脑壳有包才续", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约吧，脑壳疼", {"churn_intent": "stay"}, ""),
    # a job of one's own
    (
        "interests",
        "我是女的 当小学校长 平时喜欢看书 听歌 偶尔打羽毛球",
        {"gender": "female", "interests": ["music", "reading", "sports"]},
        "",
    ),
    ("interests", "我是小学老师 平时喜欢看书", {"interests": ["reading"]}, ""),
    ("interests", "我在公司当部门经理 平时爱打游戏", {"interests": ["gaming"]}, ""),
    ("interests", "我是大学生 喜欢打游戏", {"interests": ["gaming"]}, ""),
    ("interests", "我们校长喜欢打羽毛球", {}, ""),
    ("interests", "我们学校的校长喜欢打羽毛球", {}, ""),
    ("interests", "校长喜欢钓鱼，我喜欢看书", {"interests": ["reading"]}, ""),
    ("interests", "我们老师喜欢打羽毛球", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round36_choices_money(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

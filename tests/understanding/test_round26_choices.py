"""Choice options, intentions and complaints, round 26.

Covers: options weighed against each other in a question ("跟光纤比哪个快", "is fibre faster
than DSL"; but "我家是光纤，比电话线快多了", where the option after "than"/"比" is only the
measure); "not sure" of a fact under another question ("2 year contract, not sure how long in"; but
"not sure whether to renew"); a top-up, gift or SIM card, no credit card ("buy a top up card at
the pharmacy"; but "I top up with my credit card"); a decision to be talked over first ("得跟媳妇
商量一下", "need to talk it over with my wife"; but "商量过了，继续用"); staying mocked as a
question ("续个啥，网速这么烂"; but "续个一年吧", "没签啥"); Singlish "continue lah"; a company
account paying by e-check ("我们公司账户开电子支票付的"); a landlord's line the respondent pays for
("the landlord had fibre put in, I just pay you for it"; but the landlord's own house).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("internet_service", "DSL是个啥？跟光纤比哪个快", {}, ""),
    ("internet_service", "跟光纤比哪个快", {}, ""),
    ("internet_service", "光纤跟电话线那种比起来哪个稳定", {}, ""),
    ("internet_service", "光纤和ADSL哪个便宜点", {}, ""),
    ("internet_service", "光纤比DSL快多少", {}, ""),
    ("internet_service", "fibre vs dsl which one is faster", {}, ""),
    ("internet_service", "which is quicker, fibre or DSL", {}, ""),
    ("internet_service", "is fibre faster than DSL", {}, ""),
    ("internet_service", "我家是光纤，比电话线快多了", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "fibre, way faster than the old DSL",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "DSL. is fibre faster?", {"internet_service": "dsl"}, ""),
    ("internet_service", "光纤，比以前的好多了", {"internet_service": "fiber_optic"}, ""),
    ("churn_intent", "刚才那个问题我答错了，是一年的合同", {"contract": "one_year"}, ""),
    (
        "churn_intent",
        "sorry, going back to the last question, it's a two year contract actually",
        {"contract": "two_year"},
        "",
    ),
    (
        "churn_intent",
        "correction on the previous one: we're on a 1 year contract",
        {"contract": "one_year"},
        "",
    ),
    (
        "churn_intent",
        "上一题我说错了，是两年的合约，会继续用",
        {"contract": "two_year", "churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "两年的合约刚续了，继续用",
        {"contract": "two_year", "churn_intent": "stay"},
        "",
    ),
    (
        "tenure_months",
        "we're on the 2 year contract, not sure how long in tho",
        {"contract": "two_year"},
        "v",
    ),
    (
        "tenure_months",
        "one year contract, not sure how long we've been with you",
        {"contract": "one_year"},
        "v",
    ),
    (
        "tenure_months",
        "2 year deal, unsure how many months it's been",
        {"contract": "two_year"},
        "v",
    ),
    ("tenure_months", "两年的合约，用了多久不确定", {"contract": "two_year"}, "v"),
    ("churn_intent", "not sure tbh", {"churn_intent": "unsure"}, ""),
    (
        "tenure_months",
        "two year contract, not sure whether to renew it",
        {"contract": "two_year", "churn_intent": "unsure"},
        "v",
    ),
    ("payment_method", "buy a top up card at the pharmacy", {}, "v"),
    ("payment_method", "I get a recharge card from the corner shop", {}, "v"),
    ("payment_method", "scratch card from the newsagent", {}, "v"),
    ("payment_method", "gift cards mostly", {}, "v"),
    ("payment_method", "去便利店买充值卡充的", {}, "v"),
    ("payment_method", "买张话费卡充一下", {}, "v"),
    ("payment_method", "credit card", {"payment_method": "credit_card"}, ""),
    ("payment_method", "I top up with my credit card", {"payment_method": "credit_card"}, ""),
    ("payment_method", "用信用卡充值", {"payment_method": "credit_card"}, ""),
    ("payment_method", "visa card, auto top up", {"payment_method": "credit_card"}, ""),
    ("complaint", "刚在开车没听清，你再说一遍？", {}, ""),
    ("complaint", "不好意思刚才在忙，能再问一次吗", {}, ""),
    (
        "complaint",
        "网速太慢了，能不能给解决一下？",
        {"complaint": "网速太慢了，能不能给解决一下？"},
        "",
    ),
    (
        "complaint",
        "the wifi drops every night, can you fix that?",
        {"complaint": "the wifi drops every night, can you fix that?"},
        "",
    ),
    (
        "monthly_spend",
        "每月三十，家里没装宽带",
        {"monthly_spend": 30.0, "internet_service": "none"},
        "",
    ),
    (
        "monthly_spend",
        "20 a month, no broadband at home",
        {"monthly_spend": 20.0, "internet_service": "none"},
        "",
    ),
    (
        "monthly_spend",
        "£20, we don't have broadband at home",
        {"monthly_spend": 20.0, "internet_service": "none"},
        "",
    ),
    ("monthly_spend", "一个月十五块，我妈家没宽带", {"monthly_spend": 15.0}, ""),
    ("monthly_spend", "十五块，家里宽带今天又没网了", {"monthly_spend": 15.0}, ""),
    ("churn_intent", "得跟媳妇商量一下", {"churn_intent": "unsure", "has_partner": True}, ""),
    ("churn_intent", "要跟家里人商量商量", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "回去商量下再说", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "I need to talk it over with my wife",
        {"churn_intent": "unsure", "has_partner": True},
        "",
    ),
    ("churn_intent", "have to discuss it with the family first", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "跟老婆商量过了，继续用", {"churn_intent": "stay", "has_partner": True}, ""),
    ("churn_intent", "商量好了，不续了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "we talked it over, we're staying", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续个啥，网速这么烂", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续什么续，天天掉线", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续啥续", {"churn_intent": "leave"}, ""),
    ("churn_intent", "还续？做梦", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续个毛线", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续个一年吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续个两年的", {"churn_intent": "stay"}, ""),
    ("churn_intent", "还续吗？续吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "sure continue lah", {"churn_intent": "stay"}, ""),
    ("churn_intent", "continue lor", {"churn_intent": "stay"}, ""),
    ("churn_intent", "can, continue using lah", {"churn_intent": "stay"}, ""),
    ("churn_intent", "will continue with you guys", {"churn_intent": "stay"}, ""),
    ("churn_intent", "don't want to continue lah", {"churn_intent": "leave"}, ""),
    ("churn_intent", "continue? no way", {"churn_intent": "leave"}, ""),
    (
        "internet_service",
        "still on copper, fibre hasn't reached us",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "old copper line, no fibre out here", {"internet_service": "dsl"}, ""),
    ("internet_service", "no fibre here, just the phone line", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "fibre isn't available here so we're on copper",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "铜线的，光纤还没拉到我们村", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "the landlord had fibre put in, I just pay you for it",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "landlord installed fibre, we pay the bill",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "our landlord put fiber in when we moved in",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "房东装的光纤，我每月交钱", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "the landlord has fibre in his own house, we've got DSL",
        {"internet_service": "dsl"},
        "",
    ),
    ("age", "is this about fibre? we don't have it", {}, ""),
    ("age", "is this about fibre? my son already has it", {}, ""),
    ("complaint", "信号时有时无的", {"complaint": "信号时有时无的"}, ""),
    ("complaint", "5G老是跳回4G", {"complaint": "5G老是跳回4G"}, ""),
    ("complaint", "一进电梯信号忽有忽无", {"complaint": "一进电梯信号忽有忽无"}, ""),
    (
        "complaint",
        "5g keeps dropping to 4g outside the estate",
        {"complaint": "5g keeps dropping to 4g outside the estate"},
        "",
    ),
    ("payment_method", "我们公司账户开电子支票付的", {"payment_method": "electronic_check"}, ""),
    ("payment_method", "用单位账户开电子支票", {"payment_method": "electronic_check"}, ""),
    (
        "payment_method",
        "our company pays it by e-check",
        {"payment_method": "electronic_check"},
        "",
    ),
    (
        "payment_method",
        "公司用电子支票发工资，我自己刷信用卡",
        {"payment_method": "credit_card"},
        "",
    ),
    ("contract", "就月付的，没签啥", {"contract": "month_to_month"}, ""),
    ("churn_intent", "续个什么呀，天天断网", {"churn_intent": "leave"}, ""),
    ("age", "42, please continue", {"age": 42}, ""),
    ("payment_method", "SIM card from the shop, I top up", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round26_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""What a word is about: a rate, a device, a relative, a concession, a question back.

Covers: one unit of time before a count is the period of a rate ("一周得重启两次"), and after a
device's age only a number with a unit of time can be the time with us; "不方便" after an action
is a hassle, no refusal; a bill never read closely; a relative's own way of paying; a decision put
off until something happens; another person's own line told across clauses; a coworker's gripe
before "no problems"; prices by measure ("a litre", "一斤"); "just got" something that is no
line; the period after what is paid for ("40 for it every month"); cards cancelled; a score
parted from its story by a dash; a complaint after "not your fault, but"; no line at home with the
line qualified ("any home broadband"); which of two things the question means.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

_STORM = (
    "the storm knocked the power out, not your fault, but the modem never came back and support "
    "kept me on hold for an hour"
)

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # which of two things the question means is a question back, no complaint
    ("complaint", "您问的是家里的网还是手机卡？", {}, ""),
    ("complaint", "do you mean the home broadband or my mobile?", {}, ""),
    ("complaint", "网还是老掉线，手机倒没事", {"complaint": "网还是老掉线，手机倒没事"}, ""),
    ("complaint", "我说的是宽带，还是天天断", {"complaint": "我说的是宽带，还是天天断"}, ""),
    # one unit of time before a count is a rate's period, no amount of time
    ("tenure_months", "路由器都用了三年了，一周得重启两次", {}, ""),
    ("tenure_months", "一个月两百", {"monthly_spend": 200.0}, ""),
    ("tenure_months", "一个月就掉了三次线", {"tenure_months": 1}, ""),
    ("tenure_months", "用了一年零两个月", {"tenure_months": 14}, ""),
    ("tenure_months", "一年三个月吧", {"tenure_months": 15}, ""),
    # a device's age told: other numbers count only with a unit of time
    ("tenure_months", "这台电脑用了五年了，想换台新的，要八千多", {}, ""),
    ("tenure_months", "手机用了三年多，卡倒是新开的，仨月", {"tenure_months": 3}, ""),
    ("tenure_months", "电脑用了六年，你们家的网用了两年", {"tenure_months": 24}, ""),
    # 不方便 after an action is a hassle, not a refusal
    ("contract", "按月付的，签长约不方便", {"contract": "month_to_month"}, ""),
    ("age", "年龄不方便", {}, "r"),
    ("contract", "这个不方便哈", {}, "r"),
    ("contract", "这个说出来不方便", {}, "r"),
    # the bill never read closely: vague
    ("monthly_spend", "账单从没仔细看过", {}, "v"),
    ("monthly_spend", "话费单子我也没查", {}, "v"),
    ("monthly_spend", "没细看，九十来块吧", {"monthly_spend": 90.0}, ""),
    # a relative's own way of paying is theirs
    ("payment_method", "我妈老派，非要每月去营业厅交现金，说网上不安全", {}, ""),
    ("payment_method", "每个月去营业厅交现金", {}, "v"),
    ("payment_method", "我老公用微信交的", {"has_partner": True}, "v"),
    ("payment_method", "我爸帮我办的，每个月用支付宝交", {}, "v"),
    # a decision put off until something happens
    (
        "churn_intent",
        "续费的事等我媳妇回来再商量",
        {"churn_intent": "unsure", "has_partner": True},
        "",
    ),
    (
        "churn_intent",
        "renewing? we'll decide once my husband gets home",
        {"churn_intent": "unsure", "has_partner": True},
        "",
    ),
    ("churn_intent", "续约，等到期了就去办", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "renew, I'll sort the paperwork when the bill comes",
        {"churn_intent": "stay"},
        "",
    ),
    # another person's own line, told across clauses
    ("monthly_spend", "我爸把他的卡换到移动了，说那边套餐划算，一个月才二十五", {}, ""),
    ("monthly_spend", "他的号一个月才十八，我的要九十", {"monthly_spend": 90.0}, ""),
    (
        "monthly_spend",
        "我老婆那张副卡再加二十，平时一共七十",
        {"has_partner": True, "monthly_spend": 70.0},
        "",
    ),
    # a coworker's gripe, then none of the respondent's
    (
        "complaint",
        "my coworker never stops moaning about his broadband but mine, no problems so far, "
        "fingers crossed",
        {},
        "v",
    ),
    (
        "complaint",
        "the wifi drops every evening, my colleague has the same issue",
        {"complaint": "the wifi drops every evening, my colleague has the same issue"},
        "",
    ),
    # a price by measure is no bill
    ("monthly_spend", "diesel's 1.95 a litre now, madness", {}, ""),
    ("monthly_spend", "菜价涨了，猪肉一斤十八", {}, ""),
    ("monthly_spend", "about 50 a month, petrol's another story", {"monthly_spend": 50.0}, ""),
    # "just got" something that is no line
    ("has_dependents", "no kids, we just got a tortoise", {"has_dependents": False}, ""),
    ("tenure_months", "just got connected on Monday", {"tenure_months": 0}, ""),
    ("tenure_months", "only just got the internet put in", {"tenure_months": 0}, ""),
    # the period after what is paid for
    (
        "internet_service",
        "DSL, I pay 40 for it every month",
        {"internet_service": "dsl", "monthly_spend": 40.0},
        "",
    ),
    ("internet_service", "DSL, paid 40 for it", {"internet_service": "dsl"}, ""),
    # cancelling cards is no leaving
    (
        "payment_method",
        "lost my purse on the bus, been cancelling and reordering all my cards",
        {},
        "",
    ),
    (
        "satisfaction",
        "2, and I'm cancelling at the end of the month",
        {"satisfaction": 2, "churn_intent": "leave"},
        "",
    ),
    # a score parted from its story by a dash
    ("satisfaction", "5 - honestly it's been alright", {"satisfaction": 5}, ""),
    ("satisfaction", "it's been alright", {"satisfaction": 3}, ""),
    # a concession, then the complaint
    (
        "complaint",
        _STORM,
        {"complaint": _STORM},
        "",
    ),
    ("complaint", "not your fault, but my landlord won't let me put fibre in", {}, "v"),
    ("complaint", "跟你们没关系，是小区停电", {}, "v"),
    # no line at home, qualified
    (
        "internet_service",
        "we haven't got any home broadband, the phone does everything",
        {"internet_service": "none"},
        "",
    ),
    ("internet_service", "fibre, but no landline", {"internet_service": "fiber_optic"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_scope_of_words(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Numbers, choices, intentions and complaints, round 38: new customers as a group, the old kind
of line kept, 莫 for 没, an amount per monthly debit, "其他" (the rest) rated, a gift as a
condition, a real word mistaken for a typo, answers that only compare, a story opened by
"long story", mobile money, Scots staying and a number taken to a rival.

Covers: "十多年了，…新用户倒是送这送那" (120: new customers as a group, not a new customer; "我是
新用户" stays 0); "还是以前那种走电话线的" (dsl: the old kind still in use; "以前是电话线的" stays
past); "家里莫网" (none; "莫急" is no negation); "农行卡，每月十号扣，一次六十九" (69.0 besides the
bank); "给装机师傅五星，其他的嘛3分" (3: 他 inside 其他 is no third person); "送了我就续" (unsure;
"送了流量，我就续了" is done: stay); "the jug's boiling" (no bowling); "same as last month",
"跟上个月一样", "more than it should be" asked the spend, "better than Digicel", "比移动强点" asked
the rating (vague, unless a number is there); "what kinda thing do you mean?" (a question back);
"long story, my uncle…" (no hedge; "it's a long story" still is); "才用没多久" (as vague as
"没多久"; "才用几天" stays 0); "EcoCash" (a wallet: vague); "I'll stick wi ye", "too old to be
changing now" (stay); "moved my number over to Mascom" (leave; not "his number", nor "from").
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
        "tenure_months",
        "十多年了，老用户一点优惠都没有，新用户倒是送这送那，太寒心了",
        {"tenure_months": 120},
        "",
    ),
    ("tenure_months", "十多年了，新用户倒是送这送那", {"tenure_months": 120}, ""),
    ("tenure_months", "八年了，新用户都有优惠，我们老用户啥也没有", {"tenure_months": 96}, ""),
    ("tenure_months", "用了六年，新用户反而更便宜", {"tenure_months": 72}, ""),
    ("tenure_months", "新用户，有啥优惠吗", {"tenure_months": 0}, ""),
    ("tenure_months", "我是新用户", {"tenure_months": 0}, ""),
    ("tenure_months", "新用户有优惠吗？我上个月才办的", {"tenure_months": 1}, ""),
    (
        "tenure_months",
        "over a decade, and new customers get all the deals",
        {"tenure_months": 120},
        "",
    ),
    ("tenure_months", "6 years, new customers always get better prices", {"tenure_months": 72}, ""),
    ("tenure_months", "I'm a new customer, any deals?", {"tenure_months": 0}, ""),
    ("internet_service", "还是以前那种走电话线的", {"internet_service": "dsl"}, ""),
    ("internet_service", "还是原来的光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "一直是以前那个电话线的", {"internet_service": "dsl"}, ""),
    ("internet_service", "跟以前一样，光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "以前是电话线的", {}, ""),
    ("internet_service", "以前电话线的，现在光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "那会儿还是电话线", {}, ""),
    ("payment_method", "还是原来的信用卡", {"payment_method": "credit_card"}, ""),
    ("payment_method", "以前用支票", {}, ""),
    ("contract", "还是以前那种月付的", {"contract": "month_to_month"}, ""),
    ("contract", "以前是两年的", {}, ""),
    ("internet_service", "家里莫网，学校宿舍用校园网", {"internet_service": "none"}, ""),
    ("internet_service", "莫装宽带，用流量", {"internet_service": "none"}, ""),
    ("internet_service", "莫得网", {"internet_service": "none"}, ""),
    ("has_dependents", "莫孩子", {"has_dependents": False}, ""),
    ("has_partner", "莫对象", {"has_partner": False}, ""),
    ("internet_service", "莫急，光纤的", {"internet_service": "fiber_optic"}, ""),
    (
        "payment_method",
        "农行卡，每月十号扣，一次六十九",
        {"monthly_spend": 69.0, "payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "信用卡，每个月自动扣，每次扣九十九",
        {"monthly_spend": 99.0, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "银行卡，每月扣，一次大概八十",
        {"monthly_spend": 80.0, "payment_method": "bank_transfer"},
        "",
    ),
    ("payment_method", "农行卡，每月十号扣", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "农行卡，每月十号扣，一次扣两个号", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "农行卡，一次充三个月", {"payment_method": "bank_transfer"}, ""),
    ("satisfaction", "给装机师傅五星，其他的嘛3分", {"satisfaction": 3}, ""),
    ("satisfaction", "其他3分", {"satisfaction": 3}, ""),
    ("satisfaction", "其他方面4分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "装机师傅五星", {}, ""),
    ("satisfaction", "他给3分", {}, ""),
    ("satisfaction", "他弹吉他5分", {}, ""),
    ("satisfaction", "the installer gets 5 stars, the rest 3", {"satisfaction": 3}, ""),
    ("churn_intent", "你们能送点流量不？送了我就续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "送点流量我就续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "给点优惠我就留", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "给我折扣的话我就继续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "他们送了流量，我就续了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "送了两个月话费，所以就续了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "会续的", {"churn_intent": "stay"}, ""),
    ("age", "hold on love, the jug's boiling", {}, ""),
    ("interests", "bowling", {"interests": ["sports"]}, ""),
    ("interests", "slimming world meetings", {}, ""),
    ("interests", "swimming", {"interests": ["fitness"]}, ""),
    ("monthly_spend", "same as last month I think", {}, "v"),
    ("monthly_spend", "跟上个月一样", {}, "v"),
    ("monthly_spend", "跟上个月差不多吧", {}, "v"),
    ("monthly_spend", "same as last month, 89", {"monthly_spend": 89.0}, ""),
    ("monthly_spend", "same as always, about 60 quid", {"monthly_spend": 60.0}, ""),
    ("age", "same as last month", {}, ""),
    ("monthly_spend", "more than it should be, I'll tell you that", {}, "v"),
    ("monthly_spend", "more than it should be, about 90", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "more than my sister pays", {}, ""),
    ("complaint", "what kinda thing do you mean by that?", {}, ""),
    ("complaint", "what sorta stuff do you mean?", {}, ""),
    (
        "complaint",
        "the wifi drops every night, what kinda service is that",
        {"complaint": "the wifi drops every night, what kinda service is that"},
        "",
    ),
    ("churn_intent", "long story, my uncle used to work for you lot back in the day", {}, ""),
    ("churn_intent", "long story", {}, "v"),
    ("churn_intent", "it's a long story", {}, "v"),
    ("has_dependents", "kind of, it's a long story", {}, "v"),
    ("satisfaction", "才用没多久，打不了分", {}, "v"),
    ("satisfaction", "才用不久，还不好说", {}, "v"),
    ("tenure_months", "才用没多久", {}, "v"),
    ("tenure_months", "才用几天", {"tenure_months": 0}, ""),
    ("satisfaction", "才用几天，4分吧", {"satisfaction": 4, "tenure_months": 0}, ""),
    ("tenure_months", "才用没多久，两个月吧", {"tenure_months": 2}, ""),
    ("payment_method", "EcoCash, shamwari", {}, "v"),
    ("payment_method", "Orange Money", {}, "v"),
    ("payment_method", "Tigo Pesa, every month", {}, "v"),
    (
        "payment_method",
        "my son pays with EcoCash, I use debit order",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "orange juice money lol, no I use a credit card",
        {"payment_method": "credit_card"},
        "",
    ),
    ("satisfaction", "better than Digicel, I'll say that", {}, "v"),
    ("satisfaction", "way better than Safaricom", {}, "v"),
    ("satisfaction", "better than Digicel, 4 stars", {"satisfaction": 4}, ""),
    ("satisfaction", "比移动强点", {}, "v"),
    ("satisfaction", "我女儿说你们比联通强", {}, ""),
    ("satisfaction", "my cousin says you're better than Digicel", {}, ""),
    ("satisfaction", "you're way better than Safaricom", {}, "v"),
    ("satisfaction", "比电信好多了，4分", {"satisfaction": 4}, ""),
    ("churn_intent", "I'll stick wi ye, too old to be changing now", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'll stick wi ye", {"churn_intent": "stay"}, ""),
    ("churn_intent", "too old to change", {"churn_intent": "stay"}, ""),
    ("churn_intent", "can't be bothered changing", {"churn_intent": "stay"}, ""),
    ("churn_intent", "my dad's too old to be changing phones", {}, ""),
    ("satisfaction", "4, I'll stick wi ye", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("churn_intent", "moved my number over to Mascom yesterday", {"churn_intent": "leave"}, ""),
    ("churn_intent", "ported my number to Digicel last week", {"churn_intent": "leave"}, ""),
    ("churn_intent", "my brother moved his number over to Mascom", {}, ""),
    (
        "churn_intent",
        "moved my number over from Mascom last year, staying",
        {"churn_intent": "stay"},
        "",
    ),
    (
        "satisfaction",
        "2, moved my number over to Mascom yesterday",
        {"churn_intent": "leave", "satisfaction": 2},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round38_numbers_intentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

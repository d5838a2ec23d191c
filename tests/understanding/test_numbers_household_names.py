"""Numbers, household and names: anniversaries already passed, card spending on other things,
an age next to a child's, a child who switched the service for the respondent, a partner in a
condition, "不多" before a count, and names after a condition or a description.

Covers: "passed the two-year mark in March", "hit 3 years back in June", "今年六月刚过三年" (the
anniversary is the month: 32 / 41; "I'll hit 2 years in March" is ahead: 20); "spent 1200 a year
on my credit card on takeaways", "信用卡每个月刷两千多网购" (no spend, and no way of paying; "I pay
1200 a year on my credit card" stays 100); "32岁 娃三岁" (age 32 and a dependent); "我孩子去年帮我
换的", "my son switched it for me" (no dependents value, unless an age or a school says
otherwise); "renew? only if my wife agrees", "要是我老婆同意就续" (a partner; not "if I had a wife",
"if my wife were still alive"); "有的，不多，就一个" (true); "Tom if you need to know" (Tom); "我是
单亲家庭长大的", "我是独生子女" (no name).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # an anniversary already passed, in English as in Chinese (today 2026-11-23)
    ("tenure_months", "passed the two-year mark in March", {"tenure_months": 32}, ""),
    ("tenure_months", "hit 3 years back in June", {"tenure_months": 41}, ""),
    ("tenure_months", "we crossed the one year mark in August", {"tenure_months": 15}, ""),
    ("tenure_months", "reached the 5 year mark in April", {"tenure_months": 67}, ""),
    ("tenure_months", "passed 2 years in March", {"tenure_months": 32}, ""),
    ("tenure_months", "hit the 3 year mark this June", {"tenure_months": 41}, ""),
    ("tenure_months", "we hit our 2 year anniversary with you in March", {"tenure_months": 32}, ""),
    ("tenure_months", "crossed the 1 year mark last August", {"tenure_months": 15}, ""),
    ("tenure_months", "celebrated 4 years with you in July", {"tenure_months": 52}, ""),
    ("tenure_months", "it was two years back in March", {"tenure_months": 32}, ""),
    # near misses: no month, a milestone still ahead, a month of something else
    ("tenure_months", "passed the two-year mark", {"tenure_months": 24}, ""),
    ("tenure_months", "I'll hit 2 years in March", {"tenure_months": 20}, ""),
    ("tenure_months", "I'll pass the two-year mark in March", {"tenure_months": 20}, ""),
    ("tenure_months", "we're about to pass the two-year mark in March", {"tenure_months": 20}, ""),
    ("tenure_months", "gonna hit the 3 year mark in June", {"tenure_months": 29}, ""),
    ("tenure_months", "two years in March", {"tenure_months": 20}, ""),
    ("tenure_months", "2 years, I passed my driving test in March", {"tenure_months": 24}, ""),
    ("tenure_months", "I'll pass", {}, "r"),
    # the Chinese anniversaries, with 过 / 就 / 刚好 as well as 满
    ("tenure_months", "今年三月就已经满两年了", {"tenure_months": 32}, ""),
    ("tenure_months", "今年六月刚过三年", {"tenure_months": 41}, ""),
    ("tenure_months", "今年八月刚好一年", {"tenure_months": 15}, ""),
    ("tenure_months", "今年三月就两年了", {"tenure_months": 32}, ""),
    ("tenure_months", "今年三月过的两周年", {"tenure_months": 32}, ""),
    ("tenure_months", "三月份刚过两年", {"tenure_months": 32}, ""),
    ("tenure_months", "去年六月刚过一年", {"tenure_months": 29}, ""),
    ("tenure_months", "明年三月满两年", {"tenure_months": 20}, ""),
    ("tenure_months", "今年三月开始用的", {"tenure_months": 8}, ""),
    ("tenure_months", "去年十二月装的，还没满一年", {"tenure_months": 11}, ""),
    ("tenure_months", "今年三月就开通了", {"tenure_months": 8}, ""),
    # amounts put on a card for other things are no bill
    ("monthly_spend", "spent 1200 a year on my credit card on takeaways", {}, ""),
    ("monthly_spend", "spent 1200 a year on takeaways", {}, ""),
    ("monthly_spend", "I put about 300 a month on my credit card for groceries", {}, ""),
    ("monthly_spend", "I put 300 a month on my card, mostly takeouts and coffees", {}, ""),
    ("monthly_spend", "spent 1200 a year on my credit card on clothes", {}, ""),
    (
        "monthly_spend",
        "I spend 200 a month on takeaways, the phone bill is 45",
        {"monthly_spend": 45.0},
        "",
    ),
    # the card paying the bill keeps the amount
    (
        "monthly_spend",
        "I pay 1200 a year on my credit card",
        {"payment_method": "credit_card", "monthly_spend": 100.0},
        "",
    ),
    (
        "monthly_spend",
        "60 a month on my credit card",
        {"payment_method": "credit_card", "monthly_spend": 60.0},
        "",
    ),
    ("monthly_spend", "一年在信用卡上刷了一万二的外卖", {}, ""),
    ("monthly_spend", "信用卡每个月刷两千多网购", {}, ""),
    (
        "monthly_spend",
        "信用卡每月自动扣99",
        {"payment_method": "credit_card", "monthly_spend": 99.0},
        "",
    ),
    (
        "monthly_spend",
        "用信用卡交，一年1200",
        {"payment_method": "credit_card", "monthly_spend": 100.0},
        "",
    ),
    (
        "monthly_spend",
        "每个月信用卡刷三千多买衣服，话费倒是不多，五十",
        {"monthly_spend": 50.0},
        "",
    ),
    (
        "payment_method",
        "I put everything on my visa for the points",
        {"payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "credit card, 60 a month",
        {"monthly_spend": 60.0, "payment_method": "credit_card"},
        "",
    ),
    (
        "churn_intent",
        "I'm on the rolling monthly and I pay with my Visa",
        {"contract": "month_to_month", "payment_method": "credit_card"},
        "",
    ),
    (
        "satisfaction",
        "4, it goes on my credit card for the phone, 60 a month",
        {"monthly_spend": 60.0, "payment_method": "credit_card", "satisfaction": 4},
        "",
    ),
    # an age, then a child's own age after a space: the first is the respondent's
    ("age", "32岁 娃三岁", {"has_dependents": True, "age": 32}, ""),
    ("age", "32岁 孩子三岁", {"has_dependents": True, "age": 32}, ""),
    ("age", "32岁 儿子五岁", {"has_dependents": True, "age": 32}, ""),
    ("age", "32岁 娃3岁", {"has_dependents": True, "age": 32}, ""),
    ("age", "我32岁 娃三岁", {"has_dependents": True, "age": 32}, ""),
    ("age", "三十二 娃三岁", {"has_dependents": True, "age": 32}, ""),
    ("age", "32岁娃三岁", {"has_dependents": True, "age": 32}, ""),
    ("age", "32岁 女儿刚上小学", {"has_dependents": True, "age": 32}, ""),
    ("age", "32, kid is 3", {"has_dependents": True, "age": 32}, ""),
    # the child's age said before the child stays the child's
    ("age", "3岁的娃", {"has_dependents": True}, ""),
    ("age", "我家3岁娃", {"has_dependents": True}, ""),
    ("age", "5岁 儿子", {"has_dependents": True}, ""),
    # an age, then a child's own age after a space: the first is the respondent's
    ("has_dependents", "32岁 娃三岁", {"age": 32, "has_dependents": True}, ""),
    # a child who switched the service for the respondent is a grown-up helper
    ("has_dependents", "我孩子去年帮我换的", {}, ""),
    ("has_dependents", "我孩子帮我换的", {}, ""),
    ("has_dependents", "我闺女去年帮我换的套餐", {}, ""),
    ("has_dependents", "孩子帮我转的", {}, ""),
    ("has_dependents", "my son switched it for me last year", {}, ""),
    ("has_dependents", "my kid changed it over for me", {}, ""),
    ("has_dependents", "my daughter moved me to you lot", {}, ""),
    # ... but not a child who switched schools, nor one with an age or a school
    ("has_dependents", "我孩子去年换了学校", {"has_dependents": True}, ""),
    ("has_dependents", "我孩子帮我换的，他今年上初中", {"has_dependents": True}, ""),
    ("has_dependents", "my son switched it for me, he's 16", {"has_dependents": True}, ""),
    ("has_dependents", "my daughter switched schools last year", {"has_dependents": True}, ""),
    # "不多" followed by how many: no hedge of the yes
    ("has_dependents", "有的，不多，就一个", {"has_dependents": True}, ""),
    ("has_dependents", "有，不多，两个", {"has_dependents": True}, ""),
    ("has_dependents", "有的，不多，就一个，上小学", {"has_dependents": True}, ""),
    ("has_dependents", "有的，就一个", {"has_dependents": True}, ""),
    ("has_dependents", "yes, not many, just one", {"has_dependents": True}, ""),
    ("has_dependents", "没有，一个都没有", {"has_dependents": False}, ""),
    # the own partner as the subject of a condition is there
    (
        "churn_intent",
        "renew? only if my wife agrees",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "I'll stay if my husband says so",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "only if my girlfriend agrees",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "unless the missus says no",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "要是我老婆同意就续", {"has_partner": True, "churn_intent": "unsure"}, ""),
    ("churn_intent", "除非我老公点头", {"has_partner": True, "churn_intent": "unsure"}, ""),
    ("churn_intent", "只要我媳妇同意就续", {"has_partner": True, "churn_intent": "unsure"}, ""),
    # ... but not a partner supposed, gone, or a child
    ("churn_intent", "if I had a wife she'd decide", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "if my wife were still alive she'd know", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "如果我有老婆的话", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "要是我老伴还在就好了", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "only if my kids agree", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "3, if my husband signed it then I don't know", {"satisfaction": 3}, ""),
    # a bare name given as far as it is needed
    ("name", "Tom if you need to know", {"name": "Tom"}, ""),
    ("name", "Tom if you must know", {"name": "Tom"}, ""),
    ("name", "Sarah if you really need it", {"name": "Sarah"}, ""),
    ("name", "Tom in case you need it", {"name": "Tom"}, ""),
    ("name", "Tom if that helps", {"name": "Tom"}, ""),
    ("name", "Will if you need to know", {"name": "Will"}, ""),
    ("name", "Dr. Smith if you must", {"name": "Dr. Smith"}, ""),
    # no name in the condition alone
    ("name", "if you need to know", {}, ""),
    ("name", "only if you need it", {}, ""),
    ("name", "not telling unless you need to know", {}, "r"),
    ("age", "40 if you need to know", {"age": 40}, ""),
    # what the respondent grew up as, after 我是, is no name
    ("name", "我是单亲家庭长大的", {}, ""),
    ("name", "我是东北长大的", {}, ""),
    ("name", "我是农村出来的", {}, ""),
    ("name", "我是独生子女", {}, ""),
    ("name", "我是留守儿童", {}, ""),
    ("name", "我是独生女", {}, ""),
    ("name", "我是张伟", {"name": "张伟"}, ""),
    ("name", "我是老张", {"name": "老张"}, ""),
    ("name", "我是单丽", {"name": "单丽"}, ""),
    ("satisfaction", "我是单亲家庭长大的，4分吧", {"satisfaction": 4}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_numbers_household_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

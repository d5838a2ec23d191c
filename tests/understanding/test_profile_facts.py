"""Profile facts said among other facts: ages, genders, cities, contracts, bills and payment means.

Each rule is checked on a message that should fill the slot and on a near miss that must not:
another person's or a pet's age ("我儿子小宝今年八岁了", "狗狗叫豆豆，三岁了") against the
respondent's own; self-descriptions with years ("lady, 61 yrs", "a gal of 45 years") against a
time with us ("male, 5 years with you"); kinship roles ("我是三个孩子的爸爸") against kinship words
("我有个侄女"); the place after "I'm in" against a line of work ("I'm in sales"); the pence of
"ten pounds fifty" against a count ("30 dollars 2 lines"); a year paid upfront against a router
paid upfront; a bank named by its name against a wallet; refusals by the respondent against
what others do not share. Rows are (asked slot, message, exact values, flag) with flag "r" for a
refusal, "v" for a vague answer and "" otherwise; "today" is 2026-11-23.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # --- somebody else's or a pet's age, in its clause or in the clause it goes on about
    ("age", "我儿子小宝今年八岁了，我四十一", {"age": 41, "has_dependents": True}, ""),
    ("age", "my niece's 22 and I'm 50", {"age": 50}, ""),
    ("age", "my dog's 11, I'm 29", {"age": 29}, ""),
    ("age", "家里的猫叫豆豆，十二岁了。我30", {"age": 30}, ""),
    ("has_dependents", "家里一只柯基，十二岁了", {"has_dependents": False}, ""),
    ("age", "my wife and I are both 35", {"age": 35, "has_partner": True}, ""),
    ("age", "有两个孩子，36岁", {"age": 36, "has_dependents": True}, ""),
    (
        "interests",
        "家里老二，16年的男孩，爱打篮球",
        {"has_dependents": True, "interests": ["sports"]},
        "",
    ),
    # --- a self-description followed by years
    ("gender", "lady, 61 yrs", {"age": 61, "gender": "female"}, ""),
    ("gender", "Am a woman of 30 years", {"age": 30, "gender": "female"}, ""),
    ("gender", "male, 5 years with you", {"gender": "male", "tenure_months": 60}, ""),
    ("name", "年龄：45 姓名：张三", {"age": 45, "name": "张三"}, ""),
    # --- "我叫…，三十五了": a bare number and 了 goes on about the respondent
    ("name", "我叫李华，三十五了", {"age": 35, "name": "李华"}, ""),
    ("name", "我叫李华，快六十了", {"age": 60, "name": "李华"}, ""),
    ("name", "我叫李华，网费都八十了", {"name": "李华"}, ""),
    # --- gender from a birth year, a particle, a kinship role
    (
        "interests",
        "喜欢打篮球，98年的男生",
        {"age": 28, "gender": "male", "interests": ["sports"]},
        "",
    ),
    ("gender", "我是女的呀", {"gender": "female"}, ""),
    ("gender", "我是三个孩子的爸爸", {"gender": "male", "has_dependents": True}, ""),
    ("gender", "我是两个外甥的姑姑", {"gender": "female"}, ""),
    ("gender", "我有个侄女", {}, ""),
    ("has_partner", "我是他老婆", {"has_partner": True}, ""),
    # --- cities
    ("city", "I'm in Plymouth", {"city": "Plymouth"}, ""),
    ("city", "in Swindon", {"city": "Swindon"}, ""),
    ("city", "I'm in sales", {}, ""),
    ("city", "住在hang zhou", {"city": "Hangzhou"}, ""),
    ("city", "I've lived in Whitby since 1990", {"city": "Whitby"}, ""),
    ("city", "my sister's in Leeds, I'm over in Truro", {"city": "Truro"}, ""),
    ("city", "I lived in York before", {}, ""),
    ("city", "I travel a lot, moving around constantly", {}, "v"),
    ("name", "强哥 在深圳送外卖", {"city": "Shenzhen", "name": "强哥"}, ""),
    ("name", "我哥 在深圳送外卖", {}, ""),
    ("has_dependents", "俩孩子都工作了，一个在南京一个在苏州", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "both grown, one in Leeds and the other in York",
        {"has_dependents": False},
        "",
    ),
    ("name", "Thabo, from Pretoria", {"city": "Pretoria", "name": "Thabo"}, ""),
    # --- time with us, and the contract's length
    (
        "internet_service",
        "fibre, signed up last Christmas",
        {"internet_service": "fiber_optic", "tenure_months": 11},
        "",
    ),
    (
        "internet_service",
        "got a new smart TV last Christmas, fibre's fine",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "tenure_months",
        "it's a 24 month contract, no idea when I joined",
        {"contract": "two_year"},
        "v",
    ),
    (
        "tenure_months",
        "married 10 years, with you for 4 of them",
        {"has_partner": True, "tenure_months": 48},
        "",
    ),
    ("tenure_months", "3 kids, 2 of them at uni", {"has_dependents": True}, ""),
    ("tenure_months", "yonks", {}, "v"),
    ("name", "我是新用户，想问问宽带", {}, ""),
    ("tenure_months", "new customer", {"tenure_months": 0}, ""),
    (
        "satisfaction",
        "only been 3 weeks, so 4 for now",
        {"satisfaction": 4, "tenure_months": 1},
        "",
    ),
    ("satisfaction", "it's been 2 days since the outage, 2", {"satisfaction": 2}, ""),
    (
        "contract",
        "monthly. my year 9s are all on 24 month deals",
        {"contract": "month_to_month"},
        "",
    ),
    (
        "churn_intent",
        "staying, I'm on monthly anyway",
        {"churn_intent": "stay", "contract": "month_to_month"},
        "",
    ),
    (
        "churn_intent",
        "I'm on fibre, paying monthly, staying",
        {"churn_intent": "stay", "internet_service": "fiber_optic"},
        "",
    ),
    ("contract", "that's all I know", {}, "v"),
    # --- bills
    ("monthly_spend", "四十九块九一个月", {"monthly_spend": 49.9}, ""),
    ("satisfaction", "88块一个月，给3分", {"monthly_spend": 88.0, "satisfaction": 3}, ""),
    ("monthly_spend", "手机58，宽带再加100", {"monthly_spend": 158.0}, ""),
    (
        "monthly_spend",
        "宽带100，我儿子那张副卡另加三十",
        {"monthly_spend": 130.0},
        "",
    ),
    ("monthly_spend", "45 for mine + 25 for the tablet", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "ten pounds fifty", {"monthly_spend": 10.5}, ""),
    ("monthly_spend", "30 dollars 2 lines", {"monthly_spend": 30.0}, ""),
    (
        "monthly_spend",
        "yearly plan, paid 1200 in one go",
        {"contract": "one_year", "monthly_spend": 100.0},
        "",
    ),
    (
        "monthly_spend",
        "annual contract, 600 up front for the router, 50 a month after",
        {"contract": "one_year", "monthly_spend": 50.0},
        "",
    ),
    ("monthly_spend", "1500 rupees a month", {"monthly_spend": 1500.0}, ""),
    ("monthly_spend", "paid 500 for my new phone, plan is 40 a month", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "spent 1200 on a laptop", {}, ""),
    # --- payment means
    (
        "monthly_spend",
        "it comes off my mastercard, about 30",
        {"monthly_spend": 30.0, "payment_method": "credit_card"},
        "",
    ),
    ("monthly_spend", "it comes off my salary", {}, ""),
    ("payment_method", "from my Barclays account", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "I transfer from my Nedbank app", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "from my PayPal account", {}, "v"),
    # credit given back or held is no credit card
    ("monthly_spend", "we got 20 credit back last month", {}, ""),
    (
        "payment_method",
        "my account is in credit, I pay by card",
        {"payment_method": "credit_card"},
        "",
    ),
    (
        "complaint",
        "store credit instead of a refund, really?",
        {"complaint": "store credit instead of a refund, really?"},
        "",
    ),
    ("payment_method", "from my Google account", {}, ""),
    (
        "payment_method",
        "By cheque, which I always send through the Royal Mail",
        {"payment_method": "mailed_check"},
        "",
    ),
    ("payment_method", "m-pesa", {}, "v"),
    ("payment_method", "auto pay", {}, "v"),
    ("payment_method", "autopay with my credit card", {"payment_method": "credit_card"}, ""),
    # --- a letter for the gender with chatter after it; an age offered for another slot
    ("gender", "M obviously haha", {"gender": "male"}, ""),
    ("gender", "f this", {}, ""),
    ("gender", "Male. 47 in case you need my age", {"gender": "male", "age": 47}, ""),
    ("gender", "Male. 47 in case you need my number", {"gender": "male"}, ""),
    # --- refusals of the asked slot, and their near misses
    ("has_dependents", "not something I'm comfortable sharing", {}, "r"),
    ("payment_method", "I don't share my bank details over chat", {}, "r"),
    (
        "complaint",
        "they don't give out any info when the network is down",
        {"complaint": "they don't give out any info when the network is down"},
        "",
    ),
    ("gender", "这个不填", {}, "r"),
    ("complaint", "表格不填就不让办", {"complaint": "表格不填就不让办"}, ""),
    # --- not understanding the options
    ("internet_service", "网这块我不懂", {}, "v"),
    ("complaint", "客服什么都不懂", {"complaint": "客服什么都不懂"}, ""),
    # --- a card maxed out by spending is no means of paying the bill
    (
        "payment_method",
        "话费走的借记卡，信用卡早就刷爆了",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("payment_method", "话费用信用卡刷的", {"payment_method": "credit_card"}, ""),
    (
        "payment_method",
        "the bill comes off my debit card, my credit card is maxed out anyway",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "my debit card got cloned so the bill goes on my credit card now",
        {"payment_method": "credit_card"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_profile_fact(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

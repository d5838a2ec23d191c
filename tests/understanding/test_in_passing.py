"""Slot words said in passing, and names, places and amounts as people really write them.

Covers the readings added against false fills from a service named as a trade, another place's
line, a yardstick, an object or what is on offer ("I lay fibre for a living", "the library's
fibre", "fibre isn't available on our road"); children who are pupils, patients, neighbours' or
on television, and a pet called a baby; ratings of a courier, a hotel's star class or a new house;
questions about the scale; answers with nothing to complain about in chat style; roles, states
and refusals after "我是" / "I'm"; and the answers these rules must still read: two-word Latin
names, titled full names, a corrected name, an unknown town after "based in", rand amounts.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a service option as a trade, another place's line, a yardstick, an object or an offer
    (
        "internet_service",
        "I repair fibre for a living, at home we just use mobile data",
        {"internet_service": "none"},
        "",
    ),
    ("internet_service", "我在公司是做光纤施工的，家里用的ADSL", {"internet_service": "dsl"}, ""),
    ("age", "41, I lay fibre for a living", {"age": 41}, ""),
    (
        "payment_method",
        "direct debit. I use the library's fibre when mine is down",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (
        "complaint",
        "the wait on your hotline is longer than the fibre cable under my street",
        {"complaint": "the wait on your hotline is longer than the fibre cable under my street"},
        "",
    ),
    ("interests", "gardening and a fibre optic lamp I built myself", {}, ""),
    ("city", "Leeds, fibre isn't available on our road yet", {"city": "Leeds"}, ""),
    # options echoed or asked about
    ("internet_service", "光纤？ADSL？搞不清楚，都是我女儿给装的", {}, "v"),
    ("internet_service", "can I even get fibre in this village?", {}, ""),
    ("internet_service", "你们小区能拉光纤不？", {}, ""),
    # children who are not the respondent's
    ("satisfaction", "the kids in my class rate me highly, you get a 3", {"satisfaction": 3}, ""),
    ("tenure_months", "2 years. The kids next door use your wifi too", {"tenure_months": 24}, ""),
    ("has_dependents", "那些小孩是邻居家的，我自己没有孩子", {"has_dependents": False}, ""),
    ("satisfaction", "电视里那个小孩好可爱，你们嘛给3分", {"satisfaction": 3}, ""),
    (
        "has_partner",
        "married, my wife nurses sick babies at the children's hospital",
        {"has_partner": True},
        "",
    ),
    ("interests", "cooking and spoiling my fur baby", {"interests": ["food"]}, ""),
    ("has_dependents", "家里俩崽，一个上小学一个上幼儿园", {"has_dependents": True}, ""),
    # children counted and placed at home, at school or by age, in any answer
    ("age", "38, two girls in primary school", {"age": 38, "has_dependents": True}, ""),
    ("age", "40, I teach two boys aged 10 on Saturdays", {"age": 40}, ""),
    ("name", "Maya. two little ones at home", {"name": "Maya", "has_dependents": True}, ""),
    ("age", "44 老大十岁老二五岁", {"age": 44, "has_dependents": True}, ""),
    ("age", "61, my two grandkids live with me", {"age": 61, "has_dependents": True}, ""),
    ("age", "my girl is 6 and I'm 35", {"age": 35, "has_dependents": True}, ""),
    ("age", "my boy is 25, I'm 55", {"age": 55}, ""),
    ("has_partner", "结婚了，有个上小学的儿子", {"has_partner": True, "has_dependents": True}, ""),
    ("satisfaction", "对象说挺好的，我给4分", {"has_partner": True, "satisfaction": 4}, ""),
    ("age", "61, my grandkids live with their mum", {"age": 61}, ""),
    (
        "city",
        "on our honeymoon in Crete, home is Leeds",
        {"city": "Leeds", "has_partner": True},
        "",
    ),
    # ratings of something else, star classes and questions about the scale
    ("satisfaction", "给外卖小哥打了五星，你们的话四分", {"satisfaction": 4}, ""),
    ("satisfaction", "对新房子挺满意的，网就一般吧", {"satisfaction": 3}, ""),
    ("age", "45，对现在的生活很满意", {"age": 45}, ""),
    ("satisfaction", "the hotel was a 5-star place, you lot are a 2", {"satisfaction": 2}, ""),
    ("satisfaction", "which one means good, 1 or 5?", {}, ""),
    ("age", "30, stayed in a five-star hotel", {"age": 30}, ""),
    ("tenure_months", "3, we stayed in a 4-star hotel then", {"tenure_months": 3}, ""),
    ("satisfaction", "5 star service honestly", {"satisfaction": 5}, ""),
    ("satisfaction", "刚拿了三杀，嗯，4分吧", {"satisfaction": 4}, ""),
    ("monthly_spend", "今天跑了30多单，话费每月50", {"monthly_spend": 50.0}, ""),
    # nothing to complain about
    ("complaint", "没啥，你们辛苦了", {}, "v"),
    ("complaint", "nothing at all, thanks for asking", {}, "v"),
    ("complaint", "一直挺稳的，挑不出啥毛病", {}, "v"),
    ("complaint", "no complain, everything fine", {}, "v"),
    ("complaint", "nothing since I signed up", {}, "v"),
    ("complaint", "莫得啥问题", {}, "v"),
    # roles, states and refusals are no names; names as typed
    ("name", "我是店长", {}, ""),
    ("name", "我是户主，姓陈", {"name": "陈"}, ""),
    ("name", "刚上完夜班，我是真的累", {}, ""),
    ("name", "I'm exhausted, sorry", {}, ""),
    ("name", "nah mate, not telling a robot my name", {}, "r"),
    ("name", "Kevin lah", {"name": "Kevin"}, ""),
    ("name", "我叫Emily Chen，在悉尼", {"name": "Emily Chen", "city": "Sydney"}, ""),
    ("name", "我叫王小红，不对是王晓红，打错字了", {"name": "王晓红"}, ""),
    ("name", "Mrs. Agnes Moore here", {"name": "Mrs. Agnes Moore"}, ""),
    ("name", "Mr Fenwick will do", {"name": "Mr Fenwick"}, ""),
    ("name", "Uncle Tan can already", {"name": "Uncle Tan"}, ""),
    ("name", "Hamish'll dae fine", {"name": "Hamish"}, ""),
    ("name", "Siobhan (shiv-AWN, everyone says it wrong, don't worry)", {"name": "Siobhan"}, ""),
    ("name", "Tom. sorry, Thom with an h", {"name": "Thom"}, ""),
    ("name", "Kevin, sorry for the wait", {"name": "Kevin"}, ""),
    ("name", "我叫梁家豪，在广州", {"name": "梁家豪", "city": "Guangzhou"}, ""),
    ("name", "强哥 刚下班 有啥快问", {"name": "强哥"}, ""),
    ("name", "my name is 陈静", {"name": "陈静"}, ""),
    ("name", "我係陳大文", {"name": "陳大文"}, ""),
    ("name", "Ah Beng lor", {"name": "Ah Beng"}, ""),
    # refusals in other words
    ("name", "Rather not give my name, thanks", {}, "r"),
    ("name", "name not important lah", {}, "r"),
    ("has_partner", "个人问题，不想多说", {}, "r"),
    ("satisfaction", "那家餐厅我给了满分，你们就先不评了", {}, "r"),
    # intentions: sarcasm taken back, left to someone's opinion; an option somebody urges
    ("churn_intent", "oh sure, I'll renew at these prices. not.", {"churn_intent": "leave"}, ""),
    ("churn_intent", "看家里人意见吧", {"churn_intent": "unsure"}, ""),
    (
        "internet_service",
        "DSL. my neighbour keeps telling me to get fibre",
        {"internet_service": "dsl"},
        "",
    ),
    # somebody else's children beside none of the respondent's own
    (
        "has_dependents",
        "I tutor my cousin's girls but no kids of my own",
        {"has_dependents": False},
        "",
    ),
    # an amount paid by credit card is no credit; an aside with "don't tell" is not "can't tell"
    (
        "monthly_spend",
        "54.50 by credit card",
        {"monthly_spend": 54.5, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "mobile banking, don't tell the boss I do it at work",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("name", "我叫周敏，我对象也在用你们的宽带", {"name": "周敏", "has_partner": True}, ""),
    # unknown towns and rand amounts
    ("city", "Darlington. Wifi has been poor at work lately", {"city": "Darlington"}, ""),
    ("age", "I'm 60, based in Bloemfontein", {"age": 60, "city": "Bloemfontein"}, ""),
    ("age", "my sister lives in Porto, I'm 33", {"age": 33}, ""),
    ("monthly_spend", "R450 a month", {"monthly_spend": 450.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_in_passing(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

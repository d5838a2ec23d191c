"""Household, name, payment and interest readings: a small child given an age after a comma, a
past self that is no child, a kin word somebody else calls the respondent, a name after "name?
it's", a partner's own way of paying beside the respondent's, and idle time on the phone.

Covers: "a wee lad, 3", "one girl, 5 and one boy, 2" (True; not "as a lass of twelve I moved
here", "as a lad, 12 of us shared a house", "a lad, 30"); "朋友的小孩叫我干妈", "my niece calls
me auntie" (no name, no dependents; "叫我阿姨就行", "学生都叫我王老师", "call me auntie" still
name); "name? it's Sam" (Sam; "name? it's a secret" is a refusal); "我用信用卡，我老公用银行卡"
(credit_card; "我老公用银行卡交" alone is still bank_transfer); "耍手机嘛", "刷手机" (nothing;
"研究手机", "喜欢手机数码" stay technology).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a small child with an age after a comma
    ("has_dependents", "a wee lad, 3", {"has_dependents": True}, ""),
    ("has_dependents", "a wee lass, 5", {"has_dependents": True}, ""),
    ("has_dependents", "one boy, 4", {"has_dependents": True}, ""),
    ("has_dependents", "one girl, 5 and one boy, 2", {"has_dependents": True}, ""),
    ("has_dependents", "just a little lass, 6 yrs old", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "wife and a wee lad, 3",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_dependents", "a lad of four", {"has_dependents": True}, ""),
    ("has_dependents", "she has a lad of four", {"has_dependents": True}, ""),
    ("has_dependents", "一个小子，3岁", {"has_dependents": True}, ""),
    ("has_dependents", "一个闺女，5岁", {"has_dependents": True}, ""),
    # a past self is no child
    ("has_dependents", "as a lass of twelve I moved here", {}, ""),
    ("has_dependents", "as a lad, 12 of us shared a house", {}, ""),
    ("has_dependents", "when I was a wee lass, 5, we moved", {}, ""),
    ("has_dependents", "a lad, 30", {}, ""),
    ("has_dependents", "小时候我是个五岁的小丫头", {}, ""),
    ("age", "as a lass of twelve I moved here, now 40", {"age": 40}, ""),
    # what somebody else's child calls the respondent
    ("has_dependents", "朋友的小孩叫我干妈", {}, ""),
    ("name", "朋友的小孩叫我干妈", {}, ""),
    ("name", "邻居家孩子都叫我阿姨", {}, ""),
    ("name", "侄子叫我舅舅", {}, ""),
    ("name", "my niece calls me auntie", {}, ""),
    ("name", "my friend's kids call me uncle", {}, ""),
    ("name", "the neighbour's kids call me nana", {}, ""),
    ("has_dependents", "my friend's kids call me auntie", {}, ""),
    ("name", "学生都叫我王老师", {"name": "王老师"}, ""),
    ("name", "大家都叫我胖虎", {"name": "胖虎"}, ""),
    ("name", "叫我阿姨就行", {"name": "阿姨"}, ""),
    ("name", "侄子叫我小明", {"name": "小明"}, ""),
    ("name", "my mates call me Kat", {"name": "Kat"}, ""),
    ("name", "my sister's boys call me Uncle Rob", {"name": "Uncle Rob"}, ""),
    ("name", "call me auntie", {"name": "auntie"}, ""),
    # a name after "name? it's"
    ("name", "name? it's Sam", {"name": "Sam"}, ""),
    ("name", "Name? It's Sam.", {"name": "Sam"}, ""),
    ("name", "name? oh, it's Priya", {"name": "Priya"}, ""),
    ("name", "my name? it's Tom", {"name": "Tom"}, ""),
    ("name", "Name: it's Ana", {"name": "Ana"}, ""),
    ("name", "name? it is Jo", {"name": "Jo"}, ""),
    ("name", "name? it's Mr Jones", {"name": "Mr Jones"}, ""),
    ("name", "name? it's a secret", {}, "r"),
    ("name", "name? it's fine", {}, ""),
    ("name", "name? it's on the account", {}, ""),
    # a partner's own way of paying beside the respondent's
    (
        "payment_method",
        "我用信用卡，我老公用银行卡",
        {"has_partner": True, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "我用信用卡，老公用银行卡",
        {"has_partner": True, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "我刷信用卡，我老婆用银行转账",
        {"has_partner": True, "payment_method": "credit_card"},
        "",
    ),
    ("payment_method", "我用信用卡，我儿子用银行卡", {"payment_method": "credit_card"}, ""),
    ("payment_method", "我一般用信用卡，我妈用邮寄支票", {"payment_method": "credit_card"}, ""),
    (
        "payment_method",
        "我老公用银行卡，我用信用卡",
        {"has_partner": True, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "I pay by credit card, my wife uses bank transfer",
        {"has_partner": True, "payment_method": "credit_card"},
        "",
    ),
    (
        "payment_method",
        "我老公用银行卡交",
        {"has_partner": True, "payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "老公用银行卡帮我交的",
        {"has_partner": True, "payment_method": "bank_transfer"},
        "",
    ),
    # idle time on the phone
    ("interests", "耍手机嘛", {}, ""),
    ("interests", "刷手机", {}, ""),
    ("interests", "天天抱着手机", {}, ""),
    ("interests", "刷会儿手机，看看剧", {"interests": ["movies"]}, ""),
    ("interests", "playing on my phone", {}, ""),
    ("interests", "研究手机", {"interests": ["technology"]}, ""),
    ("interests", "喜欢研究新手机", {"interests": ["technology"]}, ""),
    ("interests", "喜欢手机数码", {"interests": ["technology"]}, ""),
    ("interests", "phones, gadgets", {"interests": ["technology"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_seen_along_the_way_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

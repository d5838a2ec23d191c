"""Refusals and vague answers, round 33: a secret kept with the verb split ("保个密"), a no said
twice ("不说不说"), the asker's business doubted ("don't see why that's any of your business"),
a kind of question never answered (ratings, money), a yes/no answered both ways ("说有也有说没有也
没有", "yes and no"), not understanding such things ("俺也不懂这些", "don't understand tech"),
"hard to explain", no strength left for hobbies ("下了班哪还有力气搞爱好"), a bill taken when due
with no means named ("it just comes out on the 1st"), and a rating put off until later ("still
new to it, ask me in a couple of months": "a couple" is a time, no rating of 2).

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a secret kept with the verb split
    ("age", "年龄嘛，保个密😏", {}, "r"),
    ("age", "这个嘛，保个密", {}, "r"),
    ("city", "住哪儿？保一下密哈", {}, "r"),
    ("age", "保个密哈，反正比你大", {}, "r"),
    ("age", "保一下密，我在杭州", {"city": "Hangzhou"}, "r"),
    ("age", "这个保个底，35吧", {"age": 35}, ""),
    # a no said twice, as the last words
    ("gender", "性别也要问啊？不说不说", {}, "r"),
    ("age", "这也要问啊，不说不说", {}, "r"),
    ("gender", "不说不说", {}, "r"),
    ("gender", "不讲不讲", {}, "r"),
    ("age", "不说不说😏", {}, "r"),
    ("age", "就不说就不说~", {}, "r"),
    ("gender", "不说不说，男的", {"gender": "male"}, ""),
    ("gender", "女，不说不说别的了", {"gender": "female"}, ""),
    (
        "complaint",
        "客服总是不说不说的，问了半天",
        {"complaint": "客服总是不说不说的，问了半天"},
        "",
    ),
    # the asker's business doubted
    ("internet_service", "don't see why that's any of your business", {}, "r"),
    ("age", "I don't see how that's any of your business", {}, "r"),
    ("gender", "what business is it of yours", {}, "r"),
    ("age", "is that really any of your business", {}, "r"),
    ("complaint", "how is that any of your business", {}, "r"),
    (
        "has_partner",
        "Married, I don't see how that's any of your business",
        {"has_partner": True},
        "",
    ),
    ("has_partner", "Married, not that it's any of your business", {"has_partner": True}, ""),
    ("monthly_spend", "what business is it of yours, about $50", {"monthly_spend": 50.0}, ""),
    ("city", "I run a small business in Leeds", {"city": "Leeds"}, ""),
    # money never talked about
    ("monthly_spend", "I don't share money stuff sorry", {}, "r"),
    ("monthly_spend", "I don't talk about money", {}, "r"),
    ("monthly_spend", "I don't discuss finances", {}, "r"),
    ("monthly_spend", "I never share financial stuff online", {}, "r"),
    ("monthly_spend", "I don't do money talk", {}, "r"),
    ("monthly_spend", "I don't tell anyone what I pay", {}, "r"),
    ("monthly_spend", "钱的事我一般不聊", {}, "r"),
    ("monthly_spend", "I don't share my bill with anyone, it's $60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "we don't share money, I pay my own $40", {"monthly_spend": 40.0}, ""),
    ("has_partner", "we don't share money, we're just housemates", {}, ""),
    ("monthly_spend", "I don't know what I pay", {}, "v"),
    # ratings never given
    ("satisfaction", "I don't do ratings, sorry", {}, "r"),
    ("satisfaction", "I don't do star ratings", {}, "r"),
    ("satisfaction", "I don't rate things", {}, "r"),
    ("satisfaction", "I never rate stuff", {}, "r"),
    ("satisfaction", "I don't give ratings", {}, "r"),
    ("satisfaction", "我不打分的", {}, "r"),
    ("satisfaction", "我从不打分", {}, "r"),
    ("satisfaction", "I don't do ratings but it's fine, 4", {"satisfaction": 4}, ""),
    ("satisfaction", "I don't do ratings, but 4", {"satisfaction": 4}, ""),
    ("satisfaction", "我一般不打分的，不过这次给4分", {"satisfaction": 4}, ""),
    ("satisfaction", "不打分的话就3分吧", {"satisfaction": 3}, ""),
    ("satisfaction", "I don't rate them tbh", {}, ""),
    ("contract", "monthly, I don't do contracts", {"contract": "month_to_month"}, ""),
    ("interests", "I don't do much, reading mostly", {"interests": ["reading"]}, ""),
    # a yes/no answered both ways
    ("has_dependents", "emm 说有也有说没有也没有", {}, "v"),
    ("has_dependents", "说有吧也有，说没有吧也没有", {}, "v"),
    ("has_partner", "说有也算有，说没有也算没有", {}, "v"),
    ("has_dependents", "有也算有，没有也算没有", {}, "v"),
    ("has_dependents", "也可以说有，也可以说没有", {}, "v"),
    ("has_dependents", "有吧又好像没有", {}, "v"),
    ("has_dependents", "yes and no", {}, "v"),
    ("has_partner", "yes and no really", {}, "v"),
    ("has_dependents", "both yes and no", {}, "v"),
    ("has_dependents", "没有，也没有打算要", {"has_dependents": False}, ""),
    ("has_dependents", "没有孩子，也有个狗", {"has_dependents": False}, ""),
    ("has_dependents", "说没有也没有", {"has_dependents": False}, ""),
    # not understanding such things
    ("internet_service", "俺也不懂这些，反正能刷视频就行", {}, "v"),
    ("internet_service", "咱也不懂，反正能上网", {}, "v"),
    ("internet_service", "对这些一窍不通", {}, "v"),
    ("internet_service", "don't really understand tech, long as youtube loads I'm happy", {}, "v"),
    ("internet_service", "which one is the faster one? sorry not very techy", {}, ""),
    ("internet_service", "俺不懂，俺儿子装的光纤", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "I'm not very techy, it's the fibre one",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "光纤，反正能刷视频就行", {"internet_service": "fiber_optic"}, ""),
    # hard to explain
    ("has_dependents", "hard to explain really", {}, "v"),
    ("has_partner", "hard to explain", {}, "v"),
    ("has_dependents", "difficult to explain tbh", {}, "v"),
    ("has_dependents", "不好解释", {}, "v"),
    ("satisfaction", "hard to explain really", {}, "v"),
    (
        "has_dependents",
        "hard to explain, but yes my mum lives with me",
        {"has_dependents": True},
        "",
    ),
    ("complaint", "客服解释不清为什么多扣了钱", {"complaint": "客服解释不清为什么多扣了钱"}, ""),
    # no strength left for hobbies
    ("interests", "我在六盘水下井，下了班哪还有力气搞爱好", {"city": "Liupanshui"}, "v"),
    ("interests", "哪还有力气，下班就躺着", {}, "v"),
    ("interests", "too knackered after work for hobbies", {}, "v"),
    ("interests", "no energy left for anything after a shift", {}, "v"),
    ("interests", "下了班就去健身房", {"interests": ["fitness"]}, ""),
    ("interests", "after work I'm too tired, I just read", {"interests": ["reading"]}, ""),
    (
        "interests",
        "too tired for the gym, so I play video games",
        {"interests": ["fitness", "gaming"]},
        "",
    ),
    ("interests", "no energy for anything but netflix", {"interests": ["movies"]}, ""),
    # a bill taken when due, no means named
    ("payment_method", "it just comes out on the 1st, $95 or so", {"monthly_spend": 95.0}, "v"),
    ("payment_method", "it gets taken automatically every month", {}, "v"),
    ("payment_method", "每月1号直接扣", {}, "v"),
    ("payment_method", "it comes out of my card on the 1st", {"payment_method": "credit_card"}, ""),
    ("payment_method", "comes out on the 1st from my visa", {"payment_method": "credit_card"}, ""),
    (
        "payment_method",
        "the money goes out every month, direct debit from my bank account",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("tenure_months", "it comes out every month, been with you 3 years", {"tenure_months": 36}, ""),
    # too new to judge, a rating put off; an amount of time is no rating
    ("satisfaction", "dunno, still new to it, ask me in a couple of months", {}, "v"),
    ("satisfaction", "I'm still new, give it a couple of weeks", {}, "v"),
    ("satisfaction", "still new here tbh", {}, "v"),
    ("satisfaction", "it's still new, can't judge", {}, "v"),
    ("satisfaction", "还没用几天，过段时间再说", {}, "v"),
    ("satisfaction", "ask me in a couple of months", {}, ""),
    ("satisfaction", "check back in a couple of weeks", {}, ""),
    ("satisfaction", "I've had it for a couple of months, 4", {"satisfaction": 4}, ""),
    ("satisfaction", "a couple of months in and I'd say 3", {"satisfaction": 3}, ""),
    ("satisfaction", "give it a couple of weeks and I'll say 4", {"satisfaction": 4}, ""),
    ("satisfaction", "the router is still new, the service is a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "still new but so far 4", {"satisfaction": 4}, ""),
    ("name", "I'm new here", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round33_refusals_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

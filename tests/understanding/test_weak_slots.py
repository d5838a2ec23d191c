"""Dependents, tenure, intentions and names said in passing, and numbers that are no value.

Covers the readings added for the slots that were weakest on unseen answers: children who work
or live elsewhere, pets and couples as the whole household, counts as an answer; start dates
said with "上周" or "last November" and starts tied to events; considering, rhetorical and mocking
intentions ("在考虑要不要换", "为啥不续", "续个鬼"); names with a title or a word-like name; and
clock times, models, bandwidths and identifiers that fill nothing. Rows are (asked slot, message,
exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding import people
from bot.understanding.numerals import incidental
from bot.understanding.numerals.numbers import find_numbers

from .conftest import check_reading, read, values

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # children who work or live elsewhere are grown; one still at home counts
    ("has_dependents", "孩子在外地工作，不在身边", {"has_dependents": False}, ""),
    ("has_dependents", "有个儿子，已经工作了", {"has_dependents": False}, ""),
    ("has_dependents", "儿子在深圳工作", {"has_dependents": False}, ""),
    ("has_dependents", "大儿子工作了，小女儿还在上高中", {"has_dependents": True}, ""),
    ("has_dependents", "闺女已经出嫁了", {"has_dependents": False}, ""),
    ("has_dependents", "no, my son is 30 and lives in Denver", {"has_dependents": False}, ""),
    ("has_dependents", "one daughter, she's 27 and married", {"has_dependents": False}, ""),
    ("has_dependents", "my kids are grown, both married", {"has_dependents": False}, ""),
    ("has_dependents", "an adult son, self-supporting", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "kids are 19 and 22, still at home and I pay for everything",
        {"has_dependents": True},
        "",
    ),
    # pets and couples are the whole household; a pet called a child is still a pet
    ("has_dependents", "只养了一只猫", {"has_dependents": False}, ""),
    ("has_dependents", "only a cat", {"has_dependents": False}, ""),
    ("has_dependents", "my dog is basically my child lol, so no", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "just my husband and our two dogs",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    ("has_dependents", "just the two of us and a goldfish", {"has_dependents": False}, ""),
    ("has_dependents", "有一只猫一只狗，孩子暂时没有", {"has_dependents": False}, ""),
    # a count answers the question; school, custody and support say there is a child
    ("has_dependents", "three, all under 10", {"has_dependents": True}, ""),
    ("has_dependents", "one, she's in kindergarten", {"has_dependents": True}, ""),
    ("has_dependents", "我家神兽今年上三年级", {"has_dependents": True}, ""),
    ("has_dependents", "I have custody of my nephew", {"has_dependents": True}, ""),
    ("has_dependents", "I pay for my sister's college", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "my partner's kids live with us full time",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    # tenure: recent starts, a named month last year, starts tied to an event
    ("tenure_months", "上周才开通", {"tenure_months": 0}, ""),
    ("tenure_months", "上个月中旬装的", {"tenure_months": 1}, ""),
    ("tenure_months", "only signed up yesterday", {"tenure_months": 0}, ""),
    ("tenure_months", "we got connected last November", {"tenure_months": 12}, ""),
    ("tenure_months", "从大学毕业就开始用了", {}, "v"),
    ("tenure_months", "结婚以后才办的", {"has_partner": True}, "v"),
    ("tenure_months", "since last spring", {}, "v"),
    ("tenure_months", "since I started my first job", {}, "v"),
    # intentions: weighing it up is unsure; rhetorical and mocking echoes deny
    ("churn_intent", "在考虑要不要换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "thinking about leaving", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "considering other options", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "续不续都行", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "再用一段时间看看", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "看看下个月账单再决定", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "有便宜的就跑", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "续啊，为啥不续", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续个鬼", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换个毛线，继续用", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换？不至于", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不换不换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "应该会走吧", {"churn_intent": "leave"}, ""),
    ("churn_intent", "准备跳槽到联通", {"churn_intent": "leave"}, ""),
    (
        "churn_intent",
        "我都用了十年了还能走？",
        {"churn_intent": "stay", "tenure_months": 120},
        "",
    ),
    ("churn_intent", "not a chance I'm staying", {"churn_intent": "leave"}, ""),
    ("churn_intent", "no plans to go anywhere", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I've already renewed for next year", {"churn_intent": "stay"}, ""),
    ("churn_intent", "haven't thought that far ahead", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "yeah probably", {"churn_intent": "stay"}, ""),
    # names: titles kept as typed, word-like names, descriptions and questions are no names
    ("name", "李女士", {"name": "李女士"}, ""),
    ("name", "叫我唐先生就好", {"name": "唐先生"}, ""),
    ("name", "叫我小可爱就行", {"name": "小可爱"}, ""),
    ("name", "我叫高兴", {"name": "高兴"}, ""),
    ("name", "Dr. Smith", {"name": "Dr. Smith"}, ""),
    ("name", "It's Dr. Okafor", {"name": "Dr. Okafor"}, ""),
    ("name", "Mr. Johnson is fine", {"name": "Mr. Johnson"}, ""),
    ("name", "first name Daniela", {"name": "Daniela"}, ""),
    ("name", "I'm Will", {"name": "Will"}, ""),
    ("name", "我是新来的", {}, ""),
    ("name", "who's asking?", {}, ""),
    ("name", "名字不重要，继续吧", {}, "r"),
    ("name", "名字不重要，叫我张姐吧", {"name": "张姐"}, ""),
    ("name", "my name doesn't matter", {}, "r"),
    ("name", "随你叫", {}, "v"),
    # numbers that are no value, and greetings that rate nothing
    ("age", "100M宽带", {}, ""),
    ("age", "我用的iPhone 15", {}, ""),
    ("age", "Galaxy S23", {}, ""),
    ("age", "I'm on floor 12", {}, ""),
    ("age", "100 Mbps plan", {}, ""),
    ("monthly_spend", "卡号是6222开头的", {}, ""),
    ("monthly_spend", "the 2 o'clock appointment never showed", {}, ""),
    ("monthly_spend", "call me at 5", {}, ""),
    ("tenure_months", "晚上八点以后网速特别慢", {}, ""),
    ("tenure_months", "5点半下班", {}, ""),
    ("tenure_months", "can you call me after 6?", {}, ""),
    ("satisfaction", "in 5 minutes", {}, ""),
    ("satisfaction", "I have 2 kids", {"has_dependents": True}, ""),
    ("satisfaction", "早上好呀", {}, ""),
    ("satisfaction", "Good evening", {}, ""),
    ("has_dependents", "孩子大学毕业了，在北京上班，经济独立", {"has_dependents": False}, ""),
    # more household answers
    ("has_dependents", "自己都顾不过来，哪有孩子", {"has_dependents": False}, ""),
    ("has_dependents", "none that live with me", {"has_dependents": False}, ""),
    ("has_dependents", "我爸瘫痪在床，我在照顾", {"has_dependents": True}, ""),
    ("has_dependents", "一个读大学一个读高中", {"has_dependents": True}, ""),
    ("has_dependents", "家里一个小学生", {"has_dependents": True}, ""),
    ("has_dependents", "孩子们都大了，各过各的", {"has_dependents": False}, ""),
    # more durations: a range of years, half a decade, a month without a year
    ("tenure_months", "a year or two", {"tenure_months": 18}, ""),
    ("tenure_months", "half a decade", {"tenure_months": 60}, ""),
    ("tenure_months", "since March", {"tenure_months": 8}, ""),
    ("tenure_months", "since the beginning of this year", {"tenure_months": 10}, ""),
    ("tenure_months", "上个月", {"tenure_months": 1}, ""),
    # answering the tenure question, a duration is no contract unless the text says so
    ("tenure_months", "about 2yrs", {"tenure_months": 24}, ""),
    ("tenure_months", "almost 2 yr", {"tenure_months": 24}, ""),
    ("age", "since March I have been 30", {"age": 30}, ""),
    # more intentions: bare plans, hedged yes and no, left open, unlikely, never thought of it
    ("churn_intent", "打算", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不打算", {"churn_intent": "leave"}, ""),
    ("churn_intent", "还用吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I guess so", {"churn_intent": "stay"}, ""),
    ("churn_intent", "probably not", {"churn_intent": "leave"}, ""),
    ("churn_intent", "Absolutely not", {"churn_intent": "leave"}, ""),
    ("churn_intent", "看心情", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I'll think about it", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I'm looking at other options", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "续约的可能性不大", {"churn_intent": "leave"}, ""),
    ("churn_intent", "一直用着呢，没想过换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'd rather not switch, it's a hassle", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'd rather not say", {}, "r"),
    # more names
    ("name", "称呼我刘女士就行", {"name": "刘女士"}, ""),
    ("name", "我是王总的秘书", {}, ""),
    ("name", "Guess", {}, ""),
    # a city visited or dealt with is not where the respondent lives
    ("age", "32, visiting Shanghai this week", {"age": 32}, ""),
    ("satisfaction", "上海的客服打电话来态度还行", {"satisfaction": 3}, ""),
    ("satisfaction", "4, the Beijing call centre was helpful", {"satisfaction": 4}, ""),
    (
        "tenure_months",
        "since I moved back from London, 2 years",
        {"tenure_months": 24},
        "",
    ),
    ("age", "28岁，刚搬到杭州", {"age": 28, "city": "Hangzhou"}, ""),
    ("payment_method", "autopay from checking", {"payment_method": "bank_transfer"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_weak_slot_answer(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(
    ("asked", "text", "expected"),
    [
        # the same kinds of numbers still count where they are the value
        ("age", "perhaps 30", {"age": 30}),
        ("age", "im25", {"age": 25}),
        ("monthly_spend", "rmb99", {"monthly_spend": 99.0}),
        ("monthly_spend", "phone 39, broadband 100", {"monthly_spend": 139.0}),
        ("satisfaction", "I would put it at 4", {"satisfaction": 4}),
        ("tenure_months", "after 6 months", {"tenure_months": 6}),
        ("age", "35岁，住5楼", {"age": 35}),
        ("age", "I turn 40 in March", {"age": 39}),
    ],
)
def test_numbers_that_are_values(
    survey: Survey, asked: str, text: str, expected: dict[str, Any]
) -> None:
    assert values(read(survey, asked, text)) == expected


def test_incidental_numbers() -> None:
    def flags(low: str) -> list[bool]:
        return [incidental.is_incidental(low, n) for n in find_numbers(low)]

    assert flags("iphone 15") == [True]
    assert flags("3点再说") == [True]
    assert flags("尾号2580") == [True]
    assert flags("13812345678") == [True]
    assert flags("after 6?") == [True]
    assert flags("after 30 years") == [False]
    assert flags("about 70") == [False]
    assert flags("68.5") == [False]


def test_rhetorical_and_mocking_helpers() -> None:
    assert people.mocked("续个鬼", 1)
    assert not people.mocked("续约吧", 2)
    assert people.rhetorical_zh("为啥不续", 2, 4)
    assert people.rhetorical_zh("还能走?", 1, 3)
    assert not people.rhetorical_zh("还能走", 1, 3)

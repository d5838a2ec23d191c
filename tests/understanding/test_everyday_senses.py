"""Option and number words in their everyday senses fill nothing.

"The line is engaged" is a busy phone line, not a fiancé; "a credit on my bill" is money back, not
a way of paying; "the honeymoon period" is a new service's first weeks; "on average 70" holds no
age, and neither does "充满". Each row is (asked slot, message, exact values); the near misses
keep the slot word's own sense.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading, read

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # a busy phone line, money back, a police officer, a first few weeks
    ("satisfaction", "the support line is always engaged, 2", {"satisfaction": 2}),
    ("has_partner", "engaged, wedding's in June", {"has_partner": True}),
    ("satisfaction", "they put a credit on my account for the outage, 4", {"satisfaction": 4}),
    ("payment_method", "credit", {"payment_method": "credit_card"}),
    ("satisfaction", "a copper knocked about the noise, anyway 3", {"satisfaction": 3}),
    ("internet_service", "copper line, no fibre on our road", {"internet_service": "dsl"}),
    ("satisfaction", "the honeymoon phase is over, 3 now", {"satisfaction": 3}),
    (
        "satisfaction",
        "I pay the other half of the bill, my flatmate the rest. 4",
        {"satisfaction": 4},
    ),
    ("has_partner", "my other half handles all that", {"has_partner": True}),
    # one's own teenage years, a wall in between, a review or a message left, a passport
    ("age", "had a flip phone in my teens, I'm 41 now", {"age": 41}),
    ("has_dependents", "two teens and a toddler", {"has_dependents": True}),
    (
        "satisfaction",
        "separated from the router by two floors, signal's poor, 2",
        {"satisfaction": 2},
    ),
    ("has_partner", "separated last year", {"has_partner": False}),
    ("satisfaction", "I'm leaving a review later, it's a 2", {"satisfaction": 2}),
    ("churn_intent", "leaving as soon as the contract ends", {"churn_intent": "leave"}),
    ("satisfaction", "renewing my passport was less painful than your app, 1", {"satisfaction": 1}),
    ("churn_intent", "renewing, yeah", {"churn_intent": "stay"}),
    ("satisfaction", "no wifi on the train is no news, at home it's fine, 4", {"satisfaction": 4}),
    ("internet_service", "no wifi at home, just my phone", {"internet_service": "none"}),
    # a fault that goes on after 照旧 or 继续, and a procedure taken after 走, are no plan
    ("complaint", "晚上网速照旧卡", {"complaint": "晚上网速照旧卡"}),
    ("complaint", "修完还是继续掉线", {"complaint": "修完还是继续掉线"}),
    ("churn_intent", "照旧用着呗", {"churn_intent": "stay"}),
    ("complaint", "我打算走投诉渠道了", {"complaint": "我打算走投诉渠道了"}),
    ("churn_intent", "不续了，打算走了", {"churn_intent": "leave"}),
    # 三星 bought or used, or before a model, is the phone; given as a score it rates
    (
        "complaint",
        "买了个三星，一进地铁就没信号",
        {"complaint": "买了个三星，一进地铁就没信号"},
    ),
    ("satisfaction", "三星s24用着，网嘛4分", {"satisfaction": 4}),
    ("satisfaction", "给个三星吧", {"satisfaction": 3}),
    ("satisfaction", "average", {"satisfaction": 3}),
    # an age one only acts or feels
    ("age", "some days I feel like I'm 80, but I'm 52", {"age": 52}),
    ("age", "my kids say I act like I'm 15, I'm 44 really", {"age": 44, "has_dependents": True}),
    # reluctance before an action denies it
    ("churn_intent", "staying, can't be bothered switching", {"churn_intent": "stay"}),
    ("churn_intent", "probably stay, too much hassle to switch", {"churn_intent": "stay"}),
    ("churn_intent", "懒得换了，就这样吧", {"churn_intent": "stay"}),
    ("churn_intent", "switching the minute my contract ends", {"churn_intent": "leave"}),
    # words that end in "age" or "im", and 满 as "full"
    ("monthly_spend", "on average 65 a month", {"monthly_spend": 65.0}),
    ("satisfaction", "I had to leave a message 4 times, so 2", {"satisfaction": 2}),
    (
        "satisfaction",
        "the engineer, I gave him 20 quid tip he was that good, 5",
        {"satisfaction": 5},
    ),
    ("age", "aged 52", {"age": 52}),
    ("satisfaction", "停车场停满50辆车也照样有信号，4分", {"satisfaction": 4}),
    ("age", "刚满四十", {"age": 40}),
    # slowness in everyday verbs is a fault; a crawling baby or a bad commute is none
    ("complaint", "it crawls every night after 8", {"complaint": "it crawls every night after 8"}),
    (
        "complaint",
        "the connection slows to a crawl at dinner time",
        {"complaint": "the connection slows to a crawl at dinner time"},
    ),
    ("complaint", "our little one is crawling everywhere these days, exhausting", {}),
    # holding the conversation and going off to deal with something answers nothing
    ("complaint", "稍等啊，狗把充电线咬坏了，我去看看", {}),
    ("complaint", "hang on, the kettle's boiling over, let me go check", {}),
    ("complaint", "等一下，网又断了，烦死了", {"complaint": "等一下，网又断了，烦死了"}),
    # nowhere else to go, asked rhetorically, is staying; not knowing where to go is none
    ("churn_intent", "老顾客了，又能换哪家", {"churn_intent": "stay"}),
    ("churn_intent", "还能去哪玩呢，天天加班", {}),
    # weighing up leaving the provider named as the object, and a plan with its time
    ("internet_service", "honestly considering leaving you guys", {"churn_intent": "unsure"}),
    (
        "satisfaction",
        "going to cancel in January, the price went up",
        {"churn_intent": "leave"},
    ),
    ("satisfaction", "planning to switch phones in January, 4", {"satisfaction": 4}),
    ("satisfaction", "my cousin is planning to switch next month, 4", {"satisfaction": 4}),
    # moving away and cancelling everything here; a flat still looked for is no home yet
    (
        "churn_intent",
        "relocating for a new job, I'll be cancelling everything here in May",
        {"churn_intent": "leave"},
    ),
    ("churn_intent", "lost my purse, cancelling everything", {}),
    ("city", "house-hunting in Leeds, still living in York for now", {"city": "York"}),
    # money leaving by a card, as a cue for the card
    (
        "age",
        "38, and the bill comes off my credit card",
        {"age": 38, "payment_method": "credit_card"},
    ),
    ("age", "38, my credit card got declined today", {"age": 38}),
    # an acronym spelt out letter by letter, which names nobody
    ("internet_service", "it's A D S L", {"internet_service": "dsl"}),
    # never signing contracts as a habit; a signature is no contract
    ("contract", "签合约？我一向不签的", {"contract": "month_to_month"}),
    ("contract", "we don't do contracts in this house", {"contract": "month_to_month"}),
    ("contract", "我从来不签一年以上的，现在是一年的", {"contract": "one_year"}),
]


@pytest.mark.parametrize(("asked", "text", "expected"), CASES)
def test_everyday_senses(survey: Survey, asked: str, text: str, expected: dict[str, Any]) -> None:
    check_reading(survey, asked, text, expected, "")


def test_on_average_is_no_middle_rating(survey: Survey) -> None:
    proposal = read(survey, "satisfaction", "on average I spend about 45").for_slot("satisfaction")
    assert proposal is None or proposal.value != 3

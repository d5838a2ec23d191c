"""Words whose meaning depends on who says them about what: intentions, names, family, services.

Conditions without "if" ("涨价就走"), an option echoed and dismissed ("续约？我又不傻"), rhetorical
questions and sarcasm ("why would I leave?"), leaving for a named rival or the country; arriving
from a rival is no plan to leave ("携号转网过来的"), and renewals already done are no plan to stay.
Compound surnames, a name after a description or a declined other name, names among other clauses.
Children who are not the respondent's ("I teach 30 kids", "I'm the account holder's son"), a
marriage said with its length, words for mobile data or a customer-service phone line that are no
home internet, and messages that hold the conversation or ask back instead of answering.
Each row is (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading, read, values

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # --- intentions
    # a switch settled on ("反正", "决定") states the intention whatever was asked
    ("satisfaction", "分就不打了，反正俺要换了", {"churn_intent": "leave"}, "r"),
    ("satisfaction", "懒得打分，反正已经决定转网了", {"churn_intent": "leave"}, "r"),
    ("satisfaction", "反正我要换手机了", {}, ""),
    ("satisfaction", "还没决定换不换", {}, ""),
    ("churn_intent", "涨价就走", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "网再这么慢我就换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "续不续看老婆的意思", {"churn_intent": "unsure", "has_partner": True}, ""),
    ("churn_intent", "gone as soon as I find something cheaper", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "haven't given it much thought", {"churn_intent": "unsure"}, ""),
    # a switch somebody wants "us" to make is their wish, not the respondent's plan
    (
        "churn_intent",
        "staying I think, my husband keeps asking us to move to BT but meh",
        {"churn_intent": "stay", "has_partner": True},
        "",
    ),
    (
        "churn_intent",
        "老婆一直让我们换移动，我懒得折腾，不换",
        {"churn_intent": "stay", "has_partner": True},
        "",
    ),
    ("churn_intent", "we want to switch to Virgin", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约？我又不傻", {"churn_intent": "leave"}, ""),
    ("churn_intent", "还续？做梦吧", {"churn_intent": "leave"}, ""),
    ("churn_intent", "why would I leave? it works", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "yeah right, like anyone's renewing at these prices. I'm off",
        {"churn_intent": "leave"},
        "",
    ),
    ("churn_intent", "as if I'd renew after this", {"churn_intent": "leave"}, ""),
    ("churn_intent", "号码已经转走了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "明年搬去国外，用不上了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "I've already signed with Vodafone", {"churn_intent": "leave"}, ""),
    ("churn_intent", "already cancelled, this is my last month", {"churn_intent": "leave"}, ""),
    ("churn_intent", "家里老人用惯了，换不了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "you've got me for another year at least", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "staying, the kids would riot if the wifi changed",
        {"churn_intent": "stay", "has_dependents": True},
        "",
    ),
    ("churn_intent", "I came over from Verizon and I'm staying", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "I'd switch in a heartbeat if fiber came to my street",
        {"churn_intent": "unsure"},
        "",
    ),
    ("tenure_months", "携号转网过来的，三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "从电信转网过来的，一年半了", {"tenure_months": 18}, ""),
    (
        "tenure_months",
        "I moved here from another provider two years ago",
        {"tenure_months": 24},
        "",
    ),
    ("tenure_months", "用了五年，中间续约了两次", {"tenure_months": 60}, ""),
    ("contract", "一年的，今年刚续约", {"contract": "one_year"}, ""),
    # --- names
    ("name", "英文名叫Jason", {"name": "Jason"}, ""),
    ("name", "免贵姓欧阳", {"name": "欧阳"}, ""),
    ("name", "我姓诸葛", {"name": "诸葛"}, ""),
    ("name", "我是星联的老用户了，姓孙", {"name": "孙"}, ""),
    ("name", "我老婆叫我猪猪，你叫我老杨吧", {"name": "老杨", "has_partner": True}, ""),
    ("name", "Rose，中文名不方便说", {"name": "Rose"}, ""),
    ("name", "rather not give my surname, Anna is fine", {"name": "Anna"}, ""),
    ("name", "不留名了", {}, "r"),
    ("name", "I'm Chinese but go by Vincent", {"name": "Vincent"}, ""),
    ("name", "I'm the account holder's son, Kevin", {"name": "Kevin"}, ""),
    ("name", "hi there! Ravi, from Mumbai", {"name": "Ravi", "city": "Mumbai"}, ""),
    ("name", "Sofia with an f", {"name": "Sofia"}, ""),
    ("name", "Dave. Just Dave.", {"name": "Dave"}, ""),
    (
        "tenure_months",
        "I'm Mike's wife, we've had it 3 years",
        {"tenure_months": 36, "has_partner": True},
        "",
    ),
    ("city", "I'm Irish but live in Dublin", {"city": "Dublin"}, ""),
    ("satisfaction", "I'm Chinese, so excuse my English, 4 stars", {"satisfaction": 4}, ""),
    ("gender", "我是王者荣耀玩家哈哈，男的", {"gender": "male"}, ""),
    # --- family
    ("has_dependents", "没有，我自己还是靠爸妈养的", {"has_dependents": False}, ""),
    ("has_dependents", "孩子？还早呢，刚结婚", {"has_dependents": False, "has_partner": True}, ""),
    (
        "has_dependents",
        "结婚五年了，还没要孩子",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    ("has_dependents", "No, but I teach 30 kids all day lol", {"has_dependents": False}, ""),
    ("has_dependents", "no, I'm the baby of the family", {"has_dependents": False}, ""),
    ("has_dependents", "two, aged 4 and 9", {"has_dependents": True}, ""),
    ("has_dependents", "grandkids visit on weekends, that's it", {"has_dependents": False}, ""),
    ("has_dependents", "外甥在我这儿读书，吃住都是我管", {"has_dependents": True}, ""),
    ("has_dependents", "我是家里的独生子，爸妈还年轻", {}, ""),
    ("has_partner", "married to my job lol, so no", {"has_partner": False}, ""),
    (
        "satisfaction",
        "fine I guess, though I burn through data like two teenagers",
        {"satisfaction": 3},
        "",
    ),
    ("tenure_months", "结婚那年装的，差不多五年了", {"tenure_months": 60, "has_partner": True}, ""),
    # --- home internet
    ("monthly_spend", "每月68，主要是手机流量贵", {"monthly_spend": 68.0}, ""),
    ("satisfaction", "3, mobile data is patchy in my building", {"satisfaction": 3}, ""),
    ("internet_service", "光纤，去年才从电话线那种换过来", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "switched from DSL to fibre last year",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("city", "刚从北京搬到苏州", {"city": "Suzhou"}, ""),
    # --- no answer yet, or no usable one
    ("complaint", "嗯…让我想想", {}, ""),
    ("complaint", "你们能解决吗？", {}, ""),
    ("complaint", "what do you mean?", {}, ""),
    ("complaint", "hold on, my kid's yelling, one sec", {"has_dependents": True}, ""),
    ("complaint", "nothing comes to mind", {}, "v"),
    ("complaint", "rather not get into it", {}, "r"),
    ("payment_method", "支付宝自动扣的", {}, "v"),
    ("payment_method", "PayPal", {}, "v"),
    ("contract", "monthly, never signed anything", {"contract": "month_to_month"}, ""),
    ("name", "anything's fine really", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_words_in_context(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("complaint", "客服电话线路老是占线，打不进去"),
        ("complaint", "手机流量不够用，每次都超"),
        ("complaint", "the hotspot on my phone keeps dropping"),
        ("complaint", "It's Sunday and the net is down again"),
        ("complaint", "为什么我的网老是断？"),
        ("complaint", "hold on, the wifi dropped again while I'm typing this, it's constant"),
    ],
)
def test_a_complaint_fills_nothing_else(survey: Survey, asked: str, text: str) -> None:
    assert values(read(survey, asked, text)) == {"complaint": text}


def test_short_words_are_not_corrected_into_other_words(survey: Survey) -> None:
    # "would" is no typo of "could", nor "works" of "worst"
    assert values(read(survey, "satisfaction", "it works")) == {}
    assert values(read(survey, "satisfaction", "very satisifed")) == {"satisfaction": 5}


def test_a_copula_is_no_yes(survey: Survey) -> None:
    assert "has_dependents" not in values(read(survey, "has_dependents", "我是家里最小的"))
    assert values(read(survey, "has_dependents", "是的，一个儿子")) == {"has_dependents": True}

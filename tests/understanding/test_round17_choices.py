"""Intentions, payment and vague answers in dialect and chat (round 17 rules).

Covers: dropped g's in weighing it up ("still weighin it up"); "don't know" in dialect
("divvent knaa", "I doh remember", "dinnae ken"); a parent in dialect ("me da", "me mam") whose
rating or plan is theirs; a hold on the chat ("ask me after I've slept") against a time the
decision waits for ("ask me in the summer"); alternatives run down or missing, a reason to stay;
a decision waiting on how something turns out ("看…再说"); the contract's end said as its arrival
("合约到了就不续了"); a switch to somebody's own card that was only suggested; a bank's card by its
short name ("建行卡") and a card a school or employer issued.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # weighing it up, with the g dropped
    ("churn_intent", "still weighin it up, like", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "weighin up me options", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "weighing in at 90 kilos lol, I'm staying", {"churn_intent": "stay"}, ""),
    # "don't know" in dialect
    ("churn_intent", "I dinnae ken yet", {}, "v"),
    ("tenure_months", "honestly I doh remember when I join", {}, "v"),
    ("tenure_months", "I divvent remember, it was ages back", {}, "v"),
    ("city", "mih sister in Leeds now, I doh know how she copes with the cold", {}, ""),
    # a parent in dialect rates or plans for themselves
    ("satisfaction", "me mam gives yous a 2, me I divvent knaa", {}, "v"),
    ("satisfaction", "me da rates you a 5, I'd say 3", {"satisfaction": 3}, ""),
    ("satisfaction", "me, I'd give yous a 4", {"satisfaction": 4}, ""),
    ("churn_intent", "me mam's off to Sky, I'm staying put", {"churn_intent": "stay"}, ""),
    # a hold on the chat is no intention; a time the decision waits for is "unsure"
    ("churn_intent", "ask me tomorrow, I'm knackered", {}, ""),
    ("churn_intent", "ask me later, on nights this week", {}, ""),
    ("churn_intent", "ask me again when I'm awake", {}, ""),
    ("churn_intent", "no idea yet, ask me again in the autumn", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "ask me next year", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "my wife wants to go with whoever's cheapest, ask me after I've had some sleep",
        {"has_partner": True},
        "",
    ),
    # alternatives run down or missing are a reason to stay; looking at them weighs up
    (
        "churn_intent",
        "staying, the alternatives round here are all slower",
        {"churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "I'll stay, there are no alternatives in our village",
        {"churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "I'm looking at alternatives", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "staying for now but checking out alternatives",
        {"churn_intent": "unsure"},
        "",
    ),
    # a decision that waits on how something turns out
    ("churn_intent", "得看明年调不调岗再定", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "看明年房子租在哪再说吧", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "看完这集再说", {}, ""),
    # the contract's end said as its arrival
    ("churn_intent", "合同一到就走", {"churn_intent": "leave"}, ""),
    (
        "complaint",
        "老掉线，合同到了我就换",
        {"churn_intent": "leave", "complaint": "老掉线，合同到了我就换"},
        "",
    ),
    ("churn_intent", "便宜了就继续用", {"churn_intent": "unsure"}, ""),
    # a switch to somebody's own card, only suggested, is no payment; a bank's card by its name
    (
        "payment_method",
        "工资卡代扣的，我妈问要不要换成她的信用卡，我没换",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "储蓄卡扣的，老公想让我换成他的信用卡",
        {"payment_method": "bank_transfer", "has_partner": True},
        "",
    ),
    ("payment_method", "后来换成信用卡了", {"payment_method": "credit_card"}, ""),
    ("payment_method", "农行卡扣的", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "单位发的工资卡自动扣", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "招行信用卡", {"payment_method": "credit_card"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round17_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

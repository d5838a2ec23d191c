"""Refusals, vague answers and intentions, round 35: a time with us judged "too long" with no
length, a refusal told to "a bot", an option echoed and turned down flat, hobbies left to
"people with time", a bare "不说" with more after it, another question asked for, and what a
switch would take said after the switch word.

Covers: "too long 😂", "太久了" (vague tenure; but "too long, 12 years" gives 144, and "the
contract's too long", "等客服等太久了" are no answer); "not something I want to tell a bot"
(refused; but "... to say, but I'm leaving" answers leave); "renew at these prices? no chance",
"续约？门都没有" (leave), "switch? no chance" (stay); "hobbies are for people with time lol",
"爱好是有钱有闲的人才有的" (vague; but "..., I read a bit" names reading); "问这弄啥，不说。俺在
菏泽" (refused, the city read; but "不说别的，我今年36" answers); "换个问题吧", "ask me something
else" (refused; but "换个问题问你，…" is no switch); "懒得换，…，换号还得挨个通知" (stay; but
"我要换，还得等合约到期" leaves). Rows are (asked slot, message, exact values, flag) with flag
"r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the time with us judged, with no length
    ("tenure_months", "too long 😂", {}, "v"),
    ("tenure_months", "way too long lol", {}, "v"),
    ("tenure_months", "far too long, honestly", {}, "v"),
    ("tenure_months", "been with you too long", {}, "v"),
    ("tenure_months", "I've been here too long lol", {}, "v"),
    ("tenure_months", "longer than I care to remember", {}, "v"),
    ("tenure_months", "太久了", {}, "v"),
    ("tenure_months", "用得太久了哈哈", {}, "v"),
    ("tenure_months", "太长时间了，记不清", {}, "v"),
    ("tenure_months", "too long, 12 years", {"tenure_months": 144}, ""),
    ("tenure_months", "the contract's too long", {}, ""),
    ("tenure_months", "too long-winded a question", {}, ""),
    ("tenure_months", "等客服等太久了", {}, ""),
    ("tenure_months", "合同太长了", {}, ""),
    ("satisfaction", "the install took too long", {}, ""),
    # a refusal told to a machine
    ("churn_intent", "not something I want to tell a bot", {}, "r"),
    ("churn_intent", "not something I'd tell a machine", {}, "r"),
    ("age", "that's not something I wanna share with a bot", {}, "r"),
    ("city", "isn't something I'd discuss with a chatbot tbh", {}, "r"),
    ("churn_intent", "leaving isn't something I want to do", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "not something I want to tell a bot, but I'm leaving",
        {"churn_intent": "leave"},
        "",
    ),
    ("churn_intent", "not something I want to say, but I'm leaving", {"churn_intent": "leave"}, ""),
    # an option echoed, then turned down flat
    ("churn_intent", "Lol renew at these prices? no chance", {"churn_intent": "leave"}, ""),
    ("churn_intent", "renew? not a chance", {"churn_intent": "leave"}, ""),
    ("churn_intent", "stay with you lot? no way", {"churn_intent": "leave"}, ""),
    ("churn_intent", "renewing with these speeds? hell no", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约？门都没有", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约？想都别想", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约？做梦", {"churn_intent": "leave"}, ""),
    ("churn_intent", "switch? no chance, too much hassle", {"churn_intent": "stay"}, ""),
    ("churn_intent", "leave? nah, not happening", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换？没门儿", {"churn_intent": "stay"}, ""),
    ("churn_intent", "any chance to renew at a lower price?", {}, ""),
    ("churn_intent", "did they say I can renew? no idea", {}, "v"),
    # hobbies left to those with time or means
    (
        "interests",
        "I'm 52 years old, hobbies are for people with time lol",
        {"age": 52},
        "v",
    ),
    ("interests", "hobbies are for people with free time", {}, "v"),
    ("interests", "hobbies are a luxury for folks with spare time", {}, "v"),
    ("interests", "hobbies are for rich people", {}, "v"),
    ("interests", "who has time for hobbies lol", {}, "v"),
    ("interests", "爱好是有钱有闲的人才有的", {}, "v"),
    ("interests", "爱好那是闲人的事", {}, "v"),
    ("interests", "有闲的人才搞爱好", {}, "v"),
    ("interests", "爱好？那是退休的人才有的", {}, "v"),
    (
        "interests",
        "hobbies are for people with time, I read a bit",
        {"interests": ["reading"]},
        "",
    ),
    # a bare "不说" with more after it
    ("age", "问这弄啥，不说。俺在菏泽", {"city": "Heze"}, "r"),
    ("age", "问这干嘛，不说。我在杭州", {"city": "Hangzhou"}, "r"),
    ("age", "年龄？不说！我住成都", {"city": "Chengdu"}, "r"),
    ("age", "不说，你们问这个干啥", {}, "r"),
    ("age", "不答，下一个", {}, "r"),
    ("city", "不说。", {}, "r"),
    ("age", "不说别的，我今年36", {"age": 36}, ""),
    ("age", "他不说，我也不知道", {}, "v"),
    ("satisfaction", "不说别的，网速还行", {"satisfaction": 3}, ""),
    # another question asked for
    ("city", "住哪儿不想跟你们说，换个问题吧", {}, "r"),
    ("age", "换个问题吧", {}, "r"),
    ("age", "问点别的吧", {}, "r"),
    ("city", "换一个问题", {}, "r"),
    ("age", "ask me something else", {}, "r"),
    ("city", "different question please", {}, "r"),
    ("churn_intent", "换个问题问你，你们有宽带套餐吗", {}, ""),
    ("churn_intent", "我想换个套餐", {}, ""),
    # what a switch would take, said after the switch word
    ("churn_intent", "懒得换，凑合用呗，换号还得挨个通知", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不想换，换号还得挨个通知", {"churn_intent": "stay"}, ""),
    ("churn_intent", "转网又要去营业厅排队，懒得折腾", {"churn_intent": "stay"}, ""),
    ("churn_intent", "懒得换了，麻烦", {"churn_intent": "stay"}, ""),
    ("churn_intent", "can't be bothered switching", {"churn_intent": "stay"}, ""),
    ("churn_intent", "too lazy to change providers lol", {"churn_intent": "stay"}, ""),
    ("churn_intent", "合约到期就换，换还得等三个月", {"churn_intent": "leave"}, ""),
    ("churn_intent", "我要换，还得等合约到期", {"churn_intent": "leave"}, ""),
    ("churn_intent", "懒得跟客服吵了，直接换", {"churn_intent": "leave"}, ""),
    ("churn_intent", "以前懒得换，这次一定换", {"churn_intent": "leave"}, ""),
    (
        "churn_intent",
        "can't be bothered with your app, switching to Vodafone",
        {"churn_intent": "leave"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round35_refusals_intentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Round 17: open answers (the complaint), interests and vague answers.

Covers: a complaint answer that names nothing specific ("讲不出哪儿不好，就那么回事"); "nothing to
complain about" with small talk around it, wherever the "nothing" stands (the weather, prices at
the market, a grandchild, a carer typing); a story that puts the answer off ("…等我缓缓再说") and
a sigh that is no "nothing"; another slot's answer given under the complaint question; a chat
spelling of "complicated"; no time for hobbies in many shapes and sleep as a joke hobby; "pp球"
and "ping pong" as sports; an opinion of something else ("don't know what to make of it") and a
put-off ("can we come back to it") under the gender question; an automatic debit with the card
named; asking what other people put.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # nothing specific
    ("complaint", "讲不上来，就那么回事呗", {}, "v"),
    ("complaint", "也说不出哪儿不好，反正就老样子", {}, "v"),
    ("complaint", "can't pin down anything specific, same old really", {}, "v"),
    (
        "complaint",
        "说不上来哪里，反正晚上网特别卡",
        {"complaint": "说不上来哪里，反正晚上网特别卡"},
        "",
    ),
    # nothing to complain about, then small talk or others' affairs
    ("complaint", "俺没啥意见，就是这两天降温了，腰有点酸", {}, "v"),
    ("complaint", "没什么不满意的，就是超市的鸡蛋又涨价了", {}, "v"),
    ("complaint", "护工帮忙打的字：没啥不满意的，外孙教我发语音，挺方便", {}, "v"),
    ("complaint", "no complaints, my grandson showed me how to video call, lovely", {}, "v"),
    ("complaint", "俺没啥意见，就是话费老涨", {"complaint": "俺没啥意见，就是话费老涨"}, ""),
    (
        "complaint",
        "no complaints really, though the signal cuts out in the kitchen",
        {"complaint": "no complaints really, though the signal cuts out in the kitchen"},
        "",
    ),
    # a story that puts the answer off; a sigh is no "nothing"
    ("complaint", "唉，家里老人刚住院，我一团乱，等我缓缓再说", {}, ""),
    ("complaint", "ugh, rough morning at the vet with the dog, can we come back to it", {}, ""),
    ("complaint", "哎，也没啥不满意的，回头再说吧", {}, "v"),
    ("complaint", "唉，没什么，挺好", {}, "v"),
    # another slot's answer under the complaint question
    ("complaint", "oh by the way, I'm on the one year contract", {"contract": "one_year"}, ""),
    ("complaint", "对了，我家是光纤", {"internet_service": "fiber_optic"}, ""),
    (
        "complaint",
        "on the one year contract and it's a rip-off",
        {"contract": "one_year", "complaint": "on the one year contract and it's a rip-off"},
        "",
    ),
    ("complaint", "用了两年了，没啥问题", {"tenure_months": 24}, "v"),
    # a chat spelling of "complicated"
    ("has_partner", "its complikated atm", {}, "v"),
    ("has_partner", "nice and uncomplicated, married 10 years", {"has_partner": True}, ""),
    # no time for hobbies, and sleep as a joke hobby
    ("interests", "一天干十几个钟头，爱好？睡懒觉算吗", {}, "v"),
    ("interests", "开出租要养家没有时间", {}, "v"),
    ("interests", "two jobs and night classes, spare time is a distant memory", {}, "v"),
    ("interests", "what spare time? I work nights", {}, "v"),
    ("interests", "with the school run and my shifts I have zero time for hobbies", {}, "v"),
    ("interests", "sleep, if that counts", {}, "v"),
    ("interests", "没时间的时候就刷刷剧", {"interests": ["movies"]}, ""),
    ("interests", "free time is for gaming, always", {"interests": ["gaming"]}, ""),
    ("interests", "I have no time for people who are rude", {}, ""),
    ("interests", "free time is a myth, what do most people say here?", {}, ""),
    # pp球 and ping pong are sports
    ("interests", "下了班跟同事打打pp球", {"interests": ["sports"]}, ""),
    ("interests", "we play ping pong in the shed", {"interests": ["sports"]}, ""),
    # a story and no answer under the gender question
    (
        "gender",
        "my nephew says there are loads of options now and I don't know what to make of it",
        {},
        "",
    ),
    ("gender", "can we come back to this one, the kettle's on", {}, ""),
    ("gender", "don't know what to put", {}, "v"),
    # an automatic debit with the card named
    ("monthly_spend", "绑的信用卡，每个月自动扣的", {"payment_method": "credit_card"}, ""),
    ("monthly_spend", "不清楚，反正每个月自动扣", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round17_open_answers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

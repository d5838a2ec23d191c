"""Choices, intentions, ratings, refusals, vague and open answers, round 29: a decision put off
to the contract's end, a broadband line asked back, a housemate "still on" another service,
working by turns and "hard to rate", a complaint too vague to name, the question asked back, a
pastime "for a while", worn out with no hobby, the question passed over, and "please continue".

Covers: "一年的合约，明年三月到期，到时候看情况" (unsure; but "4分，到时候看情况" names no
contract); "在工地宿舍住，哪有宽带" (none; but "哪有宽带办？", "哪里有宽带？"); "we've got fibre
but my mum's still on dsl" (fiber); "时灵时不灵的，不好打" (vague; but "电话不好打，信号差" still
rates 2); "说不上来，就是感觉不太好用" (vague; but "说不上来，就是网速不太好" names a part);
"你是说哪种问题，网络还是收费？" (neither; but an answer after it counts); "娃睡了就刷会儿剧"
(movies); "累都累死了还爱好" (vague); "这个就不用了吧", "I'll give the rating a miss", "not keen
on giving out where I live" (refusals; but "这个不用了，换电信", "not keen on the price"); "it
used to be fast and I'll be switching when the contract's up" (leave: the past ends at "and
I'll"); "please continue" (no stay). Rows are (asked slot, message, exact values, flag) with
flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a decision put off to the contract's end
    (
        "contract",
        "一年的合约，明年三月到期，到时候看情况",
        {"contract": "one_year", "churn_intent": "unsure"},
        "",
    ),
    ("contract", "两年的，到时候看看吧", {"contract": "two_year", "churn_intent": "unsure"}, ""),
    ("contract", "一年的，到期了看情况", {"contract": "one_year", "churn_intent": "unsure"}, ""),
    ("satisfaction", "4分，到时候看情况", {"satisfaction": 4}, ""),
    # broadband asked back
    ("internet_service", "在工地宿舍住，哪有宽带", {"internet_service": "none"}, ""),
    ("internet_service", "村里哪来的宽带啊", {"internet_service": "none"}, ""),
    ("internet_service", "哪有宽带办？", {}, ""),
    ("internet_service", "哪里有宽带？", {}, ""),
    ("internet_service", "哪有宽带这么慢的", {}, ""),
    # a housemate still on another service
    (
        "internet_service",
        "we've got fibre but my mum's still on dsl",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "my mum is still on dsl", {}, ""),
    ("internet_service", "we're still on dsl", {"internet_service": "dsl"}, ""),
    # working by turns, hard to rate
    ("satisfaction", "时灵时不灵的，不好打", {}, "v"),
    ("satisfaction", "时灵时不灵", {}, "v"),
    ("satisfaction", "不好打", {}, "v"),
    ("satisfaction", "时好时不好的，给个3分吧", {"satisfaction": 3}, ""),
    ("satisfaction", "电话不好打，信号差", {"satisfaction": 2}, ""),
    ("satisfaction", "不好，打2分吧", {"satisfaction": 2}, ""),
    # a complaint with nothing named
    ("complaint", "说不上来，就是感觉不太好用", {}, "v"),
    ("complaint", "就是感觉不太好用", {}, "v"),
    ("complaint", "说不清，整体不太好", {}, "v"),
    (
        "complaint",
        "说不上来，就是网速不太好",
        {"complaint": "说不上来，就是网速不太好"},
        "",
    ),
    # the question asked back
    ("complaint", "你是说哪种问题，网络还是收费？", {}, ""),
    ("complaint", "你是说哪种问题？", {}, ""),
    (
        "complaint",
        "你是说哪种问题，网络的话经常断",
        {"complaint": "你是说哪种问题，网络的话经常断"},
        "",
    ),
    # a pastime "for a while"
    (
        "interests",
        "喜欢研究做菜，娃睡了就刷会儿剧",
        {"interests": ["food", "movies"], "has_dependents": True},
        "",
    ),
    ("interests", "晚上看会儿书，打会儿游戏", {"interests": ["gaming", "reading"]}, ""),
    ("interests", "睡前听会儿歌", {"interests": ["music"]}, ""),
    ("interests", "我老公下班就打会儿游戏", {"has_partner": True}, ""),
    ("interests", "以前喜欢看会儿书，现在没空", {}, "v"),
    # worn out, no hobby
    ("interests", "天天出摊，累都累死了还爱好", {}, "v"),
    ("interests", "忙死了还谈啥兴趣", {}, "v"),
    ("interests", "累死了还爱好呢？", {}, "v"),
    # the question passed over
    ("interests", "这个就不用了吧", {}, "r"),
    ("interests", "这题跳过吧", {}, "r"),
    ("age", "嗯，这个就算了", {}, "r"),
    ("churn_intent", "不用了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "这个不用了，换电信", {"churn_intent": "leave"}, ""),
    ("city", "not keen on giving out where I live online, sorry", {}, "r"),
    ("city", "not too keen on sharing that", {}, "r"),
    ("city", "not keen on London, I live in Leeds", {"city": "Leeds"}, ""),
    ("satisfaction", "I'll give the rating a miss, cheers", {}, "r"),
    ("satisfaction", "give this one a miss", {}, "r"),
    ("complaint", "not keen on the price", {"complaint": "not keen on the price"}, ""),
    (
        "complaint",
        "not keen on giving you more money for worse service",
        {"complaint": "not keen on giving you more money for worse service"},
        "",
    ),
    # a leaving after an old price
    (
        "complaint",
        "it used to be fast and I'll be switching when the contract's up",
        {
            "churn_intent": "leave",
            "complaint": "it used to be fast and I'll be switching when the contract's up",
        },
        "",
    ),
    (
        "payment_method",
        "used to mail checks and we'll be switching to bank transfer",
        {"payment_method": "bank_transfer"},
        "",
    ),
    # "please continue": go on with the survey
    ("churn_intent", "please continue", {}, ""),
    ("churn_intent", "I'll continue with you", {"churn_intent": "stay"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round29_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

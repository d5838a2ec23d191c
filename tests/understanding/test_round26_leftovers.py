"""Leftover choice and complaint readings, round 26.

Covers: the question asked again or which part it means, after chatter, is no complaint ("sorry
was driving, can you repeat that?", "我今年62了，你问的是宽带还是手机？"; but "没听清，你们信号太差
了", "why is my bill so high?"); "对了" opening a message is "by the way", no yes to staying;
no broadband at home said in passing ("一个月十五块，家里没宽带"; but "我妈家没宽带"); fibre that
never reached the place ("copper wire still, fibre ent reached our village"); an option named in a
question back, then owned ("is this about fibre? we already have it"); being on DSL under another
question ("we're on DSL, nothing else reaches us"); the country, no town, for the city; the signal
falling back a generation or coming and going ("出了小区5G就变4G，时有时无").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # asked again, or which part is meant
    ("complaint", "我今年62了，你问的是宽带还是手机？", {"age": 62}, ""),
    ("complaint", "sorry was driving, can you repeat that?", {}, ""),
    ("complaint", "sorry I was in the shower, could you say that again?", {}, ""),
    ("complaint", "say again?", {}, ""),
    ("complaint", "sorry, say again?", {}, ""),
    ("complaint", "can you repeat the question", {}, ""),
    ("complaint", "could you repeat that please", {}, ""),
    ("complaint", "sorry, could you rephrase that?", {}, ""),
    ("complaint", "didn't catch that, can you ask again", {}, ""),
    ("complaint", "I missed that, what did you say?", {}, ""),
    ("complaint", "刚在开车没听清，你再说一遍？", {}, ""),
    ("complaint", "不好意思刚才在忙，能再问一次吗", {}, ""),
    ("complaint", "再说一遍", {}, ""),
    ("complaint", "你说的啥意思？", {}, ""),
    ("complaint", "I'm 45, do you mean broadband or mobile?", {"age": 45}, ""),
    ("complaint", "我在外面呢，你说的是手机还是宽带？", {}, ""),
    ("complaint", "sorry busy day, is this about the phone or the broadband?", {}, ""),
    ("complaint", "刚下班，你问的是网还是话费？", {}, ""),
    (
        "complaint",
        "网速太慢了，能不能给解决一下？",
        {"complaint": "网速太慢了，能不能给解决一下？"},
        "",
    ),
    ("complaint", "why is my bill so high?", {"complaint": "why is my bill so high?"}, ""),
    ("complaint", "网怎么老断？", {"complaint": "网怎么老断？"}, ""),
    (
        "complaint",
        "why does my internet keep cutting out?",
        {"complaint": "why does my internet keep cutting out?"},
        "",
    ),
    ("complaint", "没听清，你们信号太差了", {"complaint": "没听清，你们信号太差了"}, ""),
    (
        "complaint",
        "宽带还是手机？手机信号差得要命",
        {"complaint": "宽带还是手机？手机信号差得要命"},
        "",
    ),
    (
        "complaint",
        "can you repeat that? the signal keeps dropping on this line",
        {"complaint": "can you repeat that? the signal keeps dropping on this line"},
        "",
    ),
    (
        "complaint",
        "I'm 62, is it the phone or the broadband you mean? it's awful",
        {"age": 62, "complaint": "I'm 62, is it the phone or the broadband you mean? it's awful"},
        "",
    ),
    # "对了": by the way, no yes
    ("churn_intent", "对了，上一题我说错了，我是两年的合约", {"contract": "two_year"}, ""),
    ("churn_intent", "对了，我是两年的合约", {"contract": "two_year"}, ""),
    ("churn_intent", "对了，问一下，合约什么时候到期", {}, ""),
    ("churn_intent", "哦对了，上一题我答错了，其实是一年的合同", {"contract": "one_year"}, ""),
    ("churn_intent", "是这样，上一题我说错了，是两年的合约", {"contract": "two_year"}, ""),
    (
        "churn_intent",
        "going back to the last question, yes I'm on a two year contract",
        {"contract": "two_year"},
        "",
    ),
    ("churn_intent", "对，会继续用", {"churn_intent": "stay"}, ""),
    ("churn_intent", "对了，我会继续用", {"churn_intent": "stay"}, ""),
    ("churn_intent", "对", {"churn_intent": "stay"}, ""),
    # no broadband at home, in passing
    (
        "monthly_spend",
        "一个月十五块，家里没宽带",
        {"monthly_spend": 15.0, "internet_service": "none"},
        "",
    ),
    ("monthly_spend", "每月三十，没宽带", {"monthly_spend": 30.0, "internet_service": "none"}, ""),
    (
        "monthly_spend",
        "三十左右，家里没有宽带",
        {"monthly_spend": 30.0, "internet_service": "none"},
        "",
    ),
    (
        "monthly_spend",
        "about 30, we don't have home internet",
        {"monthly_spend": 30.0, "internet_service": "none"},
        "",
    ),
    (
        "monthly_spend",
        "25 quid, don't have internet at home",
        {"monthly_spend": 25.0, "internet_service": "none"},
        "",
    ),
    ("monthly_spend", "一个月十五块，我妈家没宽带", {"monthly_spend": 15.0}, ""),
    ("monthly_spend", "十五块，我儿子家没宽带", {"monthly_spend": 15.0}, ""),
    ("monthly_spend", "about 30, my mum doesn't have home internet", {"monthly_spend": 30.0}, ""),
    ("internet_service", "以前没宽带，去年装了光纤", {"internet_service": "fiber_optic"}, ""),
    # fibre that never reached the place
    (
        "internet_service",
        "copper wire still, fibre ent reached our village",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "ADSL, fibre never came to our street", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "phone line, fibre ain't come out this way",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "old copper line, fibre never reached the farm",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "电话线的，光纤没通到这边", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "fibre never gave us any trouble",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "fibre, never had a problem", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "fibre, they finally reached our village last year",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # an option asked about, then owned
    (
        "age",
        "Is this the thing about upgrading to fibre? we already have it",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("age", "is this about fibre? we've already got it", {"internet_service": "fiber_optic"}, ""),
    (
        "age",
        "is this about the fibre offer? I already have it",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("age", "是推光纤的吗？家里早就装了", {"internet_service": "fiber_optic"}, ""),
    ("age", "又是推光纤的？早装了", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "is this about fibre? we already have it",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("age", "is this about fibre? we don't have it", {}, ""),
    ("age", "is this about fibre? my son already has it", {}, ""),
    ("age", "光纤多少钱？", {}, ""),
    # on DSL under another question; the country for the city
    (
        "city",
        "out in the country, farm's 40 min from town. we're on DSL, nothing else reaches us",
        {"internet_service": "dsl"},
        "v",
    ),
    ("city", "we're on DSL", {"internet_service": "dsl"}, ""),
    ("age", "45, we are on dsl", {"internet_service": "dsl", "age": 45}, ""),
    ("age", "45, DSL? never heard of it", {"age": 45}, ""),
    ("age", "45, the neighbours are on DSL", {"age": 45}, ""),
    ("city", "middle of nowhere, we're on DSL", {"internet_service": "dsl"}, "v"),
    ("city", "out in the country", {}, "v"),
    ("city", "we live in the country", {}, "v"),
    # the country near a city is not the city (dev labels "a wee village near Hawick" vague)
    ("city", "out in the country near York", {}, "v"),
    ("city", "York, best broadband in the country lol", {"city": "York"}, ""),
    # the signal falling back or coming and going
    ("complaint", "出了小区5G就变4G，时有时无", {"complaint": "出了小区5G就变4G，时有时无"}, ""),
    ("complaint", "一进电梯信号忽有忽无", {"complaint": "一进电梯信号忽有忽无"}, ""),
    ("complaint", "5G老是跳回4G", {"complaint": "5G老是跳回4G"}, ""),
    (
        "complaint",
        "5g keeps dropping to 4g outside the estate",
        {"complaint": "5g keeps dropping to 4g outside the estate"},
        "",
    ),
    ("complaint", "drops to 3G in the kitchen", {"complaint": "drops to 3G in the kitchen"}, ""),
    ("complaint", "signal comes and goes", {"complaint": "signal comes and goes"}, ""),
    (
        "complaint",
        "reception cuts in and out at my mum's",
        {"complaint": "reception cuts in and out at my mum's"},
        "",
    ),
    ("complaint", "5G还行", {}, "v"),
    ("complaint", "the pain in my back comes and goes, nothing about you though", {}, "v"),
    ("complaint", "went from 4G to 5G last year, all good", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round26_leftovers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

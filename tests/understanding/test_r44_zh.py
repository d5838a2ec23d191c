"""Readings of pauses ended in forgetting, shy refusals, weddings told with a time, photos taken,
pastimes given up, cards tied by a grown child, and spoken words that hold a numeral."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # a word said ("一声") holds no amount; the new price counts
    ("monthly_spend", "以前79，今年涨到89了，也没通知一声", {"monthly_spend": 89.0}, ""),
    ("monthly_spend", "以前79，现在89，连一句话都没有", {"monthly_spend": 89.0}, ""),
    ("monthly_spend", "一声不吭就涨到89了", {"monthly_spend": 89.0}, ""),
    ("monthly_spend", "99，连一声招呼都不打", {"monthly_spend": 99.0}, ""),
    # a pause that ends in a memory given up is vague; a pause after it still puts off
    (
        "tenure_months",
        "我想想啊…跟我老婆结婚那年办的，哪年来着，记不得了",
        {"has_partner": True},
        "v",
    ),
    ("tenure_months", "我想想啊…记不得了", {}, "v"),
    ("tenure_months", "let me think... nope, can't remember", {}, "v"),
    ("tenure_months", "记不得了，我想想", {}, ""),
    ("tenure_months", "我想想，记不清了，我去查查", {}, ""),
    ("tenure_months", "我想想啊，三年吧", {"tenure_months": 36}, ""),
    # too shy to say: a refusal as the last words only
    ("age", "问这个干嘛，年纪大了不好意思说", {}, "r"),
    ("age", "这个不好意思讲啦", {}, "r"),
    ("age", "说不出口", {}, "r"),
    ("age", "不好意思说一下，我28", {"age": 28}, ""),
    ("age", "不好意思，说实话我38", {"age": 38}, ""),
    ("complaint", "客服态度差，我都不好意思说", {"complaint": "客服态度差，我都不好意思说"}, ""),
    # married at a time: the respondent's own marriage, not a child's
    ("age", "28，去年才结的婚", {"age": 28, "has_partner": True}, ""),
    ("age", "32，前年结的婚", {"age": 32, "has_partner": True}, ""),
    ("age", "58，儿子去年结的婚", {"age": 58}, ""),
    ("age", "28，我姐去年结的婚", {"age": 28}, ""),
    # much of a pastime done
    (
        "interests",
        "周末喜欢开车出去自驾，青海湖茶卡盐湖都跑遍了，拍了好多照片",
        {"interests": ["photography", "travel"]},
        "",
    ),
    ("interests", "看了不少书", {"interests": ["reading"]}, ""),
    ("interests", "拍了一张照片", {}, ""),
    # doing nothing at all
    ("interests", "以前喜欢踢足球，现在腿不行了，啥也不干", {}, "v"),
    ("interests", "平时什么都不玩", {}, "v"),
    ("interests", "啥也不干，就看看书", {"interests": ["reading"]}, ""),
    ("interests", "老公啥也不干", {"has_partner": True}, ""),
    ("interests", "啥也不干，搁家躺着", {}, ""),
    # a card tied by a grown child for the respondent
    (
        "payment_method",
        "娃娃给我绑的工资卡，每个月自己扣，我不管",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("payment_method", "孩子还小，我给他绑了张卡", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

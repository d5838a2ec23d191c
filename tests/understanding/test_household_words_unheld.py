"""Household words that hold no answer of the respondent's, and household facts said in dialect.

A partner or child supposed in a question about a price ("有伴侣的话套餐能便宜点吗？", "if I had a
partner would it be cheaper?"), "对齐一下" (no "对"), a parent "of the child" said of oneself
beside the gender ("女，孩子他妈"), somebody else's wedding ("我妹刚结婚，喜酒还没吃完呢") and
children minded at work ("I'm a nanny, the kids I look after are 3 and 5") give no value. Said as
facts, "wed twenty-odd year now" is a spouse, and Cantonese "自己带住个女", "我仔读初中" are
children at home ("我仔细想想", "带住个女朋友" are not).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "女，孩子他妈", {"gender": "female"}, ""),
    ("gender", "女的，俩孩子他妈", {"gender": "female"}, ""),
    ("gender", "男，孩子他爸", {"gender": "male"}, ""),
    ("gender", "孩子他妈", {"gender": "female"}, ""),
    ("gender", "我是孩子他妈", {"gender": "female"}, ""),
    ("has_partner", "孩子他妈在上班", {"has_partner": True}, ""),
    ("has_partner", "aye, wed twenty-odd year now, God help me", {"has_partner": True}, ""),
    ("has_partner", "wed 30 years", {"has_partner": True}, ""),
    ("has_partner", "wed forty odd years", {"has_partner": True}, ""),
    ("has_partner", "wed 20+ years", {"has_partner": True}, ""),
    ("has_partner", "wed a good few years now", {"has_partner": True}, ""),
    ("has_partner", "see you wed", {}, ""),
    ("has_partner", "wed twenty minutes ago I got here", {}, ""),
    ("has_partner", "going to a wedding on wed, twenty people", {}, ""),
    (
        "has_partner",
        "冇，离咗婚好多年，自己带住个女",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    ("has_partner", "离咗婚，自己湊住两个仔", {"has_dependents": True, "has_partner": False}, ""),
    ("has_partner", "离咗婚，个女跟佢老豆", {"has_partner": False}, ""),
    ("has_partner", "自己带住个女朋友", {"has_partner": True}, ""),
    ("has_partner", "我仔细想想，冇", {"has_partner": False}, ""),
    ("has_dependents", "我仔读初中", {"has_dependents": True}, ""),
    ("has_dependents", "我个女读紧小学", {"has_dependents": True}, ""),
    ("has_partner", "我妹刚结婚，喜酒还没吃完呢", {}, ""),
    ("has_partner", "我哥刚结婚", {}, ""),
    ("has_partner", "我刚结婚", {"has_partner": True}, ""),
    ("has_partner", "我妹刚结婚，我还单着", {"has_partner": False}, ""),
    ("has_partner", "my sister just got married", {}, ""),
    ("has_partner", "my sister just got married, I'm single", {"has_partner": False}, ""),
    ("has_partner", "没，还没结婚", {"has_partner": False}, ""),
    ("has_partner", "有伴侣的话套餐能便宜点吗？", {}, ""),
    ("has_partner", "有伴侣的话有优惠吗", {}, ""),
    ("has_partner", "有伴侣，套餐能便宜点吗？", {"has_partner": True}, ""),
    ("has_partner", "if I had a partner would it be cheaper?", {}, ""),
    ("has_partner", "married, if that matters", {"has_partner": True}, ""),
    ("has_partner", "有，结婚十年了，有优惠吗", {"has_partner": True}, ""),
    ("has_partner", "对齐一下，我这边在开会，晚点聊", {}, ""),
    ("has_partner", "对，我这边在开会", {"has_partner": True}, ""),
    ("has_partner", "对", {"has_partner": True}, ""),
    ("has_partner", "对象？有", {"has_partner": True}, ""),
    ("has_dependents", "要是有娃的话，儿童手表卡多少钱？", {}, ""),
    ("has_dependents", "如果有孩子的话，有优惠吗", {}, ""),
    ("has_dependents", "if we had kids would the family plan be cheaper?", {}, ""),
    ("has_dependents", "有娃，儿童手表卡多少钱？", {"has_dependents": True}, ""),
    ("has_dependents", "有两个娃", {"has_dependents": True}, ""),
    (
        "monthly_spend",
        "我老公的话费一个月两百多，他天天打电话跑业务，我的就便宜了，三十九一个月够用了",
        {"has_partner": True, "monthly_spend": 39.0},
        "",
    ),
    ("has_dependents", "I'm a nanny, the kids I look after are 3 and 5", {}, ""),
    ("has_dependents", "the kids I look after are 3 and 5", {}, ""),
    ("has_dependents", "I'm a nanny, the kids are 3 and 5", {}, ""),
    ("has_dependents", "I'm a childminder, the little ones I mind are 2 and 4", {}, ""),
    ("has_dependents", "I'm a nanny, my kids are 3 and 5", {"has_dependents": True}, ""),
    ("has_dependents", "I'm a nanny, and my own kids are 3 and 5", {"has_dependents": True}, ""),
    ("has_dependents", "I look after my kids, 3 and 5", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "I'm a nanny, the kids I look after are 3 and 5, and I have a son of 2",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "我是保姆，带的孩子三岁", {}, ""),
    ("has_dependents", "我是月嫂，带的宝宝刚满月", {}, ""),
    ("has_dependents", "我是保姆，我家孩子三岁", {"has_dependents": True}, ""),
    ("has_dependents", "I look after my mum", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_words_unheld(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

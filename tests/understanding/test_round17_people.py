"""People and household, round 17: kin words of dialects and other languages, and words that
only look like household facts.

Covers: a son or daughter who does things for "俺" or teaches the respondent; northern English
"our kid" (a brother or sister); "bairns", "weans", "niños", "hijos", "mi esposo", "casada"
(kept out of the typo corrector: "Canada" is no "casada"); "俺家大小子", "我家丫头"; "一个人" before
a price ("机票一个人1200"); a negation that ends before "也" ("腰不好也跟我们住"); a grandchild
living with the respondent, named and in the perfect, while their own children are grown; a word
changed by autocorrect ("turning spouse into spice"); a comparison that names no gender ("shop
like a woman"); "the kids in 2024", a time and no place.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a child who does things for "俺" or teaches the respondent is a grown-up
    ("churn_intent", "不续了，俺儿子给俺办了联通的", {"churn_intent": "leave"}, ""),
    ("tenure_months", "俺闺女给俺弄的，三年了", {"tenure_months": 36}, ""),
    # (the app named is no vague answer to the dependents question: neither)
    ("has_dependents", "我闺女手把手教我用的微信", {}, ""),
    ("has_dependents", "俺闺女上三年级，天天教俺用手机", {"has_dependents": True}, ""),
    ("has_dependents", "老师教我儿子画画", {"has_dependents": True}, ""),
    (
        "churn_intent",
        "不续了，给俺闺女办了个儿童手表卡",
        {"churn_intent": "leave", "has_dependents": True},
        "",
    ),
    # northern "our kid" is a brother or sister
    ("has_partner", "our kid's getting wed in March, I'm still single", {"has_partner": False}, ""),
    ("age", "me and our kid went to the match, I'm 34", {"age": 34}, ""),
    ("satisfaction", "7, our kid gives you a 3 though", {"satisfaction": 7}, ""),
    ("has_dependents", "our kids are 4 and 6", {"has_dependents": True}, ""),
    ("has_dependents", "we've got one kid, she's 6", {"has_dependents": True}, ""),
    # Scots and Spanish kin words
    ("has_dependents", "three weans, 2, 5 and 8", {"has_dependents": True}, ""),
    ("age", "52, two bairns still at the school", {"age": 52, "has_dependents": True}, ""),
    ("has_dependents", "the bairns next door never stop screaming", {}, ""),
    (
        "has_partner",
        "sí, casado, con tres hijos",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "city",
        "moved to Leeds with mi esposa and the kids in 2019",
        {"city": "Leeds", "has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_partner", "no, soltera", {"has_partner": False}, ""),
    ("has_dependents", "sin hijos", {"has_dependents": False}, ""),
    (
        "churn_intent",
        "emigrating to Canada next year so I'll cancel",
        {"churn_intent": "leave"},
        "",
    ),
    ("interests", "I muck out barns at the weekend", {}, ""),
    # a child of the respondent's by a dialect word
    (
        "tenure_months",
        "四年了，俺家二小子刚上小学",
        {"tenure_months": 48, "has_dependents": True},
        "",
    ),
    (
        "monthly_spend",
        "一百多，我家丫头天天刷视频",
        {"monthly_spend": 100.0, "has_dependents": True},
        "",
    ),
    (
        "tenure_months",
        "五年了，俺家小子都结婚了",
        {"tenure_months": 60, "has_dependents": False},
        "",
    ),
    ("monthly_spend", "八十，隔壁那小子天天蹭网", {"monthly_spend": 80.0}, ""),
    # "一个人" before a price or a share is per head
    ("has_partner", "有老公，我们去吃自助，一个人一百八", {"has_partner": True}, ""),
    ("has_partner", "有女朋友，我们俩一个人一张卡", {"has_partner": True}, ""),
    ("has_partner", "一个人，房租一个月1500", {"has_partner": False}, ""),
    ("has_partner", "一个人十年了", {"has_partner": False}, ""),
    # a negation that ends before "也"
    ("has_dependents", "婆婆腿脚不方便也跟我们住", {"has_dependents": True}, ""),
    ("has_dependents", "爸妈也不跟我们住", {"has_dependents": False}, ""),
    ("churn_intent", "网速不好也不换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不想换也得换", {"churn_intent": "leave"}, ""),
    # a grandchild living with the respondent while their own children are grown
    (
        "has_dependents",
        "mine are all grown, but my grandson Tyler's been living with us since last year",
        {"has_dependents": True},
        "",
    ),
    (
        "age",
        "71, my granddaughter has been livin' with me since she was 4",
        {"age": 71, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "my kids are grown, my grandkids stay with me every summer",
        {"has_dependents": False},
        "",
    ),
    # a word changed by autocorrect is only a word
    ("has_partner", "ugh autocorrect changed husband to hub again, what was the question", {}, ""),
    ("has_dependents", "my phone keeps turning kids into kiss lol", {}, ""),
    ("has_partner", "my wife changed to Vodafone last year", {"has_partner": True}, ""),
    ("has_dependents", "my kids turned the spare room into a den", {"has_dependents": True}, ""),
    # a comparison names no gender
    ("gender", "I'm a fella, but me mum says I shop like a woman", {"gender": "male"}, ""),
    ("gender", "woman, though I swear more than a man", {"gender": "female"}, ""),
    ("gender", "like a woman? yes I am one", {"gender": "female"}, ""),
    # "me mum" is "my mum", somebody else
    ("gender", "I'm a fella, me mam does all the forms", {"gender": "male"}, ""),
    ("gender", "mum of two", {"gender": "female"}, ""),
    # "俺家小子" who married is a grown son, and his marriage is his
    (
        "has_partner",
        "俺家小子去年结婚了，我跟老伴还住老房子",
        {"has_partner": True, "has_dependents": False},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round17_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

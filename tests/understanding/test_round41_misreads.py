"""Misreads of a fresh dev round: numerals inside set phrases, a birthday days or weeks ahead, an
answer put off for a fault, a topic named before "这题不答", an unknown town closing a profile, an
age or a tenure dodged without a number, a farm for a home, "no its" as a correction, a price cut
asked for as a condition, and a city visited on a business trip.

Covers: "俺是正儿八经的九零后" (a generation, vague; "正儿八经" counts
nothing); "再过两个礼拜就19了" (18, as "下周就19了"; "今年19，再过两个礼拜放假"
stays 19); "先别问了，我网又断了，你们能不能派人来看看" (no refusal; "先别问了" alone
or "先别问了，烦死了" still refuses); "感情上的事这题不答" (refusal); "Thabo here,
34 years old, in Francistown" (the town closes a profile; not "in March", "in
Botswana", nor a son's); "older than I'd like 😅" (vague age); "out on a farm,
nearest town is about 40 mins away", "住在农场上" (vague city; "on a farm outside
Leeds" is Leeds); "long enough to know…", "够久了" (vague tenure; "5 years, long
enough" is 60); "month to month... actually no its the 24 month one" (two_year);
"drop it by a tenner and I'll stay", "降十块我就续" (unsure; not "they dropped the
price and I'll stay", "降了十块，我就续了"); "在广州出差", "出差在广州，这周回去",
"I'm in Guangzhou on business this week" (no city, never the raw text;
"我在广州上班，经常出差" is Guangzhou, "人在成都出差，家在重庆" Chongqing).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # numerals inside set phrases count nothing
    ("age", "俺是正儿八经的九零后", {}, "v"),
    ("age", "我是正儿八经的八零后", {}, "v"),
    ("age", "正儿八经28岁", {"age": 28}, ""),
    ("age", "丢三落四的，32了", {"age": 32}, ""),
    # a birthday days, weeks or months ahead
    ("age", "再过两个礼拜就19了", {"age": 18}, ""),
    ("age", "还有两周就19岁了", {"age": 18}, ""),
    ("age", "再过两个月就30了", {"age": 29}, ""),
    ("age", "还有三天就满30", {"age": 29}, ""),
    ("age", "过两天就40了", {"age": 39}, ""),
    ("age", "今年19，再过两个礼拜放假", {"age": 19}, ""),
    # put off for a fault raised, no refusal
    ("gender", "先别问了，我网又断了，你们能不能派人来看看", {}, ""),
    ("age", "先别问了，宽带又断了", {}, ""),
    ("name", "先别问了，信号太差了，啥时候能修好", {}, ""),
    ("age", "先别问了", {}, "r"),
    ("age", "先别问了，不想说", {}, "r"),
    ("age", "先别问了，烦死了", {}, "r"),
    # a topic named before the question declined
    ("has_partner", "感情上的事这题不答", {}, "r"),
    ("has_partner", "感情上的事这题我就不答了", {}, "r"),
    ("has_partner", "感情上的事不答", {}, "r"),
    ("age", "年龄这种私人问题这题不答", {}, "r"),
    ("has_partner", "有对象，这题答完了", {"has_partner": True}, ""),
    # an unknown town closing a profile, after "in"
    (
        "name",
        "Thabo here, 34 years old, in Francistown",
        {"name": "Thabo", "age": 34, "city": "Francistown"},
        "",
    ),
    ("name", "Thabo, 34, in Francistown", {"name": "Thabo", "city": "Francistown"}, ""),
    ("age", "34, male, in Francistown", {"age": 34, "gender": "male", "city": "Francistown"}, ""),
    ("name", "Thabo here, 34 years old, in March", {"name": "Thabo", "age": 34}, ""),
    ("name", "Thabo here, 34 years old, in Sales", {"name": "Thabo", "age": 34}, ""),
    ("name", "Thabo here, 34 years old, in Botswana", {"name": "Thabo", "age": 34}, ""),
    ("name", "Jo, 41, in Maun for work", {"name": "Jo"}, ""),
    ("name", "Thabo, 34 years old, Kenya", {"name": "Thabo", "age": 34}, ""),
    # an age or a tenure dodged without a number
    ("age", "older than I'd like 😅", {}, "v"),
    ("age", "older than I want to be", {}, "v"),
    ("age", "42, older than I'd like", {"age": 42}, ""),
    ("tenure_months", "long enough to know your customer service is useless", {}, "v"),
    ("tenure_months", "long enough lol", {}, "v"),
    ("tenure_months", "5 years, long enough", {"tenure_months": 60}, ""),
    ("tenure_months", "够久了", {}, "v"),
    ("tenure_months", "三年了，够久了", {"tenure_months": 36}, ""),
    # a farm for a home, no town
    ("city", "out on a farm, nearest town is about 40 mins away", {}, "v"),
    ("city", "we live on a farm", {}, "v"),
    ("city", "住在农场上，离最近的镇子四十分钟", {}, "v"),
    # a farm outside the city is not in it (dev labels "a wee village near Hawick" vague)
    ("city", "on a farm outside Leeds", {}, "v"),
    ("city", "I grew up on a farm but now I live in Leeds", {"city": "Leeds"}, ""),
    # "no its" corrects
    (
        "contract",
        "month to month... actually no its the 24 month one",
        {"contract": "two_year"},
        "",
    ),
    ("contract", "month to month, no its the 24 month one", {"contract": "two_year"}, ""),
    ("internet_service", "dsl, no its fibre", {"internet_service": "fiber_optic"}, ""),
    ("contract", "its not the 24 month one", {}, ""),
    ("internet_service", "no its not fibre", {}, ""),
    # a price cut asked for, then the decision
    ("churn_intent", "drop it by a tenner and I'll stay", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "knock a fiver off and I'll renew", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "match their price and I'll stay", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "they dropped the price and I'll stay", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "I dropped my other plan and I'll stay with you",
        {"churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "降十块我就续", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "便宜十块我就留下", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "降了十块，我就续了", {"churn_intent": "stay"}, ""),
    # a city visited on a business trip is no home
    ("city", "出差在广州，这周回去", {}, ""),
    ("city", "在广州出差", {}, ""),
    ("city", "在义乌出差", {}, ""),
    ("city", "去北京出差", {}, ""),
    ("city", "I'm in Guangzhou on business this week", {}, ""),
    ("city", "in Leeds on business this week, live in York", {"city": "York"}, ""),
    ("city", "人在成都出差，家在重庆", {"city": "Chongqing"}, ""),
    ("city", "我在广州上班", {"city": "Guangzhou"}, ""),
    ("city", "我在广州上班，经常出差", {"city": "Guangzhou"}, ""),
    ("city", "在广州培训，家在佛山", {"city": "Foshan"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round41_misreads(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

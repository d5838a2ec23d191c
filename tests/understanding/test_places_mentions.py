"""Messages that name a place which is not the respondent's home, and homes said in passing.

Covers, under the city question: places only left behind, i.e. an origin ("originally from
Krakow", "我是从哈尔滨搬过来的"), schooling in the past ("大学是在武汉读的", "studied in Manchester
ages ago"), a Cantonese home town ("乡下系佛山") or a business trip ("在苏州出差中"), which are
vague unless the message ends asking why ("…Why do you ask?"); drifting or renting here and there
("一直在漂", "哪儿有活去哪儿", "到处租房", "还没定在哪安家"); a part of a province ("闽南", "苏北");
parents visited at the holidays ("逢年过节回去看看": no answer put off); a trip to a family
occasion ("going to vegas for my cousins wedding", "went to Cebu for my niece's wedding"); an
opening "Right now?" that is no place; "stayed back in San Antonio" as the home. Under other
questions: a city somebody rings from ("he rings me every Sunday from Dubai") is nobody's home,
while "We're both in Leicester", "they visit us in Llandudno" and "our whole road in Falmouth's
been dug up" place the respondent. Near misses keep the city: the schooling place still lived in,
a current home beside the origin, "我喺佛山住", "I'm 45, from Dubai", another person's road or a
visit to them, and a put-off "等我回去看看账单".
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "大学是在武汉读的 毕业后一直在漂 哪儿有活去哪儿", {}, "v"),
    ("city", "大学是在武汉读的，现在在武汉上班", {"city": "Wuhan"}, ""),
    ("city", "在武汉读大学", {"city": "Wuhan"}, ""),
    ("city", "大學在台北讀的，畢業就離開了", {}, "v"),
    ("city", "高中也是在重庆读的", {}, ""),
    ("city", "毕业后一直在漂", {}, "v"),
    ("city", "哪儿有活去哪儿", {}, "v"),
    ("city", "明年打算搬去成都 现在嘛还在到处租房", {}, "v"),
    ("city", "在成都租房", {"city": "Chengdu"}, ""),
    ("city", "我是从哈尔滨搬过来的 那边冬天太冷受不了", {}, "v"),
    ("city", "我是从哈尔滨搬过来的，现在住昆明", {"city": "Kunming"}, ""),
    ("city", "我爸妈都在重庆 逢年过节回去看看", {}, "v"),
    ("city", "过年回去看看爸妈，我在深圳", {"city": "Shenzhen"}, ""),
    ("city", "等我回去看看账单再说", {}, ""),
    ("monthly_spend", "等我回去看看账单", {}, ""),
    ("city", "我老公老家是青岛的 我们还没定在哪安家", {"has_partner": True}, "v"),
    ("city", "我们在成都安家了", {"city": "Chengdu"}, ""),
    ("city", "闽南啦，靠海边", {}, "v"),
    ("city", "苏北那边", {}, "v"),
    ("city", "厦门，闽南这边", {"city": "Xiamen"}, ""),
    ("city", "乡下系佛山，不过好耐冇返去", {}, "v"),
    ("city", "我喺佛山住", {"city": "Foshan"}, ""),
    ("city", "在苏州出差中，酒店信号超差", {}, "v"),
    ("city", "在苏州上班，经常出差", {"city": "Suzhou"}, ""),
    ("city", "studied in Manchester ages ago, now somewhere near the coast lol", {}, "v"),
    ("city", "studied in Leeds and never left", {"city": "Leeds"}, ""),
    ("city", "I'm studying in Leeds", {"city": "Leeds"}, ""),
    ("city", "originally from Krakow", {}, "v"),
    ("city", "originally from Krakow but living in Leeds now", {"city": "Leeds"}, ""),
    ("city", "going to vegas for my cousins wedding this weekend, ask me monday", {}, ""),
    ("city", "moved to vegas for my job", {"city": "Las Vegas"}, ""),
    ("city", "I live in Leeds, going to York for my sister's wedding", {"city": "Leeds"}, ""),
    (
        "city",
        "We went to Cebu for my niece's wedding last month, beautiful place. Sorry, you asked "
        "where I live?",
        {},
        "",
    ),
    (
        "city",
        "we went to Paris for our honeymoon, we live in Lyon",
        {"has_partner": True, "city": "Lyon"},
        "",
    ),
    ("age", "My son is 45 and he still rings me every Sunday from Dubai, bless him.", {}, ""),
    ("age", "I'm 45, from Dubai", {"city": "Dubai", "age": 45}, ""),
    ("city", "Leeds. my daughter texts me from Perth", {"city": "Leeds"}, ""),
    (
        "city",
        "Right now? Hard to say, I'm between houses. Moving to Bristol next month to be near the "
        "grandchildren.",
        {},
        "v",
    ),
    ("city", "Right, so I live in Leeds", {"city": "Leeds"}, ""),
    ("city", "Wellington", {"city": "Wellington"}, ""),
    (
        "city",
        "I studied in Aberystwyth a lifetime ago, I'm 77 now. Why do you ask?",
        {"age": 77},
        "",
    ),
    ("city", "I studied in Aberystwyth a lifetime ago, I'm 77 now.", {"age": 77}, "v"),
    (
        "city",
        "My husband's stationed at Fort Bragg right now, but the kids and I stayed back in San "
        "Antonio.",
        {"has_partner": True, "has_dependents": True, "city": "San Antonio"},
        "",
    ),
    ("city", "I stayed back in Tenby", {"city": "Tenby"}, ""),
    (
        "name",
        "Is this the same survey my neighbour Mrs Kaur was doing last week? We're both in "
        "Leicester.",
        {"city": "Leicester"},
        "",
    ),
    ("name", "my parents are both in Leicester", {}, ""),
    ("name", "We're all in agreement, it's Sue", {"name": "Sue"}, ""),
    (
        "gender",
        "We've three granddaughters and one grandson, the house is never quiet when they visit "
        "us in Llandudno.",
        {"city": "Llandudno"},
        "",
    ),
    ("gender", "we visit them in Llandudno, I'm a woman", {"gender": "female"}, ""),
    ("tenure_months", "my mum's been in this bungalow in Prestatyn since 2020.", {}, ""),
    (
        "internet_service",
        "The neighbours just had fibre put in, our whole road in Falmouth's been dug up for weeks!",
        {"city": "Falmouth"},
        "",
    ),
    ("internet_service", "their road in Leeds has fibre", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "our road in Leeds has fibre",
        {"city": "Leeds", "internet_service": "fiber_optic"},
        "",
    ),
    ("city", "上个月去三亚玩了一趟 晒成煤球了", {}, ""),
    ("city", "我爸妈在成都，我高中在重庆读的，现在刚开学还在到处跑，你说的常住是哪个？", {}, ""),
    ("city", "老家周口的 现在在郑州送快递", {"city": "Zhengzhou"}, ""),
    ("city", "我儿子在深圳上班 一年回来两趟", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_places_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

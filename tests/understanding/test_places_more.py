"""Cities named without being the respondent's home: a trip or move still ahead, a city talked
about (its prices, a past schooling), a kind of place by the water, and a town given after its
region.

Covers: "明年要去上海，现在在老家" (vague, no city), "下个月去深圳", "next year I'm off to Sydney"
(no city; "现在在上海，明年去北京" keeps Shanghai); "上海的房价太高了", "Melbourne's too expensive
for us" (nothing; "我在上海，房价太高了", "上海这边房价太高了" keep it); "我在杭州读的大学", "I went
to uni in Leeds" (nothing; "我在杭州读大学", "I'm studying in Leeds", "我在杭州读完大学就留下了"
keep it); "住江边", "住在海边" (vague; "住在江门", "我在三亚海边" keep the city); "North Island,
Hamilton" (Hamilton).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a trip or a move still ahead, and the place now only a kind of place
    ("city", "明年要去上海，现在在老家", {}, "v"),
    ("city", "下个月去深圳，现在还在家", {}, ""),
    ("city", "明年去北京", {}, ""),
    ("city", "next year I'm off to Sydney, for now I'm at my folks'", {}, ""),
    ("city", "I'm off to Sydney next year", {}, ""),
    ("city", "现在在上海，明年去北京", {"city": "Shanghai"}, ""),
    ("city", "我在上海，下周去北京出差", {"city": "Shanghai"}, ""),
    ("city", "去年去的深圳，现在在深圳上班", {"city": "Shenzhen"}, ""),
    ("city", "毕业以后去了上海", {"city": "Shanghai"}, ""),
    ("city", "明年就要去上海了", {}, ""),
    ("city", "我们过完年就去成都", {}, ""),
    ("city", "过完年就去深圳了，一直在这", {"city": "Shenzhen"}, ""),
    ("city", "开春去杭州打工了", {"city": "Hangzhou"}, ""),
    ("city", "going to Perth in March, currently in Darwin", {"city": "Darwin"}, ""),
    ("age", "28岁，明年要去上海", {"age": 28}, ""),
    # a city as the topic of a remark on its prices
    ("city", "上海的房价太高了", {}, ""),
    ("city", "上海房价太高了", {}, ""),
    ("city", "深圳的物价太贵了", {}, ""),
    ("city", "Melbourne's too expensive for us", {}, ""),
    ("city", "Melbourne is so expensive", {}, ""),
    ("city", "the rent in Dubai is crazy", {}, ""),
    ("age", "上海的房价太高了，我28", {"age": 28}, ""),
    ("city", "我在上海，房价太高了", {"city": "Shanghai"}, ""),
    ("city", "上海这边房价太高了", {"city": "Shanghai"}, ""),
    ("city", "我们上海的房价太高了", {"city": "Shanghai"}, ""),
    ("city", "上海的，房价太高了", {"city": "Shanghai"}, ""),
    ("city", "Melbourne, too expensive but we love it", {"city": "Melbourne"}, ""),
    ("city", "I live in Sharjah, the rent in Dubai is crazy", {"city": "Sharjah"}, ""),
    ("city", "上海的房租太贵了，所以住昆山", {"city": "Kunshan"}, ""),
    # where one studied, in the past
    ("city", "我在杭州读的大学", {}, ""),
    ("city", "我在成都上的高中", {}, ""),
    ("city", "I went to uni in Leeds", {}, ""),
    ("city", "I studied in Leeds", {}, ""),
    ("city", "I did my degree in York", {}, ""),
    ("city", "我在西安读的研，现在在西安工作", {"city": "Xi'an"}, ""),
    ("city", "I went to school in Leeds, live in York now", {"city": "York"}, ""),
    ("age", "我在杭州读的大学，今年28", {"age": 28}, ""),
    ("city", "我在杭州读大学", {"city": "Hangzhou"}, ""),
    ("city", "我在杭州读完大学就留下了", {"city": "Hangzhou"}, ""),
    ("city", "我是在杭州上的大学，现在在宁波", {"city": "Ningbo"}, ""),
    ("city", "I'm studying in Leeds", {"city": "Leeds"}, ""),
    ("city", "I studied in Leeds and never left", {"city": "Leeds"}, ""),
    # a city the home lies near still answers
    ("city", "住浦东，离公司近", {"city": "Shanghai"}, ""),
    ("city", "Brisbane, northside, near Chermside", {"city": "Brisbane"}, ""),
    ("city", "why, is there an outage near me?", {}, ""),
    # by the water: a kind of place, no city
    ("city", "住江边", {}, "v"),
    ("city", "住在海边", {}, "v"),
    ("city", "我住在海边", {}, "v"),
    ("city", "我在三亚海边", {"city": "Sanya"}, ""),
    ("city", "住海口 离海边不远", {"city": "Haikou"}, ""),
    ("city", "住在江门", {"city": "Jiangmen"}, ""),
    ("city", "我在镇江", {"city": "Zhenjiang"}, ""),
    ("city", "住在北海边上", {"city": "Beihai"}, ""),
    # a town after its region or country
    ("city", "North Island, Hamilton", {"city": "Hamilton"}, ""),
    ("city", "the North Island, Hamilton", {"city": "Hamilton"}, ""),
    ("city", "NZ, Te Awamutu", {"city": "Te Awamutu"}, ""),
    ("city", "England, not sure which town", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

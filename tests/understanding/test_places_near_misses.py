"""Places named beside the city question that are no home, and homes said in unusual words.

Under the city question: a visit to a sibling, a parent or a friend ("去年去青岛看我妹妹"); years
spent in a city and then left ("在太原干了三十年，退休就回老家了", "worked in Leeds for 30 years,
then moved back home": vague); a home on paper denied right after it ("户口在郑州，人不在那":
vague); a question whether the service reaches a city ("南昌有5G不"); an event there on a given
day ("our footy club's playing in Ballarat Saturday"); a move only wished for ("tryna move to
Atlanta next year"), vague beside "this city"; a parent's town the gazetteer does not know ("my
mom's in Tema": vague). The partner's city is the household's when the respondent follows
("我家那口子在天津上班，我跟着过去住"); a town described, then named ("small town in Iowa
called Oskaloosa"); dialect names of cities ("Glesga", "Embra"). Under other questions a child's
city is theirs, after a topic echoed as a question ("孩子？大学毕业了，在沈阳上班") or "youngest
moved to Perth".
Near misses keep the city: the respondent's own place beside the visit, a stint still going on,
a planned return home, "never left", a band played in with no day, a city answered before a
question about it, the respondent placed beside the move wished for, and a school year.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a visit to family or friends
    ("city", "去年去青岛看我妹妹，那地方真不赖", {}, ""),
    ("city", "上个月去青岛看了看我妈", {}, ""),
    ("city", "去济南看朋友", {}, ""),
    ("city", "我在青岛，去年去济南看我妹妹", {"city": "Qingdao"}, ""),
    ("city", "搬去青岛跟我妹妹住", {"city": "Qingdao"}, ""),
    ("city", "我在青岛看店", {"city": "Qingdao"}, ""),
    ("city", "我和我妹妹在青岛", {"city": "Qingdao"}, ""),
    # years spent there, then left
    ("city", "在太原干了三十年，退休就回老家了", {}, "v"),
    ("city", "在深圳打了十年工，后来回老家了", {}, "v"),
    ("city", "我在深圳住了五年，现在搬走了", {}, "v"),
    ("city", "worked in Leeds for 30 years, then moved back home when I retired", {}, "v"),
    ("city", "在太原干了三十年", {"city": "Taiyuan"}, ""),
    ("city", "在太原干了三十年，现在还在这儿", {"city": "Taiyuan"}, ""),
    ("city", "在深圳住了五年，明年回老家", {"city": "Shenzhen"}, ""),
    ("city", "worked in Leeds for 30 years and never left", {"city": "Leeds"}, ""),
    ("city", "I've lived in Leeds for 30 years", {"city": "Leeds"}, ""),
    # a place denied right after it
    ("city", "户口在郑州，人不在那", {}, "v"),
    ("city", "registered in Leeds but I don't live there", {}, "v"),
    ("city", "my office is in Leeds but I don't live there", {}, ""),
    ("city", "户口在郑州，人也在郑州", {"city": "Zhengzhou"}, ""),
    ("city", "户口在郑州，人在深圳", {"city": "Shenzhen"}, ""),
    ("city", "我在郑州，不在那边上班", {"city": "Zhengzhou"}, ""),
    ("city", "I live in Leeds, don't work there though", {"city": "Leeds"}, ""),
    # the service asked about in a city
    ("city", "你们信号覆盖哪些城市？南昌有5G不", {}, ""),
    ("city", "南昌有没有光纤？", {}, ""),
    ("city", "does Leeds have 5G?", {}, ""),
    ("city", "我在南昌，有5G吗", {"city": "Nanchang"}, ""),
    ("city", "南昌，有5G吗", {"city": "Nanchang"}, ""),
    ("city", "南昌有5G，挺快的", {"city": "Nanchang"}, ""),
    ("city", "I'm in Leeds, do you have 5G?", {"city": "Leeds"}, ""),
    # an event there on a given day
    ("city", "Our footy club's playing in Ballarat Saturday, I'm on the bus now", {}, ""),
    ("city", "we've got a match in Leeds on Saturday", {}, ""),
    ("city", "going to a concert in Seattle Saturday", {}, ""),
    ("city", "I play in a band in Leeds", {"city": "Leeds"}, ""),
    ("city", "I live in Leeds, play football every Saturday", {"city": "Leeds"}, ""),
    # a move only wished for, beside "this city"
    ("city", "tryna move to Atlanta next year, this city is killing me fr", {}, "v"),
    ("city", "明年打算搬去成都，这破地方待够了", {}, "v"),
    # (changed to vague: dev labels a move tried for, still to come, so, "tryna move to Atlanta…")
    ("city", "tryna move to Atlanta next year", {}, "v"),
    ("city", "wanna move to Atlanta", {}, ""),
    ("city", "I'm in Leeds, tryna move to Atlanta next year", {"city": "Leeds"}, ""),
    ("city", "tryna move to Atlanta next year, Leeds is killing me", {"city": "Leeds"}, ""),
    ("city", "moved to Atlanta last year, this city is great", {"city": "Atlanta"}, ""),
    # a parent's town, known or not
    ("city", "my mom's in San Juan, I go see her every Christmas", {}, "v"),
    ("city", "my mom's in Tema, I go see her every Christmas", {}, "v"),
    ("city", "my mom's in Tema, I live in Ashaiman", {"city": "Ashaiman"}, ""),
    ("city", "I live with my mom in Tema", {"city": "Tema"}, ""),
    ("city", "my son is in Year 9", {"has_dependents": True}, ""),
    ("city", "my son works at Tesco", {}, ""),
    ("city", "my brother is in Leeds, my parents in Bristol, I hardly see them", {}, ""),
    ("city", "I'm in San Juan", {"city": "San Juan"}, ""),
    # following the partner there
    (
        "city",
        "我家那口子在天津上班，我跟着过去住",
        {"city": "Tianjin", "has_partner": True},
        "",
    ),
    ("city", "老公在天津上班，我也跟过去了", {"city": "Tianjin", "has_partner": True}, ""),
    (
        "city",
        "我老公在深圳上班，我带孩子在老家",
        {"has_partner": True, "has_dependents": True},
        "v",
    ),
    ("city", "老公在天津上班，我在北京", {"city": "Beijing", "has_partner": True}, ""),
    # a town described, then named
    (
        "city",
        "small town in Iowa called Oskaloosa, you prolly never heard of it",
        {"city": "Oskaloosa"},
        "",
    ),
    ("city", "a little village named Mells", {"city": "Mells"}, ""),
    ("city", "我住在一个叫周庄的小镇", {"city": "周庄"}, ""),
    ("city", "a small town called Ballarat", {"city": "Ballarat"}, ""),
    ("city", "small town, you wouldn't have heard of it", {}, "v"),
    ("city", "my sister lives in a village called Mells", {}, ""),
    # dialect names
    ("city", "Glesga, where else", {"city": "Glasgow"}, ""),
    ("city", "Embra", {"city": "Edinburgh"}, ""),
    ("city", "I live in Glesga", {"city": "Glasgow"}, ""),
    ("city", "Glasgow, where else", {"city": "Glasgow"}, ""),
    # a child's city under another question
    ("has_dependents", "孩子？大学毕业了，在沈阳上班，自己挣钱", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "孩子？没有，我在沈阳上班",
        {"city": "Shenyang", "has_dependents": False},
        "",
    ),
    ("has_dependents", "kids? no, I live in Perth", {"city": "Perth", "has_dependents": False}, ""),
    (
        "has_dependents",
        "Nah, ours have all flown the nest, youngest moved to Perth in June",
        {"has_dependents": False},
        "",
    ),
    (
        "has_dependents",
        "no kids, I moved to Perth in June",
        {"city": "Perth", "has_dependents": False},
        "",
    ),
    ("city", "孩子？大学毕业了，在沈阳上班", {"has_dependents": False}, "v"),
    ("city", "youngest moved to Perth, I'm in Leeds", {"city": "Leeds"}, ""),
    ("city", "youngest of five, I live in Perth", {"city": "Perth"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_places_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Places and names, round 30: a kiss after a name, a remark after "it's", a comment closing a
Chinese answer, a partner's pet name, nicknames of cities, a US state after the city, and a region
with no city.

Covers: "Sarah-Jane x" (Sarah-Jane; but "Malcolm X"); "we're on fibre and it's rubbish" (no name;
but "ok and it's tom", "Sorry for the wait and it's Priya"); "我家宽带是电话线的那种，慢得很" (no
name; but "宽带太慢了，王磊", "宽带太慢了，婷婷"); "我老公叫我宝宝", "my husband calls me Bunny" (no
name; but "大家都叫我胖虎", "everyone calls me Bex", "叫我宝宝就行", "…你也这么叫吧"); "Brum", "the
Big Apple", "邕城" (their cities; "big Motown fan" under another question is none); "buffalo ny",
"Seattle, Washington", "Baton Rouge, LA" (the city before the state; but "I live in LA", "I love
LA"); "rural Oregon", "upstate NY", "big city" (vague; but "big city, Chicago"). Rows are (asked
slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and ""
otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a kiss signed after the name (a capital X alone may be an initial)
    ("name", "Sarah-Jane x", {"name": "Sarah-Jane"}, ""),
    ("name", "Bev xx", {"name": "Bev"}, ""),
    ("name", "Sarah-Jane x, 34", {"name": "Sarah-Jane"}, ""),
    ("name", "kaz xxx", {"name": "kaz"}, ""),
    ("name", "Malcolm X", {"name": "Malcolm X"}, ""),
    ("name", "Rex", {"name": "Rex"}, ""),
    # "it's" about the thing talked about, or a judgement of it: no name
    (
        "name",
        "ugh just get to the point, we're on fibre and it's rubbish",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("name", "we're on fibre and it's glitchy", {"internet_service": "fiber_optic"}, ""),
    ("name", "it's rubbish", {}, ""),
    ("name", "Ugh, it's Dire", {}, ""),
    ("name", "ok and it's tom", {"name": "tom"}, ""),
    ("name", "it's tom", {"name": "tom"}, ""),
    ("name", "Sorry for the wait and it's Priya", {"name": "Priya"}, ""),
    ("name", "hi, it's Sarah", {"name": "Sarah"}, ""),
    # a Chinese clause after chatter: a degree or a quality, no name; a surname, 小/老/阿 or a
    # doubled given name still names
    ("name", "先说好，我家宽带是电话线的那种，慢得很", {"internet_service": "dsl"}, ""),
    ("name", "慢得很", {}, ""),
    ("name", "我家网很卡，卡", {}, ""),
    ("name", "先说好，宽带太慢了，王磊", {"name": "王磊"}, ""),
    ("name", "先说一下，我在开车，小雨", {"name": "小雨"}, ""),
    ("name", "先说好，宽带太慢了，婷婷", {"name": "婷婷"}, ""),
    ("name", "嗯，那个，婷婷", {"name": "婷婷"}, ""),
    ("name", "刚下班，累死了，欧阳琳", {"name": "欧阳琳"}, ""),
    # a partner's pet name or an endearment, no name; a nickname everyone uses still is one
    ("name", "我老公叫我宝宝", {"has_partner": True}, ""),
    ("name", "我男朋友喊我宝贝", {"has_partner": True}, ""),
    ("name", "我妈叫我宝贝", {}, ""),
    ("name", "我老公叫我宝宝，你也这么叫吧", {"has_partner": True, "name": "宝宝"}, ""),
    ("name", "老公叫我宝宝，你叫我小林吧", {"has_partner": True, "name": "小林"}, ""),
    ("name", "叫我宝宝就行", {"name": "宝宝"}, ""),
    ("name", "大家都叫我胖虎", {"name": "胖虎"}, ""),
    ("name", "朋友都喊我二狗", {"name": "二狗"}, ""),
    ("name", "my husband calls me Bunny", {"has_partner": True}, ""),
    ("name", "my mum calls me sweetie", {}, ""),
    ("name", "my wife calls me Marc", {"has_partner": True, "name": "Marc"}, ""),
    ("name", "我老公平时叫我婧婧", {"has_partner": True, "name": "婧婧"}, ""),
    ("name", "everyone calls me Bex", {"name": "Bex"}, ""),
    ("name", "my mates call me Kat", {"name": "Kat"}, ""),
    ("name", "it's Marcus. my wife calls me Marc", {"has_partner": True, "name": "Marcus"}, ""),
    # nicknames of cities
    ("city", "Brum", {"city": "Birmingham"}, ""),
    ("city", "in brum, near the bullring", {"city": "Birmingham"}, ""),
    ("age", "40, I live in Brum", {"city": "Birmingham", "age": 40}, ""),
    ("city", "the Big Apple", {"city": "New York"}, ""),
    ("city", "the windy city", {"city": "Chicago"}, ""),
    ("city", "Chi-town", {"city": "Chicago"}, ""),
    ("city", "邕城", {"city": "Nanning"}, ""),
    ("city", "魔都", {"city": "Shanghai"}, ""),
    ("city", "帝都", {"city": "Beijing"}, ""),
    ("age", "40, big Motown fan", {"age": 40}, ""),
    ("age", "40, I live in Motown", {"city": "Detroit", "age": 40}, ""),
    # a US state after the place names its state, not a city
    ("city", "buffalo ny", {"city": "Buffalo"}, ""),
    ("city", "Buffalo, NY", {"city": "Buffalo"}, ""),
    ("city", "Albany NY", {"city": "Albany"}, ""),
    ("city", "Seattle, Washington", {"city": "Seattle"}, ""),
    ("city", "Rochester, New York", {"city": "Rochester"}, ""),
    ("city", "Baton Rouge, LA", {"city": "Baton Rouge"}, ""),
    ("city", "New York, NY", {"city": "New York"}, ""),
    ("city", "Washington, DC", {"city": "Washington"}, ""),
    ("city", "Portland, OR", {"city": "Portland"}, ""),
    ("city", "I live in LA", {"city": "Los Angeles"}, ""),
    ("city", "in la", {"city": "Los Angeles"}, ""),
    ("city", "I love LA", {"city": "Los Angeles"}, ""),
    ("city", "moved to NY last year", {"city": "New York"}, ""),
    ("city", "Liverpool, la", {"city": "Liverpool"}, ""),
    ("age", "40, I live in Buffalo NY", {"city": "Buffalo", "age": 40}, ""),
    # a region or a kind of place with no city: vague
    ("city", "rural Oregon, nearest town is like 40 mins away", {}, "v"),
    ("city", "Rural Oregon", {}, "v"),
    ("city", "upstate", {}, "v"),
    ("city", "upstate NY", {}, "v"),
    ("city", "upstate New York", {}, "v"),
    ("city", "big city", {}, "v"),
    ("city", "countryside", {}, "v"),
    ("city", "在乡下", {}, "v"),
    # near misses: a city or a place named beside the region
    ("city", "big city, Chicago", {"city": "Chicago"}, ""),
    ("city", "Truro, small city in Cornwall", {"city": "Truro"}, ""),
    ("city", "Big Spring, Texas", {"city": "Big Spring"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round30_places_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Places, round 32: a city the respondent tacks on in passing under another question.

Covers: Chinese items split by spaces with an age or a sex among them ("19岁 在读大专 盐城的",
"男的 开网吧的 泸州"; but "泸州人", "去过泸州", "我妈 60岁 泸州的" and two cities give none);
"俺是南充的 宽带…" (the item closed by a space); "up/down/out in" a place as an item ("fiber
optic, up in Fairbanks"; not somebody else's or "for the week"); the city as an aside ("…,
Minneapolis btw"); studying there ("first year at uni in Leeds"; not a son's or the past); a
parent label and an age opening the list ("mum, 38 yrs old, in Townsville"); "42 yrs old" as the
age item of a profile list; and cities the gazetteer lacked (Harare, Minneapolis, Fairbanks).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "19岁 在读大专 盐城的", {"city": "Yancheng", "age": 19}, ""),
    ("age", "20岁 在读本科 扬州的", {"city": "Yangzhou", "age": 20}, ""),
    ("gender", "男的 开网吧的 泸州", {"city": "Luzhou", "gender": "male"}, ""),
    ("gender", "女 35岁 开花店的 绵阳", {"age": 35, "city": "Mianyang", "gender": "female"}, ""),
    ("age", "45 男 开出租的 绵阳市", {"gender": "male", "city": "Mianyang", "age": 45}, ""),
    (
        "satisfaction",
        "俺是南充的 宽带是你们家的光纤",
        {"city": "Nanchong", "internet_service": "fiber_optic"},
        "",
    ),
    ("satisfaction", "我是绵阳的 网速还行", {"city": "Mianyang", "satisfaction": 3}, ""),
    ("gender", "男的 开网吧的 泸州人", {"gender": "male"}, ""),
    ("gender", "男的 去过泸州", {"gender": "male"}, ""),
    ("age", "我妈 60岁 泸州的", {}, ""),
    ("age", "19岁 老公 泸州", {"has_partner": True}, ""),
    ("gender", "男的 泸州 成都", {"gender": "male"}, ""),
    ("satisfaction", "我老公是南充的 宽带还行", {"has_partner": True, "satisfaction": 3}, ""),
    (
        "name",
        "I'm Kezia, 19 years old, first year at uni in Leeds",
        {"age": 19, "city": "Leeds", "name": "Kezia"},
        "",
    ),
    ("name", "Sam, 20, second year at college in Bristol", {"city": "Bristol", "name": "Sam"}, ""),
    ("name", "I'm Sam, my son is at uni in Leeds", {"name": "Sam"}, ""),
    ("name", "Sam, 20, went to uni in Leeds", {"name": "Sam"}, ""),
    ("name", "Tendai, 42 yrs old, Harare", {"age": 42, "city": "Harare", "name": "Tendai"}, ""),
    ("name", "Tendai, 42 years old, Leeds", {"age": 42, "city": "Leeds", "name": "Tendai"}, ""),
    (
        "gender",
        "mum, 38 yrs old, in Townsville",
        {"age": 38, "city": "Townsville", "gender": "female"},
        "",
    ),
    ("gender", "dad, 40, in Leeds", {"city": "Leeds", "gender": "male"}, ""),
    ("gender", "mum, my sister, in Leeds", {"gender": "female"}, ""),
    (
        "contract",
        "two year deal, ends in march, Minneapolis btw",
        {"city": "Minneapolis", "contract": "two_year"},
        "",
    ),
    ("contract", "one year deal, Leeds fyi", {"city": "Leeds", "contract": "one_year"}, ""),
    ("contract", "two year deal, my sister is in Minneapolis btw", {"contract": "two_year"}, ""),
    (
        "internet_service",
        "fiber optic, up in Fairbanks",
        {"city": "Fairbanks", "internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "DSL, out in Perth", {"city": "Perth", "internet_service": "dsl"}, ""),
    ("internet_service", "fibre, my mum is up in Leeds", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "fiber optic, up in Leeds for the week",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("age", "my sister lives in Minneapolis", {}, ""),
    ("city", "Harare", {"city": "Harare"}, ""),
    # a place still unknown, hedged as the place, is no name
    ("name", "Chinhoyi, if you mean where I'm based", {}, ""),
    ("city", "费尔班克斯", {"city": "Fairbanks"}, ""),
    ("age", "32, moved to Milwaukee last year", {"city": "Milwaukee", "age": 32}, ""),
    (
        "internet_service",
        "DSL, down here in Hobart lol",
        {"city": "Hobart", "internet_service": "dsl"},
        "",
    ),
    ("gender", "mum, 38 yrs old, in Townsville for work", {"age": 38, "gender": "female"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round32_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Places given for the city that name no town, moves still to come, and small towns missed.

A province, region or island group ("gauteng side", "Mindanao po", "山东嘞", "I'm in Gauteng") is a
vague answer; a town named beside it counts ("gauteng, Pretoria"). A move of one's own still to
come ("下个月搬去南宁", "tryna move to Atlanta next year", "moving to calgary next month") is
vague; schooling told as long past ("以前在武汉读的大学，那会儿…") is vague too. Small
towns of Alberta and west Wales are known ("my place in red deer", "retired to Tenby, where we
still live").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

_RED_DEER = "no coverage at my place in red deer, gotta stand in the yard to make a call"
CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "gauteng side", {}, "v"),
    ("city", "Gauteng", {}, "v"),
    ("city", "KZN side", {}, "v"),
    ("city", "western cape", {}, "v"),
    ("city", "I'm in Gauteng", {}, "v"),
    ("city", "natal side bru", {}, "v"),
    ("city", "Mindanao po", {}, "v"),
    ("city", "Luzon po", {}, "v"),
    ("city", "Visayas", {}, "v"),
    ("city", "somewhere in the visayas po", {}, "v"),
    ("city", "I live in Mindanao", {}, "v"),
    ("city", "cebu po", {"city": "Cebu City"}, ""),
    ("city", "Davao po", {"city": "Davao"}, ""),
    ("city", "Mindanao po, Davao City", {"city": "Davao"}, ""),
    ("city", "gauteng, Pretoria", {"city": "Pretoria"}, ""),
    ("city", "I'm in Limpopo, Polokwane", {"city": "Polokwane"}, ""),
    ("city", "Pretoria, Gauteng", {"city": "Pretoria"}, ""),
    ("city", "Durban side", {"city": "Durban"}, ""),
    ("city", "Joburg side", {"city": "Johannesburg"}, ""),
    ("city", "山东嘞", {}, "v"),
    ("city", "四川嘞", {}, "v"),
    ("city", "广东咧", {}, "v"),
    ("city", "山东济南", {"city": "Jinan"}, ""),
    ("city", "济南嘞", {"city": "Jinan"}, ""),
    ("city", "下个月搬去南宁", {}, "v"),
    ("city", "明年搬去成都", {}, "v"),
    ("city", "过完年就搬到重庆", {}, "v"),
    ("city", "准备搬去苏州", {}, "v"),
    ("city", "年底调去深圳", {}, "v"),
    ("city", "我闺蜜下个月搬去成都", {}, ""),
    ("city", "下个月搬去南宁，现在在柳州", {"city": "Liuzhou"}, ""),
    ("city", "北海，下个月搬去南宁", {"city": "Beihai"}, ""),
    ("city", "刚搬去南宁", {"city": "Nanning"}, ""),
    ("city", "搬去南宁一年了", {"city": "Nanning"}, ""),
    ("city", "上个月搬去南宁了", {"city": "Nanning"}, ""),
    ("city", "tryna move to Atlanta next year", {}, "v"),
    ("city", "trying to move to Leeds", {}, "v"),
    ("city", "Leeds, trying to move to York", {"city": "Leeds"}, ""),
    # (as labelled in dev: an English move said as certain is no answer, not a vague one)
    # (changed to vague: dev now labels this answer so)
    ("city", "moving to calgary next month", {}, "v"),
    ("city", "以前在武汉读的大学，那会儿还没用你们家", {}, "v"),
    ("city", "当年在南京读的大学", {}, "v"),
    ("city", "以前在武汉读的大学，现在在长沙", {"city": "Changsha"}, ""),
    ("city", "武汉，以前在北京读的书", {"city": "Wuhan"}, ""),
    ("city", "在武汉读的大学", {}, ""),
    ("city", "我在武汉读大学", {"city": "Wuhan"}, ""),
    ("city", "I'm at uni in Reading", {"city": "Reading"}, ""),
    ("city", "at uni in Leeds", {"city": "Leeds"}, ""),
    ("complaint", _RED_DEER, {"city": "Red Deer", "complaint": _RED_DEER}, ""),
    ("complaint", "no coverage in red deer", {"complaint": "no coverage in red deer"}, ""),
    ("complaint", "I saw a red deer on the way to work", {}, ""),
    (
        "tenure_months",
        "We joined in September 2018, when we retired to Tenby, where we still live.",
        {"city": "Tenby", "tenure_months": 98},
        "",
    ),
    ("tenure_months", "joined when I moved to Leeds, where I live now", {"city": "Leeds"}, ""),
    (
        "tenure_months",
        "since 2019, when we went to Leeds where my son lives",
        {"tenure_months": 84},
        "",
    ),
    ("city", "Tenby", {"city": "Tenby"}, ""),
    ("city", "Medicine Hat", {"city": "Medicine Hat"}, ""),
    ("city", "red deer", {"city": "Red Deer"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_regions_and_moves_as_city(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Numerals inside place names: the 十 of "十堰", the 三 of "三亚", the "Five" of "Five Dock" are
part of the name and fill no age, tenure, spend or rating.

Covers names the city lexicon finds ("我在十堰", "住九江", "百色", "马六甲", "五道口"), cities and
districts it now lists ("六盘水", "二连浩特" → Erenhot, "万州" → Chongqing, "九龙" → Hong Kong,
"Five Dock" → Sydney, "Thousand Oaks", "Sevenoaks"), and places it leaves out that hold a numeral
all the same ("五指山", "八达岭", "三环内", "Two Rivers", "Seven Dials"). Numbers next to the name
or running past it stay ("十堰，二十八", "二十九江西人", "三亚用了3年", "四星，四平这边…"); in
English a number before a plural noun is left to the other readers unless written as a name or
placed ("I have seven sisters"; "I live in two rivers" is a place).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a name the gazetteer knows: the city, and no number
    ("age", "我在十堰", {"city": "Shiyan"}, ""),
    ("tenure_months", "我在十堰", {"city": "Shiyan"}, ""),
    ("age", "三亚的", {"city": "Sanya"}, ""),
    ("tenure_months", "三亚的", {"city": "Sanya"}, ""),
    ("age", "住九江", {"city": "Jiujiang"}, ""),
    ("monthly_spend", "住九江", {"city": "Jiujiang"}, ""),
    ("age", "三门峡", {"city": "Sanmenxia"}, ""),
    ("satisfaction", "三门峡", {"city": "Sanmenxia"}, ""),
    ("age", "百色", {"city": "Baise"}, ""),
    ("satisfaction", "百色", {"city": "Baise"}, ""),
    ("age", "在五道口上班", {"city": "Beijing"}, ""),
    ("age", "五角场", {"city": "Shanghai"}, ""),
    ("age", "三里屯", {"city": "Beijing"}, ""),
    ("age", "马六甲", {"city": "Malacca"}, ""),
    ("age", "六安", {"city": "Lu'an"}, ""),
    ("age", "七台河", {"city": "Qitaihe"}, ""),
    ("age", "四平", {}, ""),
    ("age", "在四平", {"city": "Siping"}, ""),
    # a native of the place, not said to live there: no city, and no number either
    ("age", "六盘水人", {}, ""),
    ("satisfaction", "六盘水人", {}, ""),
    ("age", "九江人", {}, ""),
    ("tenure_months", "六盘水", {"city": "Liupanshui"}, ""),
    # cities and districts the gazetteer lacked
    ("age", "万州这边", {"city": "Chongqing"}, ""),
    ("monthly_spend", "万州", {"city": "Chongqing"}, ""),
    ("city", "万州", {"city": "Chongqing"}, ""),
    ("age", "九龙坡", {"city": "Chongqing"}, ""),
    ("age", "二连浩特", {"city": "Erenhot"}, ""),
    ("city", "二连浩特", {"city": "Erenhot"}, ""),
    ("age", "在三明", {"city": "Sanming"}, ""),  # (a weak name of the gazetteer, after 在)
    # places the gazetteer leaves out
    ("age", "四会", {}, ""),
    ("age", "三河燕郊", {}, ""),
    ("age", "二七区", {}, ""),
    ("age", "万宁", {}, ""),
    ("age", "五指山", {}, ""),
    ("age", "八达岭", {}, ""),
    ("age", "十里堡", {}, ""),
    ("age", "九寨沟那边", {}, ""),
    ("age", "三峡那边", {}, ""),
    ("age", "五一广场附近", {}, ""),
    ("age", "住三环边上", {}, ""),
    # numbers next to the name, or running past it, stay
    ("tenure_months", "三亚用了3年", {"tenure_months": 36}, ""),
    ("age", "十堰，二十八", {"age": 28}, ""),
    ("monthly_spend", "九江人，每月九十九", {"monthly_spend": 99.0}, ""),
    ("satisfaction", "四星，四平这边信号还行", {"city": "Siping", "satisfaction": 4}, ""),
    ("age", "二十九江西人", {"age": 29}, ""),
    ("monthly_spend", "两万宁可不要", {"monthly_spend": 20000.0}, ""),
    ("age", "住三亚，今年三十五", {"city": "Sanya", "age": 35}, ""),
    ("tenure_months", "住十堰，用了两年", {"city": "Shiyan", "tenure_months": 24}, ""),
    ("satisfaction", "在百色，五星", {"city": "Baise", "satisfaction": 5}, ""),
    ("monthly_spend", "在万州，一个月一百", {"city": "Chongqing", "monthly_spend": 100.0}, ""),
    ("satisfaction", "我在九龙，四分吧", {"city": "Hong Kong", "satisfaction": 4}, ""),
    ("age", "三环内，四十", {"age": 40}, ""),
    ("satisfaction", "四环素吃多了", {"satisfaction": 4}, ""),
    # English
    ("age", "Five Dock", {"city": "Sydney"}, ""),
    ("tenure_months", "Five Dock", {"city": "Sydney"}, ""),
    ("age", "Two Rivers", {}, ""),
    ("age", "I live in two rivers", {}, ""),
    ("age", "Thousand Oaks", {}, ""),
    ("monthly_spend", "Seven Sisters", {}, ""),
    ("age", "Nine Elms", {}, ""),
    ("satisfaction", "Seven Dials", {}, ""),
    ("satisfaction", "Five Ways", {}, ""),
    ("city", "Seven Sisters", {"city": "London"}, ""),
    ("city", "Thousand Oaks", {"city": "Thousand Oaks"}, ""),
    ("city", "Sevenoaks", {"city": "Sevenoaks"}, ""),
    ("city", "Twin Falls", {"city": "Twin Falls"}, ""),
    ("age", "Thousand Oaks, 42", {"age": 42}, ""),
    ("age", "I'm 35, live in Thousand Oaks", {"age": 35, "city": "Thousand Oaks"}, ""),
    ("tenure_months", "Three Rivers, been with you 2 years", {"tenure_months": 24}, ""),
    ("monthly_spend", "Nine Elms, about 40 a month", {"monthly_spend": 40.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_numbers_in_place_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

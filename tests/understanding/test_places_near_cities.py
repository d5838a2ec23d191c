"""A village, farm or small town near or outside a city is not the city: vague.

"a village near Leeds", "on a farm outside Leeds", "利兹附近的一个村" name no home; a district or
suburb of the city ("the outskirts of Leeds", "魔都 很偏的郊区", "曲靖下面的一个村"), a landmark in
it ("Kisumu, near the lake") or the city given first ("Whangarei, well just outside it") still give
the city, as do "near Leeds" and "I live near Leeds" alone.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "a village near Leeds", {}, "v"),
    ("city", "a wee village near Hawick, you'll not have heard of it", {}, "v"),
    ("city", "a small village near Leeds", {}, "v"),
    ("city", "on a farm outside Leeds", {}, "v"),
    ("city", "a little hamlet not far from York", {}, "v"),
    ("city", "a town about ten miles from Hull", {}, "v"),
    ("city", "out in the country near York", {}, "v"),
    ("city", "a small town near Leeds", {}, "v"),
    ("city", "I live in a village just outside Leeds", {}, "v"),
    ("city", "we're on a farm near Dubbo", {}, "v"),
    ("city", "tiny village close to Norwich", {}, "v"),
    ("city", "利兹附近的一个村", {}, "v"),
    ("city", "成都周边的一个小镇", {}, "v"),
    ("city", "离曲靖不远的一个村子", {}, "v"),
    ("city", "住在成都附近的一个小镇上", {}, "v"),
    ("city", "near Leeds", {"city": "Leeds"}, ""),
    ("city", "I live near Leeds", {"city": "Leeds"}, ""),
    ("city", "just outside Stratford-upon-Avon", {"city": "Stratford-upon-Avon"}, ""),
    ("city", "Whangarei, well just outside it, Maungakaramea way", {"city": "Whangarei"}, ""),
    ("city", "曲靖下面的一个村", {"city": "Qujing"}, ""),
    ("city", "魔都 不过是很偏的郊区 地铁要坐一个半小时", {"city": "Shanghai"}, ""),
    ("city", "Kisumu, near the lake", {"city": "Kisumu"}, ""),
    ("city", "in LA, near Santa Monica", {"city": "Los Angeles"}, ""),
    ("city", "Leeds, near Headingley", {"city": "Leeds"}, ""),
    ("city", "大理，古城边上。我跟我老公一起开民宿的", {"has_partner": True, "city": "Dali"}, ""),
    ("city", "深圳 南山科技园附近", {"city": "Shenzhen"}, ""),
    ("city", "I live in Leeds, in a village near the ring road", {"city": "Leeds"}, ""),
    ("city", "the outskirts of Leeds", {"city": "Leeds"}, ""),
    ("city", "长沙岳麓区，学校附近", {"city": "Changsha"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_places_near_cities(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

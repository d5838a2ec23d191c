""" "一个人" said while raising a child at some place, or with the partner away, is alone for a
while and says nothing of the partner; a life alone (divorced, widowed, "一个人过") is still
single."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # raising a child alone at some place, or with the partner away: alone for a while
    (
        "has_partner",
        "已婚，老公在外地跑车，我一个人在东莞带孩子",
        {"city": "Dongguan", "has_dependents": True, "has_partner": True},
        "",
    ),
    (
        "has_partner",
        "老公在外地跑车，我一个人在东莞",
        {"city": "Dongguan", "has_partner": True},
        "",
    ),
    ("has_partner", "我一个人在东莞带孩子", {"city": "Dongguan", "has_dependents": True}, ""),
    ("has_partner", "一个人在老家带两个娃", {"has_dependents": True}, ""),
    ("has_partner", "我一个人在家带娃", {"has_dependents": True}, ""),
    ("has_partner", "我老公又出差了，我一个人在家", {"has_partner": True}, ""),
    (
        "has_partner",
        "老公在外打工，一个人在家照顾老人",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    (
        "has_partner",
        "老婆去深圳上班了，我一个人在老家带娃",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    ("has_partner", "男朋友在国外，我一个人在上海", {"city": "Shanghai", "has_partner": True}, ""),
    (
        "has_partner",
        "老公常年在外打工，我一个人带娃",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    (
        "interests",
        "我老公爱钓鱼，一到周末就往水库跑，留我一个人在家带娃",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "age",
        "35，老公跑长途，我一个人在家带孩子",
        {"has_partner": True, "has_dependents": True, "age": 35},
        "",
    ),
    # near misses: a life alone
    ("has_partner", "老公走了，现在一个人", {"has_partner": False}, ""),
    (
        "has_partner",
        "老公前年走了，我一个人在老家带孩子过",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    (
        "has_partner",
        "离了，一个人在东莞带孩子",
        {"city": "Dongguan", "has_dependents": True, "has_partner": False},
        "",
    ),
    ("has_partner", "单身，一个人在东莞", {"city": "Dongguan", "has_partner": False}, ""),
    ("has_partner", "一个人在东莞", {"city": "Dongguan", "has_partner": False}, ""),
    ("has_partner", "一个人过", {"has_partner": False}, ""),
    ("has_partner", "没有，一个人在上海打拼", {"city": "Shanghai", "has_partner": False}, ""),
    (
        "has_partner",
        "我一个人在东莞带俩孩子过",
        {"city": "Dongguan", "has_dependents": True, "has_partner": False},
        "",
    ),
    (
        "has_partner",
        "老伴前年走了，现在一个人在长春",
        {"city": "Changchun", "has_partner": False},
        "",
    ),
    (
        "has_partner",
        "一个人在东莞带孩子，没有另一半",
        {"city": "Dongguan", "has_dependents": True, "has_partner": False},
        "",
    ),
    ("has_partner", "我妹老公出差了，我一个人在家", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_alone_for_a_while_zh(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

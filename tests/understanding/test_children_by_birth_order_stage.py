"""A child named by birth order ("老大", "老二", "大宝") at a school below university or still a
baby ("读初二", "还在喂奶") is a child at home; a grown one, the respondent as the eldest, or
somebody else's eldest is none."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # one child by birth order at school or still a baby; a pair with a baby stage
    (
        "has_dependents",
        "老大读初二，老二还在喂奶，老公常年出差",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_dependents", "老大读初二", {"has_dependents": True}, ""),
    ("has_dependents", "老二还在喂奶", {"has_dependents": True}, ""),
    ("has_dependents", "我家老三上幼儿园", {"has_dependents": True}, ""),
    ("has_dependents", "老大在读高三", {"has_dependents": True}, ""),
    ("has_dependents", "我们老大上三年级了", {"has_dependents": True}, ""),
    ("has_dependents", "大宝读初一，二宝还在吃奶", {"has_dependents": True}, ""),
    ("has_dependents", "老大上初中了，老二读小学", {"has_dependents": True}, ""),
    ("has_dependents", "老大五岁，老二刚断奶", {"has_dependents": True}, ""),
    (
        "has_partner",
        "老大读初二，老二还在喂奶，老公常年出差",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    # near misses: no child of the respondent's at home
    ("has_dependents", "老大在深圳上班", {}, ""),
    ("has_dependents", "我是家里老大，下面还有个弟弟读初二", {}, ""),
    ("has_dependents", "邻居家老大读初二", {}, ""),
    ("has_dependents", "老板是我们老大", {}, ""),
    ("has_dependents", "老二还小", {}, ""),
    ("has_dependents", "大的三十了，小的二十五", {}, ""),
    ("has_dependents", "我们老大在外地工作", {}, ""),
    ("has_dependents", "老大老二都成家了", {"has_dependents": False}, ""),
    ("has_dependents", "大的那只猫五岁，小的刚断奶", {"has_dependents": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_children_by_birth_order_stage(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

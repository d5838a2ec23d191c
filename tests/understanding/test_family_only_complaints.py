"""Under the complaint question, an only or main complaint about a family member.

"only complaint is my kids never do their homework", "唯一不满意的就是孙子老不来看我": the grievance
words find fault with a person at home, not with the service: no complaint. A service word after
the person ("my husband says the wifi is slow", "我儿子老用流量") or a lead about the service
("only complaint is the price") keeps the complaint.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "complaint",
        "only complaint is my kids never do their homework",
        {"has_dependents": True},
        "",
    ),
    ("complaint", "my only complaint is my husband hogging the remote", {"has_partner": True}, ""),
    (
        "complaint",
        "my only gripe is my teenage son never gets off his phone",
        {"has_dependents": True},
        "",
    ),
    ("complaint", "only moan is my grandkids never visit", {}, ""),
    ("complaint", "my one complaint is my mother-in-law", {}, ""),
    ("complaint", "biggest complaint is my husband snores", {"has_partner": True}, ""),
    (
        "complaint",
        "only thing that bugs me is my wife leaving the lights on",
        {"has_partner": True},
        "",
    ),
    (
        "complaint",
        "my only pet peeve is my husband leaving socks everywhere",
        {"has_partner": True},
        "",
    ),
    ("complaint", "only complaint is my sister never calls back", {}, ""),
    (
        "complaint",
        "my only complaint is my kids never do their homework lol",
        {"has_dependents": True},
        "",
    ),
    ("complaint", "唯一的不满就是我儿子不写作业", {"has_dependents": True}, ""),
    ("complaint", "唯一不满意的就是孙子老不来看我", {}, ""),
    ("complaint", "唯一的槽点是我妈天天唠叨", {}, ""),
    ("complaint", "最大的不满就是我老公不做家务", {"has_partner": True}, ""),
    (
        "complaint",
        "my only complaint is my kids use up all the data",
        {"has_dependents": True, "complaint": "my only complaint is my kids use up all the data"},
        "",
    ),
    (
        "complaint",
        "my only complaint is my husband says the wifi is slow",
        {"has_partner": True, "complaint": "my only complaint is my husband says the wifi is slow"},
        "",
    ),
    ("complaint", "only complaint is the price", {"complaint": "only complaint is the price"}, ""),
    (
        "complaint",
        "my only complaint is the signal drops at night",
        {"complaint": "my only complaint is the signal drops at night"},
        "",
    ),
    ("complaint", "唯一的不满就是网速慢", {"complaint": "唯一的不满就是网速慢"}, ""),
    (
        "complaint",
        "唯一的意见就是我儿子老用流量",
        {"complaint": "唯一的意见就是我儿子老用流量"},
        "",
    ),
    (
        "complaint",
        "only complaint is my kids keep breaking the router",
        {"has_dependents": True, "complaint": "only complaint is my kids keep breaking the router"},
        "",
    ),
    (
        "complaint",
        "main complaint is the bill keeps going up",
        {"complaint": "main complaint is the bill keeps going up"},
        "",
    ),
    ("complaint", "最大的不满就是信号差", {"complaint": "最大的不满就是信号差"}, ""),
    (
        "complaint",
        "only complaint is my kids say your app is rubbish",
        {"has_dependents": True, "complaint": "only complaint is my kids say your app is rubbish"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_family_only_complaints(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

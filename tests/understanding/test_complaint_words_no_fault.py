"""Answers that use the complaint question's words but find no fault with the service.

An "only complaint" about somebody at home, a doubt that telling changes anything, a score given
instead, and a request to change a detail of the account are no complaint; the same with a fault
of the service named beside them still complains.

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
        "my only complaint is my husband hogging the remote lol",
        {"has_partner": True},
        "",
    ),
    (
        "complaint",
        "my only complaint is the price",
        {"complaint": "my only complaint is the price"},
        "",
    ),
    (
        "complaint",
        "my only complaint is the wifi dropping",
        {"complaint": "my only complaint is the wifi dropping"},
        "",
    ),
    (
        "complaint",
        "the only thing that bugs me is my wife hogging the telly",
        {"has_partner": True},
        "",
    ),
    ("complaint", "my only gripe is the weather lol", {}, ""),
    ("complaint", "唯一不满意的是我老公天天霸占遥控器", {"has_partner": True}, ""),
    ("complaint", "唯一的不满就是网速慢", {"complaint": "唯一的不满就是网速慢"}, ""),
    ("complaint", "说了你们会改吗？", {}, ""),
    ("complaint", "说了有用吗？", {}, ""),
    ("complaint", "你们会改吗？", {}, ""),
    ("complaint", "will you actually change anything if I tell you?", {}, ""),
    ("complaint", "would it make any difference if I told you?", {}, ""),
    ("complaint", "说了你们会改吗？网速太慢了", {"complaint": "说了你们会改吗？网速太慢了"}, ""),
    (
        "complaint",
        "will you fix the wifi if I tell you?",
        {"complaint": "will you fix the wifi if I tell you?"},
        "",
    ),
    ("complaint", "嗯…先给你们打个3分吧", {"satisfaction": 3}, ""),
    (
        "complaint",
        "先给你们打个3分吧，网太慢了",
        {"satisfaction": 3, "complaint": "先给你们打个3分吧，网太慢了"},
        "",
    ),
    ("complaint", "I'd give you a 6 out of 10", {}, ""),
    ("complaint", "能不能帮我改一下账单日期？", {}, ""),
    ("complaint", "can you fix my address on the account?", {}, ""),
    ("complaint", "can you change my email on the account?", {}, ""),
    ("complaint", "能不能帮我把账单日改到15号？", {}, ""),
    (
        "complaint",
        "can you fix my bill? it's wrong again",
        {"complaint": "can you fix my bill? it's wrong again"},
        "",
    ),
    (
        "complaint",
        "能不能帮我查一下为什么账单这么高？",
        {"complaint": "能不能帮我查一下为什么账单这么高？"},
        "",
    ),
    ("complaint", "can you update my payment details?", {}, ""),
    ("complaint", "帮我改一下套餐地址", {"complaint": "帮我改一下套餐地址"}, ""),
    ("complaint", "给你们打4分", {"satisfaction": 4}, ""),
    ("complaint", "the only thing that annoys me is the neighbours dog", {}, ""),
    (
        "complaint",
        "my only complaint is my husband never lets me use the wifi",
        {
            "has_partner": True,
            "complaint": "my only complaint is my husband never lets me use the wifi",
        },
        "",
    ),
    ("complaint", "反映了有人管吗？", {}, ""),
    ("complaint", "could you update my email address please?", {}, ""),
    (
        "complaint",
        "can you change my address, the bill keeps going to the old one",
        {"complaint": "can you change my address, the bill keeps going to the old one"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_complaint_words_no_fault(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

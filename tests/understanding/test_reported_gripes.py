"""Somebody else's gripe about their own line, passed on under the complaint question.

"my neighbour is always moaning about his bill", "隔壁阿婆成日话佢屋企网慢": no complaint of the
respondent's and no vague answer. A word of their own ("mine too", "我家也"), the provider
addressed ("your signal", "你们") or a member of the household keeps the complaint.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("complaint", "my neighbour is always moaning about his bill, he never stops", {}, ""),
    ("complaint", "my neighbour's always moaning about his bill, not that I listen", {}, ""),
    ("complaint", "隔壁阿婆成日话佢屋企网慢", {}, ""),
    ("complaint", "我邻居说他家宽带老掉线，让我帮他问问咋回事", {}, ""),
    ("complaint", "my sister keeps complaining her internet is slow", {}, ""),
    ("complaint", "我同事老说他家网慢", {}, ""),
    ("complaint", "我妈说她那边信号不好", {}, ""),
    ("complaint", "my mate says his wifi is rubbish", {}, ""),
    (
        "complaint",
        "my mate says his wifi is rubbish, mine too",
        {"complaint": "my mate says his wifi is rubbish, mine too"},
        "",
    ),
    (
        "complaint",
        "my neighbour says your signal is rubbish",
        {"complaint": "my neighbour says your signal is rubbish"},
        "",
    ),
    ("complaint", "我邻居说你们信号差", {"complaint": "我邻居说你们信号差"}, ""),
    (
        "complaint",
        "my neighbour moans about his bill and so do I",
        {"complaint": "my neighbour moans about his bill and so do I"},
        "",
    ),
    ("complaint", "我邻居说他家网慢，我家也慢", {"complaint": "我邻居说他家网慢，我家也慢"}, ""),
    (
        "complaint",
        "我邻居说他家网慢，我这边也是",
        {"complaint": "我邻居说他家网慢，我这边也是"},
        "",
    ),
    (
        "complaint",
        "my friend complains about her phone bill, mine is worse",
        {"complaint": "my friend complains about her phone bill, mine is worse"},
        "",
    ),
    (
        "complaint",
        "my colleague says his broadband is slow, same as mine",
        {"complaint": "my colleague says his broadband is slow, same as mine"},
        "",
    ),
    (
        "complaint",
        "my neighbour's always moaning about his provider but I've no issues myself",
        {},
        "v",
    ),
    ("complaint", "我邻居老说他家宽带慢不过我自己没啥问题", {}, "v"),
    (
        "complaint",
        "my husband moans about the wifi",
        {"has_partner": True, "complaint": "my husband moans about the wifi"},
        "",
    ),
    (
        "complaint",
        "my husband says his phone has no signal",
        {"has_partner": True, "complaint": "my husband says his phone has no signal"},
        "",
    ),
    ("complaint", "我老公老说网卡", {"has_partner": True, "complaint": "我老公老说网卡"}, ""),
    ("complaint", "我邻居老吐槽宽带慢", {"complaint": "我邻居老吐槽宽带慢"}, ""),
    (
        "complaint",
        "my neighbour says the signal round here is terrible",
        {"complaint": "my neighbour says the signal round here is terrible"},
        "",
    ),
    (
        "complaint",
        "my cousin says her bill keeps going up and my bill went up too",
        {"complaint": "my cousin says her bill keeps going up and my bill went up too"},
        "",
    ),
    (
        "complaint",
        "我朋友说他家网老断，我家网也老断",
        {"complaint": "我朋友说他家网老断，我家网也老断"},
        "",
    ),
    ("complaint", "my mate's always giving out about his broadband", {}, ""),
    ("complaint", "my bro keeps ranting about his phone bill lol", {}, ""),
    ("complaint", "我闺蜜天天吐槽她家宽带", {}, ""),
    ("complaint", "楼上邻居老说他家wifi不行", {}, ""),
    ("complaint", "隔壁阿叔成日呻佢嘅电话费贵", {}, ""),
    (
        "complaint",
        "my neighbour says his bill with you went up",
        {"complaint": "my neighbour says his bill with you went up"},
        "",
    ),
    (
        "complaint",
        "我同事说他家网慢，你们能查查吗",
        {"complaint": "我同事说他家网慢，你们能查查吗"},
        "",
    ),
    (
        "complaint",
        "my neighbour complains about his signal, I have the same problem",
        {"complaint": "my neighbour complains about his signal, I have the same problem"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reported_gripes(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

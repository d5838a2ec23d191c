"""A question whether the provider will call back is no complaint ("你们是不是要给我打电话回访？",
"will someone call me?"); a callback promised and never made, or too many of them, still is."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("complaint", "你们是不是要给我打电话回访？", {}, ""),
    ("complaint", "你们会打电话回访吗？", {}, ""),
    ("complaint", "是不是有人会联系我？", {}, ""),
    ("complaint", "会有人打电话给我吗", {}, ""),
    ("complaint", "are you going to call me back about this?", {}, ""),
    ("complaint", "will someone call me?", {}, ""),
    ("complaint", "is someone gonna ring me about it?", {}, ""),
    ("complaint", "上次说回访，结果没人打电话", {"complaint": "上次说回访，结果没人打电话"}, ""),
    ("complaint", "你们说好回访的，一直没打", {"complaint": "你们说好回访的，一直没打"}, ""),
    (
        "complaint",
        "客服说会回访，到现在都没人联系我",
        {"complaint": "客服说会回访，到现在都没人联系我"},
        "",
    ),
    ("complaint", "回访电话太多了，烦死了", {"complaint": "回访电话太多了，烦死了"}, ""),
    ("complaint", "你们是不是又断网了？", {"complaint": "你们是不是又断网了？"}, ""),
    (
        "complaint",
        "can you call me back, the wifi keeps dropping",
        {"complaint": "can you call me back, the wifi keeps dropping"},
        "",
    ),
    (
        "complaint",
        "do you guys ever call back? nobody did last time",
        {"complaint": "do you guys ever call back? nobody did last time"},
        "",
    ),
    ("complaint", "你们回访吗？网一直断", {"complaint": "你们回访吗？网一直断"}, ""),
    (
        "complaint",
        "are you going to fix the internet?",
        {"complaint": "are you going to fix the internet?"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_callback_questions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

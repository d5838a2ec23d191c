"""Rating answers that give no level or no rating: "说不上来好坏", "hit or miss", a score out of
another maximum ("10分里给个7吧"), a question about which end is best ("1 being worst right?"), and
a hold with the signal of the moment ("等下哈，地铁上信号不好"); "不好也不坏" is the middle, 3."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "说不上来好坏", {}, "v"),
    ("satisfaction", "说不好好坏", {}, "v"),
    ("satisfaction", "说不出来好坏", {}, "v"),
    ("satisfaction", "说不上好坏", {}, "v"),
    ("satisfaction", "说不上来好坏，3分吧", {"satisfaction": 3}, ""),
    ("satisfaction", "说不上来", {}, "v"),
    ("satisfaction", "不好也不坏", {"satisfaction": 3}, ""),
    ("satisfaction", "一般吧，不好也不坏", {"satisfaction": 3}, ""),
    ("satisfaction", "还行吧，不好也不坏", {"satisfaction": 3}, ""),
    ("satisfaction", "不好也不差", {"satisfaction": 3}, ""),
    ("satisfaction", "不好", {"satisfaction": 2}, ""),
    ("satisfaction", "不太好", {"satisfaction": 2}, ""),
    ("satisfaction", "hit or miss really, some weeks it's fine", {}, "v"),
    ("satisfaction", "hit or miss", {}, "v"),
    ("satisfaction", "it's hit or miss, some days it's great", {}, "v"),
    ("satisfaction", "hit or miss tbh, most nights fine", {}, "v"),
    ("satisfaction", "hit or miss, I'd give it a 3", {"satisfaction": 3}, ""),
    ("satisfaction", "hit or miss. 2 out of 5", {"satisfaction": 2}, ""),
    ("satisfaction", "some weeks it's fine", {"satisfaction": 3}, ""),
    ("satisfaction", "10分里给个7吧", {}, "v"),
    ("satisfaction", "十分里给个七分吧", {}, "v"),
    ("satisfaction", "在10分里面我给8", {}, "v"),
    ("satisfaction", "100分里打75", {}, "v"),
    ("satisfaction", "10分中给7", {}, "v"),
    ("satisfaction", "5分里给4分", {"satisfaction": 4}, ""),
    ("satisfaction", "给个3分", {"satisfaction": 3}, ""),
    ("satisfaction", "10分钟后再说", {}, ""),
    ("satisfaction", "1 being worst right?", {}, ""),
    ("satisfaction", "1 being the worst, yeah?", {}, ""),
    ("satisfaction", "5 being the best right?", {}, ""),
    ("satisfaction", "5 being best? then 4", {"satisfaction": 4}, ""),
    ("satisfaction", "4, 5 being the best", {"satisfaction": 4}, ""),
    ("satisfaction", "3, with 1 being the worst", {"satisfaction": 3}, ""),
    ("satisfaction", "等下哈，地铁上信号不好", {}, ""),
    ("satisfaction", "稍等，电梯里信号差", {}, ""),
    ("satisfaction", "hang on, signal's bad in here", {}, ""),
    ("satisfaction", "one sec, reception's rubbish on the train", {}, ""),
    ("satisfaction", "等一下，信号不好听不清", {}, ""),
    ("satisfaction", "等下，你们的信号一直不好", {"satisfaction": 2}, ""),
    ("satisfaction", "等下哈，地铁上信号不好，3分吧", {"satisfaction": 3}, ""),
    ("satisfaction", "地铁上信号不好", {"satisfaction": 2}, ""),
    ("satisfaction", "等下，还行吧", {"satisfaction": 3}, ""),
    ("satisfaction", "wait, signal's terrible everywhere with you guys", {"satisfaction": 1}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_rating_phrases_without_level(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

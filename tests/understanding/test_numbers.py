"""Numbers, durations and amounts as people write them."""

from __future__ import annotations

import pytest

from bot.understanding.normalize import Text
from bot.understanding.numerals.cn_numerals import parse_cn
from bot.understanding.numerals.numbers import find_numbers
from bot.understanding.tenure.durations import find_durations

from .conftest import TODAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二十五", (25, 25)),
        ("一百二", (120, 120)),
        ("一百零八", (108, 108)),
        ("一千五", (1500, 1500)),
        ("三万五", (35000, 35000)),
        ("两", (2, 2)),
        ("俩", (2, 2)),
        ("十", (10, 10)),
        ("十五", (15, 15)),
        ("一九九八", (1998, 1998)),
        ("九八", (98, 98)),
        ("七八十", (70, 80)),
        ("二十五六", (25, 26)),
        ("两三百", (200, 300)),
        ("三四", (3, 4)),
    ],
)
def test_chinese_numerals(text: str, expected: tuple[int, int]) -> None:
    assert parse_cn(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("25", 25, False),
        ("２５", 25, False),
        ("89.9元", 89.9, False),
        ("1,200", 1200, False),
        ("1.5万", 15000, False),
        ("twenty-five", 25, False),
        ("a hundred and twenty", 120, False),
        ("a couple", 2, False),
        ("about 70 bucks", 70, True),
        ("七十来块", 70, True),
        ("三十多岁", 30, True),
        ("150ish", 150, True),
        ("25到30之间", 27.5, True),
        ("between 80 and 100", 90, True),
        ("2-3", 2.5, True),
        ("two or three", 2.5, True),
    ],
)
def test_find_numbers(text: str, value: float, approx: bool) -> None:
    nums = find_numbers(Text.of(text).low)
    assert nums, text
    assert nums[0].value == pytest.approx(value)
    assert nums[0].approx is approx


@pytest.mark.parametrize(
    "text",
    [
        "一般般",
        "一直在用",
        "十分满意",
        "千兆宽带",
        "一起去",
        "非二元",
        # idioms and set words of chat
        "我四处打工",
        "八成是信号的问题",
        "三天两头断网",
        "我跟他三观不合",
        "一来二去就熟了",
        "我一时想不起来",
        "双十一囤的货",
        "they're on the phone 24/7",
        "working a nine-to-five",
        "had covid-19 twice",
        "the router does wifi 6",
        "5g is patchy here",
    ],
)
def test_idioms_are_not_numbers(text: str) -> None:
    assert find_numbers(Text.of(text).low) == []


@pytest.mark.parametrize(("text", "value"), [("三天就装好了", 3), ("四处网点有四个", 4)])
def test_numbers_beside_idioms_still_count(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(Text.of(text).low)] == [value]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("两年半", 30),
        ("一年半", 18),
        ("一年零三个月", 15),
        ("三个月", 3),
        ("半年", 6),
        ("一个半月", 1.5),
        ("十年了", 120),
        ("a year and a half", 18),
        ("two and a half years", 30),
        ("18 months", 18),
        ("2 years and 3 months", 27),
        ("over a decade", 120),
        ("since January 2020", 82),
        ("since 2019", 84),
        ("2020年3月开始用的", 80),
        ("去年3月办的", 20),
        ("前年办的", 24),
        ("刚办的", 0),
        ("just signed up", 0),
    ],
)
def test_durations(text: str, months: float) -> None:
    low = Text.of(text).low
    found = find_durations(low, find_numbers(low), TODAY)
    assert found, text
    assert found[0].months == pytest.approx(months)


def test_contract_durations_are_marked() -> None:
    low = Text.of("签了两年的合约，用了三年了").low
    first, second = find_durations(low, find_numbers(low), TODAY)
    assert first.contract_cue and not first.tenure_cue
    assert second.tenure_cue and not second.contract_cue

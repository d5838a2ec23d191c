"""A DSL line said in Chinese after a verb of having or using it ("我用的是DSL", "只能拉电话线") is
the respondent's own line under any question; asked about, a fault on it, or the bare word is
not."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a DSL line said in Chinese as the respondent's own, under another question
    ("contract", "我用的是DSL，老小区只能拉电话线", {"internet_service": "dsl"}, ""),
    ("contract", "我用的是DSL", {"internet_service": "dsl"}, ""),
    ("contract", "老小区只能拉电话线", {"internet_service": "dsl"}, ""),
    ("contract", "家里是DSL", {"internet_service": "dsl"}, ""),
    ("contract", "我们家装的dsl", {"internet_service": "dsl"}, ""),
    ("contract", "拉的电话线", {"internet_service": "dsl"}, ""),
    ("contract", "月付，家里是DSL", {"internet_service": "dsl", "contract": "month_to_month"}, ""),
    ("contract", "家里是电话线", {"internet_service": "dsl"}, ""),
    (
        "contract",
        "家里拉了电话线，月付",
        {"internet_service": "dsl", "contract": "month_to_month"},
        "",
    ),
    ("age", "45，家里用的DSL", {"internet_service": "dsl", "age": 45}, ""),
    # near misses: asked about, a fault, or bare
    ("contract", "DSL是啥", {}, ""),
    ("contract", "DSL和光纤哪个好", {}, ""),
    ("contract", "电话线路有问题", {}, ""),
    ("contract", "我用的是DSL吗", {}, ""),
    ("contract", "电话线", {}, ""),
    ("contract", "DSL", {}, ""),
    ("contract", "我家电话线老坏", {}, ""),
    ("contract", "用的是光纤，老小区", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "我用的是DSL，老小区只能拉电话线", {"internet_service": "dsl"}, ""),
    ("internet_service", "DSL是啥", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_own_dsl_line_zh(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

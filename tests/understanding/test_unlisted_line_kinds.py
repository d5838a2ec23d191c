"""A kind of home line that is none of the options ("cable i think?", "satellite", "starlink") named
as the whole answer to the line question is vague; an option named with it, or the word about
something else, is not."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a kind of line that is no option, as the whole answer
    ("internet_service", "cable i think?", {}, "v"),
    ("internet_service", "cable", {}, "v"),
    ("internet_service", "cable?", {}, "v"),
    ("internet_service", "we have cable", {}, "v"),
    ("internet_service", "satellite", {}, "v"),
    ("internet_service", "it's starlink", {}, "v"),
    ("internet_service", "5g home internet", {}, "v"),
    ("internet_service", "fixed wireless i think", {}, "v"),
    ("internet_service", "cable internet prob", {}, "v"),
    ("internet_service", "卫星的", {}, "v"),
    ("internet_service", "有线电视的宽带吧", {}, "v"),
    # near misses: an option named, or the word about something else
    ("internet_service", "cable, fiber maybe?", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "the cable guy came", {}, ""),
    ("internet_service", "fiber i think?", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "dsl i think", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "cable stops down the road, so no broadband",
        {"internet_service": "none"},
        "",
    ),
    ("internet_service", "the wifi or the thing with the cable? sorry not techy", {}, ""),
    ("internet_service", "我手机是5G的 这个算吗", {}, ""),
    ("contract", "cable", {}, ""),
    ("internet_service", "wifi", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_unlisted_line_kinds(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

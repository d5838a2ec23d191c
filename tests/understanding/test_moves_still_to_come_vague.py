"""A move of the respondent's own still to come is a vague answer to the city question.

"moving to calgary next month", "下个月搬去南宁", "tryna move to Atlanta next year": certain or in
doubt, in either language, the next home is not this one, and the answer is vague. A home named
beside the move still answers ("北海，下个月搬去南宁"); somebody else's move, a move made, a bare
going that may be a trip, or a move only wished for gives nothing.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "moving to calgary next month", {}, "v"),
    ("city", "下个月搬去南宁", {}, "v"),
    ("city", "tryna move to Atlanta next year", {}, "v"),
    ("city", "moving to Bristol next month", {}, "v"),
    ("city", "we're relocating to York next year", {}, "v"),
    ("city", "明年要搬到重庆", {}, "v"),
    ("city", "下个月调去合肥", {}, "v"),
    ("city", "I'm moving to Denver in March", {}, "v"),
    ("city", "we'll be moving to Cork after christmas", {}, "v"),
    ("city", "年底可能回福州发展", {}, "v"),
    ("city", "moving to Calgary", {}, "v"),
    ("city", "going to move to Calgary", {}, "v"),
    ("city", "me and my wife are moving to Perth next year", {"has_partner": True}, "v"),
    ("city", "我和老公下个月搬去南宁", {"has_partner": True}, "v"),
    ("city", "in Swansea for now, moving to Cardiff in 2 weeks", {"city": "Swansea"}, ""),
    ("city", "Leeds, but moving to York next year", {"city": "Leeds"}, ""),
    ("city", "北海，下个月搬去南宁", {"city": "Beihai"}, ""),
    ("city", "下个月搬去榆林，现在还在延安", {"city": "Yan'an"}, ""),
    ("city", "moving to Halifax next month, still in Truro till then", {"city": "Truro"}, ""),
    ("city", "my sister is moving to Leeds next month", {}, ""),
    ("city", "我妹下个月搬去南宁", {}, ""),
    ("city", "我闺蜜上个月刚搬去成都", {}, ""),
    ("city", "just moved to Bristol", {"city": "Bristol"}, ""),
    ("city", "刚搬到成都", {"city": "Chengdu"}, ""),
    ("city", "搬去昆明一年了", {"city": "Kunming"}, ""),
    ("city", "since moving to Leeds the signal is bad", {"city": "Leeds"}, ""),
    ("city", "moving to Leeds was the best thing I did", {"city": "Leeds"}, ""),
    ("city", "下个月去深圳", {}, ""),
    ("city", "next year I'm off to Sydney", {}, ""),
    ("city", "thinking of moving to Melbourne one day", {}, ""),
    ("city", "住哪儿就不说了，反正下个月搬去三亚", {}, "r"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_moves_still_to_come_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

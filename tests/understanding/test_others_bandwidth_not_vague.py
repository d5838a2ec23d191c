"""Under the line question, a bandwidth said of somebody else's line is no vague answer.

"我隔壁装了千兆，网速快得很", "my neighbour has 500 meg": another household's line gives nothing of
the respondent's, and no hedge either. The respondent's own bandwidth ("100兆够用了") or one the
household has ("我儿子给装的300兆") stays vague, and a hedge said besides ("no idea what we've
got", "房东弄的不知道啥类型") still counts.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("internet_service", "我隔壁装了千兆，网速快得很", {}, ""),
    ("internet_service", "我朋友家是千兆光纤，网速绝绝子", {}, ""),
    ("internet_service", "我邻居装了500兆", {}, ""),
    ("internet_service", "隔壁老王家装的千兆", {}, ""),
    ("internet_service", "我同事家是一千兆的", {}, ""),
    ("internet_service", "我爸家是200兆", {}, ""),
    ("internet_service", "my neighbour has 500 meg", {}, ""),
    ("internet_service", "my mate has the 1000mb one", {}, ""),
    ("internet_service", "my parents have 100mb at their place", {}, ""),
    ("internet_service", "在纠结要不要换千兆", {}, ""),
    ("internet_service", "千兆多少钱一个月？", {}, ""),
    ("internet_service", "我家是100兆", {}, "v"),
    ("internet_service", "100兆够用了", {}, "v"),
    ("internet_service", "the 500 meg one", {}, "v"),
    ("internet_service", "my son set up 500 meg", {}, "v"),
    ("internet_service", "我儿子给装的300兆", {}, "v"),
    ("internet_service", "100兆，跟我朋友家一样", {}, "v"),
    ("internet_service", "my neighbour has fiber, no idea what we've got", {}, "v"),
    ("internet_service", "my neighbour has 500 meg, no idea what we've got", {}, "v"),
    ("internet_service", "我隔壁装了千兆，我家的不知道", {}, "v"),
    ("internet_service", "我朋友家是千兆，我家是光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "我爸妈家装的千兆，我这边是房东弄的不知道啥类型", {}, "v"),
    ("internet_service", "我这边是房东弄的不知道啥类型", {}, "v"),
    ("internet_service", "我邻居刚装了宽带，不知道他们交多少", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_others_bandwidth_not_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Every reader of suppositions knows the same Chinese words for "if", the literary 若是 and 倘若
as well as 如果 and 要是: what follows them is supposed, not held."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a contract, a line or a household only supposed
    ("contract", "要是签一年能便宜点我就签", {}, ""),
    ("contract", "若是签一年能便宜点我就签", {}, ""),
    ("contract", "倘若签两年能送宽带我就签", {}, ""),
    ("internet_service", "倘若能装上光纤就好了", {}, ""),
    ("internet_service", "若是能通光纤就好了", {}, ""),
    ("has_partner", "倘若有伴侣的话套餐能便宜点吗？", {}, ""),
    ("has_dependents", "若是有娃的话，儿童手表卡多少钱？", {}, ""),
    # a condition on leaving, and a cost asked about a supposed leaving
    ("churn_intent", "如果再涨价我就换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "倘若再涨价我就换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "若是再涨价我就换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "若是我现在不续了，要交违约金吗？", {}, ""),
    # near misses: a hedge over the answer, and facts beside a question
    ("contract", "倘若没记错的话是两年的", {"contract": "two_year"}, ""),
    ("contract", "两年的，倘若没记错的话", {"contract": "two_year"}, ""),
    ("has_partner", "有伴侣，套餐能便宜点吗？", {"has_partner": True}, ""),
    ("internet_service", "光纤，若是能再快点就好了", {"internet_service": "fiber_optic"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_supposing_words(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

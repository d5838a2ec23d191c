"""A monthly amount said under another question fills the spend when the words tie it to the bill:
"我每个月交的是九十九", "反正每个月扣我八十九", "月费涨到一百三了" (a rise by an amount,
"涨了30", is no bill)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("churn_intent", "我每个月交的是九十九", {"monthly_spend": 99.0}, ""),
    ("satisfaction", "我每个月交的是99块", {"monthly_spend": 99.0}, ""),
    ("churn_intent", "反正每个月扣我八十九", {"monthly_spend": 89.0}, ""),
    ("satisfaction", "每个月扣我89", {"monthly_spend": 89.0}, ""),
    ("churn_intent", "月费涨到一百三了", {"monthly_spend": 130.0}, ""),
    ("contract", "月费涨到130了", {"monthly_spend": 130.0}, ""),
    ("satisfaction", "话费涨到一百多了", {"monthly_spend": 100.0}, ""),
    ("churn_intent", "月费涨了30", {}, ""),
    ("churn_intent", "多扣我30块的增值业务", {}, ""),
    ("satisfaction", "我交的是电费", {}, ""),
    ("monthly_spend", "我每个月交的是九十九", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "月费涨到一百三了", {"monthly_spend": 130.0}, ""),
    ("monthly_spend", "反正每个月扣我八十九", {"monthly_spend": 89.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_amounts_paid_said_in_passing_zh(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

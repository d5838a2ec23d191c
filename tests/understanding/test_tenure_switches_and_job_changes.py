"""Times with us said as a switch from a rival, as "your customer", or as "just joined", and
times since a job change.

"switched over to yall from mtn 12 months ago", "came over to yall from telkom in june",
"做你哋客户五年啦", "customer since 2 years and half", "上个月先办嘅" (1) and "一个月都不到" (0) are
times with us; "changed jobs 3 months ago" and "最近刚换了份工" date a job, no time with us.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("churn_intent", "switched over to yall from mtn 12 months ago", {"tenure_months": 12}, ""),
    ("churn_intent", "switched to yall from mtn 2 years ago", {"tenure_months": 24}, ""),
    ("churn_intent", "moved over to yall from telkom about 8 months ago", {"tenure_months": 8}, ""),
    ("churn_intent", "came over to yall from telkom in june", {"tenure_months": 5}, ""),
    ("churn_intent", "switched to you from vodafone in june", {"tenure_months": 5}, ""),
    ("churn_intent", "switched from vodafone to you in june", {"tenure_months": 5}, ""),
    ("churn_intent", "came over from telkom in june", {"tenure_months": 5}, ""),
    (
        "churn_intent",
        "switched from dsl to fibre 2 years ago",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "churn_intent",
        "信用卡扣，万事达。做你哋客户五年啦",
        {"tenure_months": 60, "payment_method": "credit_card"},
        "",
    ),
    (
        "churn_intent",
        "会续嘅，做咗你哋客户成十年",
        {"tenure_months": 120, "churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "我客户说用了五年", {}, ""),
    ("churn_intent", "我老婆是你们的客户，三年", {"has_partner": True}, ""),
    ("tenure_months", "I am customer since 2 years and half", {"tenure_months": 30}, ""),
    ("tenure_months", "customer for 2 years and half", {"tenure_months": 30}, ""),
    ("tenure_months", "been with you 2 and a half years", {"tenure_months": 30}, ""),
    ("tenure_months", "customer since 3 years and a half", {"tenure_months": 42}, ""),
    ("tenure_months", "changed jobs 3 months ago, still settling in", {}, ""),
    (
        "tenure_months",
        "changed jobs 3 months ago, been with you 4 years",
        {"tenure_months": 48},
        "",
    ),
    ("tenure_months", "started a new job 2 months ago", {}, ""),
    ("tenure_months", "got a new job about a year ago", {}, ""),
    ("tenure_months", "switched jobs and joined you 2 years ago", {"tenure_months": 24}, ""),
    ("tenure_months", "joined 3 months ago", {"tenure_months": 3}, ""),
    ("tenure_months", "3 months", {"tenure_months": 3}, ""),
    ("tenure_months", "最近刚换了份工，忙到飞起", {}, ""),
    ("tenure_months", "换了新工作三个月", {}, ""),
    ("tenure_months", "换工作两年了，用你们五年了", {"tenure_months": 60}, ""),
    ("tenure_months", "刚换了工作，用你们三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "用你们三个月", {"tenure_months": 3}, ""),
    ("tenure_months", "刚换过来", {"tenure_months": 0}, ""),
    ("tenure_months", "做你哋客户三年", {"tenure_months": 36}, ""),
    ("tenure_months", "刚办冇几耐，上个月先办嘅", {"tenure_months": 1}, ""),
    ("tenure_months", "上个月先办嘅", {"tenure_months": 1}, ""),
    ("tenure_months", "刚办的", {"tenure_months": 0}, ""),
    ("tenure_months", "上个月才办的", {"tenure_months": 1}, ""),
    ("tenure_months", "上个月刚办", {"tenure_months": 1}, ""),
    ("tenure_months", "刚办没多久，上个月办的", {"tenure_months": 1}, ""),
    ("tenure_months", "刚办的，上个月换了手机", {"tenure_months": 0}, ""),
    ("tenure_months", "刚从移动转过来，一个月都不到", {"tenure_months": 0}, ""),
    ("tenure_months", "一个月都不到", {"tenure_months": 0}, ""),
    ("tenure_months", "一个月也不到", {"tenure_months": 0}, ""),
    ("tenure_months", "不到一个月", {"tenure_months": 0}, ""),
    ("tenure_months", "一个礼拜都不到", {"tenure_months": 0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_tenure_switches_and_job_changes(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

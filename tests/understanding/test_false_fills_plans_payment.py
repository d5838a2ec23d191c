"""False fills of intentions, payment and household: a move of home, an option only asked
about, "whoever it is, all the same", a search not yet successful, a judgement then a question.

Covers: "moving to a new flat in Jan" (no leaving; but "moving to a new provider" and "moving to
Vodafone" are); "你们支持信用卡吗", "你们支持信用卡不" (asked only: no value; but "我用信用卡，你们
支持吗" is the respondent's card); "谁续都一样", "换哪家都一样" (no plan; but "换哪家都一样，还是续
吧" stays); "单身呢 还没找着" asked about children (no partner, nothing about children; a bare
"还没" still answers no); "还可以，到期不续约会怎样？" (a question: not vague; "还可以" alone
is). Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a new home, job or school is no rival provider
    ("churn_intent", "moving to a new flat in Jan", {}, ""),
    ("churn_intent", "moving to another place in March", {}, ""),
    ("churn_intent", "going to a new school next year", {}, ""),
    ("churn_intent", "moving to a new job in Leeds", {}, ""),
    ("churn_intent", "moving to Vodafone", {"churn_intent": "leave"}, ""),
    ("churn_intent", "moving to a new provider", {"churn_intent": "leave"}, ""),
    ("churn_intent", "switching to a different provider", {"churn_intent": "leave"}, ""),
    ("churn_intent", "moving to a cheaper one", {"churn_intent": "leave"}, ""),
    ("churn_intent", "switching to a new company", {"churn_intent": "leave"}, ""),
    # an option only asked about in a closing yes/no question
    ("payment_method", "你们支持信用卡吗", {}, ""),
    ("payment_method", "你们支持信用卡不", {}, ""),
    ("payment_method", "你们收信用卡吗", {}, ""),
    ("payment_method", "信用卡可以吗", {}, ""),
    ("payment_method", "你们支持银行卡吗", {}, ""),
    ("payment_method", "can I pay by card?", {}, ""),
    ("internet_service", "你们有光纤吗", {}, ""),
    ("payment_method", "我用信用卡，你们支持吗", {"payment_method": "credit_card"}, ""),
    ("payment_method", "信用卡", {"payment_method": "credit_card"}, ""),
    ("payment_method", "用信用卡付的，怎么了吗", {"payment_method": "credit_card"}, ""),
    ("payment_method", "银行卡自动扣的，这个也要问么", {"payment_method": "bank_transfer"}, ""),
    (
        "internet_service",
        "我家光纤，你们那有更快的吗",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # whoever it is with, it is all the same: no plan
    ("churn_intent", "谁续都一样", {}, ""),
    ("churn_intent", "跟谁续都一样", {}, ""),
    ("churn_intent", "续哪家都一样", {}, ""),
    ("churn_intent", "换谁都一样", {}, ""),
    ("churn_intent", "换哪家都差不多", {}, ""),
    ("churn_intent", "换哪家都一样，还是续吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "谁家都一样，我就续了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "肯定续，跟去年一样", {"churn_intent": "stay"}, ""),
    ("churn_intent", "都一样，续吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续不续都一样", {"churn_intent": "unsure"}, ""),
    # a partner not found yet says nothing about children
    ("has_dependents", "单身呢 还没找着", {"has_partner": False}, ""),
    ("has_dependents", "还没找着", {}, ""),
    ("has_dependents", "还没遇到合适的人", {"has_partner": False}, ""),
    ("has_partner", "单身呢 还没找着", {"has_partner": False}, ""),
    ("has_partner", "还没找着", {"has_partner": False}, ""),
    ("has_dependents", "还没", {"has_dependents": False}, ""),
    ("has_dependents", "还没呢", {"has_dependents": False}, ""),
    ("has_dependents", "单身，还没孩子", {"has_partner": False, "has_dependents": False}, ""),
    ("has_dependents", "还没要，还没找着对象呢", {"has_dependents": False}, ""),
    # a mild judgement, then a question: asked, not hedged
    ("churn_intent", "还可以，到期不续约会怎样？", {}, ""),
    ("churn_intent", "还行，到期不续约会怎样？", {}, ""),
    ("churn_intent", "还可以吧，不续会有违约金吗？", {}, ""),
    ("churn_intent", "还好，你们有优惠吗", {}, ""),
    ("churn_intent", "还可以", {}, "v"),
    ("churn_intent", "还可以，看情况吧", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "还行吧，续", {"churn_intent": "stay"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_false_fills_plans_payment(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

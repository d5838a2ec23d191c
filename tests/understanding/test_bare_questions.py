"""A message that only asks the bot something gives the asked slot nothing, in every slot; a
question that says or weighs its answer, a tag question and an answer with a question mark are
still read by their own rules."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # questions only
    ("internet_service", "whats faster fiber or dsl", {}, ""),
    ("internet_service", "光纤装一下贵不贵啊？", {}, ""),
    ("internet_service", "是光纤吗？", {}, ""),
    ("internet_service", "how much is fibre?", {}, ""),
    ("churn_intent", "r there any deals for renewing?", {}, ""),
    ("churn_intent", "what happens if i leave before my contract ends tho", {}, ""),
    ("payment_method", "邮寄支票还有人用吗哈哈哈", {}, ""),
    ("payment_method", "can I pay by card?", {}, ""),
    ("monthly_spend", "is 50 a lot?", {}, ""),
    ("monthly_spend", "how much do most people pay?", {}, ""),
    ("satisfaction", "is 5 the best?", {}, ""),
    ("satisfaction", "5分是最好的吗？", {}, ""),
    ("interests", "what kind of perks", {}, ""),
    ("contract", "what contracts do you have?", {}, ""),
    ("contract", "有没有一年的合约？", {}, ""),
    ("contract", "合约和套餐是一回事吗？", {}, ""),
    # near misses: answers with a question mark, questions that say or weigh their answer
    ("internet_service", "fiber?", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "光纤吧？", {"internet_service": "fiber_optic"}, ""),
    ("payment_method", "card?", {"payment_method": "credit_card"}, ""),
    ("interests", "hiking?", {"interests": ["sports"]}, ""),
    ("churn_intent", "why would I leave? it works", {"churn_intent": "stay"}, ""),
    ("churn_intent", "why would i leave lol its fine", {"churn_intent": "stay"}, ""),
    ("churn_intent", "where am I gonna go round here?", {"churn_intent": "stay"}, ""),
    ("churn_intent", "should I cancel?", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "是不是该转网了？", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "did I tell you I'm switching to Vodafone?", {"churn_intent": "leave"}, ""),
    ("churn_intent", "when the deal runs out I'm off to Vodafone", {"churn_intent": "leave"}, ""),
    ("tenure_months", "who knows?", {}, "v"),
    ("contract", "how would I know", {}, "v"),
    ("name", "叫我小红好吗", {"name": "小红"}, ""),
    ("has_partner", "还没对象呢", {"has_partner": False}, ""),
    ("has_partner", "有的 话说能便宜吗", {"has_partner": True}, ""),
    ("age", "我在长春呢", {"city": "Changchun"}, ""),
    ("monthly_spend", "what I pay is about 50", {"monthly_spend": 50.0}, ""),
    ("complaint", "why is my bill so high?", {"complaint": "why is my bill so high?"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_bare_questions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

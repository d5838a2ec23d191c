"""Whether renewing is required, asked back under the intention question: no plan.

"请问是否需要续约？", "是否必须续签？", "do I need to renew?", "am I required to renew?" ask about
the contract: nothing is stored, and the answer is neither vague nor a refusal. Said as a
statement the renewal stays a plan ("需要续约，继续用", "得续约吧，懒得换"), weighing it stays
unsure ("要不要续约啊？", "should I renew?"), and no longer needing it is leaving ("不需要续约了").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

CH = "churn_intent"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (CH, "请问是否需要续约？", {}, ""),
    (CH, "是否需要续约？", {}, ""),
    (CH, "是否必须续签？", {}, ""),
    (CH, "请问需要续约吗？", {}, ""),
    (CH, "我需要续约吗", {}, ""),
    (CH, "do I need to renew?", {}, ""),
    (CH, "am I required to renew?", {}, ""),
    (CH, "is it necessary to renew?", {}, ""),
    (CH, "do we have to renew the contract?", {}, ""),
    (CH, "do i need to renew or does it roll over?", {}, ""),
    (CH, "需要续约，继续用", {"churn_intent": "stay"}, ""),
    (CH, "需要续约的话我就续", {"churn_intent": "stay"}, ""),
    (CH, "要不要续约啊？", {"churn_intent": "unsure"}, ""),
    (CH, "should I renew?", {"churn_intent": "unsure"}, ""),
    (CH, "我会续约的", {"churn_intent": "stay"}, ""),
    (CH, "续约吧", {"churn_intent": "stay"}, ""),
    (CH, "不需要续约了", {"churn_intent": "leave"}, ""),
    (CH, "得续约吧，懒得换", {"churn_intent": "stay"}, ""),
    (CH, "必须续啊，用惯了", {"churn_intent": "stay"}, ""),
    (CH, "续约有优惠吗？", {}, ""),
    (CH, "如果我不续约要交违约金吗？", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_renewal_needed_asked(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

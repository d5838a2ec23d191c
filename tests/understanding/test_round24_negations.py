"""Bare negations, round 24: a "没" or "no" that negates another word than the question's topic
answers nothing, and a question waved away as needless or none of the asker's business is a
refusal.

Covers: "没必要知道吧", "没什么好说的", "没啥好讲的", "没错", "no clue what you mean", "no time for
that nonsense", "nothing to say about that" (but "没有", "没呢", "nah mate", "not at the moment",
"no time for a relationship", "no need to support anyone", "没兴趣谈恋爱", "没有，用流量");
"no need to know that", "no good reason to tell you", "not really your concern mate", "not that
it's any of your business", "don't ask", "这个没法说", "没有必要问这个" (but "Married, not that
it's any of your business", "单身，没必要问这个", "don't ask me, ask my wife", "没法说清楚",
"no need to ask my wife, she is fine").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
NO_P: dict[str, Any] = {P: False}
NO_D: dict[str, Any] = {D: False}

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a negator that negates another word answers nothing
    (P, "没什么好说的", {}, "v"),
    (P, "没啥好讲的", {}, "v"),
    (D, "没啥可说的", {}, "v"),
    (D, "没什么可说的", {}, "v"),
    (P, "没错", {}, ""),
    (P, "没意思", {}, ""),
    (P, "没关系", {}, ""),
    (P, "没兴趣", {}, "v"),
    (P, "没那个必要吧", {}, ""),
    (D, "没想过这个", {}, ""),
    (D, "没空跟你聊", {}, ""),
    (D, "没有必要", {}, ""),
    (D, "no clue what you mean", {}, "v"),
    (P, "no clue why you'd ask", {}, "v"),
    (P, "no time for that nonsense", {}, "v"),
    (P, "not important", {}, ""),
    (P, "no point in asking that", {}, ""),
    (D, "not really relevant mate", {}, "v"),
    ("internet_service", "nothing to say about that", {}, ""),
    ("internet_service", "nothing to add", {}, ""),
    # ... but a negator that is the answer, or reaches the topic, still says no
    (P, "no", NO_P, ""),
    (P, "nope", NO_P, ""),
    (P, "没有", NO_P, ""),
    (P, "没", NO_P, ""),
    (P, "not really", NO_P, ""),
    (P, "no, single", NO_P, ""),
    (P, "没，一个人过", NO_P, ""),
    (P, "not really, we split up", NO_P, ""),
    (P, "没呢", NO_P, ""),
    (P, "还没", NO_P, ""),
    (P, "not at the moment", NO_P, ""),
    (P, "no not really", NO_P, ""),
    (P, "nah mate", NO_P, ""),
    (P, "没有啊", NO_P, ""),
    (P, "没对象", NO_P, ""),
    (P, "not married", NO_P, ""),
    (P, "nope, just me", NO_P, ""),
    (P, "not really no", NO_P, ""),
    (P, "nah, no need", NO_P, ""),
    (P, "no way", NO_P, ""),
    (P, "no sir", NO_P, ""),
    (P, "没呀，单着呢", NO_P, ""),
    (P, "没有的事", NO_P, ""),
    (P, "没得", NO_P, ""),
    (P, "no time for a relationship", NO_P, ""),
    (P, "没时间谈恋爱", NO_P, ""),
    (P, "没兴趣谈恋爱", NO_P, ""),
    (D, "no kids", NO_D, ""),
    (D, "no, no kids", NO_D, ""),
    (D, "没有，孩子都大了", NO_D, ""),
    (D, "没有，一个都没有", NO_D, ""),
    (D, "没，还没生", NO_D, ""),
    (D, "nope, none", NO_D, ""),
    (D, "not at all", NO_D, ""),
    (D, "no need to support anyone", NO_D, ""),
    ("internet_service", "没有，用流量", {"internet_service": "none"}, ""),
    ("internet_service", "none at all", {"internet_service": "none"}, ""),
    ("churn_intent", "nope", {"churn_intent": "leave"}, ""),
    # a question waved away is a refusal
    (P, "没必要知道吧", {}, "r"),
    (P, "嗯，没必要知道吧", {}, "r"),
    (P, "没有必要问这个", {}, "r"),
    (D, "没必要说这些", {}, "r"),
    (P, "这个没法说", {}, "r"),
    (D, "没法讲", {}, "r"),
    (D, "no need to know that", {}, "r"),
    (P, "no real need for you to know", {}, "r"),
    (D, "no good reason to tell you", {}, "r"),
    (D, "not really your concern mate", {}, "r"),
    (P, "not that it's any of your business", {}, "r"),
    (P, "don't ask", {}, "r"),
    (P, "lol. don't ask", {}, "r"),
    ("internet_service", "没必要说吧", {}, "r"),
    ("internet_service", "no need to know that", {}, "r"),
    # ... but not after an answer, nor with more to say
    (P, "Married, not that it's any of your business", {P: True}, ""),
    (P, "单身，没必要问这个", NO_P, ""),
    (P, "don't ask me, ask my wife", {P: True}, ""),
    (P, "没法说清楚", {}, ""),
    (P, "no need to ask my wife, she is fine", {P: True}, ""),
    ("churn_intent", "no need to switch, it works", {"churn_intent": "stay"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round24_negations(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

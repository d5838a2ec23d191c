"""Ratings, refusals, vague and open answers, round 31: a question about which end of the scale
is best, a rating changed by its noun ("change my rating to 3 stars"), a kind of question never
answered, the question said not to matter and skipped, a privacy word as the whole answer, "too
bloody much", an app judged hard to use with nothing named, a fault never had ("没出过啥毛病"),
and a place name that only looks like a fault ("Lagos" is no lag).

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # which end of the scale is best, asked back: no rating
    ("satisfaction", "嗯？几分最好来着", {}, ""),
    ("satisfaction", "sorry, what's 5 again, best or worst?", {}, ""),
    ("satisfaction", "5分是最好还是最差？", {}, ""),
    ("satisfaction", "1分是最好吗", {}, ""),
    ("satisfaction", "最高是几分？", {}, ""),
    ("satisfaction", "is 1 the best?", {}, ""),
    ("satisfaction", "which one is best, 1 or 5?", {}, ""),
    ("satisfaction", "higher is better?", {}, ""),
    ("satisfaction", "is 5 the best? then 5", {"satisfaction": 5}, ""),
    ("satisfaction", "5分，最好的", {"satisfaction": 5}, ""),
    ("satisfaction", "最好的服务，5分", {"satisfaction": 5}, ""),
    ("satisfaction", "the best, 5", {"satisfaction": 5}, ""),
    ("satisfaction", "worst service ever", {"satisfaction": 1}, ""),
    ("satisfaction", "good or bad, I'd say 4", {"satisfaction": 4}, ""),
    ("satisfaction", "最好是5分吧，给你们4分", {"satisfaction": 4}, ""),
    # the rating named as a noun, then its value
    ("complaint", "change my rating to 3 stars actually", {"satisfaction": 3}, ""),
    ("satisfaction", "my rating is 3 stars", {"satisfaction": 3}, ""),
    ("satisfaction", "I'd give a rating of 4", {"satisfaction": 4}, ""),
    ("complaint", "change my score to 4 stars", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd rate November a 1", {}, ""),
    ("satisfaction", "rated Mondays a 2, you guys a 4", {"satisfaction": 4}, ""),
    ("complaint", "my wife's rating is 2 stars", {"has_partner": True}, ""),
    # a kind of question never answered
    ("has_partner", "I don't answer relationship questions", {}, "r"),
    ("has_partner", "we never answer personal questions online", {}, "r"),
    ("age", "I don't do personal questions, sorry", {}, "r"),
    ("has_partner", "感情问题一律不答", {}, "r"),
    ("age", "这类问题我从不回答", {}, "r"),
    (
        "complaint",
        "they never answer my questions",
        {"complaint": "they never answer my questions"},
        "",
    ),
    (
        "complaint",
        "support don't answer questions about billing",
        {"complaint": "support don't answer questions about billing"},
        "",
    ),
    # the question said not to matter, and skipped
    ("gender", "not relevant, skipping", {}, "r"),
    ("gender", "irrelevant, I'll skip this one", {}, "r"),
    ("gender", "not relevant. skip", {}, "r"),
    ("has_partner", "not relevant, I'm single", {"has_partner": False}, ""),
    # a privacy word as the whole answer
    ("monthly_spend", "private, sorry", {}, "r"),
    ("monthly_spend", "personal, thanks", {}, "r"),
    ("age", "confidential tbh", {}, "r"),
    ("complaint", "it's a secret, sorry", {}, "r"),
    ("monthly_spend", "private, about 80", {"monthly_spend": 80.0}, ""),
    ("interests", "private school run takes all my time", {}, ""),
    # only that it costs a lot, sworn at
    ("monthly_spend", "too bloody much", {}, "v"),
    ("monthly_spend", "way too damn much", {}, "v"),
    ("monthly_spend", "too fucking much mate", {}, "v"),
    ("monthly_spend", "costs me a bloody fortune", {}, "v"),
    ("monthly_spend", "too bloody much, about 90", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "too bloody much hassle to switch", {}, ""),
    ("monthly_spend", "my sister pays a bloody fortune", {}, ""),
    ("monthly_spend", "I change phones too bloody much", {}, ""),
    # hard to use, with nothing named: vague
    ("complaint", "说不上来，就是感觉不好用", {}, "v"),
    ("complaint", "就是不好用", {}, "v"),
    ("complaint", "反正挺难用的", {}, "v"),
    ("complaint", "just clunky to use", {}, "v"),
    ("complaint", "can't put my finger on it, just hard to use", {}, "v"),
    ("complaint", "APP不好用", {"complaint": "APP不好用"}, ""),
    ("complaint", "网不好用，老掉线", {"complaint": "网不好用，老掉线"}, ""),
    (
        "complaint",
        "说不上来，就是感觉不好用，信号差",
        {"complaint": "说不上来，就是感觉不好用，信号差"},
        "",
    ),
    ("complaint", "the app is hard to use", {"complaint": "the app is hard to use"}, ""),
    ("satisfaction", "就是感觉不好用", {"satisfaction": 2}, ""),
    # a fault never had
    ("complaint", "用了两年多了，没出过啥毛病", {"tenure_months": 24}, "v"),
    ("complaint", "一直没出过问题", {}, "v"),
    ("complaint", "从来没出现过什么故障", {}, "v"),
    ("complaint", "没出过啥毛病，就是有点贵", {"complaint": "没出过啥毛病，就是有点贵"}, ""),
    ("complaint", "路由器出过毛病", {"complaint": "路由器出过毛病"}, ""),
    # a place is no lag
    ("complaint", "just got back from my cousin's wedding in Lagos, sorry late reply", {}, ""),
    ("complaint", "the app is laggy", {"complaint": "the app is laggy"}, ""),
    (
        "complaint",
        "constant lag in the evenings",
        {"complaint": "constant lag in the evenings"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round31_ratings_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

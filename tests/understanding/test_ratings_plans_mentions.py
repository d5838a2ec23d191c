"""Ratings and plans mentioned without being given: a score for the installer or an old provider,
a count, a bandwidth or a price said under the rating question; a device, a job, a visit, somebody
else's move or a move of home said under the intention question.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" for neither; each class has cases that apply and near misses that must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a smiley right after the installer's score goes with that score
    (
        "satisfaction",
        "装机师傅必须五星👍 整体的话不好说 光纤是挺快",
        {"internet_service": "fiber_optic"},
        "v",
    ),
    ("satisfaction", "装机师傅必须五星👍", {}, ""),
    ("satisfaction", "the installer gets 5 stars 👍", {}, ""),
    ("satisfaction", "装机师傅五星 网👍", {"satisfaction": 4}, ""),
    ("satisfaction", "👍", {"satisfaction": 4}, ""),
    ("satisfaction", "4分👍", {"satisfaction": 4}, ""),
    ("satisfaction", "还不错👍", {"satisfaction": 4}, ""),
    # the present comes back after a past score in the same clause
    ("satisfaction", "之前给过2分 这次给4分吧 有改进", {"satisfaction": 4}, ""),
    ("satisfaction", "以前3分现在4分", {"satisfaction": 4}, ""),
    ("satisfaction", "used to be a 2, now a 4", {"satisfaction": 4}, ""),
    # Cantonese 俾佢 / 畀佢 gives the score to him (佢哋, "them", may be the provider)
    ("satisfaction", "装机师傅好好，俾佢五星", {}, ""),
    ("satisfaction", "畀佢五星", {}, ""),
    ("satisfaction", "俾佢五星，网速就三分", {"satisfaction": 3}, ""),
    ("satisfaction", "俾你哋五星", {"satisfaction": 5}, ""),
    # a star emoji after a digit is "stars"
    ("satisfaction", "5 ⭐ no problems at all", {"satisfaction": 5}, ""),
    ("satisfaction", "4⭐", {"satisfaction": 4}, ""),
    ("satisfaction", "5 ⭐ sweet as", {"satisfaction": 5}, ""),
    ("satisfaction", "my sister gives you 2 ⭐", {}, ""),
    # a bandwidth said roughly is no rating; "难讲" / "难说" is hard to say
    ("satisfaction", "测速有三百几兆，不过好唔好就难讲", {}, "v"),
    ("satisfaction", "测速有三百兆", {}, ""),
    ("satisfaction", "测速三百多兆，4分", {"satisfaction": 4}, ""),
    ("satisfaction", "好不好就难说", {}, "v"),
    ("satisfaction", "难讲", {}, "v"),
    ("satisfaction", "他这人很难说话，不过网还行", {"satisfaction": 3}, ""),
    ("churn_intent", "难讲", {"churn_intent": "unsure"}, ""),
    # a price paid for a device is no rating
    ("satisfaction", "paid 900 for this phone and it still cant get signal in my basement", {}, ""),
    ("satisfaction", "paid 900 for this phone, 2 stars for you", {"satisfaction": 2}, ""),
    ("satisfaction", "4 for the price", {"satisfaction": 4}, ""),
    # an old provider put first, then scored; the provider only said to be better
    (
        "satisfaction",
        "My old provider I'd have given a 1, so you're better, put it that way.",
        {},
        "v",
    ),
    ("satisfaction", "my old provider I rated a 2", {}, ""),
    (
        "satisfaction",
        "My old provider I'd have given a 1, you I'd give a 4",
        {"satisfaction": 4},
        "",
    ),
    ("satisfaction", "my old provider was a 2, you're a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd give you a 1", {"satisfaction": 1}, ""),
    ("satisfaction", "you're much better", {}, "v"),
    ("satisfaction", "you're better than I expected", {}, ""),
    ("satisfaction", "you're better, 4 stars", {"satisfaction": 4}, ""),
    ("satisfaction", "my sister says you're better", {}, ""),
    # a move of home first, the decision after it
    ("churn_intent", "年底要搬家 搬过去再看那边信号咋样", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "搬过去再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "搬家了再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "搬过去", {"churn_intent": "leave"}, ""),
    ("churn_intent", "下个月转过去", {"churn_intent": "leave"}, ""),
    ("churn_intent", "下个月搬过去，到那边办移动的", {"churn_intent": "leave"}, ""),
    ("city", "搬家了再说", {}, ""),
    # a device or a job named before the change, or a job after it (Cantonese 换工)
    ("churn_intent", "路由器想换个新的 有啥推荐", {}, ""),
    ("churn_intent", "手机早就想换了", {}, ""),
    ("churn_intent", "下个月要辞职换工，忙到头晕，你头先问咩话？", {}, ""),
    ("churn_intent", "换份工", {}, ""),
    ("churn_intent", "宽带想换了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "手机号想换", {"churn_intent": "leave"}, ""),
    ("churn_intent", "想换个新的", {"churn_intent": "leave"}, ""),
    ("churn_intent", "工作要换了，网不换", {"churn_intent": "stay"}, ""),
    # the plan disowned after it
    ("churn_intent", "移民去加拿大嘅系我表姐，唔系我😂", {}, ""),
    (
        "churn_intent",
        "The church is moving the hall's internet to another provider, but that's nothing to do"
        " with me.",
        {},
        "",
    ),
    ("churn_intent", "我要移民去加拿大", {"churn_intent": "leave"}, ""),
    ("churn_intent", "不是我说，你们这网太差了，要换", {"churn_intent": "leave"}, ""),
    # staying with people is a visit
    (
        "churn_intent",
        "We're staying with our daughter in Perth over Christmas, can't wait!",
        {},
        "",
    ),
    ("churn_intent", "staying with you guys", {"churn_intent": "stay"}, ""),
    ("churn_intent", "staying with the family plan", {"churn_intent": "stay"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_ratings_plans_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Choices, intentions and complaints, round 28: a bare question word with a particle, a renewal
said in passing, being stuck with the provider, "out of contract", a space as a sentence break, a
broadband line not pulled, loyalty punished.

Covers: "这么多年了，换什么呀" (stay; but "不知道换啥呀" asks in earnest, "续啥呀"
turns down a renewal); "4分，到期了接着续", "4, I'll renew again" (stay; but "还续吗",
"续不续再说", "视频会员到期还续", "I'll renew if...", "renew my passport"; "I'll
probably renew" is staying); "so I'm stuck with you" (stay; but "until March", "for now",
"stuck with this phone"); "I'm out of contract" (no leaving; "I'm out" alone still is);
"老伴说信号不错的
继续用吧" (the respondent's own decision after the space; but "孙子说接着用吧", "我儿子
要换电信" stay the other person's); "宽带？家里也没拉" (no broadband; but "没拉黑",
"没拉窗帘", "宽带去年拉的"); "老客户没优惠，新客户便宜" (a complaint; but "新用户有优惠吗"
asks). Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for
a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("churn_intent", "换什么呀，用得好好的", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续啥呀，网速这么烂", {"churn_intent": "leave"}, ""),
    ("churn_intent", "不知道换啥呀", {}, "v"),
    ("satisfaction", "4分吧，到期了接着续", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "打个4分，还续吧", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4分，还续吗", {"satisfaction": 4}, ""),
    ("satisfaction", "4分，续不续再说", {"churn_intent": "unsure", "satisfaction": 4}, ""),
    ("satisfaction", "4分，视频会员到期还续", {"satisfaction": 4}, ""),
    ("satisfaction", "4分，合约到期不续了", {"churn_intent": "leave", "satisfaction": 4}, ""),
    ("satisfaction", "4, I'll renew again", {"churn_intent": "stay", "satisfaction": 4}, ""),
    (
        "satisfaction",
        "4 out of 5, we'll be renewing",
        {"churn_intent": "stay", "satisfaction": 4},
        "",
    ),
    ("satisfaction", "4, I'll renew if the price stays the same", {"satisfaction": 4}, ""),
    ("satisfaction", "4, I'll renew my passport first though", {"satisfaction": 4}, ""),
    # (a likely plan in passing is the plan, as dev labels "4, … ill prob renew")
    ("satisfaction", "4, I'll probably renew", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4, won't renew", {"churn_intent": "leave", "satisfaction": 4}, ""),
    ("churn_intent", "stuck with you lot, nothing else works here", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm stuck with you until March then I'm off", {}, ""),
    ("churn_intent", "stuck with you for now", {}, ""),
    ("churn_intent", "I'm stuck with this phone", {}, ""),
    ("contract", "I'm out of contract now, month to month", {"contract": "month_to_month"}, ""),
    ("churn_intent", "I'm out of contract so I'm leaving", {"churn_intent": "leave"}, ""),
    ("churn_intent", "I'm out", {"churn_intent": "leave"}, ""),
    ("churn_intent", "out of contract, staying though", {"churn_intent": "stay"}, ""),
    ("churn_intent", "孙子说接着用吧", {}, ""),
    ("churn_intent", "我儿子 要换电信", {}, ""),
    ("churn_intent", "我女儿说要换了 她嫌慢", {}, ""),
    ("internet_service", "家里没拉宽带", {"internet_service": "none"}, ""),
    ("internet_service", "家里没拉网，用流量", {"internet_service": "none"}, ""),
    ("internet_service", "宽带没拉", {"internet_service": "none"}, ""),
    ("internet_service", "家里拉的光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "我家没拉窗帘", {}, ""),
    (
        "complaint",
        "老用户没优惠，新用户送这送那",
        {"complaint": "老用户没优惠，新用户送这送那"},
        "",
    ),
    (
        "complaint",
        "loyal for years and new customers get better deals than me",
        {"complaint": "loyal for years and new customers get better deals than me"},
        "",
    ),
    (
        "complaint",
        "new customers get all the discounts, we get nothing",
        {"complaint": "new customers get all the discounts, we get nothing"},
        "",
    ),
    ("complaint", "新用户有优惠吗", {}, ""),
    ("complaint", "没什么，挺好的", {}, "v"),
    ("internet_service", "我儿子的 光纤", {"internet_service": "fiber_optic"}, ""),
    (
        "churn_intent",
        "我老公说网速挺快的 继续用呗",
        {"has_partner": True, "churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "我儿子说他要换了 嫌太贵", {}, ""),
    ("internet_service", "宽带？一直没拉过", {"internet_service": "none"}, ""),
    ("internet_service", "宽带家里压根没接", {"internet_service": "none"}, ""),
    ("internet_service", "宽带好好的，没拉黑你们", {}, ""),
    ("internet_service", "宽带去年拉的", {}, ""),
    ("internet_service", "宽带没拉，用手机流量", {"internet_service": "none"}, ""),
    ("complaint", "老客户享受不到任何福利", {"complaint": "老客户享受不到任何福利"}, ""),
    ("complaint", "老用户有什么优惠吗", {}, ""),
    ("complaint", "没什么，老用户挺好的", {}, "v"),
    ("complaint", "no complaints, I'm a new customer", {}, "v"),
    ("churn_intent", "这么多年的老用户了，换什么呀", {"churn_intent": "stay"}, ""),
    ("satisfaction", "5分，合同到期接着续", {"churn_intent": "stay", "satisfaction": 5}, ""),
    ("satisfaction", "4 stars, and I'll renew", {"churn_intent": "stay", "satisfaction": 4}, ""),
    (
        "churn_intent",
        "老伴说信号不错的 继续用吧",
        {"has_partner": True, "churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "there's only you out here, so I'm stuck with you guys",
        {"churn_intent": "stay"},
        "",
    ),
    ("internet_service", "宽带？家里也没拉，就用手机", {"internet_service": "none"}, ""),
    (
        "complaint",
        "老客户没优惠，新客户便宜一半",
        {"complaint": "老客户没优惠，新客户便宜一半"},
        "",
    ),
    ("contract", "out of contract, it's rolling monthly now", {"contract": "month_to_month"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round28_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

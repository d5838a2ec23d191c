"""Choice slots, round 22: an option waved away as nobody's or never heard of, fibre only
promised, an option asked about, a landlord's line in a rented room, a term that has ended, a
condition to stay, a mocking refusal to renew, "I'm gone the minute my contract's up", a fee
asked about as a case, "换算".

Covers: "信用卡？现在谁还用信用卡" and "cheque? nobody uses cheques" (but "信用卡，每个月自动扣");
"你说的那个银行转账我不知道是啥" (but "电子支票，我一直用这个"); "镇上说光纤年底就通" and "keeps
promising us fibre" beside the DSL they have (but "光纤去年才通的"); "DSL, is that the one…?"
(but "fibre, we've had it two years"); "邻居家都是光纤，我家还是DSL"; "房东给我租的单间装了光纤",
"我租的房子房东没给装，就用流量"; "was on a 2 year deal but it expired" (but "two year, it ends in
March"); "网不断俺就接着用" (but "续约，我又不是不满意"); "续约？俺又不是瓜子"; "I'm gone as soon as
my contract's up" (but "I'm gone all day at work"); "如果合同没到期就退了，要赔多少违约金？" (but
"如果涨价我就换，违约金多少？"); "我会换算成五分制" (no intention); "一直推两年的套餐" (but
"推荐改成两年的"); "DSL跟光纤哪个便宜？"; "我爷爷那辈才用邮寄支票"; "每月合计约五千" (no contract).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # an option echoed and waved away as nobody's, or never heard of
    ("payment_method", "信用卡？现在谁还用信用卡，都扫码了", {}, ""),
    ("payment_method", "cheque? nobody uses cheques anymore, it's all on the app", {}, ""),
    ("payment_method", "信用卡，每个月自动扣", {"payment_method": "credit_card"}, ""),
    ("payment_method", "没人用支票了，我用银行转账", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "你说的那个银行转账我不知道是啥，反正我是支付宝", {}, "v"),
    (
        "payment_method",
        "never heard of an electronic check, I just use my credit card",
        {"payment_method": "credit_card"},
        "",
    ),
    ("payment_method", "电子支票，我一直用这个", {"payment_method": "electronic_check"}, ""),
    # fibre only promised, beside the line they have
    (
        "internet_service",
        "镇上说光纤年底就通，现在还是电话线拨号那种",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "the council keeps promising us fibre, for now it's DSL",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "光纤去年才通的，现在用着挺好", {"internet_service": "fiber_optic"}, ""),
    # an option asked about
    ("internet_service", "DSL, is that the one through the phone line?", {}, ""),
    ("internet_service", "fibre, we've had it two years", {"internet_service": "fiber_optic"}, ""),
    # the neighbours' homes, and a landlord's line in a rented room
    ("internet_service", "隔壁邻居家都是光纤，我家还是DSL", {"internet_service": "dsl"}, ""),
    ("internet_service", "房东给我租的单间装了光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "我租的房子房东没给装，平时就用流量", {"internet_service": "none"}, ""),
    (
        "internet_service",
        "I rent a room and the landlord put in fibre last spring",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # a term that has ended
    (
        "contract",
        "was on a 2 year deal but it expired, now it's just monthly",
        {"contract": "month_to_month"},
        "",
    ),
    ("contract", "two year, it ends in March", {"contract": "two_year"}, ""),
    ("contract", "两年的合约到期了，现在按月交", {"contract": "month_to_month"}, ""),
    ("contract", "签的两年，明年到期", {"contract": "two_year"}, ""),
    ("contract", "没签啥合约，按月交，哪天不用了随时停", {"contract": "month_to_month"}, ""),
    # a condition to stay, a mocking refusal, gone when the contract's up
    ("churn_intent", "网不断俺就接着用", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "要是涨价我就走", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "续约？俺又不是瓜子", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续约，我又不是不满意", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm gone as soon as my contract's up", {"churn_intent": "leave"}, ""),
    ("churn_intent", "I'm gone all day at work so I barely use it", {}, ""),
    # the fee for leaving early asked about as a case
    ("churn_intent", "如果合同没到期就退了，要赔多少违约金？", {}, ""),
    ("churn_intent", "如果涨价我就换，违约金多少？", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "if I cancel before my contract ends, what is the early termination fee?",
        {},
        "",
    ),
    (
        "churn_intent",
        "if they put the price up I will leave, what is the cancellation fee?",
        {"churn_intent": "unsure"},
        "",
    ),
    # pushed by a salesperson and not taken, two options compared, only the old folk's way
    ("contract", "客服一直推两年的套餐，我没理，还是按月交", {"contract": "month_to_month"}, ""),
    ("contract", "营业员推荐改成两年的，我就改了", {"contract": "two_year"}, ""),
    ("internet_service", "DSL跟光纤哪个便宜？", {}, ""),
    ("internet_service", "光纤，我们换了以后快多了", {"internet_service": "fiber_optic"}, ""),
    ("payment_method", "支付宝呗，我爷爷那辈才用邮寄支票", {}, "v"),
    ("has_dependents", "家里每月合计约五千开销，没有孩子", {"has_dependents": False}, ""),
    # "换算" is no change of provider
    ("satisfaction", "我会换算成五分制，四分吧", {"satisfaction": 4}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round22_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

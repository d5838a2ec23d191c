"""Scores given to other things, ratings not given yet, and a few vague answers on other slots.

Covers, asked for the rating: a score given to a device, a person or a survey before the service
is talked about ("手机给5分", "装机小哥我给五星", "your shop girl…, 5 stars", "gave the survey a
2"; not "手机信号给3分", "小哥服务好，4分"); a score given with "给…打" to another thing ("给宝宝的
奶粉打5分"; not "给你们打4分", "给网速打3分"); a score said of last time ("上次回访我打的1分";
not "上次给3分，这次4分"); stars in an app store; a number in "cannot say one"; a judgement of
one's job; a turn with "but" to the service ("装机师傅能给5分 但网本身只能2分" → 2); a correction
with "make it" ("5! Actually no, make it 4" → 4); another maximum ("10分满分的话能给8分",
"8 over 10": vague); full marks ruled out ("给五星？不存在的", "满分肯定是给不了的": vague;
"五星不存在的，三星吧" → 3); good in one place and not another ("在城里信号好，回乡下就不行了",
"five bars in the kitchen zero in the bedroom"); a comparison with the provider before ("比我之前
用的那家好点", "better than the fibre I had before", "ur already winning"); not judged yet ("还没法
评价", "还得再用一阵子才知道", "still testing", "can't put a number on it"); a score promised on a
condition ("would merit a 5 if…"); scoring declined ("打分这种我不打的", "I'm staying out of it");
an "ok" before a pause later in the message. On other slots: a kind of line had before ("the
Safaricom fibre I had before"), the respondent's own home after another's ("我哥家是光纤 我家不清
楚"), a look only supposed ("I'd have to check the box"), a one-off top-up beside an unknown
monthly spend, and airtime bought at a shop.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

S = "satisfaction"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a score given to a device, a person or a survey
    (S, "手机给5分 网嘛 好坏说不上来", {}, "v"),
    (S, "手机我给5分，你们的网还没怎么用", {}, "v"),
    (S, "手机信号给3分", {S: 3}, ""),
    (S, "手机是新买的，网我给4分", {S: 4}, ""),
    (S, "the phone itself is a 5, the service I'd have to think about", {}, "v"),
    (S, "the phone service is a 2", {S: 2}, ""),
    (S, "装机小哥我给五星 网的话不好说", {}, "v"),
    (S, "装机小哥很耐心，网给4分", {S: 4}, ""),
    (S, "小哥服务好，4分", {S: 4}, ""),
    (S, "your shop girl was lovely, 5 stars. The internet I'm still testing.", {}, "v"),
    (S, "the shop girl was rude, the wifi a 3", {S: 3}, ""),
    (S, "gave the survey a 2 lol, the service 4", {S: 4}, ""),
    (S, "这已经是我第2次填你们的问卷了😂 还是4分", {S: 4}, ""),
    (S, "我给宝宝的奶粉打5分 你们嘛 还在观察", {"has_dependents": True}, "v"),
    (S, "给你们打4分", {S: 4}, ""),
    (S, "给网速打3分", {S: 3}, ""),
    (S, "上次回访我打的1分 现在嘛 不好说", {}, "v"),
    (S, "上次给3分，这次4分", {S: 4}, ""),
    (S, "last time I gave a 2, now a 4", {S: 4}, ""),
    (S, "have you seen your app has like 2 stars on the app store lol", {}, ""),
    (S, "your app has 2 stars on the app store, I'd give 4", {S: 4}, ""),
    (S, "Some days fine, some days bad, cannot say one", {}, "v"),
    (S, "can't say one, maybe 3", {S: 3}, ""),
    (S, "happy w my new job lol. the wifi idk", {}, "v"),
    (S, "happy with the service", {S: 4}, ""),
    (S, "人超好 网不好说", {}, "v"),
    (S, "人很好，网速一般", {S: 3}, ""),
    # a turn with "but", and a correction
    (S, "装机师傅能给5分 但网本身只能2分", {S: 2}, ""),
    (
        S,
        "the installer guy was great five stars for him but the service itself a three",
        {S: 3},
        "",
    ),
    (S, "5! Actually no, make it 4", {S: 4}, ""),
    (S, "make it a 3", {S: 3}, ""),
    # another maximum, full marks ruled out
    (S, "10分满分的话能给8分", {}, "v"),
    (S, "5分满分的话给4分", {S: 4}, ""),
    (S, "8 over 10", {}, "v"),
    (S, "4 over 5", {S: 4}, ""),
    (S, "给五星？不存在的", {}, "v"),
    (S, "五星不存在的，三星吧", {S: 3}, ""),
    (S, "满分肯定是给不了的", {}, "v"),
    (S, "给不了满分，4分", {S: 4}, ""),
    # good in one place, not in another
    (S, "在城里信号好，回乡下就不行了", {}, "v"),
    (S, "城里挺好的", {S: 4}, ""),
    (S, "five bars of signal in the kitchen zero in the bedroom", {}, "v"),
    (S, "great in the kitchen and the bedroom", {S: 5}, ""),
    # a comparison only
    (S, "比我之前用的那家好点", {}, "v"),
    (S, "比我之前用的那家好点，4分", {S: 4}, ""),
    (S, "better than the Vodafone fibre I had before", {}, "v"),
    (S, "better than what I had before, 4 stars", {S: 4}, ""),
    (S, "my old provider was a 1 so ur already winning lol", {}, "v"),
    (S, "my old provider was a 1, you're a 4", {S: 4}, ""),
    # not judged yet
    (S, "刚办了三天 还没法评价", {"tenure_months": 0}, "v"),
    (S, "还得再用一阵子才知道", {}, "v"),
    (S, "还在观察，目前3分", {S: 3}, ""),
    (S, "I'm still testing it", {}, "v"),
    (S, "I have not yet formed a view on the service", {}, "v"),
    (S, "can't put a number on it", {}, "v"),
    (S, "can't put a number on it, 4 I suppose", {S: 4}, ""),
    # a condition, a refusal, a pause
    (S, "The service would merit a 5 if the outages were resolved", {}, "v"),
    (S, "would deserve a 4 if I'm honest", {S: 4}, ""),
    (S, "打分这种我不打的，你们自己心里有数", {}, "r"),
    (S, "打分这种我一般给4分", {S: 4}, ""),
    (S, "my sister rates u a 2 lol i'm staying out of it", {}, "r"),
    (S, "my sister rates u a 2, I'd say 4", {S: 4}, ""),
    (
        "payment_method",
        "my wife handles all the bills, I stay out of it",
        {"has_partner": True},
        "v",
    ),
    (S, "number 2 combo... ok one sec", {}, ""),
    (S, "hmm, ok", {S: 3}, ""),
    # other slots
    ("internet_service", "better than the Safaricom fibre I had before", {}, ""),
    ("internet_service", "the fibre I have now is fine", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "DSL we used to have, now fibre", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "我哥家是光纤 我家不清楚", {}, "v"),
    ("internet_service", "我哥家不清楚", {}, ""),
    ("internet_service", "Mine, I'd have to check the box.", {}, "v"),
    ("internet_service", "hold on, let me check the box", {}, ""),
    (
        "internet_service",
        "fibre I think, I'd have to check the box",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("monthly_spend", "充了100块 每个月用多少不清楚", {}, "v"),
    ("monthly_spend", "充了100块", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "上周充了50，每个月大概80", {"monthly_spend": 80.0}, ""),
    ("payment_method", "I buy airtime at the spaza shop, no bank stuff.", {}, "v"),
    ("payment_method", "my gran buys airtime at the spaza shop", {}, ""),
    ("payment_method", "can I buy airtime at the shop?", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

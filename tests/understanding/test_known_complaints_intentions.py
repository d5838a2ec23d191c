"""Complaints and intentions: a question about who reads the answers before a real complaint,
praise of the service as the whole answer to the complaint question, an errand to a shop,
somebody else's gripe against "but I think it's fine", a threat of leaving on one more failure,
a move to a named rival said in passing, and 麻烦 asking a favour rather than judging a hassle.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CO = "complaint"
I = "churn_intent"  # noqa: E741
S = "satisfaction"
PM = "payment_method"
P = "has_partner"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (CO, "data runs out too fast on my plan", {CO: "data runs out too fast on my plan"}, ""),
    (CO, "流量用得太快了", {CO: "流量用得太快了"}, ""),
    (CO, "is this survey nearly done? got a customer waiting", {}, ""),
    (CO, "比如说哪方面？网速？价格？给我几个选项呗", {}, ""),
    (
        CO,
        "will anyone actually read this? the wifi has been terrible",
        {CO: "will anyone actually read this? the wifi has been terrible"},
        "",
    ),
    (CO, "真的有人看吗？网速慢死了", {CO: "真的有人看吗？网速慢死了"}, ""),
    (
        CO,
        "is this going anywhere? my broadband drops every night",
        {CO: "is this going anywhere? my broadband drops every night"},
        "",
    ),
    (CO, "will anyone read this? just curious", {}, ""),
    (CO, "你说具体哪方面？网速、信号还是装机师傅？我邻居阿姨前几天还说你们师傅人挺好的", {}, ""),
    (CO, "4G信号在我们村挺好", {}, "v"),
    (CO, "网速挺快的", {}, "v"),
    (CO, "wifi works fine here", {}, "v"),
    (CO, "the signal in our village is great", {}, "v"),
    (CO, "信号挺好，价格也可以", {}, "v"),
    (CO, "信号挺好，就是网速慢", {CO: "信号挺好，就是网速慢"}, ""),
    (CO, "wifi is fine except at night", {CO: "wifi is fine except at night"}, ""),
    (CO, "以前信号挺好的", {CO: "以前信号挺好的"}, ""),
    (CO, "the wifi used to be great", {CO: "the wifi used to be great"}, ""),
    (CO, "great, another outage", {CO: "great, another outage"}, ""),
    (
        CO,
        "wifi is great, customer service is rubbish",
        {CO: "wifi is great, customer service is rubbish"},
        "",
    ),
    (CO, "网速挺快，就是有点贵", {CO: "网速挺快，就是有点贵"}, ""),
    (CO, "价格也可以便宜点", {CO: "价格也可以便宜点"}, ""),
    (CO, "had to go to the shop to get a bar of chocolate", {}, ""),
    (CO, "had to pop to the shop for a chocolate bar", {}, ""),
    (CO, "went to the store to buy some candy", {}, ""),
    (
        CO,
        "had to go to the shop to get a new sim card",
        {CO: "had to go to the shop to get a new sim card"},
        "",
    ),
    (
        CO,
        "went to the shop to buy crisps because the wifi was down",
        {CO: "went to the shop to buy crisps because the wifi was down"},
        "",
    ),
    (CO, "my wife complains the wifi drops but I think it's fine", {P: True}, "v"),
    (CO, "my husband moans about the signal but I reckon it's ok", {P: True}, "v"),
    (CO, "我老婆老说网卡，我觉得还行", {P: True}, "v"),
    (CO, "我老公嫌网速慢，不过我觉得挺好的", {P: True}, "v"),
    (
        CO,
        "my wife complains the wifi drops and I think she's right",
        {P: True, CO: "my wife complains the wifi drops and I think she's right"},
        "",
    ),
    (CO, "我老公嫌网速慢，我也觉得慢", {P: True, CO: "我老公嫌网速慢，我也觉得慢"}, ""),
    (I, "one more outage and I'm gone", {I: "unsure"}, ""),
    (I, "any more of this and I'm off", {I: "unsure"}, ""),
    (I, "one more outage and I'm leaving", {I: "unsure"}, ""),
    (I, "another price hike and we're out", {I: "unsure"}, ""),
    (I, "再断一次网我就走", {I: "unsure"}, ""),
    (I, "再乱扣一回钱俺就换", {I: "unsure"}, ""),
    (S, "3. one more outage and I'm gone", {I: "unsure", S: 3}, ""),
    (I, "one more thing and I'm done", {}, ""),
    (I, "再用一次就知道了", {}, ""),
    (S, "2, moving to Spark next month", {I: "leave", S: 2}, ""),
    (S, "2. moving to Vodafone in March", {I: "leave", S: 2}, ""),
    (I, "moving to Telstra once the contract's up", {I: "leave"}, ""),
    (S, "4, moving to Auckland next month", {S: 4}, ""),
    (S, "3, moving to three days a week at work", {S: 3}, ""),
    (S, "3, my sister is moving to Spark", {S: 3}, ""),
    (I, "我要换 麻烦你们帮我办一下", {I: "leave"}, ""),
    (I, "换，麻烦您尽快处理", {I: "leave"}, ""),
    (I, "要换 麻烦帮我转网", {I: "leave"}, ""),
    (I, "换运营商麻烦", {I: "stay"}, ""),
    (PM, "不说了，支付宝", {}, "r"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_known_complaints_intentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

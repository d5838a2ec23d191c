"""The complaint question, round 33: whose gripe it is, where the answers go, "nothing so far"
after a short time, a repeat declined, shortfalls named without a fault word, and a threat to
leave if things go on.

Covers: another person's gripe set against the respondent's none, with a bare "but" ("my
neighbour's always moaning about his provider but I've no issues myself", "我老公老说网卡但我自己
没啥问题": vague); another person's gripe about another provider ("我对象用别家的，她老吐槽她们家
网卡": nothing, no flag; but "我对象老吐槽你们网卡" and "我同事用别家的，我们家网老断" are
complaints); where the answers go ("is this going to someone who can actually fix things?",
"这些会转给能管事的人吗？": nothing; but not with a fault named); "only been with you a month,
nothing so far" and "off the top of me head" (vague); a repeat declined after telling the call
centre (a refusal; but not with the complaint told again, nor "not going through that again"
after a bad install); bandwidth that falls short ("上行带宽不够") and a 5G label on a 4G service
(complaints; but "我家是500兆带宽", "5G挺稳的，4G也不错" are none); "再这样我就退网" (unsure, not
leave). Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for
a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "complaint",
        "my neighbour's always moaning about his provider but I've no issues myself",
        {},
        "v",
    ),
    (
        "complaint",
        "my sister complains about her provider constantly but I've got no problems myself",
        {},
        "v",
    ),
    ("complaint", "my mate's always whinging about his broadband but mine's been fine", {}, "v"),
    ("complaint", "my flatmate moans about the wifi all the time, I've no issues myself", {}, "v"),
    (
        "complaint",
        "my husband moans about the signal but I've had no problems myself",
        {"has_partner": True},
        "v",
    ),
    ("complaint", "我邻居老说他家宽带慢，我自己没啥问题", {}, "v"),
    ("complaint", "我老公老说网卡但我自己没啥问题", {"has_partner": True}, "v"),
    ("complaint", "我闺蜜用其他运营商的，天天说她家网速慢，不过我这边没问题", {}, "v"),
    (
        "complaint",
        "my sister uses another network, their signal is rubbish, but mine's fine",
        {},
        "v",
    ),
    ("complaint", "everyone at work moans about their provider, nothing from me", {}, "v"),
    ("complaint", "my neighbour's always moaning about his provider", {}, ""),
    ("complaint", "我对象用别家的，她老吐槽她们家网卡", {"has_partner": True}, ""),
    ("complaint", "我同事用别家的，天天吐槽他们家信号差", {}, ""),
    (
        "complaint",
        "my boyfriend's on another network and he's always moaning about their signal",
        {"has_partner": True},
        "",
    ),
    (
        "complaint",
        "my partner's with another provider and keeps complaining about their coverage",
        {"has_partner": True},
        "",
    ),
    (
        "complaint",
        "my wife says the wifi is slow upstairs",
        {"has_partner": True, "complaint": "my wife says the wifi is slow upstairs"},
        "",
    ),
    (
        "complaint",
        "my neighbour's always moaning but I think the wifi is too slow",
        {"complaint": "my neighbour's always moaning but I think the wifi is too slow"},
        "",
    ),
    (
        "complaint",
        "my neighbour moans about his provider but honestly the bill's too high",
        {"complaint": "my neighbour moans about his provider but honestly the bill's too high"},
        "",
    ),
    (
        "complaint",
        "我对象老吐槽你们网卡",
        {"has_partner": True, "complaint": "我对象老吐槽你们网卡"},
        "",
    ),
    (
        "complaint",
        "我同事用别家的，我们家网老断",
        {"complaint": "我同事用别家的，我们家网老断"},
        "",
    ),
    (
        "complaint",
        "我同事用别家的，说比你们便宜",
        {"complaint": "我同事用别家的，说比你们便宜"},
        "",
    ),
    (
        "complaint",
        "my mum's with another provider and my internet keeps dropping",
        {"complaint": "my mum's with another provider and my internet keeps dropping"},
        "",
    ),
    ("complaint", "is this going to someone who can actually fix things?", {}, ""),
    ("complaint", "will my answers go to a real person?", {}, ""),
    ("complaint", "does this get passed on to anyone?", {}, ""),
    ("complaint", "这些会转给能管事的人吗？", {}, ""),
    ("complaint", "我说的这些能传到领导那吗", {}, ""),
    (
        "complaint",
        "is this going to someone who can fix my slow internet?",
        {"complaint": "is this going to someone who can fix my slow internet?"},
        "",
    ),
    (
        "complaint",
        "is this going to someone who can sort out the billing mess?",
        {"complaint": "is this going to someone who can sort out the billing mess?"},
        "",
    ),
    (
        "complaint",
        "这些会转给能管事的人吗？信号太差了",
        {"complaint": "这些会转给能管事的人吗？信号太差了"},
        "",
    ),
    ("complaint", "转给谁都没用，网速就是慢", {"complaint": "转给谁都没用，网速就是慢"}, ""),
    ("complaint", "is it going to rain tomorrow?", {}, ""),
    ("complaint", "only been with you a month, nothing so far", {"tenure_months": 1}, "v"),
    ("complaint", "nothin so far, only been with you six weeks", {"tenure_months": 1}, "v"),
    ("complaint", "才用了一个月，暂时没啥", {"tenure_months": 1}, "v"),
    (
        "complaint",
        "only been with you a month and it's dropped twice already",
        {
            "tenure_months": 1,
            "complaint": "only been with you a month and it's dropped twice already",
        },
        "",
    ),
    (
        "complaint",
        "only the bill, it's too high",
        {"complaint": "only the bill, it's too high"},
        "",
    ),
    ("complaint", "honestly? can't think of anything off the top of me head", {}, "v"),
    ("complaint", "nothing off the top of me head", {}, "v"),
    ("complaint", "can't think of anything off the top of ma head", {}, "v"),
    (
        "complaint",
        "off the top of my head the bill is too high",
        {"complaint": "off the top of my head the bill is too high"},
        "",
    ),
    (
        "complaint",
        "I've said it all to your call centre already, not going through it again",
        {},
        "r",
    ),
    ("complaint", "told your customer service all this already, not repeating myself", {}, "r"),
    ("complaint", "I've already complained to your helpline, not going over it again", {}, "r"),
    ("complaint", "投诉电话里都讲过了，懒得再讲", {}, "r"),
    ("complaint", "我已经跟客服反映过三次了，懒得再说", {}, "r"),
    ("complaint", "反映过很多次了，不想再重复", {}, "r"),
    ("age", "I've told your colleague my age already, not repeating myself", {}, "r"),
    (
        "complaint",
        "told support 3 times the router drops, not going through it again",
        {"complaint": "told support 3 times the router drops, not going through it again"},
        "",
    ),
    (
        "complaint",
        "told them twice already that the bill is wrong, not repeating myself",
        {"complaint": "told them twice already that the bill is wrong, not repeating myself"},
        "",
    ),
    (
        "complaint",
        "the install was a nightmare, not going through that again",
        {"complaint": "the install was a nightmare, not going through that again"},
        "",
    ),
    (
        "complaint",
        "not repeating myself, the internet drops every night",
        {"complaint": "not repeating myself, the internet drops every night"},
        "",
    ),
    (
        "complaint",
        "直播的时候上行带宽不够，画面老糊，粉丝都跑了",
        {"complaint": "直播的时候上行带宽不够，画面老糊，粉丝都跑了"},
        "",
    ),
    (
        "complaint",
        "带宽不够用，晚上一家人都在用就不行",
        {"complaint": "带宽不够用，晚上一家人都在用就不行"},
        "",
    ),
    ("complaint", "上行不够，视频会议老卡", {"complaint": "上行不够，视频会议老卡"}, ""),
    (
        "complaint",
        "upload bandwidth is too low when I livestream",
        {"complaint": "upload bandwidth is too low when I livestream"},
        "",
    ),
    ("complaint", "我家是500兆带宽", {}, ""),
    ("complaint", "上行带宽多少？", {}, ""),
    ("complaint", "下载速度还行", {}, ""),
    ("complaint", "直播的时候粉丝都跑了，主播太无聊", {}, ""),
    (
        "complaint",
        "5G标着有，实际一直是4G，我在延吉市里都这样",
        {"city": "Yanji", "complaint": "5G标着有，实际一直是4G，我在延吉市里都这样"},
        "",
    ),
    (
        "complaint",
        "手机显示5G，实际上还是4G的速度",
        {"complaint": "手机显示5G，实际上还是4G的速度"},
        "",
    ),
    (
        "complaint",
        "it says 5G but it's really 4G",
        {"complaint": "it says 5G but it's really 4G"},
        "",
    ),
    (
        "complaint",
        "the 5G logo shows but it's really just 4G",
        {"complaint": "the 5G logo shows but it's really just 4G"},
        "",
    ),
    (
        "complaint",
        "5G icon is a lie, it's 4G at best",
        {"complaint": "5G icon is a lie, it's 4G at best"},
        "",
    ),
    ("complaint", "5G挺稳的，4G也不错", {}, ""),
    ("complaint", "my phone says 5G now, nice", {}, ""),
    ("complaint", "i have a 5G phone but only use 4G", {}, ""),
    (
        "complaint",
        "客服电话老打不通，转人工要等半天，再这样我就退网",
        {"churn_intent": "unsure", "complaint": "客服电话老打不通，转人工要等半天，再这样我就退网"},
        "",
    ),
    (
        "complaint",
        "信号太差了，再这么差我就退网",
        {"churn_intent": "unsure", "complaint": "信号太差了，再这么差我就退网"},
        "",
    ),
    (
        "complaint",
        "网老断，再这样我就退网",
        {"churn_intent": "unsure", "complaint": "网老断，再这样我就退网"},
        "",
    ),
    ("churn_intent", "再这么慢我就退网", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "我要退网", {"churn_intent": "leave"}, ""),
    (
        "complaint",
        "我决定退网了，信号太差",
        {"churn_intent": "leave", "complaint": "我决定退网了，信号太差"},
        "",
    ),
    (
        "satisfaction",
        "2, any more outages and I'm gone",
        {"churn_intent": "unsure", "satisfaction": 2},
        "",
    ),
    (
        "satisfaction",
        "2, any more of this and I'm off",
        {"churn_intent": "unsure", "satisfaction": 2},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round33_complaints(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

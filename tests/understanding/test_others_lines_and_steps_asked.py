"""Somebody else's line under the complaint question, and a step of leaving asked about.

Pins down two readings. Under the complaint question, a friend's, a relative's or a neighbour's
trouble with their own provider or at their own place ("我朋友用移动的，信号差", "邻居家的网老断",
"my buddy's on Verizon and his signal sucks") is no complaint and no flag; anything of the
respondent's own keeps the complaint ("我跟我朋友都觉得信号差", "my friend says ours is slow too",
"邻居家的网老断，我家也是", "better signal than me", the provider addressed). Under the intention
question, a question whether the respondent has already given notice, cancelled or renewed
("have I already given notice?", "我是不是已经退订了？") states no plan: no value, no flag; a
statement of the step ("I already cancelled", "我已经退订了") is still leaving. Rows are (asked
slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and ""
otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

C = "complaint"
N = "churn_intent"


def _own(text: str) -> tuple[str, str, dict[str, Any], str]:
    return (C, text, {C: text}, "")


OTHERS_LINES: list[tuple[str, str, dict[str, Any], str]] = [
    (C, "我朋友用移动的，信号差", {}, ""),
    (C, "我妈用联通的，老掉线", {}, ""),
    (C, "my buddy's on Verizon and his signal sucks", {}, ""),
    (C, "邻居家的网老断", {}, ""),
    (C, "我朋友用电信，网速慢得要死", {}, ""),
    (C, "我表哥用的广电，老断网", {}, ""),
    (C, "我同事用联通的 信号特别差", {}, ""),
    (C, "my mate's with Vodafone, signal's rubbish", {}, ""),
    (C, "my sister uses BT and it keeps dropping", {}, ""),
    (C, "my pal's on Three, constant dropouts", {}, ""),
    (C, "我朋友家的宽带天天断", {}, ""),
    (C, "我同事家信号特别差", {}, ""),
    (C, "隔壁的网速慢死了", {}, ""),
    (C, "隔壁老王家的wifi老断", {}, ""),
    (C, "楼上那家老断网", {}, ""),
    (C, "我邻居家是电信的，天天断网", {}, ""),
    (C, "my buddy's internet is so slow", {}, ""),
    (C, "my colleague's broadband drops every evening", {}, ""),
    (C, "my neighbours are on Virgin and it's always down", {}, ""),
    (C, "the guy next door has BT and it's rubbish", {}, ""),
    (C, "a mate of mine is with Vodafone and the coverage is shocking", {}, ""),
    (C, "My brother's on Cox, total garbage", {}, ""),
    (C, "朋友用移动，信号差得一批", {}, ""),
    (C, "我闺蜜用电信的，客服态度巨差", {}, ""),
    (C, "我爸妈那边用的移动，信号老差了", {}, ""),
    # the respondent's own, or the provider addressed: complaints
    _own("我跟我朋友都觉得信号差"),
    _own("my friend says ours is slow too and she's right"),
    _own("我朋友用移动的，我的信号差"),
    _own("我朋友用移动的，信号比我的好多了"),
    _own("邻居家的网都比我家快"),
    _own("my buddy's on Verizon and he gets better signal than me"),
    _own("my friend's on your network and her signal's rubbish too"),
    _own("我妈用联通的，我用你们的，老掉线"),
    _own("我朋友说你们信号差"),
    _own("邻居家的网老断，我家也是"),
    _own("邻居家的网老断，我家也老断"),
    _own("我朋友用移动的，信号差，我也是"),
    _own("my neighbour's wifi is awful, same here"),
    _own("my friend's internet keeps dropping, mine too"),
    _own("my neighbour's wifi is terrible and so is mine"),
    _own("我同事用联通的，我们家网也老断"),
    _own("我朋友也用你们家的，信号差"),
    _own("隔壁在装修，网老断"),
    _own("my friend is with you and her signal is rubbish"),
    # the respondent's own line fine: vague
    (C, "邻居家的网老断，我家倒是没事", {}, "v"),
    (C, "my neighbour's wifi is awful, mine's fine", {}, "v"),
]

STEPS_ASKED: list[tuple[str, str, dict[str, Any], str]] = [
    (N, "have I already given notice?", {}, ""),
    (N, "did I cancel already?", {}, ""),
    (N, "have I cancelled?", {}, ""),
    (N, "did I already cancel?", {}, ""),
    (N, "wait, did I already cancel?", {}, ""),
    (N, "have we given notice yet?", {}, ""),
    (N, "have I put in my notice or not?", {}, ""),
    (N, "did I already port my number?", {}, ""),
    (N, "remind me, did I cancel?", {}, ""),
    (N, "did I renew already?", {}, ""),
    (N, "sorry, have I already handed in my notice?", {}, ""),
    (N, "didn't I already cancel?", {}, ""),
    (N, "我是不是已经退订了？", {}, ""),
    (N, "我是不是已经退订了", {}, ""),
    (N, "我已经退订了吗？", {}, ""),
    (N, "我销户了没有？", {}, ""),
    (N, "我到底退没退订？", {}, ""),
    (N, "我是不是已经转网了", {}, ""),
    (N, "我是不是已经续约了？", {}, ""),
    (N, "等下，我是不是已经退网了？", {}, ""),
    (C, "我是不是已经退订了", {}, ""),
    (C, "did I cancel already?", {}, ""),
    # statements of the step, and plans beside the question: unchanged
    (N, "I already cancelled", {N: "leave"}, ""),
    (N, "I've already given notice", {N: "leave"}, ""),
    (N, "I cancelled already, didn't I tell you?", {N: "leave"}, ""),
    (N, "did I tell you I'm switching to Vodafone?", {N: "leave"}, ""),
    (N, "I'm leaving, did I already give notice?", {N: "leave"}, ""),
    (N, "did I cancel already? if not I'm going to", {N: "unsure"}, ""),
    (N, "我已经退订了", {N: "leave"}, ""),
    (N, "我已经退订了，还问啥？", {N: "leave"}, ""),
    (N, "我早就退网了好吧", {N: "leave"}, ""),
    (N, "why would I cancel?", {N: "stay"}, ""),
    (N, "要不要退订？", {N: "unsure"}, ""),
    (C, "我是不是已经退订了，网还是老断", {C: "我是不是已经退订了，网还是老断"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), OTHERS_LINES)
def test_others_lines(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), STEPS_ASKED)
def test_steps_asked(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Churn intent, broadened by class: staying, leaving and being unsure, in both languages.

Covers staying ("照用", "续上", "还是用你们家的", Cantonese "唔走", "不转网", "happy where I am",
"I'll re-sign", "carry on with you", "not changing providers"), leaving ("不用你们了", "换一家",
"changing networks", "porting out", "terminating my contract", "taking my number elsewhere",
"dumping you lot") and being unsure ("还没定", "没拿定主意", "到时再算", "看看再讲",
Cantonese "睇下先", "未谂好", "举棋不定", "in two minds", "too early to say", "time will tell",
"hard to say"). Near misses: other people's plans, questions about what would happen, a past
switch to us, leaving a job or a house, and the new words said under another question ("hard to
say" about a rating, "happy where I am" about a city). Rows are (asked slot, message,
exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # staying
    ("churn_intent", "照用", {"churn_intent": "stay"}, ""),
    ("churn_intent", "到期续上就是了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "还是用你们家的吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "唔走啦", {"churn_intent": "stay"}, ""),
    ("churn_intent", "我哥转网了，我不转", {"churn_intent": "stay"}, ""),
    ("churn_intent", "honestly I'm happy where I am", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'll re-sign when it's up", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'll carry on with you, no complaints", {"churn_intent": "stay"}, ""),
    ("churn_intent", "not changing providers, too much hassle", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm not terminating my contract", {"churn_intent": "stay"}, ""),
    # leaving
    ("churn_intent", "到期就不用你们了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "打算换一家", {"churn_intent": "leave"}, ""),
    ("churn_intent", "changing networks when the deal ends", {"churn_intent": "leave"}, ""),
    ("churn_intent", "porting out next month", {"churn_intent": "leave"}, ""),
    ("churn_intent", "terminating my contract in May", {"churn_intent": "leave"}, ""),
    ("churn_intent", "taking my number elsewhere", {"churn_intent": "leave"}, ""),
    ("churn_intent", "dumping you lot as soon as I can", {"churn_intent": "leave"}, ""),
    # unsure
    ("churn_intent", "还没定，看价格", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "还没拿定主意", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "到时再算", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "睇下先", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "未谂好", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "举棋不定", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I'm in two minds", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "too early to say", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "time will tell", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "sitting on the fence for now", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "still weighing things up", {"churn_intent": "unsure"}, ""),
    # other people's plans
    ("churn_intent", "我同事准备携号转网", {}, ""),
    ("churn_intent", "my brother is changing networks next month", {}, ""),
    ("churn_intent", "my sister's porting out to EE", {}, ""),
    ("churn_intent", "he's happy where he is", {}, ""),
    ("churn_intent", "my mate is still thinking about it", {}, ""),
    ("churn_intent", "my neighbour is off to another provider", {}, ""),
    # questions about what would happen
    ("churn_intent", "what happens if I port out?", {}, ""),
    ("churn_intent", "if I changed provider would I keep my number?", {}, ""),
    ("churn_intent", "携号转网的话要多久？", {}, ""),
    ("churn_intent", "注销要去营业厅吗？", {}, ""),
    # a past switch to us
    ("churn_intent", "我去年从移动转网过来的", {}, ""),
    ("churn_intent", "I switched to you from BT last year", {}, ""),
    # leaving a job or a house
    ("churn_intent", "I'm leaving my job next month", {}, ""),
    ("churn_intent", "我下个月辞职，跳槽去深圳", {}, ""),
    ("churn_intent", "我们要搬家了", {}, ""),
    (
        "churn_intent",
        "we're moving house in spring but staying with you",
        {"churn_intent": "stay"},
        "",
    ),
    # the new words said under another question
    ("satisfaction", "hard to say", {}, "v"),
    ("satisfaction", "time will tell", {}, ""),
    ("city", "I'm happy where I am", {}, ""),
    ("monthly_spend", "hard to say, around 50", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "换网线花了50", {"monthly_spend": 50.0}, ""),
    ("complaint", "信号太差了，说不准哪天就断", {"complaint": "信号太差了，说不准哪天就断"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_vocab_intentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

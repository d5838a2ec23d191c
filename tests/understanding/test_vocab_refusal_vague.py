"""Refusals and vague answers in more voices: the asked slot declined or not known.

Covers: "免谈" and "你管我" as a clause of their own (but "换？免谈", "你们管我要两百"), "不予置评",
"个人私事", Cantonese "唔话你知", "关你咩事", "冇可奉告", traditional "不講", "隱私"; "I refuse to
answer" (but "I refuse to pay that fee"), "not willing to share that", "I won't answer that" (but
"I won't answer that survey email again"), "you don't need to know my age", "not disclosing",
"none of ur business", "mind ya own", a bare "private" or "next", Singlish, Pidgin, Jamaican and
Hinglish refusals. Vague: "I forgot" alone (but "I forgot to pay", "oh I forgot, I live in ..."),
"cannae mind", "haven't the foggiest", "God knows" (but "God knows why..."), "search me", "not 100%
sure", "lost track", "slipped my mind", "never checked", "it fluctuates", chat spellings; Chinese
"唔知", "知唔到", "晓不得", "记不到了", "毋知", "每个月不一样", "心里没数", "没数过", "勿清爽".
A hedge followed by a value keeps the value ("not entirely sure, 45ish" → 45); putting the
question off and questions back are neither. Rows are (asked slot, message, exact values, flag)
with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # Chinese refusals
    ("age", "年龄嘛，免谈", {}, "r"),
    ("age", "你管我呢", {}, "r"),
    ("monthly_spend", "你们管我要两百，太贵了", {"monthly_spend": 200.0}, ""),
    ("churn_intent", "涨价免谈", {}, ""),
    ("age", "不予置评", {}, "r"),
    ("has_partner", "这属于个人私事", {}, "r"),
    ("has_partner", "有点私事，等下说", {}, ""),
    ("city", "这是我自己的事吧", {}, "r"),
    ("age", "唔话你知", {}, "r"),
    ("age", "关你咩事", {}, "r"),
    ("age", "冇可奉告", {}, "r"),
    ("age", "我唔讲", {}, "r"),
    ("has_partner", "我也不講", {}, "r"),
    ("has_partner", "隱私啦", {}, "r"),
    # English refusals, with their near misses
    ("age", "I refuse to answer", {}, "r"),
    ("gender", "I refuse to say", {}, "r"),
    ("monthly_spend", "I refuse to pay that fee, it's 60 now", {"monthly_spend": 60.0}, ""),
    ("interests", "I always skip the ads on youtube", {}, ""),
    ("name", "I refuse to give my name", {}, "r"),
    ("monthly_spend", "I refuse to give them more money", {}, ""),
    (
        "churn_intent",
        "I refuse to answer any more surveys, just cancel it",
        {"churn_intent": "leave"},
        "",
    ),
    ("age", "I'm not willing to share that", {}, "r"),
    ("churn_intent", "not willing to pay more, I'm leaving", {"churn_intent": "leave"}, ""),
    ("age", "I won't answer that", {}, "r"),
    (
        "churn_intent",
        "I won't answer that survey email again, but I'm staying",
        {"churn_intent": "stay"},
        "",
    ),
    ("age", "you don't need to know my age", {}, "r"),
    ("age", "you don't need to know how it works, I'm 40", {"age": 40}, ""),
    ("age", "not disclosing", {}, "r"),
    ("age", "would rather not specify", {}, "r"),
    ("age", "none of ur business", {}, "r"),
    ("age", "mind ya own", {}, "r"),
    ("age", "next", {}, "r"),
    ("city", "private", {}, "r"),
    ("city", "next to the station", {}, ""),
    ("payment_method", "private bank transfer", {"payment_method": "bank_transfer"}, ""),
    ("age", "dowan say lah", {}, "r"),
    ("age", "i no go talk am", {}, "r"),
    ("age", "mi nah tell yuh", {}, "r"),
    ("age", "nahi bataunga", {}, "r"),
    # put off or asked back: neither
    ("age", "ask me later", {}, ""),
    ("age", "why do you need to know?", {}, ""),
    # English vague answers, with their near misses
    ("tenure_months", "honestly I forgot, sorry", {}, "v"),
    ("tenure_months", "I forgot to renew last year", {}, ""),
    ("interests", "oh I forgot, I live in Durban", {"city": "Durban"}, ""),
    ("tenure_months", "cannae mind", {}, "v"),
    ("tenure_months", "haven't the foggiest", {}, "v"),
    ("monthly_spend", "God knows, the bill is a mess", {}, "v"),
    ("monthly_spend", "God knows why it's so expensive", {}, ""),
    ("age", "Search me", {}, "v"),
    ("age", "your guess is as good as mine", {}, "v"),
    ("age", "not 100% sure", {}, "v"),
    ("age", "not entirely sure, 45ish", {"age": 45}, ""),
    ("tenure_months", "I've lost count", {}, "v"),
    ("tenure_months", "slipped my mind", {}, "v"),
    ("monthly_spend", "never checked", {}, "v"),
    ("monthly_spend", "never checked, about 50 I think", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "it fluctuates", {}, "v"),
    ("tenure_months", "iunno", {}, "v"),
    ("tenure_months", "ion know", {}, "v"),
    ("tenure_months", "i dont no, 2 years?", {"tenure_months": 24}, ""),
    # Chinese vague answers
    ("monthly_spend", "唔知", {}, "v"),
    ("tenure_months", "知唔到", {}, "v"),
    ("tenure_months", "晓不得", {}, "v"),
    ("tenure_months", "记不到了", {}, "v"),
    ("tenure_months", "毋知", {}, "v"),
    ("tenure_months", "忘咯", {}, "v"),
    ("age", "不知，四十几", {"age": 40}, ""),
    ("age", "不知不觉就四十了", {"age": 40}, ""),
    ("monthly_spend", "每个月不一样", {}, "v"),
    ("monthly_spend", "每个月不一样，大概80", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "心里没数", {}, "v"),
    ("monthly_spend", "没数过", {}, "v"),
    ("tenure_months", "勿清爽", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_vocab_refusal_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Names and refusals, round 21: the form of address a letter asks for, the short form asked for,
a name settled on, greetings and states that are no names; refusals in Wu and Hokkien, relayed
from somebody at home, formal ones; and holding off, asking the purpose first, "I'd rather not
know" and somebody else "not answering", which refuse nothing.

Covers: "I wish to be addressed as Mr. Hughes" (but somebody else "prefers to be addressed as");
"Wojciech, but please use Wojtek" (but "please use the side door" names nobody, and outside the
name question "please use DPD" is no name); "Owen it is" (but "Fine it is"); "Oi!", "Olá!" opening
the answer, "I'm stood", "I'm sat" and a lowercase "-ing" after "it's" among capitals ("it's
raining", but "i'm ming" in lowercase); Wu "伐讲", "覅问了" (but "侬晓得伐？"); Hokkien "毋想讲";
"他说别告诉你们" and "不让我说" (but "别告诉你们经理", "不让我说话"), "my wife says not to tell
you" (but "told me not to tell you it's the router"); "不予作答", "我拒绝回答" (but "客服拒绝回答
我的问题", "暂不作答"); "I shall not answer that", "I will not repeat it", "consult your own
files", "a private family matter" (but "I'll not answer the phone to them"); put off: "我先不答了，
等他出去" (but "这个问题先不答了" refuses); "《个人信息保护法》" named before asking the purpose
(but "这是个人信息" refuses); "I'd rather not know" (but "I'd rather not say"); "the engineer's not
answering", "hang on, got a van to unload, back in a sec" (but "I'm not answering that").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the form of address asked for in a letter
    (
        "name",
        "With reference to your letter, I wish to be addressed as Mr. Hughes.",
        {"name": "Mr. Hughes"},
        "",
    ),
    ("name", "I'd prefer to be addressed as Dr. Adeyemi, thank you", {"name": "Dr. Adeyemi"}, ""),
    ("name", "my mother likes to be addressed as Mrs. Hale", {}, ""),
    # the short form asked for
    (
        "name",
        "Wojciech, but it is hard for English people, so please use Wojtek",
        {"name": "Wojtek"},
        "",
    ),
    ("name", "Bartholomew, just use Bart", {"name": "Bart"}, ""),
    ("name", "please use the side door, I'm Sally", {"name": "Sally"}, ""),
    ("complaint", "please use DPD next time", {}, ""),
    # a name settled on
    ("name", "Owen it is, mate", {"name": "Owen"}, ""),
    ("name", "Fine it is", {}, ""),
    # greetings and states that are no names
    (
        "name",
        "Oi! My name is Luciana but everyone says Lu, so please call me Lu",
        {"name": "Lu"},
        "",
    ),
    ("name", "Olá! It's Carla here", {"name": "Carla"}, ""),
    ("name", "Oi", {}, ""),
    ("name", "Dai it is, sorry I'm sat on the bus", {"name": "Dai"}, ""),
    ("name", "I'm stood at the bus stop", {}, ""),
    ("name", "Gwen it is. Sorry, I'm out and it's raining buckets", {"name": "Gwen"}, ""),
    ("name", "i'm ming", {"name": "ming"}, ""),
    ("name", "I'm Sterling", {"name": "Sterling"}, ""),
    # Wu and Hokkien refusals
    ("age", "年纪就伐讲了", {}, "r"),
    ("age", "岁数覅问了", {}, "r"),
    ("name", "侬晓得伐？我叫王阿毛", {"name": "王阿毛"}, ""),
    ("age", "伐木干了二十年，今年52", {"age": 52}, ""),
    ("age", "这个阮毋想讲", {}, "r"),
    # relayed from somebody at home
    ("age", "我爸在旁边，他说年龄别告诉你们", {}, "r"),
    ("age", "我老婆不让我说", {"has_partner": True}, "r"),
    ("complaint", "别告诉你们经理我投诉过", {"complaint": "别告诉你们经理我投诉过"}, ""),
    ("age", "她不让我说话，烦死了", {}, ""),
    ("age", "my husband says not to tell you", {"has_partner": True}, "r"),
    ("age", "my son told me not to tell you it's the router, but it is", {}, ""),
    # formal refusals
    ("gender", "本人认为此项与业务无关，不予作答", {}, "r"),
    ("gender", "我拒绝回答", {}, "r"),
    ("complaint", "客服拒绝回答我的问题", {"complaint": "客服拒绝回答我的问题"}, ""),
    ("age", "暂不作答，等我问问家里", {}, ""),
    ("has_dependents", "I shall not answer that.", {}, "r"),
    ("has_dependents", "I shan't answer it", {}, "r"),
    ("has_dependents", "I shall answer that later", {}, ""),
    ("city", "You already have it. I will not repeat it.", {}, "r"),
    ("city", "Please consult your own files.", {}, "r"),
    ("has_partner", "That is a private family matter.", {}, "r"),
    ("complaint", "I'll not answer the phone to them anymore", {}, ""),
    # put off, not refused
    ("has_partner", "老公在旁边，我先不答了，等他出去", {"has_partner": True}, ""),
    ("has_partner", "这个问题先不答了", {}, "r"),
    # asking the purpose first
    ("interests", "依据《个人信息保护法》，请先说明用途，说明后我再回答", {}, ""),
    ("interests", "这是个人信息，不给", {}, "r"),
    # not wanting to know, and somebody else not answering
    (
        "monthly_spend",
        "No idea, it's direct debit. I'd rather not know to be honest",
        {"payment_method": "bank_transfer"},
        "v",
    ),
    ("monthly_spend", "I'd rather not say", {}, "r"),
    ("monthly_spend", "I couldnae tell ye", {}, "v"),
    (
        "complaint",
        "the engineer's not answering",
        {"complaint": "the engineer's not answering"},
        "",
    ),
    ("complaint", "Sorry pal, hang on, got a van to unload. Back in a sec.", {}, ""),
    ("complaint", "I'm not answering that", {}, "r"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round21_names_refusals(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

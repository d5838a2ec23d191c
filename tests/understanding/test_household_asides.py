"""Household words said in passing, and a few refusals, hedges and facts said around them.

Covers: the partner word asked back for its sense ("partner how?", "Partner like business partner
or like girlfriend?"; "partner as in wife? yes" answers); a partner for a game ("Only partner I've
got is for doubles… so no"); "widow" said of somebody else ("my dance partner is 84 and a widow";
"I'm 84 and a widow" stays); "I do" with an object ("while I do this survey"; "I do" alone
stays); a show's title ("Married at First Sight"); a rhetorical "难道…？" and an A-not-A "有没有"
("问我有没有对象？有" answers); somebody else's couple or spouse ("王叔两口子", "他老婆",
"有人吐槽自己老公", "粉丝老叫我老公"; "我们两口子", "叫我老公来接电话" stay); "partner" beside a
business said in Chinese; a partner in quotes at work ("my 'partner' at the practice"); who
handles the phone stuff, no hedge under a household question; an engagement split by 的 / 了
("刚订的婚"; not "我妹刚订的婚"); children by a dialect word ("three young'uns"); "rather not"
as a sentence after another; not talking to a machine ending in "哈"; "关系有点复杂" as a hedge;
somebody else who asks and "doesn't get an answer either"; a choice of name kinds asked
("真名还是昵称都行吗？"); "one" standing for a generation just named ("a millennial, proper one").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "partner how? like my lab partner from organic chem? 😂", {}, ""),
    (
        "has_partner",
        "Partner like business partner or like girlfriend? Just checking before I answer",
        {},
        "",
    ),
    ("has_partner", "partner as in wife? yes, married 10 years", {"has_partner": True}, ""),
    (
        "has_partner",
        "Only partner I've got is for doubles on a Tuesday 🎾 so no",
        {"has_partner": False},
        "",
    ),
    ("has_partner", "my partner for 20 years, she's great", {"has_partner": True}, ""),
    ("has_partner", "My square dance partner is 84 and a widow, does she count?", {}, ""),
    ("has_partner", "I'm 84 and a widow", {"age": 84, "has_partner": False}, ""),
    ("has_partner", "she's divorced, I'm married", {"has_partner": True}, ""),
    (
        "has_partner",
        "my lab partner is doing the write-up while I do this survey, don't tell her",
        {},
        "",
    ),
    ("has_partner", "I do", {"has_partner": True}, ""),
    ("has_partner", "while I do this survey my husband cooks", {"has_partner": True}, ""),
    (
        "has_partner",
        "Mum and I watched Married at First Sight last night, what a trainwreck. Sorry, what?",
        {},
        "",
    ),
    ("has_partner", "I'm married, we love Married at First Sight", {"has_partner": True}, ""),
    (
        "has_partner",
        "My colleague, well my 'partner' at the practice, is calling me, one sec",
        {},
        "",
    ),
    ("has_partner", "My partner at the firm handles all the phone stuff, talk to him", {}, ""),
    (
        "has_partner",
        "My husband handles all the phone stuff, talk to him",
        {"has_partner": True},
        "",
    ),
    ("has_partner", "问我有没有对象，难道有对象网费能便宜点？", {}, ""),
    ("has_partner", "问我有没有对象？有", {"has_partner": True}, ""),
    ("has_partner", "难道我没对象吗？有的啊，老公在上海", {"has_partner": True}, ""),
    ("has_partner", "我们村的王叔两口子也用你们的卡，信号都说还行", {}, ""),
    ("has_partner", "我们两口子都用你们的卡", {"has_partner": True}, ""),
    ("has_partner", "邻居两口子天天吵架", {}, ""),
    ("has_partner", "我们组的leader和他老婆都是你们的用户，哈哈", {}, ""),
    ("has_partner", "我老婆是你们的用户", {"has_partner": True}, ""),
    ("has_partner", "我是他老婆", {"has_partner": True}, ""),
    ("has_partner", "直播的时候粉丝老叫我老公，这个算不算😂", {}, ""),
    ("has_partner", "叫我老公来接电话", {"has_partner": True}, ""),
    ("has_partner", "宝妈群里天天有人吐槽自己老公，笑死", {}, ""),
    ("has_partner", "我自己老公也这么说", {"has_partner": True}, ""),
    ("has_partner", "我有人了哈哈", {"has_partner": True}, ""),
    (
        "has_partner",
        "单身，倒是跟朋友合伙开了个工作室，partner有一个哈哈",
        {"has_partner": False},
        "",
    ),
    ("has_partner", "partner有一个，在上海上班", {"city": "Shanghai", "has_partner": True}, ""),
    ("has_partner", "刚订的婚，酒席定在明年国庆", {"has_partner": True}, ""),
    ("has_partner", "订了婚，明年办酒", {"has_partner": True}, ""),
    ("has_partner", "我妹刚订的婚", {}, ""),
    ("has_dependents", "Three young'uns, 4, 7 and 10.", {"has_dependents": True}, ""),
    ("has_dependents", "my young'uns are grown and gone", {"has_dependents": False}, ""),
    ("has_dependents", "my sister's two young'uns stay over sometimes", {}, ""),
    ("has_partner", "Hala, personal po yan haha. Rather not.", {}, "r"),
    ("has_partner", "OK. Rather not know, to be honest", {}, ""),
    ("has_partner", "Rather not switch. I'm married.", {"has_partner": True}, ""),
    ("has_partner", "个人感情问题就不跟机器人聊了哈", {}, "r"),
    ("has_partner", "个人感情问题就不跟机器人聊了哈，反正单身", {"has_partner": False}, ""),
    ("has_partner", "呃，这个怎么说呢，关系有点复杂", {}, "v"),
    ("has_partner", "关系复杂吗？", {}, ""),
    (
        "has_partner",
        "Ha, my mum asks me that every Sunday and she doesn't get an answer either",
        {},
        "r",
    ),
    ("has_partner", "I called support and didn't get an answer, it rings out", {}, ""),
    ("name", "称呼写真名还是昵称都行吗？", {}, ""),
    ("name", "真名是还小雨", {"name": "还小雨"}, ""),
    (
        "name",
        "My grandson named the wifi after his dog, Biscuit. Oh, my name? Rather not.",
        {},
        "r",
    ),
    ("age", "I'm a millennial, proper one, avocado toast and all", {}, "v"),
    ("age", "millennial, 34", {"age": 34}, ""),
    ("contract", "a proper one year contract", {"contract": "one_year"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_asides(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Names, refusals and cities, round 20: a name asked for with a question of consent, rand before a
price, Tagalog "ako"; refusals in regional and blunt voices; districts of Singapore, short forms
of big cities, a city in capitals, a home town named as the "native place", a move for work, where
a couple met, studies long ago, and the weather "over here" today.

Covers: "叫俺老刘中不中", "叫我阿花就得了" (but "我叫王中"); "it's R650 a month" (but "It's Kim");
"Ako, I just pay the bill"; "工资的事莫问了" (but "莫问我为什么…, 反正…"), "不打分，没意思",
"请容我保留", "这题先不答了", "none of y'all's business", "my age not important lah", "I'm good on
that one" (but "I'm good on data"), "... skip plz", "look it up yourself", "I don't see why I should
tell you" (but "why I should switch"), "skip the money stuff" (but "skip the gym"); "Bedok",
"Pasir Ris" → Singapore; "Welly", "atl"; "DENVER..." in capitals; "native place is Nagpur";
"moved up to Perth for work"; "我们在成都认识的"; "年轻时在兰州读书"; "今天在多伦多这边零下"
(but "这周在上海这边"); a goodbye after the answer ("31 要下线了先不说了").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a name to be called by, with a question of consent or "就得了" after it
    ("name", "俺叫刘德胜，叫俺老刘中不中", {"name": "老刘"}, ""),
    ("name", "我叫陈明，叫我小陈行不行", {"name": "小陈"}, ""),
    ("name", "我嘛，叫我阿花就得了", {"name": "阿花"}, ""),
    ("name", "叫我小红好吗", {"name": "小红"}, ""),
    ("name", "我叫王中", {"name": "王中"}, ""),
    ("name", "叫我阿成", {"name": "阿成"}, ""),
    # rand before a price is no name; Tagalog "ako" is "I"
    ("monthly_spend", "it's R650 a month with MTN", {"monthly_spend": 650.0}, ""),
    ("name", "It's Kim, R500 a month", {"name": "Kim", "monthly_spend": 500.0}, ""),
    ("name", "Ako, I just pay the bill lol", {}, ""),
    ("name", "Ako nalang, Mark", {"name": "Mark"}, ""),
    # refusals in regional voices
    ("monthly_spend", "工资的事莫问了", {}, "r"),
    ("monthly_spend", "莫问我为什么用移动，反正一百块", {}, ""),
    ("satisfaction", "不打星，太麻烦了", {}, "r"),
    ("satisfaction", "打游戏没意思，不打了", {}, ""),
    ("city", "这个就请容我保留吧", {}, "r"),
    ("city", "我保留意见，住在成都", {"city": "Chengdu"}, ""),
    ("has_dependents", "这题先不答了，有点复杂", {}, "r"),
    ("has_dependents", "先不说这个，我有两个娃", {"has_dependents": True}, ""),
    ("gender", "sugar that's none of y'all's concern", {}, "r"),
    ("age", "living in Ipoh, my age not important lah", {"city": "Ipoh"}, "r"),
    ("age", "price not important, quality is", {}, ""),
    ("payment_method", "I'm good on that one, thanks", {}, "r"),
    ("payment_method", "I'm good on data, card usually", {"payment_method": "credit_card"}, ""),
    ("gender", "why would a phone company need that. skip plz", {}, "r"),
    ("gender", "i skip breakfast pls", {}, ""),
    ("name", "YOU HAVE MY DETAILS...LOOK IT UP YOURSELF", {}, "r"),
    ("city", "look it up on the map, it's Leeds", {"city": "Leeds"}, ""),
    ("churn_intent", "I don't see why I should tell you that", {}, "r"),
    ("churn_intent", "I don't see why I should switch", {"churn_intent": "leave"}, ""),
    ("has_dependents", "I'd rather skip the home stuff if that's ok", {}, "r"),
    ("has_dependents", "I'd rather skip the gym, two kids", {"has_dependents": True}, ""),
    # a goodbye after the answer is no refusal
    ("age", "31 要下线了先不说了", {"age": 31}, ""),
    ("age", "年龄就不说了", {}, "r"),
    ("monthly_spend", "有事，钱的事不说了", {}, "r"),
    # districts of Singapore, short forms, capitals
    ("city", "Bedok North lor, near the market", {"city": "Singapore"}, ""),
    ("age", "34, staying in Pasir Ris with my parents", {"age": 34, "city": "Singapore"}, ""),
    ("has_dependents", "took the kids to the woodlands for a walk", {"has_dependents": True}, ""),
    ("city", "born in Nelson but in Welly these days", {"city": "Wellington"}, ""),
    ("has_dependents", "my welly boots are soaked, 3 kids", {"has_dependents": True}, ""),
    ("city", "in the atl, signal is bad", {"city": "Atlanta"}, ""),
    ("city", "DENVER...BEEN HERE SINCE 1990", {"city": "Denver"}, ""),
    ("city", "PHOENIX, SINCE FOREVER", {"city": "Phoenix"}, ""),
    ("has_dependents", "I need a bath lol, 2 kids", {"has_dependents": True}, ""),
    ("city", "my mum is in Pune, I am in Nagpur itself", {"city": "Nagpur"}, ""),
    ("city", "from Cebu po, now we're in Baguio", {"city": "Baguio"}, ""),
    # a home town named as the native place
    ("city", "Working in Pune, native place is Nagpur", {"city": "Pune"}, ""),
    ("city", "Nagpur is my native place, but I work in Pune", {"city": "Pune"}, ""),
    # a move for work is the home
    ("city", "Born in Dunedin but moved up to Auckland for work", {"city": "Auckland"}, ""),
    ("city", "Live in Hamilton, go up to Auckland for work", {"city": "Hamilton"}, ""),
    # where a couple met, studies long ago
    ("has_partner", "有，我们在成都认识的", {"has_partner": True}, ""),
    ("has_partner", "有，我们在成都住", {"has_partner": True, "city": "Chengdu"}, ""),
    ("city", "年轻时在兰州读书，后来去外地教书，现在住哪就请容我保留吧", {}, "r"),
    ("city", "年轻时在兰州读书，现在住西安", {"city": "Xi'an"}, ""),
    # today's weather over here
    ("payment_method", "等下我查查。今天在多伦多这边零下二十度", {"city": "Toronto"}, ""),
    ("payment_method", "这周在上海这边好冷", {}, ""),
    ("payment_method", "今天在上海出差，下大雨", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round20_names_cities(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

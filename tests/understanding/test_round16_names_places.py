"""Names, cities and refusals (round 16 rules).

Refusals: "不说也罢", "我选择不填", "就不跟你们讲了", "I will not say", patois "dat a mi business",
"not information I'm prepared to share", "not saying" as a clause of its own, interests kept
private. Names: a greeting or interjection before the name ("G'day", "Ja", "侬等一歇"), Hokkien 阮
for 我, "X就ok" as consent, "put me down as", "address me as", "mi name is", a nickname that others
use ("di church sisters call me…"), a verb in "-ing" after "I'm", "call me wot u like", a city after
"it's" when the name was not asked. Cities: Hong Kong districts, "la" the particle, nicknames
("Brizzy"), French "j'habite à", the home now after places of the past, schooling in the past,
a family meeting place beside relatives' places, "no town for miles", a life between two homes,
"base深圳", an answer to the city question named.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a refusal better left unsaid, a choice not to fill in, not telling "you"
    ("age", "年龄不提也罢，反正不年轻了", {}, "r"),
    ("monthly_spend", "这个就不说也罢了", {}, "r"),
    ("gender", "这一项我选择不回答", {}, "r"),
    ("city", "住哪就不跟你们说了", {}, "r"),
    ("age", "几岁就不和你讲了哈", {}, "r"),
    ("age", "我不说你也猜得到，35了", {"age": 35}, ""),
    ("age", "跟你们讲，我今年40", {"age": 40}, ""),
    # English: "will not say", patois "dat a mi business", "not information I'm prepared to
    # share", "not saying" as a clause, things kept private
    ("age", "I will not tell you that", {}, "r"),
    ("city", "We will not say where we live", {}, "r"),
    ("monthly_spend", "dat a fi mi business", {}, "r"),
    ("age", "that's not something I'm prepared to share", {}, "r"),
    ("city", "not info I'm willing to give out", {}, "r"),
    ("age", "not saying lol", {}, "r"),
    ("monthly_spend", "Not saying, sorry", {}, "r"),
    ("city", "I'd prefer to keep my location private", {}, "r"),
    (
        "monthly_spend",
        "I will not say no to a discount, about 40 a month",
        {"monthly_spend": 40.0},
        "",
    ),
    ("churn_intent", "not saying I'll leave, but the price hurts", {"churn_intent": "stay"}, ""),
    ("monthly_spend", "the bill is a mi business expense, 60 a month", {"monthly_spend": 60.0}, ""),
    ("contract", "I'm not saying it's bad, it's a two year contract", {"contract": "two_year"}, ""),
    # a greeting or interjection before the name is no name
    ("name", "g'day mate, Bazza", {"name": "Bazza"}, ""),
    ("name", "Howzit, Thabo here", {"name": "Thabo"}, ""),
    ("name", "ja, Pieter is fine", {"name": "Pieter"}, ""),
    ("name", "Ja, I'm in Cape Town, bit windy", {"city": "Cape Town"}, ""),
    ("name", "Good evening, it's Marjorie", {"name": "Marjorie"}, ""),
    ("name", "侬稍等一歇", {}, ""),
    ("name", "侬等一歇，我先去开门", {}, ""),
    # Hokkien 阮 is 我 before a familiar name; "X就ok" consents
    ("name", "叫阮阿雄就好", {"name": "阿雄"}, ""),
    ("name", "阮小美", {"name": "阮小美"}, ""),
    ("name", "Amy就ok，中文名王芳", {"name": "Amy"}, ""),
    ("name", "王芳，英文名Amy", {"name": "王芳"}, ""),
    # "put me down as", "address me as", "mi name is", a nickname others use
    ("tenure_months", "oh and put me down as Shirl", {"name": "Shirl"}, ""),
    ("name", "you can address me as Grace", {"name": "Grace"}, ""),
    (
        "name",
        "My name is Joseph Banda, but the guys at church call me Brother Joe",
        {"name": "Joseph Banda"},
        "",
    ),
    # a verb in -ing after "I'm" is no name; "call me wot u like" is vague; a city after "it's"
    ("name", "sorry I'm cooking the dinner, it's Tom", {"name": "Tom"}, ""),
    ("name", "i'm ming", {"name": "ming"}, ""),
    ("name", "I'm Sterling", {"name": "Sterling"}, ""),
    ("name", "call me wat u want", {}, "v"),
    ("age", "it's Perth, I'm 40", {"age": 40}, ""),
    ("name", "it's Sydney", {"name": "Sydney"}, ""),
    # Hong Kong districts, "la" the particle, nicknames, French
    ("age", "Live in Mong Kok, 52 this year", {"city": "Hong Kong", "age": 52}, ""),
    ("city", "Causeway Bay lah", {"city": "Hong Kong"}, ""),
    ("city", "住在荃湾", {"city": "Hong Kong"}, ""),
    ("city", "in LA, near Santa Monica", {"city": "Los Angeles"}, ""),
    ("city", "la", {"city": "Los Angeles"}, ""),
    ("city", "Brizzy", {"city": "Brisbane"}, ""),
    ("city", "I'm in Brisvegas", {"city": "Brisbane"}, ""),
    ("city", "je vis à Lyon", {"city": "Lyon"}, ""),
    ("city", "j'habite à Montréal", {"city": "Montreal"}, ""),
    # the home now after places of the past; study in the past
    (
        "city",
        "Grew up in Leeds, worked in London for ages, but I'm in York now",
        {"city": "York"},
        "",
    ),
    ("city", "I studied in Leeds, now I'm in Hull", {"city": "Hull"}, ""),
    ("city", "大学在武汉读的，现在在长沙", {"city": "Changsha"}, ""),
    ("gender", "女，在上海工作那几年认识的", {"gender": "female"}, ""),
    # a family meeting place beside relatives' places; no city for miles; two homes
    ("city", "my parents are in Accra, we meet up in Kumasi every Easter", {}, "v"),
    ("city", "we meet in Kumasi for Christmas, but I live in Tema", {"city": "Tema"}, ""),
    ("city", "out in the bush, no town for miles", {}, "v"),
    (
        "city",
        "老公在武汉上班，我带娃两边跑，住哪说不好",
        {"has_partner": True, "has_dependents": True},
        "v",
    ),
    ("city", "我老公在深圳上班", {"has_partner": True, "city": "Shenzhen"}, ""),
    # base slang, the city question named
    ("age", "35, base在上海", {"city": "Shanghai", "age": 35}, ""),
    ("age", "missed the city question earlier, it's Leeds", {"city": "Leeds"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_names_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

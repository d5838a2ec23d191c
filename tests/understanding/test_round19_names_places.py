"""Names, cities and refusals (round 19 rules).

Refusals: the talk itself turned down ("I'm not discussing my age with a bot"), "that" kept back
("I don't share that"); near misses that discuss or share something else still read as before.
Names: an exclamation opening the answer ("Lord, …", "Gosh, …") is no name; a Chinese clause of
what is going on ("娃又在哭", "晚点说") or a "叫我" that tells the respondent to do something
("叫我别填") is no name. Cities: "常驻"/"驻扎在" place the respondent; a trip ("出差在米兰") is no
home; an unknown neighbourhood inside a known city ("Leyton in east London") gives the city;
other people placed in two different cities place nobody's home; "I'm still in X" places the
respondent beside a relative's city. Vague: not knowing why the question is asked is no vague
answer when more is said after it (alone it stays vague); wonder at how somebody else copes
never is. Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for
a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the talk turned down
    ("age", "I'm not discussing my age with a bot", {}, "r"),
    ("payment_method", "not discussing my bank details here", {}, "r"),
    (
        "payment_method",
        "we were discussing it at home, I pay by card",
        {"payment_method": "credit_card"},
        "",
    ),
    (
        "contract",
        "we're not discussing it with him yet, but probably two years",
        {"contract": "two_year"},
        "",
    ),
    # "that" kept back
    ("has_dependents", "that's family stuff, I don't share it", {}, "r"),
    ("has_dependents", "I don't share that with strangers", {}, "r"),
    ("has_partner", "we never share that online", {}, "r"),
    (
        "has_dependents",
        "I don't share a room with the kids, they're 5 and 7",
        {"has_dependents": True},
        "",
    ),
    # exclamations are no names
    ("name", "Lord, give me a minute", {}, ""),
    ("name", "Gosh, hang on love", {}, ""),
    ("name", "Blimey, one sec, the kettle", {}, ""),
    ("name", "Lordy, it's Bea", {"name": "Bea"}, ""),
    ("name", "my name is Godfrey", {"name": "Godfrey"}, ""),
    ("name", "Jesus", {"name": "Jesus"}, ""),
    # what is going on, or a "叫我" telling the respondent to do something, is no name
    ("name", "老大又哭了，晚点说", {}, ""),
    ("name", "他们叫我赶紧去吃饭", {}, ""),
    ("gender", "我妈叫我别乱填", {}, ""),
    ("name", "叫我小王就行", {"name": "小王"}, ""),
    # stationed in a city
    ("age", "38岁，湖北人，目前常驻深圳", {"age": 38, "city": "Shenzhen"}, ""),
    ("gender", "男，长驻天津", {"gender": "male", "city": "Tianjin"}, ""),
    ("age", "32，驻扎在武汉", {"age": 32, "city": "Wuhan"}, ""),
    ("age", "50岁，公司常驻上海办事处", {"age": 50}, ""),
    # a business trip is no home
    ("contract", "去年出差在成都手机被偷了，回来就签了一年的", {"contract": "one_year"}, ""),
    ("city", "出差在广州，家在佛山", {"city": "Foshan"}, ""),
    # a neighbourhood inside a known city
    ("city", "I live in Clontarf, north Dublin", {"city": "Dublin"}, ""),
    ("city", "home's Fitzroy in Melbourne", {"city": "Melbourne"}, ""),
    ("city", "I live in Sharjah, Dubai is too dear", {"city": "Sharjah"}, ""),
    ("city", "I live in Tooting", {"city": "Tooting"}, ""),
    # other people in two cities place nobody's home
    ("city", "my brother is in Leeds, my parents in Bristol, I hardly see them", {}, ""),
    ("city", "我哥在成都，爸妈在重庆", {}, ""),
    ("city", "我老公在上海", {"has_partner": True, "city": "Shanghai"}, ""),
    ("city", "parents in Chennai, I live in Bangalore", {"city": "Bangalore"}, ""),
    # "still in" places the respondent
    (
        "city",
        "My son's in Dubai, I'm still in Karachi",
        {"city": "Karachi"},
        "",
    ),
    # not knowing why, or how somebody else copes
    ("city", "idk why you need that, we dont even have a landline", {}, ""),
    ("age", "dunno why you'd need my age", {}, "v"),
    ("has_dependents", "my mate has 4 kids and works nights, dunno how she does it", {}, ""),
    ("age", "idk", {}, "v"),
    ("tenure_months", "dont know how long, ages", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_names_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

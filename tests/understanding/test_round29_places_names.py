"""Cities and names, round 29: a self-introduction with a title before the place, a name among
names that would do, a discourse word or the people lived with taken for a place, the apostrophe
dropped from "my name's", a capitalised "City" in a place's name, an unknown place after "we're
out in" or "I moved to", a stay that is somebody else's, a former home, a name before a dash or
before "from".

Covers: "我是陈老师，住南充" (but "我是陈老师，我儿子住成都"); "随便叫，喂也行" (vague, no name),
"随便叫，小王也行"; "哦对了，…", "跟爸妈住" (no place); "my names Brody" (but "my names are not
important"); "Quebec City" (but "Quebec city", "the city"); "we're out in Marietta", "ever since I
moved to Albuquerque" (but "my son moved to Albuquerque"); "my son's living in halls in Sheffield"
(but "I'm living in halls in Sheffield", "crashing at a mate's in Leeds"); "the flat in Paris was
tiny" (but "my flat in Paris is tiny"); "Priya - bill's in my dad's name", "Maggie from Phoenix"
(but "Greetings from Texas", "his name's on it — Robert Hale").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

N = "name"
T = "tenure_months"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (N, "我是陈老师，住南充，在大学里教书", {"name": "陈老师", "city": "Nanchong"}, ""),
    (N, "我是王医生，住在成都", {"name": "王医生", "city": "Chengdu"}, ""),
    (N, "我是张阿姨，住成都", {"name": "张阿姨", "city": "Chengdu"}, ""),
    ("age", "我是陈老师，住成都", {"name": "陈老师", "city": "Chengdu"}, ""),
    (N, "我是陈老师，我儿子住成都", {"name": "陈老师", "has_dependents": True}, ""),
    (N, "我是陈老师，他住成都", {"name": "陈老师"}, ""),
    (N, "我是老师，住成都", {"city": "Chengdu"}, ""),
    (N, "随便叫，喂也行哈哈", {}, "v"),
    (N, "随便叫，小王也行", {"name": "小王"}, ""),
    (N, "都行，老王也行", {"name": "老王"}, ""),
    (N, "叫我小王也行", {"name": "小王"}, ""),
    (N, "喂", {}, ""),
    ("city", "哦对了，刚才那个，我是两年合约", {"contract": "two_year"}, ""),
    ("city", "嗯，那个，住在义乌", {"city": "Yiwu"}, ""),
    ("city", "义乌", {"city": "Yiwu"}, ""),
    ("city", "哈密", {"city": "Hami"}, ""),  # (a known town when the city is asked, as in dev)
    ("city", "跟爸妈住，他们照顾我", {}, ""),
    ("city", "和孩子一起住", {"has_dependents": True}, ""),
    (N, "my names Brody", {"name": "Brody"}, ""),
    (N, "my names are not important", {}, "r"),  # as "my name's not important": declined
    ("city", "Quebec City, near the old town", {"city": "Quebec City"}, ""),
    ("city", "Quebec city", {"city": "Quebec"}, ""),
    ("city", "the city", {}, ""),
    (
        "has_dependents",
        "yep, two kiddos, 6 and 9, we're out in Marietta",
        {"has_dependents": True, "city": "Marietta"},
        "",
    ),
    (
        T,
        "over a decade now, ever since I moved to Albuquerque",
        {"tenure_months": 120, "city": "Albuquerque"},
        "",
    ),
    (T, "2 years, my son moved to Albuquerque", {"tenure_months": 24}, ""),
    ("age", "40, I'm out in Town", {"age": 40}, ""),
    ("city", "my son's living in halls in Sheffield", {}, "v"),
    ("city", "I'm living in halls in Sheffield", {"city": "Sheffield"}, ""),
    ("city", "crashing at a mate's in Leeds", {"city": "Leeds"}, ""),
    (
        "city",
        "my wife and I are staying with her mum in Leeds",
        {"city": "Leeds", "has_partner": True},
        "",
    ),
    ("age", "30, the flat in Paris was tiny", {"age": 30}, ""),
    ("age", "30, my old house in Leeds", {"age": 30}, ""),
    ("age", "30, my flat in Paris is tiny", {"age": 30, "city": "Paris"}, ""),
    ("city", "my old flat in Leeds was damp, I'm in Bradford now", {"city": "Bradford"}, ""),
    ("city", "Manchester if that's what you meant", {"city": "Manchester"}, ""),
    (N, "Priya - bill's in my dad's name", {"name": "Priya"}, ""),
    (N, "Priya — it's in my dad's name", {"name": "Priya"}, ""),
    (N, "Jess. the account's under my husband's name", {"name": "Jess", "has_partner": True}, ""),
    (N, "Maggie from Phoenix", {"name": "Maggie", "city": "Phoenix"}, ""),
    (N, "Dave from accounts", {"name": "Dave"}, ""),
    (N, "Greetings from Texas", {}, ""),
    (N, "calling from work", {}, ""),
    (N, "my dad set up the account, his name's on it — Robert Hale", {}, ""),
    (N, "Anne-Marie", {"name": "Anne-Marie"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round29_places_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

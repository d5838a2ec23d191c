"""Places, round 36: unknown towns named in a short clause of the respondent's own, a home beside
an origin, a town told apart from a bigger city, a late answer under the complaint question, a
life far from any town and a trip in Sichuan words.

Covers: "31, mum of three, we're in Oamaru", "4, no complaints, we're in Kamloops and it works"
(the town; not "we're in Sales", "we're in trouble", "we're in March", "when we're in Dubbo",
"we're in Ballina for the week"); "I'm a 58 yr old logger in Grafton", "just me in my flat in
Mildura" (a self-description or a dwelling, then the town; not "my dad's a logger in Grafton");
"born in Belfast but been in Tullamore 20 years now" (the current town wins; not "been in Dubbo
twice"); "single. Ballina if you need to know" (not "Tuesday if you need to know", "I'm Noah
btw"); "oh I never answered earlier, I'm in Tullamore" (the town and no complaint; but "you never
answered my email earlier" is one); "East London, Eastern Cape" (the South African town; "East
London" alone stays London); "我们住在山上放羊 到县城都要两个小时" (vague: no city); "上个月去昆明耍
了一趟" (a trip, no home; not "在成都耍朋友").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "31, mum of three, we're in Oamaru", {"city": "Oamaru", "age": 31}, ""),
    (
        "has_partner",
        "married, two kids, we're in Dubbo",
        {"city": "Dubbo", "has_dependents": True, "has_partner": True},
        "",
    ),
    (
        "satisfaction",
        "4, no complaints, we're in Kamloops and it works",
        {"city": "Kamloops", "satisfaction": 4},
        "",
    ),
    ("internet_service", "we're in Penticton", {"city": "Penticton"}, ""),
    ("city", "we're in Penticton", {"city": "Penticton"}, ""),
    ("age", "I'm 52 and we are now in Timaru", {"city": "Timaru", "age": 52}, ""),
    ("age", "40, dad of two, we're in Sales", {"age": 40}, ""),
    ("age", "40, we're in trouble with the bank", {"age": 40}, ""),
    ("age", "we're in March already", {}, ""),
    ("satisfaction", "3, we're in Lockdown again so it gets used a lot", {"satisfaction": 3}, ""),
    ("age", "when we're in Dubbo we use the hotspot", {}, ""),
    (
        "age",
        "I'm a 58 yr old logger in Grafton, married",
        {"city": "Grafton", "has_partner": True, "age": 58},
        "",
    ),
    ("age", "I'm a fisherman in Timaru", {"city": "Timaru"}, ""),
    ("age", "I'm a 58 yr old teacher in March", {"age": 58}, ""),
    ("age", "I'm a 58 yr old logger in Leeds", {"city": "Leeds", "age": 58}, ""),
    ("age", "my dad's a logger in Grafton", {}, ""),
    (
        "has_dependents",
        "no kids, single, just me in my flat in Mildura",
        {"city": "Mildura", "has_partner": False, "has_dependents": False},
        "",
    ),
    (
        "has_dependents",
        "just us in a little house in Gisborne",
        {"city": "Gisborne", "has_dependents": False},
        "",
    ),
    ("city", "born in Belfast but been in Tullamore 20 years now", {"city": "Tullamore"}, ""),
    ("city", "grew up in Cork, been in Bunbury since 2004", {"city": "Bunbury"}, ""),
    (
        "age",
        "42, born in Belfast but been in Tullamore 20 years",
        {"city": "Tullamore", "age": 42},
        "",
    ),
    ("city", "born in Belfast, living in Tullamore now", {"city": "Tullamore"}, ""),
    ("age", "I was living in Belfast last year, 42 now", {"age": 42}, ""),
    ("city", "been in Dubbo twice", {}, ""),
    ("age", "been in Hospital 3 weeks, I'm 60", {"age": 60}, ""),
    ("city", "born in Cork but been in Boston 20 years now", {"city": "Boston"}, ""),
    (
        "has_partner",
        "single. Ballina if you need to know",
        {"city": "Ballina", "has_partner": False},
        "",
    ),
    (
        "has_partner",
        "married. Leeds if you need to know",
        {"city": "Leeds", "has_partner": True},
        "",
    ),
    ("gender", "female. Whangarei, since you asked", {"city": "Whangarei", "gender": "female"}, ""),
    ("has_partner", "single. Tuesday if you need to know", {"has_partner": False}, ""),
    ("gender", "I'm Noah btw", {"name": "Noah"}, ""),
    ("gender", "I'm Tom, if you must know", {"name": "Tom"}, ""),
    ("complaint", "oh I never answered earlier, I'm in Tullamore", {"city": "Tullamore"}, ""),
    ("complaint", "sorry I didn't answer before, we're in Dubbo", {"city": "Dubbo"}, ""),
    (
        "complaint",
        "oh I never answered earlier, the internet keeps dropping",
        {"complaint": "oh I never answered earlier, the internet keeps dropping"},
        "",
    ),
    (
        "complaint",
        "you never answered my email earlier",
        {"complaint": "you never answered my email earlier"},
        "",
    ),
    ("complaint", "刚才忘了说，我在株洲", {"city": "Zhuzhou"}, ""),
    ("complaint", "客服刚才没回我，等了一下午", {"complaint": "客服刚才没回我，等了一下午"}, ""),
    ("city", "East London, Eastern Cape", {"city": "East London"}, ""),
    ("city", "East London in South Africa", {"city": "East London"}, ""),
    ("age", "34, East London, Eastern Cape", {"city": "East London", "age": 34}, ""),
    ("city", "East London", {"city": "London"}, ""),
    ("city", "east London, EC2", {"city": "London"}, ""),
    ("city", "London, Eastern Cape", {"city": "London"}, ""),
    ("city", "我们住在山上放羊 到县城都要两个小时", {}, "v"),
    ("city", "我们住在山里 离镇上要一个小时", {}, "v"),
    ("city", "住在村里", {}, "v"),
    ("city", "住在山上", {}, "v"),
    ("city", "我们住在山上放羊 在大理下面", {"city": "Dali"}, ""),
    ("city", "住在昆明山上的别墅", {"city": "Kunming"}, ""),
    ("city", "在眉山上班", {"city": "Meishan"}, ""),
    ("city", "上个月去昆明耍了一趟 好热闹", {}, ""),
    ("city", "上周去成都耍了两天", {}, ""),
    ("city", "去重庆耍", {}, ""),
    ("city", "在成都耍朋友", {"city": "Chengdu"}, ""),
    ("city", "我在昆明 上个月去大理耍了一趟", {"city": "Kunming"}, ""),
    ("city", "前两天去西安跑了一趟", {}, ""),
    ("city", "搬去昆明一年了", {"city": "Kunming"}, ""),
    (
        "age",
        "31, mum of four little ones, we're in Launceston",
        {"city": "Launceston", "has_dependents": True, "age": 31},
        "",
    ),
    ("city", "Kirkcaldy", {"city": "Kirkcaldy"}, ""),
    (
        "has_partner",
        "Married, two kiddos under 5, we're in Bend",
        {"city": "Bend", "has_dependents": True, "has_partner": True},
        "",
    ),
    ("satisfaction", "the road has a bend in it", {}, ""),
    ("has_partner", "Tom, if you must know", {}, ""),
    ("city", "Ballina if you need to know", {"city": "Ballina"}, ""),
    ("age", "34, we're in Ballina for the week", {"age": 34}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round36_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Pins the reading of towns the gazetteer learnt late and of the frames that place the
respondent at home: towns of the American West and of Australia typed in lowercase under other
questions (and first names among them that stay names), the Chinese towns whose names are words
("白银", "哈密", "三明", not the melon or the sandwich), service words given for the city
("光纤的"), Chinese profiles split by spaces ("女 兰州的"), a year of study or a parent's
label said of oneself ("武汉大二学生", "两个娃的妈，在苏州"), "living w my gf in", "just me
and the missus in", "… but in Fresno now", and Australia's states given for the city ("WA,
out in the wheatbelt")."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

TOWNS: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "name",
        "its maria, from san diego originally but in sacramento now",
        {"city": "Sacramento", "name": "maria"},
        "",
    ),
    ("name", "whats this for? im in beaverton btw", {"city": "Beaverton"}, ""),
    ("name", "i live in tualatin if that helps", {"city": "Tualatin"}, ""),
    (
        "gender",
        "male, 28 years old, in sacramento",
        {"age": 28, "city": "Sacramento", "gender": "male"},
        "",
    ),
    (
        "city",
        "moving to sacramento next month, right now still in stockton",
        {"city": "Stockton"},
        "",
    ),
    (
        "internet_service",
        "fiber, we moved to hillsboro last year and got it right away",
        {"city": "Hillsboro", "internet_service": "fiber_optic"},
        "",
    ),
    ("monthly_spend", "im in gresham, does that matter for pricing?", {"city": "Gresham"}, ""),
    ("name", "we live in corvallis", {"city": "Corvallis"}, ""),
    ("age", "34, living in fresno", {"city": "Fresno", "age": 34}, ""),
    ("city", "san jose", {"city": "San Jose"}, ""),
    ("city", "eugene", {"city": "Eugene"}, ""),
    ("name", "Eugene here", {"name": "Eugene"}, ""),
    ("name", "its eugene", {"name": "eugene"}, ""),
    ("name", "Reno", {"name": "Reno"}, ""),
    ("city", "reno", {"city": "Reno"}, ""),
    ("city", "Fremantle", {"city": "Fremantle"}, ""),
    ("age", "i'm 52 and based in bunbury", {"city": "Bunbury", "age": 52}, ""),
    (
        "contract",
        "month to month, we're in geraldton",
        {"city": "Geraldton", "contract": "month_to_month"},
        "",
    ),
    ("name", "sam, from portland", {"city": "Portland", "name": "sam"}, ""),
    ("city", "I'm driving through Kamloops right now can I answer this later", {}, ""),
    ("city", "My mama's been askin' if y'all cover Shreveport, do ya?", {}, ""),
    (
        "city",
        "I stay in Houston, been here since Katrina pushed us out of New Orleans",
        {"city": "Houston"},
        "",
    ),
    ("interests", "i love columbus day parades", {}, ""),
]

WORD_TOWNS: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_dependents", "俺住在白银", {"city": "Baiyin"}, ""),
    ("city", "白银", {"city": "Baiyin"}, ""),
    ("city", "住在白银", {"city": "Baiyin"}, ""),
    ("city", "白银市", {"city": "Baiyin"}, ""),
    ("city", "哈密，新疆哈密，瓜甜得很欢迎来玩", {"city": "Hami"}, ""),
    ("city", "在三明", {"city": "Sanming"}, ""),
    ("age", "35岁，在三明上班", {"city": "Sanming", "age": 35}, ""),
    ("city", "三明治", {}, ""),
    ("city", "哈密瓜", {}, ""),
    ("interests", "我爱吃哈密瓜", {"interests": ["food"]}, ""),
    ("interests", "我喜欢吃三明治", {"interests": ["food"]}, ""),
    ("name", "我叫白银，就是甘肃那个白银市的白银😂", {"name": "白银"}, ""),
    ("name", "白银", {"name": "白银"}, ""),
    ("gender", "女，白银的", {"city": "Baiyin", "gender": "female"}, ""),
    ("has_partner", "我和老公在哈密", {"city": "Hami", "has_partner": True}, ""),
    ("city", "我在白银会员群里", {}, ""),
    ("age", "二十八，白银的", {"city": "Baiyin", "age": 28}, ""),
    ("city", "光纤的，贼快", {"internet_service": "fiber_optic"}, ""),
    ("city", "电信的", {}, ""),
    ("city", "包月的", {"contract": "month_to_month"}, ""),
    ("city", "千兆的，贼快", {"internet_service": "fiber_optic"}, ""),
    ("city", "网速贼快", {}, ""),
    ("city", "联通", {}, ""),
    ("city", "义乌", {"city": "Yiwu"}, ""),
    ("city", "石狮的", {"city": "石狮"}, ""),
    ("city", "光明的", {"city": "光明"}, ""),
]

SELF_ZH: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "女 兰州的", {"city": "Lanzhou", "gender": "female"}, ""),
    ("gender", "男 武汉", {"city": "Wuhan", "gender": "male"}, ""),
    ("gender", "男 28 成都", {"city": "Chengdu", "gender": "male"}, ""),
    ("gender", "我妈 兰州的", {}, ""),
    ("gender", "去过 兰州", {}, ""),
    ("gender", "女 兰州人", {"gender": "female"}, ""),
    ("gender", "女 兰州那边", {"gender": "female"}, ""),
    ("gender", "我老公 兰州的", {"has_partner": True}, ""),
    ("gender", "男森，武汉大二学生", {"city": "Wuhan", "gender": "male"}, ""),
    ("gender", "成都研一", {"city": "Chengdu"}, ""),
    ("gender", "西安高三党", {"city": "Xi'an"}, ""),
    ("gender", "我表弟武汉大二学生", {}, ""),
    ("gender", "她是武汉大二学生", {}, ""),
    (
        "gender",
        "女，两个娃的妈，在苏州",
        {"city": "Suzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "女，俩孩子的妈，住杭州",
        {"city": "Hangzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "男，三个娃的爹，在成都打工",
        {"city": "Chengdu", "has_dependents": True, "gender": "male"},
        "",
    ),
    (
        "gender",
        "二胎宝妈，在苏州",
        {"city": "Suzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    ("gender", "我妈，在苏州", {}, ""),
    ("gender", "女，我妈在苏州", {"gender": "female"}, ""),
    ("gender", "大二，在武汉", {"city": "Wuhan"}, ""),
]

HOME_EN: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "yeah, living w my gf in eugene", {"city": "Eugene", "has_partner": True}, ""),
    ("has_partner", "living w/ my gf in leeds", {"city": "Leeds", "has_partner": True}, ""),
    ("has_partner", "my son lives w his gf in leeds", {}, ""),
    ("has_partner", "visiting w my gf in leeds", {"has_partner": True}, ""),
    (
        "has_dependents",
        "No kids, never wanted them. Just me and my partner in Fremantle",
        {"city": "Fremantle", "has_partner": True, "has_dependents": False},
        "",
    ),
    (
        "has_dependents",
        "Nah, empty nesters now, just me and the missus in Toowoomba",
        {"city": "Toowoomba", "has_partner": True, "has_dependents": False},
        "",
    ),
    ("has_partner", "me and the wife in leeds", {"city": "Leeds", "has_partner": True}, ""),
    ("has_partner", "the missus and me in leeds", {"city": "Leeds", "has_partner": True}, ""),
    ("has_partner", "my wife and kids in leeds", {"has_dependents": True, "has_partner": True}, ""),
    ("has_partner", "me and the wife in paris for our anniversary", {"has_partner": True}, ""),
    ("has_partner", "just me and the missus in leeds this week", {"has_partner": True}, ""),
    ("name", "from leeds originally but in bristol now", {"city": "Bristol"}, ""),
    ("name", "its maria, from leeds but in bristol now", {"city": "Bristol", "name": "maria"}, ""),
    ("name", "my sister is from leeds but in bristol now", {}, ""),
    ("name", "in leeds now and then", {}, ""),
    ("city", "WA, out in the wheatbelt", {}, "v"),
    ("city", "WA", {}, "v"),
    ("city", "NSW", {}, "v"),
    ("city", "Vic", {}, "v"),
    ("city", "out in the wheatbelt", {}, "v"),
    ("city", "Perth, WA", {"city": "Perth"}, ""),
    ("city", "QLD, Toowoomba", {"city": "Toowoomba"}, ""),
    ("city", "Spokane, WA", {"city": "Spokane"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), TOWNS)
def test_towns_of_the_west_and_australia(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), WORD_TOWNS)
def test_word_towns_and_service_words(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), SELF_ZH)
def test_chinese_profiles_and_self_labels(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), HOME_EN)
def test_english_home_frames_and_states(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

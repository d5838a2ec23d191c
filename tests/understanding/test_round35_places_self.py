"""Places, names and self-descriptions, round 35: a pronoun set before a partner word, an unknown
town closing a terse profile, hyphenated towns, a move somebody else urges, a home bought, a name
signed with "here … btw", Chinese self-labels of a city and a visit to relatives.

Covers: "she/her 🌸 newlywed" (a partner: "her" of a pronoun set owns nothing; "her husband is my
boss" still does); "M, 55, Kearney", "F, 34, Tullamore" (the town closing the profile; not "M, 55,
Retired", "F, 40, Plumber", "F, 34, England"); "Stoke-on-Trent" kept with its hyphens;
"Dunedin, though my sister keeps begging me to move up to Auckland", "我妹一直劝我搬去成都" (the
first city; but "she begged me to move to Auckland so I did" and "当初是我姐劝我搬到成都的" moved);
"we just bought a place in Charlottetown" (the home; not "my son just bought a house in Leeds",
"thinking of buying a place in Leeds", "bought a house in Tullamore to rent out"); "Tendai here
btw, I'm in Mutare" (a name; not "Same here btw"); "开封的", "我天津的", "俺是周口农村种地的" (the
city; not "我是洛阳人", "我老公是开封的", "我是北京来的", "我老家开封的"); "去徐州走亲戚" (a trip,
no home).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # newlywed / pronoun sets
    (
        "gender",
        "she/her 🌸 newlywed as of last month",
        {"has_partner": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "she/her, newlyweds, no kids yet",
        {"has_partner": True, "has_dependents": False, "gender": "female"},
        "",
    ),
    ("gender", "he/him 🙂 just got married", {"has_partner": True, "gender": "male"}, ""),
    ("gender", "they/them, engaged", {"has_partner": True, "gender": "other"}, ""),
    ("gender", "she/her 😊 single", {"has_partner": False, "gender": "female"}, ""),
    ("gender", "she/her, my sister's married tho", {"gender": "female"}, ""),
    ("gender", "female, her husband is my boss lol", {"gender": "female"}, ""),
    ("has_partner", "she just got married, not me", {}, ""),
    # terse profile, unknown last item
    ("gender", "M, 55, Kearney", {"city": "Kearney", "gender": "male"}, ""),
    ("gender", "F, 34, Tullamore", {"city": "Tullamore", "gender": "female"}, ""),
    ("gender", "male, 61, Bathurst", {"city": "Bathurst", "gender": "male"}, ""),
    ("name", "Dave, 47, Wagga Wagga", {"city": "Wagga Wagga", "name": "Dave"}, ""),
    ("gender", "M, 55, Retired", {"gender": "male"}, ""),
    ("gender", "F, 40, Plumber", {"gender": "female"}, ""),
    ("gender", "M, 55, Christian", {"gender": "male"}, ""),
    ("gender", "male, 63 years old, Yorkshire born and bred", {"age": 63, "gender": "male"}, ""),
    ("gender", "M, 55, my son's in Tullamore", {"gender": "male"}, ""),
    ("gender", "F, 34, England", {"gender": "female"}, ""),
    # hyphenated towns
    ("city", "Stoke-on-Trent, born and bred duck", {"city": "Stoke-on-Trent"}, ""),
    ("city", "southend-on-sea", {"city": "Southend-on-Sea"}, ""),
    ("gender", "F, 40, Stoke-on-Trent", {"city": "Stoke-on-Trent", "gender": "female"}, ""),
    ("name", "Gemma, 29, Weston-super-Mare", {"city": "Weston-super-Mare", "name": "Gemma"}, ""),
    ("city", "I live in Winston-Salem", {"city": "Winston-Salem"}, ""),
    ("city", "just outside Stratford-upon-Avon", {"city": "Stratford-upon-Avon"}, ""),
    # urged moves
    (
        "city",
        "Dunedin, though my sister keeps begging me to move up to Auckland",
        {"city": "Dunedin"},
        "",
    ),
    ("city", "Leeds, but my mum wants me to move back to London", {"city": "Leeds"}, ""),
    ("city", "Wellington. my kids keep telling me to move to Auckland", {"city": "Wellington"}, ""),
    ("city", "我在绵阳，我妹一直劝我搬去成都", {"city": "Mianyang"}, ""),
    ("city", "在洛阳，老妈天天催我回郑州", {"city": "Luoyang"}, ""),
    (
        "city",
        "my sister begged me to move to Auckland so I did, been here 3 yrs",
        {"city": "Auckland"},
        "",
    ),
    ("city", "I moved up to Auckland last year", {"city": "Auckland"}, ""),
    ("city", "当初是我姐劝我搬到成都的，现在住这挺好", {"city": "Chengdu"}, ""),
    ("city", "Dunedin, my sister lives in Auckland", {"city": "Dunedin"}, ""),
    # bought a home
    (
        "has_partner",
        "we're newlyweds, just bought a place in Charlottetown",
        {"city": "Charlottetown", "has_partner": True},
        "",
    ),
    (
        "has_partner",
        "married, we just bought a house in Leeds",
        {"city": "Leeds", "has_partner": True},
        "",
    ),
    (
        "has_partner",
        "married, just bought a flat in Tullamore",
        {"city": "Tullamore", "has_partner": True},
        "",
    ),
    ("has_partner", "married, my son just bought a house in Leeds", {"has_partner": True}, ""),
    ("has_partner", "married, thinking of buying a place in Leeds", {"has_partner": True}, ""),
    ("has_partner", "married, we bought a holiday home in Cornwall", {"has_partner": True}, ""),
    ("has_partner", "结婚了，刚在成都买了房", {"city": "Chengdu", "has_partner": True}, ""),
    # name with here
    ("interests", "Tendai here btw, I'm in Mutare", {"name": "Tendai", "city": "Mutare"}, ""),
    (
        "interests",
        "Tendai here by the way, gaming mostly",
        {"name": "Tendai", "interests": ["gaming"]},
        "",
    ),
    ("age", "Ana here again, 34", {"name": "Ana", "age": 34}, ""),
    ("interests", "Raining here btw, so netflix", {"interests": ["movies"]}, ""),
    ("interests", "London here btw", {"city": "London"}, ""),
    ("city", "Mutare", {"city": "Mutare"}, ""),
    # zh self labels
    ("name", "免贵姓李，叫李建国，开封的", {"city": "Kaifeng", "name": "李建国"}, ""),
    ("name", "俺是周口农村种地的，今年五十六了", {"age": 56, "city": "Zhoukou"}, ""),
    (
        "contract",
        "没签合约，按月交嘛，我天津的",
        {"city": "Tianjin", "contract": "month_to_month"},
        "",
    ),
    ("name", "王芳，大理的", {"city": "Dali", "name": "王芳"}, ""),
    ("age", "五十了，我开封的", {"city": "Kaifeng", "age": 50}, ""),
    ("name", "我是开封下面农村的，叫张建军", {"city": "Kaifeng", "name": "张建军"}, ""),
    ("name", "张伟，我是洛阳人", {"name": "张伟"}, ""),
    ("name", "张伟，我老公是开封的", {"has_partner": True, "name": "张伟"}, ""),
    ("name", "介绍人是我表哥，开封的", {}, ""),
    ("name", "我是北京来的，叫小王", {"name": "小王"}, ""),
    ("name", "张伟，我老家开封的", {"name": "张伟"}, ""),
    ("contract", "一年的，套餐是天津的", {"contract": "one_year"}, ""),
    ("name", "我以前是开封的，叫张伟", {"name": "张伟"}, ""),
    # trips visiting relatives
    ("city", "上个月去徐州走亲戚，那边网比俺这快多了", {}, ""),
    ("name", "张伟，过年去徐州走亲戚了", {"name": "张伟"}, ""),
    ("city", "去年回了趟徐州看亲戚，我现在在南京", {"city": "Nanjing"}, ""),
    ("age", "五十六，前几天去徐州探亲", {"age": 56}, ""),
    ("city", "我在徐州，上个月去南京走亲戚", {"city": "Xuzhou"}, ""),
    ("city", "徐州，俺在这走亲戚都走了二十年了", {"city": "Xuzhou"}, ""),
    # more homes bought, and names said of here
    (
        "has_partner",
        "married, we just bought a place in Tullamore",
        {"city": "Tullamore", "has_partner": True},
        "",
    ),
    (
        "gender",
        "F, 31, just bought my first flat in Tullamore",
        {"city": "Tullamore", "gender": "female"},
        "",
    ),
    ("has_partner", "married, my son bought a house in Tullamore", {"has_partner": True}, ""),
    (
        "has_partner",
        "married, we bought a house in Tullamore to rent out",
        {"has_partner": True},
        "",
    ),
    ("interests", "Same here btw, gaming", {"interests": ["gaming"]}, ""),
    ("contract", "按月交的，我们天津的", {"city": "Tianjin", "contract": "month_to_month"}, ""),
    ("contract", "按月交的，我北京的朋友也是", {"contract": "month_to_month"}, ""),
    ("contract", "按月交的，我上海的房子卖了", {"contract": "month_to_month"}, ""),
    ("name", "我是开封开出租的，叫王强", {"city": "Kaifeng", "name": "王强"}, ""),
    ("name", "我是上海出生的，叫小王", {"name": "小王"}, ""),
    ("city", "上周来徐州串门，我家在宿迁", {"city": "Suqian"}, ""),
    ("age", "五十六，过年回临沂探亲", {"age": 56}, ""),
    ("city", "徐州，去年去南京看我姑", {"city": "Xuzhou"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round35_places_self(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

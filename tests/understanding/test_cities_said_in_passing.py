"""A city said in passing beside the answer to another question: a town of the US, Canada or New
Zealand ("i live in allentown btw", "in Gander"), "we in <town>", "retired (up) in <town>", "in
<town>" closing a household of several people, Chinese profile items then the place ("退休老师，在
杭州住", "男，32岁，广州上班"); towns that are words or names stay gated ("brandon", "lake erie").
An age in Chinese numerals is never an unknown place ("今年六十了"), and a home town alone answers
the city vaguely ("老家是湖南邵阳的")."""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # towns of the US, Canada and New Zealand said beside another answer
    ("name", "i live in allentown btw", {"city": "Allentown"}, ""),
    ("age", "56 and i live in dubuque", {"city": "Dubuque", "age": 56}, ""),
    (
        "interests",
        "gaming, i live in new haven",
        {"city": "New Haven", "interests": ["gaming"]},
        "",
    ),
    ("city", "gaming, i live in new haven", {"city": "New Haven"}, ""),
    ("city", "new haven", {"city": "New Haven"}, ""),
    (
        "has_dependents",
        "yep 1 kid, hes 6. we're in worcester",
        {"city": "Worcester", "has_dependents": True},
        "",
    ),
    (
        "age",
        "fifty-three, widowed, in Gander",
        {"city": "Gander", "has_partner": False, "age": 53},
        "",
    ),
    ("age", "34, live in scranton", {"city": "Scranton", "age": 34}, ""),
    ("satisfaction", "4, we're in peoria", {"city": "Peoria", "satisfaction": 4}, ""),
    ("city", "allentown", {"city": "Allentown"}, ""),
    ("city", "dubuque", {"city": "Dubuque"}, ""),
    ("city", "timaru", {"city": "Timaru"}, ""),
    # words and names that are towns too: read only when the city is asked or after "in"
    ("name", "brandon", {"name": "brandon"}, ""),
    ("name", "Brandon here", {"name": "Brandon"}, ""),
    ("name", "im brandon", {"name": "brandon"}, ""),
    ("interests", "fishing on lake erie", {}, ""),
    ("interests", "reading about the savannah", {"interests": ["reading"]}, ""),
    ("age", "45, lancaster", {"age": 45}, ""),
    ("city", "lancaster", {"city": "Lancaster"}, ""),
    ("city", "brandon", {"city": "Brandon"}, ""),
    # "we in <town>", "retired in <town>", "retired up in <town> now"
    ("has_partner", "yea my wife. we in lancaster", {"city": "Lancaster", "has_partner": True}, ""),
    ("has_partner", "my wife, we in boston", {"city": "Boston", "has_partner": True}, ""),
    ("has_partner", "my wife and i, we're in boston", {"city": "Boston", "has_partner": True}, ""),
    ("has_partner", "we in a bad way", {}, ""),
    (
        "gender",
        "female, 62 years old, retired in Truro",
        {"age": 62, "city": "Truro", "gender": "female"},
        "",
    ),
    (
        "interests",
        "retired up in Tauranga now, golf mostly and a bit of travel",
        {"city": "Tauranga", "interests": ["sports", "travel"]},
        "",
    ),
    ("interests", "my dad retired up in Tauranga, golf mostly", {"interests": ["sports"]}, ""),
    ("interests", "retired in 2019, golf mostly", {"interests": ["sports"]}, ""),
    ("interests", "i retired in Leeds, golf", {"city": "Leeds", "interests": ["sports"]}, ""),
    ("interests", "retired in Leeds last year, golf", {"interests": ["sports"]}, ""),
    ("age", "40, dad of two, we're in Sales", {"age": 40}, ""),
    ("age", "40, dad of two, we in Leeds", {"city": "Leeds", "age": 40}, ""),
    # "in <town>" closing a household of several people
    (
        "has_dependents",
        "three kids and a husband, in Brandon",
        {"city": "Brandon", "has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_dependents", "two kids, in Leeds", {"city": "Leeds", "has_dependents": True}, ""),
    (
        "has_dependents",
        "wife and 2 kids, in Leeds",
        {"city": "Leeds", "has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_dependents", "my son, in Leeds", {"has_dependents": True}, ""),
    ("has_dependents", "my son and his wife, in Leeds", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "three kids and a husband, in Leeds for the week",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    # Chinese profile items, then where the respondent lives or works
    ("gender", "退休老师，在杭州住。", {"city": "Hangzhou"}, ""),
    ("gender", "男，32岁，广州上班", {"age": 32, "city": "Guangzhou", "gender": "male"}, ""),
    ("gender", "男，广州上班", {"city": "Guangzhou", "gender": "male"}, ""),
    ("gender", "女，退休了，在苏州生活", {"city": "Suzhou", "gender": "female"}, ""),
    ("gender", "我朋友，在杭州住", {}, ""),
    ("gender", "男，32岁，我老公广州上班", {"age": 32, "has_partner": True, "gender": "male"}, ""),
    ("gender", "男，32岁，广州出差", {"age": 32, "gender": "male"}, ""),
    ("gender", "男，32岁，公司上班", {"age": 32, "gender": "male"}, ""),
    ("gender", "退休老师，在学校住", {}, ""),
    ("city", "退休老师，在杭州住。", {"city": "Hangzhou"}, ""),
    # an age said in Chinese numerals is never an unknown place
    ("city", "今年六十了", {"age": 60}, ""),
    ("city", "六十了", {}, ""),
    ("city", "快七十了", {}, ""),
    ("city", "我今年六十了", {"age": 60}, ""),
    ("city", "七十多了", {}, ""),
    ("city", "六十出头", {}, ""),
    ("city", "今年五十", {"age": 50}, ""),
    ("city", "十堰", {"city": "Shiyan"}, ""),
    ("city", "三亚", {"city": "Sanya"}, ""),
    ("city", "六安", {"city": "Lu'an"}, ""),
    ("city", "七台河", {"city": "Qitaihe"}, ""),
    ("city", "四平", {"city": "Siping"}, ""),
    ("city", "十里铺", {"city": "十里铺"}, ""),
    # a home town alone answers the city vaguely
    ("city", "老家是湖南邵阳的", {}, "v"),
    ("city", "老家是邵阳的", {}, "v"),
    ("city", "老家武汉", {}, "v"),
    ("city", "我老家邵阳", {}, "v"),
    ("city", "老家在邵阳。", {}, "v"),
    ("city", "老家湖南邵阳", {}, "v"),
    ("city", "老家就在这边", {}, ""),
    ("city", "老家湖南的，现在在宁波", {"city": "Ningbo"}, ""),
    ("city", "现在在杭州，老家是武汉的", {"city": "Hangzhou"}, ""),
    ("city", "老家在邵阳，现在在长沙", {"city": "Changsha"}, ""),
    ("city", "邵阳", {"city": "Shaoyang"}, ""),
    ("name", "王秀英，五十六岁，老家临沂兰山的", {"age": 56, "name": "王秀英"}, ""),
    ("complaint", "老家固原，信号一直不好", {"complaint": "老家固原，信号一直不好"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_cities_said_in_passing(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

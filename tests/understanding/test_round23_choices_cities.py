"""Choice slots and cities, round 23: a home base, a word for the asker before the answer, a US
state, "we" and the city together, "无" inside another word, "nothing" received, phone data in
another answer, an option taken back in one breath, a fee asked with curiosity, "ain't decided".

Covers: "home base is Tulsa" (but somebody else's home); "Pal, I live in Joplin" and "Mate, home
is wherever the lorry is" (a word for the asker is no place; a home anywhere is vague); "out here
in Texas" (a state is no city; "Dallas, Texas" still is Dallas); "我们西安这两天下雨" (but
"我们去太原玩", "他们太原那边"); "我无法确定" (vague, no "none"; but "无" alone, "无，用手机");
"we got nothing" in another answer (but "got nothing at home"); "流量一直够用" in another answer
(but "就用手机流量"); "可能是光纤，也可能不是" (but "应该是光纤，不是ADSL"); "如果提前退订，违约金
怎么算？我有点好奇" (but "如果涨价我就走"); "ain't decided" (unsure when asked, nothing in
passing); "my sister's on fibre but mine is DSL" (but "a friend of mine has fiber").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a home base said outright
    (
        "city",
        "home base is Tulsa, but I'm hauling through Amarillo this week",
        {"city": "Tulsa"},
        "",
    ),
    ("city", "My home base is Fresno, tonight it's a truck stop", {"city": "Fresno"}, ""),
    ("city", "Home's Lubbock but I drive all over", {"city": "Lubbock"}, ""),
    ("city", "my brother's home is Joplin, dunno about me", {}, "v"),
    # a word for the asker before the answer
    ("city", "Pal, I live in Joplin", {"city": "Joplin"}, ""),
    ("city", "Mate, I'm in Dubbo", {"city": "Dubbo"}, ""),
    ("city", "Buddy, home is wherever the rig is parked tonight", {}, "v"),
    ("city", "home's wherever the lorry stops", {}, "v"),
    ("city", "Leeds, home is wherever my family is", {"city": "Leeds"}, ""),
    # a US state is no city
    ("age", "52, out here in Texas on the ranch", {"age": 52}, ""),
    ("city", "Dallas, Texas", {"city": "Dallas"}, ""),
    ("city", "Springfield, Missouri", {"city": "Springfield"}, ""),
    ("city", "Oklahoma City", {"city": "Oklahoma City"}, ""),
    # "we" and the city opening a clause
    ("age", "35，我们西安这两天一直下雨", {"age": 35, "city": "Xi'an"}, ""),
    ("name", "小李。咱们成都今天出太阳了", {"name": "小李", "city": "Chengdu"}, ""),
    ("age", "我们去太原玩了一趟", {}, ""),
    ("age", "他们太原那边下雪了", {}, ""),
    ("age", "我们太原分公司的网很差", {}, ""),
    # "无" inside another word
    ("internet_service", "我无法确定", {}, "v"),
    ("internet_service", "无", {"internet_service": "none"}, ""),
    ("internet_service", "宽带？无，用手机", {"internet_service": "none"}, ""),
    ("internet_service", "无所谓，光纤吧", {"internet_service": "fiber_optic"}, ""),
    # "nothing" received, in another answer
    ("churn_intent", "my sister got a discount letter and we got nothing", {}, ""),
    ("churn_intent", "I got nothing", {}, ""),
    ("internet_service", "got nothing, just my phone", {"internet_service": "none"}, ""),
    # phone data in another answer
    ("satisfaction", "给4分，平时手机流量一直够用", {"satisfaction": 4}, ""),
    (
        "satisfaction",
        "4分，我没宽带，就用手机流量",
        {"satisfaction": 4, "internet_service": "none"},
        "",
    ),
    ("internet_service", "流量够用，不装宽带", {"internet_service": "none"}, ""),
    # an option taken back in one breath
    ("internet_service", "可能是光纤，也可能不是，说不好", {}, "v"),
    ("internet_service", "应该是光纤，不是ADSL", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "可能是光纤吧", {"internet_service": "fiber_optic"}, ""),
    # a fee for leaving early asked about, with curiosity
    ("churn_intent", "要是提前退订，要赔多少钱？", {}, ""),
    ("churn_intent", "如果提前解约，违约金怎么算？我好奇。", {}, ""),
    ("churn_intent", "如果涨价我就走", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "if I cancel early what's the fee? just curious", {}, ""),
    # "mine" set against another person's option
    (
        "internet_service",
        "my sister's on fibre but mine is still DSL",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "my parents have DSL at theirs, ours is fibre",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "a friend of mine has fiber", {}, ""),
    ("has_dependents", "my sister has two kids, mine are grown", {"has_dependents": False}, ""),
    # "ain't decided"
    (
        "churn_intent",
        "ain't decided, gonna see who's cheaper come spring",
        {"churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "ain't made my mind up yet", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I ain't leaving", {"churn_intent": "stay"}, ""),
    ("age", "45, ain't decided about the internet thing", {"age": 45}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round23_choices_cities(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

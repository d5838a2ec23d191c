"""Internet kinds, cities, intentions, complaints, pastimes and payment, round 42.

Covers: a line not on the respondent's street ("fibre isn't on our street til 2027"), one held
before ("we were on ADSL before that", "switched over from the old DSL"); Australian regional
towns and "KC"; living together in a place; a move into a city ("搬进岳阳城里"); the home town
visited at the holidays ("过年才回荆州"); custom taken elsewhere, another supplier's line and a
decision put off to the term's end; the bars of the signal and a technician's billed visit;
plural and split pastimes ("bbqs", "追个剧") and one never missed; a home-town bank card used
now. Near misses keep their readings. Rows are (asked slot, message, exact values, flag) with flag
"r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

_RAISED = "you raised my bill twice this year, so I'm taking my business elsewhere once it runs out"
_IF_AGAIN = "prices went up again, if it happens once more I'm taking my business elsewhere"
_BARS = "No bars at all inside the hospital where I work, gotta walk out to the car park to text"
_TECH = "Tech came out twice and still didn't fix the line, then they billed me for the visit"
_CO_OP = "moving over to the electric co-op's internet next month, already signed up with them"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # internet kinds
    (
        "internet_service",
        "VDSL, apparently fibre isn't on our street til 2027",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "copper line, no fibre on our street yet",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "fibre, but only since Feb, we were on ADSL before that",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "fibre, we had DSL before", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "ADSL now, we were on fibre before that", {"internet_service": "dsl"}, ""),
    ("internet_service", "we were on fibre, now ADSL", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "fibre, we switched over from the old DSL in the summer",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "DSL, we switched from fibre because it was cheaper",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "DSL, before you ask yes it's slow", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "fibre isn't great but it's what we have",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # cities
    (
        "has_partner",
        "girlfriend, we live together in Ballarat",
        {"has_partner": True, "city": "Ballarat"},
        "",
    ),
    (
        "has_partner",
        "boyfriend, we're living together in Bendigo now",
        {"has_partner": True, "city": "Bendigo"},
        "",
    ),
    ("city", "KC, the Kansas side", {"city": "Kansas City"}, ""),
    ("name", "KC is fine", {"name": "KC"}, ""),
    ("city", "我在广州打工，过年才回荆州", {"city": "Guangzhou"}, ""),
    ("city", "在深圳上班，逢年过节回一趟襄阳", {"city": "Shenzhen"}, ""),
    ("city", "我在荆州，过年去广州", {"city": "Jingzhou"}, ""),
    ("city", "过年才回荆州", {"city": "Jingzhou"}, ""),
    ("age", "五十三，以前在乡里种田，这两年才搬进岳阳城里", {"age": 53, "city": "Yueyang"}, ""),
    ("age", "四十岁，去年搬进长沙的新房", {"age": 40, "city": "Changsha"}, ""),
    # intentions
    (
        "complaint",
        _RAISED,
        {
            "complaint": _RAISED,
            "churn_intent": "leave",
        },
        "",
    ),
    (
        "complaint",
        _IF_AGAIN,
        {
            "complaint": _IF_AGAIN,
            "churn_intent": "unsure",
        },
        "",
    ),
    (
        "complaint",
        "资费太贵了，隔壁电信便宜三十多块，我到期就转过去",
        {"complaint": "资费太贵了，隔壁电信便宜三十多块，我到期就转过去", "churn_intent": "leave"},
        "",
    ),
    (
        "complaint",
        "网太慢了，合约到期俺就走",
        {"complaint": "网太慢了，合约到期俺就走", "churn_intent": "leave"},
        "",
    ),
    (
        "churn_intent",
        _CO_OP,
        {"churn_intent": "leave"},
        "",
    ),
    ("churn_intent", "already signed up with you for another year", {"churn_intent": "stay"}, ""),
    ("churn_intent", "合约到期了看移动那边有么子优惠再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "合约到期了再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "合约到期了就换移动", {"churn_intent": "leave"}, ""),
    # complaints
    (
        "complaint",
        _BARS,
        {"complaint": _BARS},
        "",
    ),
    (
        "complaint",
        _TECH,
        {"complaint": _TECH},
        "",
    ),
    ("complaint", "there were no bars open near the station at midnight lol", {}, ""),
    # pastimes
    (
        "interests",
        "rugby league, the Cowboys mainly, and bbqs with the family",
        {"interests": ["food", "sports"]},
        "",
    ),
    (
        "interests",
        "I play fiddle and never miss a hockey game",
        {"interests": ["music", "sports"]},
        "",
    ),
    (
        "interests",
        "I don't miss football at all, these days it's gardening and books",
        {"interests": ["reading"]},
        "",
    ),
    ("interests", "喜欢看球，中超欧冠都看，偶尔也追个剧", {"interests": ["movies", "sports"]}, ""),
    ("interests", "周末打个球，晚上看个电影", {"interests": ["movies", "sports"]}, ""),
    (
        "interests",
        "My buddies are all into curling, not me. I like reading, thrillers mostly.",
        {"interests": ["reading"]},
        "",
    ),
    # payment
    ("payment_method", "俺用的是老家的储蓄卡绑定扣款", {"payment_method": "bank_transfer"}, ""),
    (
        "payment_method",
        "以前用的是老家的储蓄卡，现在用信用卡",
        {"payment_method": "credit_card"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str) -> None:
    check_reading(survey, asked, text, expected, flag)

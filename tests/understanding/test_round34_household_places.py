"""Household, places and choices, round 34: a widowed respondent's late spouse, young children
counted by an age limit, elders to keep, Hokkien children gone to work, regional cities, a
student in a city, a favourite place, and a term the respondent came off.

Covers: "I am widowed. My wife passed two years back" (no partner; but "widowed, remarried last
year" has one, and "my mum is widowed" is somebody else); "three boys under 10 running about the
house" (dependents; not "my sister has three boys under 10", "three tickets under 10 quid");
"家里有两个老人要养" (dependents; not "家里有两个老人，不用我养", "家里没有老人要养");
"囝仔都去深圳拍拼了，免我操心" and "the kids moved away for work" (no dependents; "囝仔还细汉" has);
"Ndola on the Copperbelt", "Madurai" (cities); "im 19 and a student in Kochi" (city; not "my son
is a student in Pune"); "去过好多地方，最喜欢厦门", "my favourite is Lisbon" (no city; "住在厦门，
最喜欢这里" has); "rolling monthly since I came off the 24 month one" (month-to-month; "came off
the 12 month one, now on a 24 month deal" is two-year).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
K = "contract"
N = "internet_service"
CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a widowed respondent's late spouse, and a death "N years back"
    (P, "I am widowed. My wife passed two years back during the monsoon.", {P: False}, ""),
    (P, "I'm a widow, my husband used to pay the bills", {P: False}, ""),
    (P, "widowed, my husband died in 2019", {P: False}, ""),
    (P, "my husband passed a few years back", {P: False}, ""),
    (P, "丧偶，老伴以前管这些", {P: False}, ""),
    (P, "widowed since my wife passed in 2020, remarried last year to Anna", {P: True}, ""),
    (P, "我丧偶好几年了，后来再婚了，现在的老伴人很好", {P: True}, ""),
    (P, "my mum is widowed, my husband helps her", {P: True}, ""),
    (P, "My husband is great, we're not widowed lol", {P: True}, ""),
    (P, "My wife passed her driving test two years back", {P: True}, ""),
    # young children counted by an age limit
    (P, "three boys under 10 running about the house, is that what you mean?", {D: True}, ""),
    (P, "married with three boys under 10", {P: True, D: True}, ""),
    (P, "we have three boys under 10", {D: True}, ""),
    (P, "my sister has three boys under 10", {}, ""),
    (P, "I coach ten kids under 12", {}, ""),
    (D, "three tickets under 10 quid", {}, ""),
    # elders to keep
    (P, "家里有两个老人要养", {D: True}, ""),
    (P, "上有二老要照顾", {D: True}, ""),
    (D, "还有爸妈要我养", {D: True}, ""),
    (P, "家里有两个老人，不用我养", {}, ""),
    (D, "家里没有老人要养", {D: False}, ""),
    (D, "没孩子要养", {D: False}, ""),
    (D, "我家老人要养活自己，不靠我", {D: False}, ""),
    # children gone to work elsewhere; Hokkien children
    (D, "囝仔都去深圳拍拼了，免我操心", {D: False}, ""),
    (D, "孩子都去深圳打工了，不用我操心", {D: False}, ""),
    (D, "儿子去广州打拼了", {D: False}, ""),
    (D, "my kids all moved to Shenzhen for work, no need to worry about them", {D: False}, ""),
    (D, "the kids moved away for work", {D: False}, ""),
    (D, "囝仔还细汉，要我顾", {D: True}, ""),
    (D, "孩子去深圳上学了", {D: True}, ""),
    (D, "孩子在上小学", {D: True}, ""),
    (D, "现在的囝仔都不听话", {}, ""),
    (N, "光纤，阮囝仔去年帮阮换的", {N: "fiber_optic"}, ""),
    # regional cities, and a student in a city
    ("city", "Ndola on the Copperbelt", {"city": "Ndola"}, ""),
    ("city", "Kitwe on the Copperbelt", {"city": "Kitwe"}, ""),
    ("city", "Madurai", {"city": "Madurai"}, ""),
    ("city", "Kochi in Kerala", {"city": "Kochi"}, ""),
    ("age", "im 19 and a student in Kochi", {"age": 19, "city": "Kochi"}, ""),
    ("age", "im 40 and a teacher in Madurai", {"age": 40, "city": "Madurai"}, ""),
    ("age", "I am 22 and a nursing student here in Leeds", {"age": 22, "city": "Leeds"}, ""),
    ("age", "I am 45 and my son is a student in Pune", {"age": 45}, ""),
    ("age", "I am 30 and was a nurse in Leeds", {"age": 30}, ""),
    ("age", "im 19 and a student", {"age": 19}, ""),
    # a favourite place is no home
    ("city", "去过好多地方，最喜欢厦门", {}, ""),
    ("city", "最喜欢的城市是成都", {}, ""),
    ("city", "I've been to lots of places, my favourite is Lisbon", {}, ""),
    ("city", "my favourite city is Lisbon", {}, ""),
    ("city", "I love visiting Kyoto", {}, ""),
    ("city", "去过好多地方，最喜欢厦门，不过住在福州", {"city": "Fuzhou"}, ""),
    ("city", "my favourite is Lisbon but I live in Porto", {"city": "Porto"}, ""),
    ("city", "住在厦门，最喜欢这里", {"city": "Xiamen"}, ""),
    ("city", "最喜欢住在厦门", {"city": "Xiamen"}, ""),
    ("city", "厦门人，最喜欢厦门", {"city": "Xiamen"}, ""),
    ("city", "I love living in Leeds", {"city": "Leeds"}, ""),
    # a term the respondent came off, or held before
    (K, "rolling monthly since I came off the 24 month one", {K: "month_to_month"}, ""),
    (K, "month to month since I got off my 12 month contract", {K: "month_to_month"}, ""),
    (K, "out of my two year contract now, just paying monthly", {K: "month_to_month"}, ""),
    (K, "I'm on the 24 month one, rolling monthly before that", {K: "two_year"}, ""),
    (K, "I'm on the 12 month one, came off monthly last year", {K: "one_year"}, ""),
    (K, "came off the 12 month one, now on a 24 month deal", {K: "two_year"}, ""),
    (K, "I came off pay as you go onto the 24 month one", {K: "two_year"}, ""),
    (K, "24 month contract", {K: "two_year"}, ""),
    (N, "I came off fibre onto DSL", {N: "dsl"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round34_household_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Cities, round 24: the respondent's own city said in passing while describing themselves, and
an activity after "在" that is no place.

Covers: a role and the city ("retired teacher in Dayton", "nursing student here in Vancouver",
"single dad in Bristol", "I'm a student in Nairobi"), "I'm 71 and in Pune", "living down in
Sarasota now", "we just moved to Scottsdale", a Chinese label after the city ("深圳码农一枚",
"本人广州白领", "我是成都程序员"); near misses: another person's role or place ("my brother's a
student in Manchester", "her fella's from Knoxville", "我表弟是深圳码农"), a trip ("a student
trip in Paris", "in Rome on holiday"), the past ("was a student in Boston"), a shop's place
("manager at the store in Dayton"), a group or a life ("杭州宝妈群", "深圳打工人的日子"); asked
the city, "在家带娃", "在路上", "在加班" are no place (but "在休宁" is one).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("name", "Marta, 61, retired teacher in Dayton", {"city": "Dayton", "name": "Marta"}, ""),
    (
        "name",
        "Priya, nursing student here in Vancouver",
        {"city": "Vancouver", "name": "Priya"},
        "",
    ),
    (
        "gender",
        "male, 30 years old, software engineer in Leeds",
        {"age": 30, "city": "Leeds", "gender": "male"},
        "",
    ),
    (
        "gender",
        "female, 19 years old, student in Manchester",
        {"age": 19, "city": "Manchester", "gender": "female"},
        "",
    ),
    ("age", "41, single dad in Bristol", {"city": "Bristol", "has_partner": False, "age": 41}, ""),
    ("gender", "woman, stay-at-home mum in Cardiff", {"city": "Cardiff", "gender": "female"}, ""),
    (
        "internet_service",
        "No broadband, just my phone. I'm a student in Nairobi",
        {"city": "Nairobi", "internet_service": "none"},
        "",
    ),
    ("name", "Lee, uni student in Melbourne", {"city": "Melbourne", "name": "Lee"}, ""),
    ("name", "Ana, I'm a nurse in Lisbon", {"city": "Lisbon", "name": "Ana"}, ""),
    ("name", "Mr Shah. I'm 71 and in Pune", {"age": 71, "city": "Pune", "name": "Mr Shah"}, ""),
    ("age", "I'm 29 and in Toronto", {"city": "Toronto", "age": 29}, ""),
    (
        "age",
        "I'm 67, widowed, living down in Sarasota now",
        {"city": "Sarasota", "has_partner": False, "age": 67},
        "",
    ),
    (
        "has_partner",
        "engaged! we just moved to Scottsdale",
        {"city": "Scottsdale", "has_partner": True},
        "",
    ),
    ("age", "45, living down in Bognor now", {"city": "Bognor", "age": 45}, ""),
    ("age", "35了，深圳码农一枚", {"city": "Shenzhen", "age": 35}, ""),
    ("age", "28，北京打工人", {"city": "Beijing", "age": 28}, ""),
    ("gender", "女，杭州宝妈一枚", {"city": "Hangzhou", "gender": "female"}, ""),
    ("age", "本人广州白领，30岁", {"city": "Guangzhou", "age": 30}, ""),
    ("age", "我是成都程序员，27", {"city": "Chengdu", "age": 27}, ""),
    ("has_partner", "单身，南京码农", {"city": "Nanjing", "has_partner": False}, ""),
    ("age", "my niece is a teacher in Leeds, I'm 60", {"age": 60}, ""),
    ("name", "Jo, on a student trip in Paris right now", {"name": "Jo"}, ""),
    ("age", "45, was a student in Boston years ago", {"age": 45}, ""),
    ("age", "I'm 40, grew up in Boston", {"age": 40}, ""),
    ("name", "Sam, manager at the store in Dayton", {"name": "Sam"}, ""),
    ("age", "I'm 33 and in Rome on holiday", {"age": 33}, ""),
    ("age", "I'm 35 and my daughter is in Leeds", {"age": 35}, ""),
    ("name", "Kate, my brother's a student in Manchester", {"name": "Kate"}, ""),
    ("age", "I'm 70, my sister's a retired teacher in Bath", {"age": 70}, ""),
    (
        "complaint",
        "My granddaughter's getting married in April, her fella's from Knoxville",
        {},
        "",
    ),
    ("complaint", "my granddaughter's fella is from Leeds", {}, ""),
    ("age", "我表弟是深圳码农，我40了", {"age": 40}, ""),
    ("age", "北京码农都996，我30", {"age": 30}, ""),
    ("name", "杭州宝妈群里看到的，我叫李梅", {"name": "李梅"}, ""),
    ("age", "深圳打工人的日子太难了，33岁", {"age": 33}, ""),
    ("city", "我在家带娃，休产假中，别的晚点说", {"has_dependents": True}, ""),
    ("city", "我在路上，等下", {}, ""),
    ("city", "在带娃", {"has_dependents": True}, ""),
    ("city", "在家躺着呢", {}, ""),
    ("city", "在加班", {}, ""),
    ("city", "在车上呢", {}, ""),
    ("city", "在陪读", {}, ""),
    ("city", "在休宁", {"city": "休宁"}, ""),
    ("city", "在昆山上班", {"city": "Kunshan"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round24_cities(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""A son or daughter said in passing, a child's or parent's city, and a city lived in before.

Under another question a son or daughter fills `has_dependents` only when the message shows a
child at home: an age under 18, a school or a class, small children's words, care given, a home
shared, or children had ("有个女儿", "got two daughters"). Without that ("my son set it up", "俺
闺女交代过") the child may be grown and nothing is stored; asked, the answer is read as before.
Asked for the city, only a partner's city is the household's: a son's or a parent's is theirs
("my son works in Leeds"), unless the respondent is with them ("我和儿子在上海", "with me"). A
sentence about the past that names no child had then ("judo as a kid", "before the kids came
along") says nothing about dependents.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a son or daughter with nothing that shows a child: no value in passing
    (
        "payment_method",
        "my son set up the direct debit for me",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("contract", "my son said the deal was fine, I never read it", {}, ""),
    ("monthly_spend", "我女儿帮我交的，一个月六十", {"monthly_spend": 60.0}, ""),
    ("age", "61, my daughter does all my online shopping", {"age": 61}, ""),
    ("city", "我闺女说让我别告诉别人，反正在南方", {}, "v"),
    # ... but an age under 18, in digits, words or 今年
    (
        "contract",
        "my son set it up, he's 14 and better with phones than me",
        {"has_dependents": True},
        "v",
    ),
    (
        "age",
        "my daughter's turning seven on sunday, I'm 35",
        {"has_dependents": True, "age": 35},
        "",
    ),
    (
        "monthly_spend",
        "我闺女今年十二，一个月话费50",
        {"has_dependents": True, "monthly_spend": 50.0},
        "",
    ),
    ("interests", "I like fishing with my son, he's eight", {"has_dependents": True}, ""),
    # one grown child leaves the question open; all of them grown answers no
    ("age", "my daughter is 30 and I'm 58", {"age": 58}, ""),
    ("age", "俺今年五十出头，俺儿子在青岛上班，三十了", {"age": 50}, ""),
    ("age", "I am 60, my kids are all grown", {"has_dependents": False, "age": 60}, ""),
    ("age", "五十出头吧，孩子都成家了", {"has_dependents": False, "age": 50}, ""),
    ("has_dependents", "俺儿子在青岛上班", {"has_dependents": False}, ""),
    # ... a school, a class or an exam
    (
        "internet_service",
        "fibre, my son does his homework online",
        {"has_dependents": True, "internet_service": "fiber_optic"},
        "",
    ),
    ("payment_method", "我儿子在读初二，他帮我绑的微信", {"has_dependents": True}, "v"),
    (
        "satisfaction",
        "儿子考试考了90分，服务嘛给4分",
        {"has_dependents": True, "satisfaction": 4},
        "",
    ),
    # ... care given, a home shared, or children had
    ("interests", "我喜欢带我闺女去公园", {"has_dependents": True}, ""),
    ("city", "杭州，跟女儿两个人住", {"city": "Hangzhou", "has_dependents": True}, ""),
    ("age", "我38，有个女儿", {"has_dependents": True, "age": 38}, ""),
    ("age", "I'm 41, got two daughters", {"has_dependents": True, "age": 41}, ""),
    (
        "gender",
        "female, just me and my daughter at home",
        {"gender": "female", "has_dependents": True},
        "",
    ),
    # asked, a son or daughter answers as before
    ("has_dependents", "a son", {"has_dependents": True}, ""),
    ("has_dependents", "有个闺女", {"has_dependents": True}, ""),
    # a child's or a parent's city, asked, is theirs; the respondent's own or shared one counts
    ("city", "my son works in Leeds", {}, "v"),
    ("city", "我爸妈在成都", {}, "v"),
    ("city", "my wife works in Leeds", {"has_partner": True, "city": "Leeds"}, ""),
    ("city", "我和儿子在上海", {"city": "Shanghai"}, ""),
    ("city", "my kids are in Leeds with me", {"has_dependents": True, "city": "Leeds"}, ""),
    ("city", "我在杭州，我儿子在上海", {"city": "Hangzhou"}, ""),
    # the past with no child had then: the respondent as a child, the time before the children
    ("interests", "I used to do judo as a kid", {}, ""),
    ("interests", "I used to sing in a choir before the kids came along", {}, ""),
    (
        "has_dependents",
        "used to have the kids every weekend, not any more",
        {"has_dependents": False},
        "",
    ),
    # "瓜娃子" is a fool, nobody's child
    ("churn_intent", "续约？俺又不是瓜娃子", {"churn_intent": "leave"}, ""),
    ("has_dependents", "有个娃，刚上幼儿园", {"has_dependents": True}, ""),
    # York, and an unknown place with "I am in", beside somebody else's city
    ("city", "we are in York", {"city": "York"}, ""),
    ("city", "I live in New York City", {"city": "New York"}, ""),
    # the simple past places the respondent before, not now ("I've lived" is now)
    ("city", "I lived in Leeds before", {}, ""),
    ("city", "I've lived in Leeds all my life", {"city": "Leeds"}, ""),
    ("city", "we lived in Leeds, now Bristol", {"city": "Bristol"}, ""),
    ("city", "I am in York, my sister lives in Paris", {"city": "York"}, ""),
    ("city", "my sister lives in Leeds, I am in York", {"city": "York"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_child_evidence(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Names, cities and refusals (round 17 rules).

Names: a role after "我是" whose first character is also a surname ("我是应届生", "我是程序员"),
"我的名字X" without 是 or 叫 (only with a surname or 小/老/阿), "address me as" after the full
name (the form asked for wins), a preamble before a question ("before we start", "first") is no
name. Cities: the question's words echoed back ("常住？") are no place, living at the workplace or
a home not yet settled is vague, job offers in cities name no home, "我在X她在Y" is the
respondent's X, a home reached after service ("刚回济南", not "回济南看爸妈"), "here in" and
"livin in" before an unknown place, a joining word inside a place name ("Port of Spain"), a hedge
and a denied city beside the place ("Technically Salford, not Manchester"). A message that ends
asking which sense of the question is meant is not vague. Gender: Caribbean "Ah is a woman".
Refusals: "a lady never tells", "doh bother me with complaints". Rows are (asked slot, message,
exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a role after 我是, though it opens with a surname character
    ("name", "我是毕业生，在苏州找房子", {"city": "Suzhou"}, ""),
    ("name", "我是程序员", {}, ""),
    ("name", "我是研究生，在读", {}, ""),
    ("name", "我是应晓峰", {"name": "应晓峰"}, ""),
    ("name", "我是毕小雨", {"name": "毕小雨"}, ""),
    # "我的名字X" without 是 or 叫
    ("name", "我的名字王芳，在郑州", {"name": "王芳", "city": "Zhengzhou"}, ""),
    ("age", "我的名字小李，今年28", {"name": "小李", "age": 28}, ""),
    ("name", "我的名字很长", {}, ""),
    ("name", "我的名字挺土的", {}, ""),
    # "address me as" after the full name
    (
        "name",
        "My name is Margaret Olsen, please address me as Mrs Olsen",
        {"name": "Mrs Olsen"},
        "",
    ),
    ("name", "Name's Patrick Byrne, refer to me as Dr. Byrne", {"name": "Dr. Byrne"}, ""),
    ("name", "My name is Sam Reed, address me however you like", {"name": "Sam Reed"}, ""),
    # a preamble before a question is no name
    ("name", "hello! before we begin, is this anonymous?", {}, ""),
    ("name", "hey there! first, how long will this take?", {}, ""),
    ("name", "Hiya! Quick one, Dave", {"name": "Dave"}, ""),
    ("name", "hi, Martin", {"name": "Martin"}, ""),
    # the question's words echoed back; the workplace as home; a home not yet settled
    ("city", "常住地？一直住单位了", {}, "v"),
    ("city", "常住？我在杭州", {"city": "Hangzhou"}, ""),
    ("city", "住公司附近，在苏州", {"city": "Suzhou"}, ""),
    ("city", "刚毕业，以后在哪个城市落脚还没定", {}, "v"),
    ("city", "以后定居哪里还没想好，现在在武汉", {"city": "Wuhan"}, ""),
    # job offers in cities
    ("city", "手上有深圳和杭州的offer，深圳15k杭州13k", {}, ""),
    ("city", "我在成都，拿了上海的offer", {"city": "Chengdu"}, ""),
    ("city", "got offers in Leeds and Bristol, can't decide", {}, ""),
    ("city", "Leeds, just waiting on a job offer", {"city": "Leeds"}, ""),
    # two cities of a couple apart
    (
        "has_partner",
        "有男朋友，异地恋，他在北京我在武汉",
        {"has_partner": True, "city": "Wuhan"},
        "",
    ),
    ("city", "我住长沙他住株洲", {"city": "Changsha"}, ""),
    ("city", "我和她在上海", {"city": "Shanghai"}, ""),
    # home reached after service; a visit home is no home
    ("age", "三十了，刚退伍回到了青岛", {"age": 30, "city": "Qingdao"}, ""),
    ("interests", "喜欢钓鱼，过年回济南看爸妈", {}, ""),
    ("age", "31，上周刚回济南看了看爸妈", {"age": 31}, ""),
    # a question back about which sense is meant, at the end: not vague
    ("city", "老家在湖南，爸妈在长沙，我到处跑，你问的是哪个？", {}, ""),
    ("city", "I move around a lot. Do you mean where I'm registered?", {}, ""),
    ("city", "I move around a lot.", {}, "v"),
    # "here in", "livin in" before an unknown place; not a month after "here in"
    (
        "name",
        "I'm Chipo, I work at a clinic here in Bulawayo",
        {"name": "Chipo", "city": "Bulawayo"},
        "",
    ),
    ("age", "livin in San Fernando, 60", {"age": 60, "city": "San Fernando"}, ""),
    ("tenure_months", "we came here in April 2021", {"tenure_months": 67}, ""),
    # a joining word in a place name; a hedge and a denied city
    ("city", "Rio de Janeiro", {"city": "Rio de Janeiro"}, ""),
    ("city", "I live in Port of Spain", {"city": "Port of Spain"}, ""),
    ("city", "Officially Gateshead, not Newcastle", {"city": "Gateshead"}, ""),
    ("city", "Leeds, not London", {"city": "Leeds"}, ""),
    # Caribbean "Ah is"
    ("gender", "Ah is a man, 60 years old", {"gender": "male", "age": 60}, ""),
    ("gender", "Ah, is a woman allowed to skip this?", {}, "r"),
    # a saying that declines; the topic waved off
    ("age", "a gentleman never reveals such things", {}, "r"),
    (
        "age",
        "my wife is a lady who never tells her age, I'm 60",
        {"has_partner": True, "age": 60},
        "",
    ),
    ("complaint", "don't bother me with questions today", {}, "r"),
    (
        "complaint",
        "don't bother me with sales calls every week",
        {"complaint": "don't bother me with sales calls every week"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_names_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

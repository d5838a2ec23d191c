"""Things that are not a home city: a street, an idiom, a country, a kind of place, a
landmark, a dish, a club, a person, a title, and a workplace set against a home elsewhere.

Covers: "人民路那边", "Washington Street" (no city); "天涯海角", "五湖四海" (vague);
"在中国", "in the UK", "Canada" (a country: vague; "Toronto, Canada" and "在中国上海" keep
the city; "Georgia", "Jordan" stay as written); "村里", "镇上", "大城市", "省会", "本地",
"downtown" (a kind of place: vague; "在李家村" is a place as written); "外滩", "西湖",
"Big Ben", "Tower Bridge" (a landmark: nothing); "北京烤鸭", "兰州拉面", "港式奶茶",
"a Chicago pizza", "Boston terrier", "London Fog coat", "支持广州恒大", "Leeds United fan",
"Paris Hilton", "Sleepless in Seattle" (named after a city: nothing; "我在兰州，拉面天天吃",
"Manchester, United Kingdom" keep it); "Jordan, my name" (nothing; "Jordan" under the name
question is the name); "I work in Manchester but live out in the sticks", "commute to
Dublin every day from Meath", "在深圳上班，住在乡下" (the workplace is no home; "I live and
work in Manchester", "Working in Hyderabad", "在深圳上班" keep it).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a street
    ("city", "人民路那边", {}, ""),
    ("city", "住在解放路那边", {}, ""),
    ("city", "中山路附近", {}, ""),
    ("city", "王府井大街", {}, ""),
    ("city", "南锣鼓巷", {}, ""),
    ("city", "我在北京路", {}, ""),
    ("city", "我住南京东路", {}, ""),
    ("city", "Washington Street", {}, ""),
    ("city", "Baker Street", {}, ""),
    ("city", "Sydney Road, Brunswick", {}, ""),
    # an idiom of everywhere or nowhere
    ("city", "天涯海角", {}, "v"),
    ("city", "五湖四海", {}, "v"),
    ("city", "天南地北", {}, "v"),
    ("city", "四海为家", {}, "v"),
    # a country
    ("city", "在中国", {}, "v"),
    ("city", "中国", {}, "v"),
    ("city", "我在美国", {}, "v"),
    ("city", "住在加拿大", {}, "v"),
    ("city", "英国", {}, "v"),
    ("city", "在国内", {}, "v"),
    ("city", "in the UK", {}, "v"),
    ("city", "in Canada", {}, "v"),
    ("city", "England", {}, "v"),
    ("city", "I'm in the US", {}, "v"),
    ("city", "living in Australia", {}, "v"),
    ("city", "在中国上海", {"city": "Shanghai"}, ""),
    ("city", "美国纽约", {"city": "New York"}, ""),
    ("city", "Toronto, Canada", {"city": "Toronto"}, ""),
    ("city", "London, UK", {"city": "London"}, ""),
    ("city", "in Georgia", {"city": "Georgia"}, ""),
    ("city", "Jordan", {"city": "Jordan"}, ""),
    # a kind of place, unnamed
    ("city", "村里", {}, "v"),
    ("city", "村里头", {}, "v"),
    ("city", "镇上", {}, "v"),
    ("city", "住在镇上", {}, "v"),
    ("city", "山里", {}, "v"),
    ("city", "县城", {}, "v"),
    ("city", "大城市", {}, "v"),
    ("city", "小城市", {}, "v"),
    ("city", "我住城里", {}, "v"),
    ("city", "城郊", {}, "v"),
    ("city", "在省会", {}, "v"),
    ("city", "本地的", {}, "v"),
    ("city", "老家呢", {}, "v"),
    ("city", "外地", {}, "v"),
    ("city", "市区", {}, "v"),
    ("city", "downtown", {}, "v"),
    ("city", "in the city centre", {}, "v"),
    ("city", "a village", {}, "v"),
    ("city", "在李家村", {"city": "李家村"}, ""),
    ("city", "在青石镇", {"city": "青石镇"}, ""),
    ("city", "桂林市区", {"city": "Guilin"}, ""),
    ("city", "downtown Chicago", {"city": "Chicago"}, ""),
    # a landmark
    ("city", "外滩", {}, ""),
    ("city", "西湖", {}, ""),
    ("city", "故宫", {}, ""),
    ("city", "Big Ben", {}, ""),
    ("city", "Tower Bridge", {}, ""),
    ("city", "Times Square", {}, ""),
    ("city", "Leicester Square", {}, ""),
    ("city", "Sydney Opera House", {}, ""),
    ("city", "杭州西湖区", {"city": "Hangzhou"}, ""),
    # a dish, a style, a breed, a brand
    ("city", "北京烤鸭", {}, ""),
    ("city", "兰州拉面", {}, ""),
    ("city", "武汉热干面", {}, ""),
    ("city", "广州早茶", {}, ""),
    ("city", "港式奶茶", {}, ""),
    ("city", "在兰州拉面馆打工", {}, ""),
    ("city", "a Chicago pizza", {}, ""),
    ("city", "New York cheesecake", {}, ""),
    ("city", "Chicago-style hot dogs", {}, ""),
    ("city", "Hong Kong style milk tea", {}, ""),
    ("city", "Boston terrier", {}, ""),
    ("city", "a Boston cream pie lol", {}, ""),
    ("city", "London Fog coat", {}, ""),
    ("city", "我在北京，最爱吃北京烤鸭", {"city": "Beijing"}, ""),
    ("city", "我在兰州，拉面天天吃", {"city": "Lanzhou"}, ""),
    ("city", "开了家重庆小面，在成都", {"city": "Chengdu"}, ""),
    ("city", "I live in Chicago and love the pizza", {"city": "Chicago"}, ""),
    ("city", "my dog is a Boston terrier, we live in Denver", {"city": "Denver"}, ""),
    ("city", "Boston", {"city": "Boston"}, ""),
    # a club
    ("city", "支持广州恒大", {}, ""),
    ("city", "我是北京国安的球迷", {}, ""),
    ("city", "上海队的球迷", {}, ""),
    ("city", "Leeds United fan", {}, ""),
    ("city", "Man United fan", {}, ""),
    ("city", "我住广州，广州恒大的铁杆", {"city": "Guangzhou"}, ""),
    ("city", "住在上海，队友都是本地人", {"city": "Shanghai"}, ""),
    ("city", "Manchester, United Kingdom", {"city": "Manchester"}, ""),
    # a person, a title, a name
    ("city", "Paris Hilton is my idol lol", {}, ""),
    ("city", "Sydney Sweeney lol", {}, ""),
    ("city", "Sleepless in Seattle is my fave film", {}, ""),
    ("city", "Emily in Paris lol", {}, ""),
    ("city", "最近在听北京欢迎你", {}, ""),
    ("city", "Jordan, my name, not the country", {}, ""),
    ("city", "Jordan, it's my first name", {}, ""),
    ("city", "I live in Paris", {"city": "Paris"}, ""),
    ("city", "Sydney", {"city": "Sydney"}, ""),
    ("name", "Jordan", {"name": "Jordan"}, ""),
    ("age", "I'm 30, Leeds United fan", {"age": 30}, ""),
    # a workplace set against a home elsewhere
    ("city", "I work in Manchester but live out in the sticks", {}, "v"),
    ("city", "I work in Leeds but live out on a farm", {}, "v"),
    ("city", "commute to Dublin every day from Meath", {}, ""),
    ("city", "commute into London from Kent", {}, ""),
    ("city", "I work in Leeds but live in Wakefield", {"city": "Wakefield"}, ""),
    ("city", "在深圳上班，住在乡下", {}, "v"),
    ("city", "在广州打工，家在农村", {}, "v"),
    ("city", "在深圳上班，住在东莞", {"city": "Dongguan"}, ""),
    ("city", "I live and work in Manchester", {"city": "Manchester"}, ""),
    ("city", "I work in Manchester", {"city": "Manchester"}, ""),
    ("city", "I work in Leeds but live in Leeds too", {"city": "Leeds"}, ""),
    ("city", "I work in Leeds, moved from York last year", {"city": "Leeds"}, ""),
    ("city", "I commute to Boston every day", {"city": "Boston"}, ""),
    ("city", "在深圳上班", {"city": "Shenzhen"}, ""),
    ("city", "在杭州上班，住郊区", {"city": "Hangzhou"}, ""),
    ("city", "在广州工作，老家在湖南", {"city": "Guangzhou"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_not_a_city(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Household readings pinned down: whose partner is meant and which kind is had.

- A partner's possessive typed without its apostrophe ("my wifes phone is 60", "hubbys job",
  "my girlfriends mum") reads as with it, in every slot; plurals stay plurals ("me and my
  girlfriends went out"), and a partner said to be dead is gone ("my husband's dead").
- One kind of partner admitted and another denied ("男朋友倒是有，老公没有", "boyfriend yes,
  husband no") is a partner; both denied, or a boyfriend only once had, is none.
- A partner of a child, sibling, parent or friend ("我女儿跟她男朋友住", "我弟和他女朋友",
  "my son and his girlfriend") is no partner of the respondent's; the respondent's own stays
  ("我跟男朋友住", "我是她男朋友"). A grown child (30) is no dependent.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

POSSESSIVES: list[tuple[str, str, dict[str, Any], str]] = [
    ("monthly_spend", "my wifes phone is 60", {"has_partner": True}, ""),
    ("monthly_spend", "my wife's phone is 60", {"has_partner": True}, ""),
    ("monthly_spend", "my husbands bill is 80", {"has_partner": True}, ""),
    ("monthly_spend", "my hubbys phone costs 50", {"has_partner": True}, ""),
    ("monthly_spend", "my girlfriends plan is 30", {"has_partner": True}, ""),
    (
        "monthly_spend",
        "my wifes is 60 and mine is 30",
        {"has_partner": True, "monthly_spend": 30.0},
        "",
    ),
    (
        "monthly_spend",
        "my husbands is 80, mine is 40",
        {"has_partner": True, "monthly_spend": 40.0},
        "",
    ),
    (
        "monthly_spend",
        "wifes phone is 60, mine 45",
        {"has_partner": True, "monthly_spend": 45.0},
        "",
    ),
    (
        "monthly_spend",
        "my boyfriends phone is 40 and mine is 25",
        {"has_partner": True, "monthly_spend": 25.0},
        "",
    ),
    (
        "monthly_spend",
        "my partners plan is 70, I pay 35",
        {"has_partner": True, "monthly_spend": 35.0},
        "",
    ),
    (
        "monthly_spend",
        "the hubbys plan is 55 and mine is 30",
        {"has_partner": True, "monthly_spend": 30.0},
        "",
    ),
    ("monthly_spend", "me and my girlfriends split a 90 dollar bill", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "about 50, my girlfriends say thats cheap", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "my partners at the firm pay it, about 100", {"monthly_spend": 100.0}, ""),
    ("age", "I'm 41, my wifes 39", {"has_partner": True, "age": 41}, ""),
    ("age", "I'm 29, my husbands 31", {"has_partner": True, "age": 29}, ""),
    (
        "has_dependents",
        "my wifes pregnant with our 2nd",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "gender",
        "Female. Hubbys deployed till spring",
        {"has_partner": True, "gender": "female"},
        "",
    ),
    ("has_partner", "my girlfriends mum lives with us", {"has_partner": True}, ""),
    ("has_partner", "my gfs phone is 40", {"has_partner": True}, ""),
    ("has_partner", "my fiances job moved us here", {"has_partner": True}, ""),
    ("has_partner", "my partners a nurse", {"has_partner": True}, ""),
    ("has_partner", "me and my girlfriends went out", {}, ""),
    ("has_partner", "my girlfriends are the best", {}, ""),
    ("has_partner", "our partners at work", {}, ""),
    (
        "interests",
        "my wifes into yoga, I like reading",
        {"has_partner": True, "interests": ["reading"]},
        "",
    ),
    ("city", "Denver. my wifes from Atlanta", {"has_partner": True, "city": "Denver"}, ""),
    ("name", "My wifes called Maureen, I'm Frank", {"has_partner": True, "name": "Frank"}, ""),
    ("has_partner", "no, my husband's dead", {"has_partner": False}, ""),
    ("has_partner", "my wifes dead", {"has_partner": False}, ""),
    ("has_partner", "hubbys no longer with us", {"has_partner": False}, ""),
    ("has_partner", "my husbands been dead 5 years", {"has_partner": False}, ""),
    ("has_partner", "my wife's dead tired after work", {"has_partner": True}, ""),
    ("has_partner", "my wife's dad is dead", {"has_partner": True}, ""),
    ("has_partner", "my wife's deceased mother", {"has_partner": True}, ""),
    ("has_partner", "the midwifes were lovely", {}, ""),
    ("has_partner", "outlived two husbands, single now", {"has_partner": False}, ""),
    ("has_partner", "the husbands at the school gate all moan about it", {}, ""),
]

KINDS: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "男朋友倒是有，老公没有", {"has_partner": True}, ""),
    ("has_partner", "女朋友倒是有，老婆没有", {"has_partner": True}, ""),
    ("has_partner", "老公没有，男朋友倒是有一个", {"has_partner": True}, ""),
    ("has_partner", "老婆没有，女朋友有", {"has_partner": True}, ""),
    ("has_partner", "没老公，有男朋友", {"has_partner": True}, ""),
    ("has_partner", "没老婆，不过有女朋友", {"has_partner": True}, ""),
    ("has_partner", "没结婚，不过有对象", {"has_partner": True}, ""),
    ("has_partner", "男朋友有的，老公还没有", {"has_partner": True}, ""),
    ("has_partner", "对象有，老公还没有", {"has_partner": True}, ""),
    ("has_partner", "未婚夫有，老公还没有", {"has_partner": True}, ""),
    ("has_partner", "男朋友有，但老公没有", {"has_partner": True}, ""),
    ("has_partner", "有男朋友，老公也没有", {"has_partner": True}, ""),
    ("has_partner", "no husband, but I have a boyfriend", {"has_partner": True}, ""),
    ("has_partner", "boyfriend yes, husband no", {"has_partner": True}, ""),
    ("has_partner", "girlfriend yes, wife no", {"has_partner": True}, ""),
    ("has_partner", "got a girlfriend, no wife yet", {"has_partner": True}, ""),
    ("has_partner", "have a fiancee, no wife yet", {"has_partner": True}, ""),
    ("has_partner", "partner yes, husband no", {"has_partner": True}, ""),
    ("has_partner", "not married but got a girlfriend", {"has_partner": True}, ""),
    ("has_partner", "没老公，也没男朋友", {"has_partner": False}, ""),
    ("has_partner", "男朋友没有，老公更没有", {"has_partner": False}, ""),
    ("has_partner", "no husband, no boyfriend either", {"has_partner": False}, ""),
    ("has_partner", "没老婆，有个女儿", {"has_dependents": True, "has_partner": False}, ""),
    ("has_partner", "no wife, got a dog though", {"has_partner": False}, ""),
    ("has_partner", "had a boyfriend but no husband, now neither", {"has_partner": False}, ""),
    ("has_partner", "男朋友以前有，老公没有", {"has_partner": False}, ""),
    ("has_partner", "前男友有一个，老公没有", {"has_partner": False}, ""),
    ("has_partner", "my ex boyfriend yes, husband no", {"has_partner": False}, ""),
    ("has_partner", "老公没有，男朋友刚分了", {"has_partner": False}, ""),
    ("has_partner", "no wife, my girlfriend left me last year", {"has_partner": False}, ""),
    ("has_partner", "老公就没意见", {"has_partner": True}, ""),
]

OTHERS_PARTNERS: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "我女儿跟她男朋友住", {}, ""),
    ("has_partner", "我女儿和她男朋友住一起", {}, ""),
    ("has_partner", "我弟和他女朋友", {}, ""),
    ("has_partner", "我弟跟他女朋友住我家", {}, ""),
    ("has_partner", "我妹跟她老公在上海", {}, ""),
    ("has_partner", "我妈和她男朋友", {}, ""),
    ("has_partner", "我爸和他女朋友", {}, ""),
    ("has_partner", "我儿子跟他女朋友出去了", {}, ""),
    ("has_partner", "我女儿跟男朋友住", {}, ""),
    ("has_partner", "我儿子和女朋友住在上海", {}, ""),
    ("has_partner", "我闺蜜跟她男朋友分了", {}, ""),
    ("has_partner", "我朋友和他女朋友天天吵架", {}, ""),
    ("has_partner", "她男朋友人挺好", {}, ""),
    ("has_partner", "我姐的男朋友", {}, ""),
    ("has_partner", "my daughter and her boyfriend live with us", {}, ""),
    ("has_partner", "my son and his girlfriend moved in", {}, ""),
    ("has_partner", "my mum and her boyfriend", {}, ""),
    ("has_partner", "我和我男朋友住", {"has_partner": True}, ""),
    ("has_partner", "我跟男朋友住", {"has_partner": True}, ""),
    ("has_partner", "me and my boyfriend", {"has_partner": True}, ""),
    ("has_partner", "我是她男朋友", {"has_partner": True}, ""),
    ("has_partner", "我跟女儿还有男朋友住", {"has_partner": True}, ""),
    ("has_partner", "我女儿跟我老公", {"has_partner": True}, ""),
    ("has_partner", "我妈跟我男朋友关系很好", {"has_partner": True}, ""),
    ("has_partner", "我女朋友和她闺蜜", {"has_partner": True}, ""),
    ("has_partner", "我女儿和老公都挺好", {"has_partner": True}, ""),
    ("has_partner", "孩子和男朋友都挺好", {"has_dependents": True, "has_partner": True}, ""),
    ("has_partner", "我女儿和男朋友都来了", {"has_partner": True}, ""),
    ("has_partner", "我女儿和男朋友住一起", {}, ""),
    ("has_partner", "我妈跟男朋友去旅游了", {}, ""),
    ("has_partner", "我女儿跟她老公", {}, ""),
    ("has_dependents", "我女儿跟她男朋友住", {"has_dependents": True}, ""),
    ("has_dependents", "宝宝今年三十了", {"has_dependents": False}, ""),
    ("has_dependents", "儿子今年三十了", {"has_dependents": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), POSSESSIVES)
def test_partner_possessive_without_apostrophe(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), KINDS)
def test_one_kind_of_partner_admitted(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), OTHERS_PARTNERS)
def test_partners_of_others(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

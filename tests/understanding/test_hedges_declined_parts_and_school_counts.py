"""Pins down small readings of intention, refusal, household and age: a hedged switch to a
named rival, signing up with a rival, "so long as" as a condition, a part of a topic declined
beside an answer, a child word naming whose parent the respondent is, and children counted by
their school."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

# A switch to a rival named, hedged (可能, 也许, 或许, 说不定, 没准), is unsure in any answer;
# a plan, a denial, another object or somebody else's switch is not.
HEDGED_RIVAL: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "三分，到期了也许换移动", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    ("satisfaction", "三分，可能换移动", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    ("satisfaction", "三分，可能会转联通", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    ("satisfaction", "3分吧，说不定换成电信了", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    ("satisfaction", "四分，没准就换别家了", {"churn_intent": "unsure", "satisfaction": 4}, ""),
    ("satisfaction", "三分，或许携号转网到联通", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    ("monthly_spend", "一百二，可能换移动", {"churn_intent": "unsure", "monthly_spend": 120.0}, ""),
    ("contract", "两年的，到期也许转电信", {"churn_intent": "unsure", "contract": "two_year"}, ""),
    (
        "satisfaction",
        "两分，网太卡，也许会换广电",
        {"churn_intent": "unsure", "satisfaction": 2},
        "",
    ),
    ("churn_intent", "也许换移动", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "到期了也许换移动", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "可能换移动吧", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "三分，不可能换移动", {"satisfaction": 3}, ""),
    ("satisfaction", "三分，打算换移动", {"churn_intent": "leave", "satisfaction": 3}, ""),
    ("satisfaction", "三分，到期就换移动", {"churn_intent": "leave", "satisfaction": 3}, ""),
    ("satisfaction", "三分，移动也许换了套餐", {"satisfaction": 3}, ""),
    ("satisfaction", "三分，可能换手机", {"satisfaction": 3}, ""),
    ("satisfaction", "三分，也许换个套餐", {"satisfaction": 3}, ""),
    ("satisfaction", "三分，我哥可能换移动", {"satisfaction": 3}, ""),
    ("churn_intent", "不可能换移动", {"churn_intent": "stay"}, ""),
    ("monthly_spend", "一百二，可能换套餐", {"monthly_spend": 120.0}, ""),
    (
        "satisfaction",
        "3分吧，价格有点贵，合约到期可能换",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
]

# Signing up with a rival is leaving and no start with us; signing up with us still is.
SIGNED_RIVAL: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "satisfaction",
        "3, just signed up with Optus",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, just signed up with Telstra",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, just signed up with Vodafone last week",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "2, I just signed up with Optus so cancel me",
        {"churn_intent": "leave", "satisfaction": 2},
        "",
    ),
    (
        "satisfaction",
        "3, only just signed up with a competitor",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, just signed up with another provider",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    # (changed: a rival joined is leaving, as "just signed up with Telstra" is; see
    # test_rivals_joined)
    ("satisfaction", "3, just joined Telstra", {"churn_intent": "leave", "satisfaction": 3}, ""),
    ("tenure_months", "just signed up with Optus", {"churn_intent": "leave"}, ""),
    ("satisfaction", "3, just signed with Optus", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (
        "satisfaction",
        "3, I've already signed with Telstra",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "monthly_spend",
        "$80, just signed up with Sky",
        {"churn_intent": "leave", "monthly_spend": 80.0},
        "",
    ),
    ("tenure_months", "just signed up with you", {"tenure_months": 0}, ""),
    ("tenure_months", "just signed up", {"tenure_months": 0}, ""),
    ("tenure_months", "just joined, loving it", {"tenure_months": 0}, ""),
    ("tenure_months", "just signed up with you from Optus", {"tenure_months": 0}, ""),
    ("tenure_months", "just joined from Telstra", {"tenure_months": 0}, ""),
    (
        "satisfaction",
        "3, just signed up for the fibre plan",
        {"tenure_months": 0, "internet_service": "fiber_optic", "satisfaction": 3},
        "",
    ),
    ("tenure_months", "just signed up with you guys, came from Optus", {"tenure_months": 0}, ""),
    ("tenure_months", "just signed up with the family plan", {"tenure_months": 0}, ""),
    (
        "satisfaction",
        "4, just switched to you from Optus",
        {"tenure_months": 0, "satisfaction": 4},
        "",
    ),
    # (changed: a switch to a rival named is leaving in any answer, as "just signed up with
    # Optus" is; see test_rivals_joined)
    ("satisfaction", "3, just switched to Optus", {"churn_intent": "leave", "satisfaction": 3}, ""),
]

# "so long as" is a condition, as "as long as" is; "so long" alone is not.
SO_LONG_AS: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "churn_intent",
        "yes so long as my kids have wifi",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "yes, so long as my kids have wifi",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "yes as long as my kids have wifi",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "I'll stay so long as the price is right", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "staying, so long as nothing breaks", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "so long as the bill stays the same I'll stay",
        {"churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "yeah so long as it works", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "sure, so long as my kids have wifi",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "Yes. So long as it keeps working.", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "renewing so long as the price holds", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "I'll stick around so long as the speed holds up",
        {"churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "yes, I've been with you so long", {"churn_intent": "stay"}, ""),
    ("churn_intent", "yes, so long", {"churn_intent": "stay"}, ""),
    ("churn_intent", "yes, been a customer so long", {"churn_intent": "stay"}, ""),
    ("churn_intent", "staying, so long since I had a problem", {"churn_intent": "stay"}, ""),
    ("churn_intent", "staying", {"churn_intent": "stay"}, ""),
    ("churn_intent", "yes", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'll stay as long as nothing breaks", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "staying for as long as I live here", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "leaving, took so long to fix", {"churn_intent": "leave"}, ""),
]

# A framed part declined beside an answer keeps the answer; the question itself declined, or a
# part declined with no answer elsewhere, is a refusal.
DECLINED_PART: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "关于网速的不说了，价格还行", {"satisfaction": 3}, ""),
    ("satisfaction", "关于网速的我就不多说了，整体还行吧", {"satisfaction": 3}, ""),
    ("satisfaction", "价格还行，关于客服的就不说了", {"satisfaction": 3}, ""),
    ("satisfaction", "涉及客服的不谈了，4分", {"satisfaction": 4}, ""),
    ("satisfaction", "3分，其他不说了", {"satisfaction": 3}, ""),
    ("monthly_spend", "一百二，涉及钱的其他不说了", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "一百二，涉及钱的不说了", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "一百二左右，关于扣费的就不提了", {"monthly_spend": 120.0}, ""),
    ("name", "张伟，关于年龄的不说了", {"name": "张伟"}, ""),
    ("city", "杭州，涉及住址的其他不说了", {"city": "Hangzhou"}, ""),
    ("satisfaction", "关于网速的不说了", {}, "r"),
    ("satisfaction", "关于网速的不说了，你们自己清楚", {}, "r"),
    ("satisfaction", "这个就不说了，价格还行", {}, "r"),
    ("satisfaction", "不说了", {}, "r"),
    ("satisfaction", "关于价格的不说了，懒得说", {}, "r"),
    ("monthly_spend", "钱的事就不说了，反正是两年合约", {"contract": "two_year"}, "r"),
    ("monthly_spend", "涉及钱的不说了，你们自己查", {}, "r"),
    ("monthly_spend", "涉及钱的不说了", {}, "r"),
    ("monthly_spend", "关于套餐的不说了，反正是两年合约", {"contract": "two_year"}, "r"),
    ("monthly_spend", "这个涉及钱的不说", {}, "r"),
    ("name", "关于名字的不说了，我在杭州", {"city": "Hangzhou"}, "r"),
    ("satisfaction", "app难用就不说了，整体服务我给3分", {"satisfaction": 3}, ""),
    ("city", "这个就不说了，反正是个三线小城", {}, "r"),
]

# A child word naming whose parent the respondent is ("两个娃的妈"): what follows is the
# parent's, not the child's; "都" turns back to the children.
PARENT_OF: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "gender",
        "我是两个娃的妈，在苏州上班",
        {"city": "Suzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "我是两个孩子的妈，在苏州工作",
        {"city": "Suzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "我是俩娃的妈，在苏州上班",
        {"city": "Suzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "两个娃的妈，在苏州上班",
        {"city": "Suzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "我是两个娃的爸，在苏州上班",
        {"city": "Suzhou", "has_dependents": True, "gender": "male"},
        "",
    ),
    (
        "gender",
        "我是孩子的妈，在杭州上班",
        {"city": "Hangzhou", "has_dependents": True, "gender": "female"},
        "",
    ),
    ("gender", "我是三个娃的妈妈，在外地工作", {"has_dependents": True, "gender": "female"}, ""),
    (
        "has_dependents",
        "我是两个娃的妈，在苏州上班",
        {"city": "Suzhou", "has_dependents": True},
        "",
    ),
    ("city", "两个娃的妈，在苏州上班", {"has_dependents": True, "city": "Suzhou"}, ""),
    ("gender", "我是两个娃的妈", {"has_dependents": True, "gender": "female"}, ""),
    ("gender", "两个娃，在苏州上班", {"city": "Suzhou", "has_dependents": False}, ""),
    ("gender", "娃在苏州上班", {"city": "Suzhou", "has_dependents": False}, ""),
    ("gender", "两个娃的妈，娃都结婚了", {"has_dependents": False, "gender": "female"}, ""),
    ("gender", "两个孩子的妈，孩子都成家了", {"has_dependents": False, "gender": "female"}, ""),
    ("gender", "两个孩子的妈，都成家了", {"has_dependents": False, "gender": "female"}, ""),
    (
        "gender",
        "我是两个娃的妈，孩子都在外地工作",
        {"has_dependents": False, "gender": "female"},
        "",
    ),
    (
        "gender",
        "两个孩子的妈，都在上海上班",
        {"city": "Shanghai", "has_dependents": False, "gender": "female"},
        "",
    ),
    ("has_dependents", "就一个儿子，在深圳上班了", {"has_dependents": False}, ""),
    ("has_dependents", "孩子大学毕业了，在北京上班，经济独立", {"has_dependents": False}, ""),
    ("gender", "我是两个娃的妈，都上小学了", {"has_dependents": True, "gender": "female"}, ""),
    ("has_dependents", "俩娃的爸，在工地上班", {"has_dependents": True}, ""),
]

# Children counted by their school are no age; the respondent's own number still is.
SCHOOL_COUNTS: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "two middle schoolers", {"has_dependents": True}, ""),
    ("age", "2 middle schoolers", {"has_dependents": True}, ""),
    ("age", "two high schoolers", {"has_dependents": True}, ""),
    ("age", "two preschoolers", {"has_dependents": True}, ""),
    ("age", "I have two middle schoolers", {"has_dependents": True}, ""),
    ("age", "two grade schoolers and a baby", {"has_dependents": True}, ""),
    ("age", "2 kindergartners", {"has_dependents": True}, ""),
    ("age", "俩小学生", {}, ""),
    ("age", "仨小学生", {}, ""),
    ("age", "俩初中生", {}, ""),
    ("age", "俩大学生", {}, ""),
    ("age", "two middle schoolers, I'm 41", {"has_dependents": True, "age": 41}, ""),
    ("age", "42, two middle schoolers", {"has_dependents": True, "age": 42}, ""),
    ("age", "I'm 38 with 2 high schoolers", {"has_dependents": True, "age": 38}, ""),
    ("age", "俩高中生，我45", {"age": 45}, ""),
    ("age", "I teach 30 pupils, I'm 29", {"age": 29}, ""),
    ("age", "middle school teacher, 34", {"age": 34}, ""),
    ("age", "two", {"age": 2}, ""),
    ("age", "22", {"age": 22}, ""),
    ("age", "三十五，俩孩子", {"has_dependents": True, "age": 35}, ""),
    ("age", "two teenagers", {"has_dependents": True}, ""),
    ("age", "45", {"age": 45}, ""),
]

CASES = HEDGED_RIVAL + SIGNED_RIVAL + SO_LONG_AS + DECLINED_PART + PARENT_OF + SCHOOL_COUNTS


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_late_leftovers(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

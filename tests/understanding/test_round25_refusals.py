"""Refusals, vague answers and names, round 25.

Covers: the name not left ("不想留名字", "不愿意留姓名", "名字我就不想留了"; but "客服不给电话" and
"营业厅不留电话就不给办", grievances); the name left to the asker ("any name will do", "up to
you", "make one up", "你给我起个名字吧"; but "it's up to you guys to get this right, I'm Dave");
an age or a step in life as no name ("今年七十，刚退休", "二十出头", "just turned fifty",
"just graduated"; but "王二", "李十一", "Ted", "Winifred Jones"); a service too new to judge
("还没怎么用", "用的时间太短了", "early days yet", "haven't used it much yet"; but "才几天就坏了，
1分"); the amount never looked at ("I don't really check", "扣多少我都不管"; but "I never look,
about 50 I think"); "没事", "没问题", "no worries", "not interested" as no answer to a yes/no
question of fact (but "没事，我单身", "no problem, I'm married", "nope"). Rows are (asked slot,
message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the name not left: a refusal
    ("name", "不想留名字", {}, "r"),
    ("name", "不愿意留姓名", {}, "r"),
    ("name", "我不太想留姓名", {}, "r"),
    ("name", "不想留电话", {}, "r"),
    ("name", "姓名不留了吧", {}, "r"),
    ("name", "不方便留名字", {}, "r"),
    ("name", "名字我就不想留了", {}, "r"),
    ("name", "不打算留真名", {}, "r"),
    ("name", "不想留名字，叫我小王就行", {"name": "小王"}, ""),
    ("name", "留个名字吧，叫我小王", {"name": "小王"}, ""),
    ("complaint", "客服不给电话，投诉无门", {"complaint": "客服不给电话，投诉无门"}, ""),
    ("complaint", "营业厅不留电话就不给办", {"complaint": "营业厅不留电话就不给办"}, ""),
    # the name left to the asker: vague
    ("name", "pick whatever name suits you, doesn't bother me", {}, "v"),
    ("name", "any name will do", {}, "v"),
    ("name", "choose any name you want", {}, "v"),
    ("name", "just give me a name", {}, "v"),
    ("name", "make one up", {}, "v"),
    ("name", "up to you", {}, "v"),
    ("name", "any old name", {}, "v"),
    ("name", "你给我起个名字吧", {}, "v"),
    ("name", "it's up to you guys to get this right, I'm Dave", {"name": "Dave"}, ""),
    ("name", "any name on the account you need?", {}, ""),
    # an age or a step in life is no name
    ("name", "今年七十，刚退休", {"age": 70}, ""),
    ("name", "二十出头，学生", {}, ""),
    ("name", "虚岁四十", {}, ""),
    ("name", "just turned fifty, retired in spring", {"age": 50}, ""),
    ("name", "Sixty, retired", {}, ""),
    ("name", "just graduated", {}, ""),
    ("name", "fifty something", {"age": 50}, ""),
    ("name", "我叫王二，今年六十", {"name": "王二", "age": 60}, ""),
    ("name", "李十一", {"name": "李十一"}, ""),
    ("name", "赵六", {"name": "赵六"}, ""),
    ("name", "Ted", {"name": "Ted"}, ""),
    ("name", "Winifred Jones", {"name": "Winifred Jones"}, ""),
    ("name", "Turner", {"name": "Turner"}, ""),
    ("name", "moved from Leeds, Sarah", {"name": "Sarah"}, ""),
    # too new to judge: vague about a rating
    ("satisfaction", "前两周刚开通，还没怎么用", {"tenure_months": 0}, "v"),
    ("satisfaction", "还没用几次", {}, "v"),
    ("satisfaction", "用的时间太短了", {}, "v"),
    ("satisfaction", "haven't used it much yet", {}, "v"),
    ("satisfaction", "early days yet", {}, "v"),
    ("satisfaction", "still new to it, ask me next month", {}, "v"),
    ("satisfaction", "I've barely used it", {}, "v"),
    ("satisfaction", "only had it two weeks", {}, "v"),
    ("satisfaction", "haven't used it much yet but so far it's great", {"satisfaction": 5}, ""),
    ("satisfaction", "才几天就坏了，1分", {"satisfaction": 1}, ""),
    ("monthly_spend", "没怎么用流量，一个月30", {"monthly_spend": 30.0}, ""),
    (
        "satisfaction",
        "the router's too new to be faulty, it's the line, 2 out of 5",
        {"satisfaction": 2},
        "",
    ),
    # the amount never looked at: vague
    ("monthly_spend", "it comes straight out of the bank so I don't really check", {}, "v"),
    ("monthly_spend", "we never look at how much comes out", {}, "v"),
    ("monthly_spend", "扣多少我都不管", {}, "v"),
    ("monthly_spend", "I never look, about 50 I think", {"monthly_spend": 50.0}, ""),
    (
        "monthly_spend",
        "I never check my email for the bill, it's about 40",
        {"monthly_spend": 40.0},
        "",
    ),
    ("interests", "I never really look at social media, I read", {"interests": ["reading"]}, ""),
    # "it's fine" or "not interested" answers no yes/no question of fact
    ("has_partner", "没事", {}, ""),
    ("has_partner", "没关系", {}, ""),
    ("has_partner", "没问题", {}, ""),
    ("has_partner", "没事儿哈", {}, ""),
    ("has_partner", "not interested", {}, ""),
    ("has_partner", "no worries mate", {}, ""),
    ("has_dependents", "no problem", {}, ""),
    ("has_partner", "没事的，有老公", {"has_partner": True}, ""),
    ("has_partner", "没事，我单身", {"has_partner": False}, ""),
    ("has_partner", "no problem, I'm married", {"has_partner": True}, ""),
    ("has_dependents", "go ahead, two kids", {"has_dependents": True}, ""),
    ("has_partner", "nope", {"has_partner": False}, ""),
    ("has_dependents", "没", {"has_dependents": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "values", "flag"), CASES)
def test_round25_refusals(
    survey: Survey, asked: str, text: str, values: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, values, flag)

"""Household, round 30: "Mrs" as a title, the kin label as the whole answer, "俩口子", alone
with a space before what follows, a bare "老头子" opening a clause, time denied with children
counted, and the respondent's own partner named after "and".

Covers: "call me Mrs. Okafor" (but "I'll ring me mrs and ask", "me mrs pays it by card");
"孩子他妈" to the gender question (but "孩子他妈在家带娃"); "没有 就我俩口子" (but
"儿子俩口子住隔壁", "他们俩口子天天吵架"); "就我一个人 在外面租房" (but
"就我一个人在外面打工，老婆孩子在老家");
"去营业厅交现金，老头子不会弄手机" (but "隔壁老头子", "我一个老头子", "老头子了", "老头子我…");
"no time with 3 kids", "can't relax with 3 kids" (but "no time, no kids", "no kids with me");
"me brother's up in Fort McMurray … and the wife's sister is in Halifax" (but "my brother and
his wife", "my brother's wife").
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
G = "gender"
N = "name"
PAY = "payment_method"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # "Mrs" as a title before a surname: a form of address, no partner
    (N, "call me Mrs. Okafor", {N: "Mrs. Okafor"}, ""),
    (N, "call me Mrs Bello", {N: "Mrs Bello"}, ""),
    (N, "just put me down as Mrs. Adeyemi", {N: "Mrs. Adeyemi"}, ""),
    (PAY, "me mrs pays it by card", {P: True, PAY: "credit_card"}, ""),
    (P, "I'll ring me mrs and ask", {P: True}, ""),
    (P, "me mrs does the bills", {P: True}, ""),
    # the kin label as the whole answer is the respondent's own
    (G, "孩子他妈", {G: "female"}, ""),
    (G, "嗯，孩子他妈", {G: "female"}, ""),
    (G, "娃他爸", {G: "male"}, ""),
    (P, "孩子他妈在家带娃", {P: True, D: True}, ""),
    (P, "我是孩他妈", {}, ""),
    # "俩口子": the respondent's couple, not another's
    (D, "没有 就我俩口子", {P: True, D: False}, ""),
    (P, "就我俩口子", {P: True, D: False}, ""),
    ("city", "我俩口子在成都", {P: True, "city": "Chengdu"}, ""),
    (D, "儿子俩口子住隔壁", {}, ""),
    (P, "他们俩口子天天吵架", {}, ""),
    (P, "隔壁俩口子天天吵架", {}, ""),
    # alone, with a space before what follows
    (D, "就我一个人 在外面租房", {D: False}, ""),
    (D, "就我自己一个人 住宿舍", {D: False}, ""),
    (P, "就我一个人 在外面租房", {P: False}, ""),
    (D, "就我一个人在外面打工，老婆孩子在老家", {P: True, D: True}, ""),
    # a bare "老头子" opening a clause about him: the husband
    (PAY, "去营业厅交现金，老头子不会弄手机", {P: True}, "v"),
    (PAY, "老头子不会弄手机，每个月去营业厅交现金", {P: True}, "v"),
    ("age", "六十八了，老头子身体不好", {P: True, "age": 68}, ""),
    (PAY, "隔壁老头子不会弄手机", {}, ""),
    (PAY, "我一个老头子不会弄手机", {}, ""),
    (PAY, "老头子了，不会弄手机", {}, ""),
    (PAY, "现在的老头子都不会弄手机", {}, ""),
    (PAY, "老头子我不会弄手机", {}, ""),
    ("age", "老头子去年走了，我今年七十", {P: False, "age": 70}, ""),
    # time or ease denied with the children counted: the children are had
    ("interests", "not much, no time with 3 kids", {D: True}, "v"),
    ("interests", "no free time with three kids at home", {D: True}, "v"),
    (D, "can't relax with 3 kids", {D: True}, ""),
    ("age", "not easy with three kids, I'm 41", {D: True, "age": 41}, ""),
    (D, "no sleep with a newborn", {D: True}, ""),
    (D, "no time, no kids, just work", {D: False}, ""),
    (P, "no wife, no kids, lots of free time", {P: False, D: False}, ""),
    (D, "no kids with me, they're at their mum's", {D: False}, ""),
    # the respondent's own partner or child named after "and", another person named first
    (
        "city",
        "Out on the water most days, me brother's up in Fort McMurray on the oil sands and the "
        "wife's sister is in Halifax. Reception's brutal out past the point",
        {P: True},
        "",
    ),
    ("city", "my brother lives in Leeds and my wife's sister is in Halifax", {P: True}, ""),
    ("age", "my brother's 40 and my wife is 38", {P: True}, ""),
    ("interests", "my sister has kids and my wife loves cooking", {P: True}, ""),
    ("age", "my sister has two kids and my son is 6", {D: True}, ""),
    ("city", "my brother and his wife live in Halifax", {}, ""),
    ("city", "my brother's wife is in Halifax", {}, ""),
    (P, "my brother's up north and his wife's sister is in Halifax", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round30_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

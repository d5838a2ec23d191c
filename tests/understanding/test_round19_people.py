"""People and household, round 19: written words for a death, children's advice, a parent whose
youngest is a child, people of a job counted, a school year group, a word whose meaning is asked,
and "I don't" before another verb.

Covers: "病故", "逝世", "已故" after a partner word (but "故意", "故宫"); a son or daughter who says
"it's the router" without the "-s", or weighs up a deal or a new phone ("闺女说一年的划算",
"我女儿说换个手机"; but "我女儿说作业太多", "my son say he want a tablet"); "mum of three, the
youngest is 8" in another answer (but a grown youngest, an age in months, a grandmother, or "my
mum's a mother of three"); "I look after 28 patients"; "thirty years of Year 6 kids" (but "my year
6 kid"); "partner
mean business partner or husband?" (but "my husband means well"); "I don't know how she does it"
(but "I don't", "I don't think so", "I don't have any").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # written and old-fashioned words for a death
    ("has_partner", "老伴于去年病故了", {"has_partner": False}, ""),
    ("has_partner", "老伴逝世以后我就一个人过", {"has_partner": False}, ""),
    ("has_partner", "老公是故意的吧，天天不接电话", {"has_partner": True}, ""),
    ("has_partner", "我老公在故宫上班", {"has_partner": True}, ""),
    # a grown child's advice, "say" without its "-s"
    ("has_dependents", "my daughter say it's a scam, don't sign", {}, ""),
    ("has_dependents", "my son think it's the cable not the router", {}, ""),
    ("has_dependents", "my son say he want a tablet for school", {"has_dependents": True}, ""),
    ("has_dependents", "my kids say they want netflix", {"has_dependents": True}, ""),
    # a deal or a new phone weighed up by a son or daughter
    ("has_dependents", "儿子觉得两年的不划算", {}, ""),
    ("has_dependents", "我闺女说换个华为的", {}, ""),
    ("has_dependents", "我女儿说作业太多", {"has_dependents": True}, ""),
    ("has_dependents", "儿子说换了新老师", {"has_dependents": True}, ""),
    # a parent whose youngest is a child, in another answer
    (
        "gender",
        "female, a mother of four, the youngest just turned 5",
        {"gender": "female", "has_dependents": True},
        "",
    ),
    ("age", "41, dad of 3, the baby is 2", {"age": 41, "has_dependents": True}, ""),
    ("gender", "male, father of two, the youngest is 27 now", {"gender": "male"}, ""),
    ("gender", "woman, mother of three, the youngest is 9 months", {"gender": "female"}, ""),
    ("gender", "grandmother of five, the youngest is 3", {"gender": "female"}, ""),
    ("age", "My mum's a mother of three and the youngest is 9", {}, ""),
    # people of a job, counted
    ("has_dependents", "I care for 14 patients every shift", {}, ""),
    ("has_dependents", "I look after 3 kids", {"has_dependents": True}, ""),
    # a school year group is a class
    ("has_dependents", "I taught Year 9 kids for a decade", {}, ""),
    ("has_dependents", "coaching grade 4 children on saturdays", {}, ""),
    ("has_dependents", "my year 6 kid loves the tablet", {"has_dependents": True}, ""),
    ("has_dependents", "two kids, the older one in year 6", {"has_dependents": True}, ""),
    # a word whose meaning is asked about
    ("has_partner", "does partner mean a business partner too?", {}, ""),
    ("has_partner", "对象是指老婆吗？", {}, ""),
    (
        "has_partner",
        "my husband means well but he's hopeless with phones",
        {"has_partner": True},
        "",
    ),
    ("has_partner", "yes my wife. what do you mean?", {"has_partner": True}, ""),
    # "I don't" before another verb
    ("has_dependents", "I don't understand why you need it", {}, ""),
    ("has_dependents", "I don't", {"has_dependents": False}, ""),
    ("has_dependents", "I don't think so", {"has_dependents": False}, ""),
    ("has_dependents", "we don't have any", {"has_dependents": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round19_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

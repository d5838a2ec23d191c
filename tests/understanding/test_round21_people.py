"""People and household, round 21: Hokkien partner words, a named husband who passed away, a
grown son who has his own family, caring for oneself, a count after a greeting, nobody who asked,
"a single bar", and young children shown in another answer.

Covers: "阮翁" / "阮尪" (my husband) with "过身" (but "查某人" is a woman, no partner); "my dear
husband Arthur passed away in 2019" (but "passed on the message", "passed her test"); "已成家" and
"二人生活" (but "我已成家，孩子上初中"); "I can barely look after myself" (but "I look after my
mum"); "Bula! Four of them"; "nobody has asked me such a thing" (but "nobody"); "cannae get a
single bar" (but "single", "34, single, no kids"); "three little girls", "2 small boys", "my two,
they're 6 and 9", "上一年级的臭小子", "老二把奶瓶扔了", "俩娃他妈" in another answer (but "two
small dogs", "when we were three little boys", "my two are 26 and 29", "老二刚打电话来").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # Hokkien partner words
    ("has_partner", "阮翁去年过身了", {"has_partner": False}, ""),
    ("has_partner", "阮尪在厝", {"has_partner": True}, ""),
    ("has_partner", "阮翁佇台北做工", {"has_partner": True}, ""),
    ("has_partner", "我是查某人", {}, ""),
    # a husband or wife named, who passed away
    ("has_partner", "My beloved wife Maureen passed away in 2020.", {"has_partner": False}, ""),
    ("has_partner", "my dear husband Tom passed away last spring", {"has_partner": False}, ""),
    ("has_partner", "my husband Tom passed on the message to me", {"has_partner": True}, ""),
    ("has_partner", "my wife Sue passed her driving test", {"has_partner": True}, ""),
    # a grown son or daughter with a family of their own; a household of two
    ("has_dependents", "女儿1990年生，已成家", {"has_dependents": False}, ""),
    ("has_dependents", "我和老伴二人生活", {"has_partner": True, "has_dependents": False}, ""),
    ("has_dependents", "我已成家，孩子上初中", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "我跟老伴二人生活，孙子跟我们住",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    # caring for oneself
    ("has_dependents", "nope, I can hardly look after myself", {"has_dependents": False}, ""),
    ("has_dependents", "nah mate, can barely fend for myself", {"has_dependents": False}, ""),
    ("has_dependents", "I look after my mum", {"has_dependents": True}, ""),
    ("has_dependents", "I look after myself and my two boys", {"has_dependents": True}, ""),
    # a count after a greeting
    ("has_dependents", "Kia ora! three of them, all at primary", {"has_dependents": True}, ""),
    ("has_dependents", "Hello! two", {"has_dependents": True}, ""),
    ("has_dependents", "hi, one question first", {}, ""),
    # nobody who asked
    (
        "has_dependents",
        "Why does that matter? Been with you since 2011 and nobody ever asked me that.",
        {},
        "",
    ),
    ("has_dependents", "nobody", {"has_dependents": False}, ""),
    ("has_dependents", "no one depends on me", {"has_dependents": False}, ""),
    # "single" before a thing counted
    ("has_partner", "can't get a single bar in the kitchen", {}, ""),
    ("has_partner", "single", {"has_partner": False}, ""),
    ("age", "34, single, no kids", {"age": 34, "has_partner": False, "has_dependents": False}, ""),
    # young children shown in another answer
    (
        "gender",
        "female. my husband, two little girls and me",
        {"gender": "female", "has_partner": True, "has_dependents": True},
        "",
    ),
    ("gender", "male, 3 small boys at home", {"gender": "male", "has_dependents": True}, ""),
    ("gender", "female, I have two small dogs", {"gender": "female"}, ""),
    ("gender", "male, when we were three little boys we fought all day", {"gender": "male"}, ""),
    (
        "name",
        "Sue. Packing lunches for my two, they're 7 and 11",
        {"name": "Sue", "has_dependents": True},
        "",
    ),
    ("name", "Sue. my two, they're 26 and 29", {"name": "Sue"}, ""),
    (
        "gender",
        "男的，家里还有个刚上二年级的小丫头",
        {"gender": "male", "has_dependents": True},
        "",
    ),
    ("name", "稍等，老三把奶嘴弄丢了", {"has_dependents": True}, ""),
    ("name", "等一下，老二刚打电话来", {}, ""),
    ("gender", "我是仨娃他爸", {"gender": "male", "has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round21_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

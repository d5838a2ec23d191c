"""Household and places: a number denied after a yes, Sichuan "没得", grown children working
elsewhere, animals as the object of "有", "I'm my dad's carer", "除非" before a spouse, holiday
stays and holiday homes, and a compass part of London.

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
C = "city"
I = "churn_intent"  # noqa: E741

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (D, "有啊，也没有很多，就一个", {D: True}, ""),
    (D, "有啊，没几个，就俩", {D: True}, ""),
    (D, "没有很多，就一个孩子", {D: True}, ""),
    (D, "没有，一个都没有", {D: False}, ""),
    (D, "孩子没得", {D: False}, ""),
    (D, "娃儿都没得", {D: False}, ""),
    (D, "孩子冇得", {D: False}, ""),
    (D, "孩子没得事，挺好的", {D: True}, ""),
    (D, "我爸妈跟我住，我养着，孩子没得", {D: True}, ""),
    (P, "对象没得", {P: False}, ""),
    (P, "有对象", {P: True}, ""),
    (D, "my kids all work in Shenzhen now", {D: False}, ""),
    (D, "both my sons work in London now", {D: False}, ""),  # the sons' place, not theirs
    (D, "my kids all live at home", {D: True}, ""),
    (D, "孩子都在深圳工作了", {D: False}, ""),
    (P, "家里有两条狗要养", {}, ""),
    (P, "家里有只猫", {}, ""),
    (D, "家里有两条狗要养", {D: False}, ""),
    (P, "家里有老婆要养", {P: True}, ""),
    (D, "I'm my dad's carer", {D: True}, ""),
    (D, "I'm my mum's full-time carer", {D: True}, ""),
    (D, "I am my mother's caregiver", {D: True}, ""),
    (D, "my dad is my carer", {}, ""),
    (I, "续约？除非我老婆同意", {P: True, I: "unsure"}, ""),
    (I, "除非我老公同意才续", {P: True, I: "unsure"}, ""),
    (I, "续约？除非价格降下来", {I: "unsure"}, ""),
    (C, "35, living with my sister in London for the summer", {}, ""),
    (C, "34, we're in Rome on holiday", {}, ""),
    (C, "we bought a holiday home in Leeds", {}, ""),
    (C, "我在三亚度假", {}, ""),
    (C, "暑假在北京姐姐家住", {}, ""),
    (C, "在三亚有套度假房，平时住长沙", {C: "Changsha"}, ""),
    (C, "staying in Paris for the summer, I live in Leeds", {C: "Leeds"}, ""),
    (C, "I'm on holiday in Spain, home is Manchester", {C: "Manchester"}, ""),
    (C, "we have a holiday home in Cornwall but live in Bristol", {C: "Bristol"}, ""),
    (C, "I live in London, it is lovely in the summer", {C: "London"}, ""),
    (C, "London. Off to Rome on holiday next week", {C: "London"}, ""),
    (C, "I live in East London", {C: "London"}, ""),
    (C, "I live in South London", {C: "London"}, ""),
    (C, "East London, Eastern Cape", {C: "East London"}, ""),
    (C, "I live in East London, South Africa", {C: "East London"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_known_household_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

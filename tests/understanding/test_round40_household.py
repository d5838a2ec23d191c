"""Household answers, round 40: a value said and then no more questions wanted, a break-up in
slang, a bedridden parent cared for with the parent left unsaid, "哪有空" before the children, a
jokey name for the children, a grown son with a home of his own, and "spose" for "suppose".

Covers: "离了，别问了", "两个娃，别问了", "35，别问了" (the value stands; "别问了" and "哎，别问了"
alone still refuse); "跟对象掰了", "跟男朋友早吹了", "被女朋友甩了" (no partner; not "老公掰了个
橘子", "老婆吹了头发", "对象的生意黄了"); "separated from the wife", "split from the missus" (no
partner; "the wife and I are fine" is one); "吃喝拉撒都是我伺候" after "我妈瘫在炕上" (a dependent;
not "我哥伺候", "我妈照顾我", "我伺候不了"); "哪有空，俩娃天天闹" (children had; "哪有孩子",
"哪有钱养孩子" still deny them); "3 little terrors", "家里俩小魔王" asked (dependents; not beside
an animal, and no value under another question); "only the one son and he's 30 with his own
place" (no dependents; not "he's 12", "his own room"); "meh, 3 I spose" (no spouse).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "离了，别问了", {"has_partner": False}, ""),
    ("has_partner", "单身，别问了", {"has_partner": False}, ""),
    ("has_partner", "离婚了，别再问了", {"has_partner": False}, ""),
    ("has_partner", "分了，不想多说", {"has_partner": False}, ""),
    ("has_dependents", "两个娃，别问了", {"has_dependents": True}, ""),
    ("age", "35，别问了", {"age": 35}, ""),
    ("has_partner", "别问了", {}, "r"),
    ("has_partner", "哎，别问了", {}, "r"),
    ("has_partner", "divorced, don't ask", {"has_partner": False}, ""),
    ("has_partner", "上个月刚跟对象掰了", {"has_partner": False}, ""),
    ("has_partner", "跟男朋友早吹了", {"has_partner": False}, ""),
    ("has_partner", "被女朋友甩了", {"has_partner": False}, ""),
    ("has_partner", "跟对象闹掰了", {"has_partner": False}, ""),
    ("has_partner", "老公掰了个橘子给我", {"has_partner": True}, ""),
    ("has_partner", "老婆吹了头发才出门", {"has_partner": True}, ""),
    ("has_partner", "对象的生意黄了，天天在家", {"has_partner": True}, ""),
    ("has_partner", "跟对象处了三年", {"has_partner": True}, ""),
    (
        "has_partner",
        "separated from the wife, on me own now with the two kids, 9 and 12",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    ("has_partner", "split from the missus last year", {"has_partner": False}, ""),
    ("has_partner", "broke up with the girlfriend", {"has_partner": False}, ""),
    ("has_partner", "the wife and I are fine", {"has_partner": True}, ""),
    ("has_dependents", "我妈瘫在炕上好几年了，吃喝拉撒都是我伺候", {"has_dependents": True}, ""),
    ("has_dependents", "我爸中风了，都是我在照顾", {"has_dependents": True}, ""),
    ("has_dependents", "婆婆卧床三年，一直是我伺候的", {"has_dependents": True}, ""),
    (
        "satisfaction",
        "4分吧，我妈瘫在床上，都是我伺候",
        {"has_dependents": True, "satisfaction": 4},
        "",
    ),
    ("has_dependents", "我妈瘫在床上，我哥伺候", {}, ""),
    ("has_dependents", "我妈照顾我", {}, ""),
    ("has_dependents", "我妈身体好，不用我照顾", {"has_dependents": False}, ""),
    ("has_dependents", "我爸妈身体还行，用不着我照顾", {"has_dependents": False}, ""),
    ("has_dependents", "我妈病了，我伺候不了", {}, ""),
    ("interests", "哪有空，俩娃天天闹", {"has_dependents": True}, "v"),
    ("interests", "哪有时间，两个孩子要带", {"has_dependents": True}, "v"),
    ("has_dependents", "哪有孩子", {"has_dependents": False}, ""),
    ("has_partner", "哪来的对象", {"has_partner": False}, ""),
    ("has_dependents", "哪有钱养孩子", {"has_dependents": False}, ""),
    ("has_dependents", "3 little terrors, send help 😅", {"has_dependents": True}, ""),
    ("has_dependents", "yeah, 2 little rascals", {"has_dependents": True}, ""),
    ("has_dependents", "家里俩小魔王", {"has_dependents": True}, ""),
    ("has_dependents", "two cats, little devils the pair of them", {"has_dependents": False}, ""),
    ("satisfaction", "4, the little monsters keep unplugging the router", {"satisfaction": 4}, ""),
    ("has_dependents", "no little terrors here thank god", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "only the one son and he's 30 with his own place in Anchorage",
        {"has_dependents": False},
        "",
    ),
    (
        "has_dependents",
        "one daughter, she's 27 and has her own flat",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "two sons, both have their own homes now", {"has_dependents": False}, ""),
    ("has_dependents", "my son and he's 12", {"has_dependents": True}, ""),
    ("has_dependents", "a son, he's 8 and has his own room", {"has_dependents": True}, ""),
    ("has_dependents", "my daughter's 10 and has her own phone", {"has_dependents": True}, ""),
    ("has_dependents", "就一个儿子，都三十了，自己在外地有房", {"has_dependents": False}, ""),
    ("has_dependents", "儿子，今年8岁", {"has_dependents": True}, ""),
    ("satisfaction", "meh, 3 I spose", {"satisfaction": 3}, ""),
    ("satisfaction", "4 i spose", {"satisfaction": 4}, ""),
    ("age", "40 I spose", {"age": 40}, ""),
    ("has_partner", "my spouse and I", {"has_partner": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round40_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""People and household in Chinese, round 18: dialect kin words and kin words that name nobody in
the respondent's household.

Covers: Hunan and Jiangxi "堂客" (wife), "屋里老倌" (husband), "伢子" / "细伢子" (children);
"我们家那位", "咱家老二"; a couple said with "丁克" or "我就跟老头子两个"; the respondent calling
themself a baby; raising children in general; a child only planned or feared; a grown son or
daughter whose word decides or whose home the respondent lives in; a spouse as a category of a
company benefit; "没法" / "没空" (cannot), no "no".
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # dialect kin words
    ("has_partner", "有，堂客在屋里带细伢子", {"has_partner": True, "has_dependents": True}, ""),
    ("gender", "女的，我屋里老倌天天嫌网慢", {"gender": "female", "has_partner": True}, ""),
    ("has_dependents", "三个伢子，都还在读书", {"has_dependents": True}, ""),
    ("has_dependents", "咱家老大今年上初二", {"has_dependents": True}, ""),
    ("has_partner", "就我跟咱家那位两个人", {"has_partner": True}, ""),
    (
        "has_dependents",
        "没有，我们两个丁克",
        {"has_partner": True, "has_dependents": False},
        "",
    ),
    (
        "has_dependents",
        "儿女都成家了，我就跟老太婆两个过",
        {"has_partner": True, "has_dependents": False},
        "",
    ),
    # the respondent as a baby (but "我还是宝宝的时候" is a time)
    ("age", "01年的，人家还是个宝宝嘛", {"age": 25}, ""),
    ("has_dependents", "我还是宝宝的时候家里就装了", {}, "v"),
    # raising children in general (but the respondent's own)
    ("has_dependents", "这年头带娃太累了，我反正没有", {"has_dependents": False}, ""),
    ("has_dependents", "我养孩子太累了", {"has_dependents": True}, ""),
    # a child only planned or feared (but one born, with another child)
    ("contract", "打算生个娃再说，先月付着", {"contract": "month_to_month"}, ""),
    ("has_partner", "有老公，等宝宝生下来再说", {"has_partner": True}, ""),
    (
        "has_dependents",
        "生完孩子以后我就辞职了，老大今年三岁",
        {"has_dependents": True},
        "",
    ),
    # a grown son or daughter who decides, or whose home the respondent lives in (but a young one)
    ("churn_intent", "续不续，看我儿子怎么说", {"churn_intent": "unsure"}, ""),
    ("city", "老家在乡下，现在和闺女住城里，在株洲", {"city": "Zhuzhou"}, ""),
    ("has_dependents", "我跟女儿住，她才五岁", {"has_dependents": True}, ""),
    # a spouse as a category of a policy (but "单身" still answers)
    ("has_partner", "我在HR，福利里有spouse的医疗保险，我自己嘛不方便说", {}, "r"),
    ("has_partner", "公司福利有spouse insurance，不过我单身", {"has_partner": False}, ""),
    # "没法" is "cannot" (but "没有，没法有" and "一个都没" still say no)
    ("has_dependents", "楼上孩子天天跳，我都没法睡觉", {}, ""),
    ("has_dependents", "一个都没", {"has_dependents": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round18_people_zh(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

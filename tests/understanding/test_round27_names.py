"""Names, round 27.

Covers: a nickname of 刚 with a familiar ending ("叫我刚哥", "刚子"; but "刚下夜班", "刚到家" are
no names) and the given name ending in 刚 ("我叫王志刚"), with a clause after it saying who calls
them so ("叫我刚哥，健身房里都这么喊"); a bare name, then a sentence that the account is in
somebody else's name ("Jess. the account's under my husband's name tho"; but "it's in my husband's
name, David" names him); a known city with a hedge about what was asked or a country after it
("Dundee, if that's what you're asking", "Sydney, Australia") is a place, not a name (but a bare
"Austin" or "Sydney", and "Kevin, if that's what you're asking", "Lincoln, if that helps" stay
names). Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # 刚 in a name, and a clause on who calls them so
    ("name", "叫我刚哥，练拳的兄弟都这么喊", {"name": "刚哥"}, ""),
    ("name", "叫我刚哥", {"name": "刚哥"}, ""),
    ("name", "刚子", {"name": "刚子"}, ""),
    ("name", "叫我刚子就行", {"name": "刚子"}, ""),
    ("name", "刚哥，车队里都这么叫", {"name": "刚哥"}, ""),
    ("name", "我叫王志刚", {"name": "王志刚"}, ""),
    ("name", "志刚，街坊都这么叫", {"name": "志刚"}, ""),
    ("name", "叫我强哥，球友都这么叫", {"name": "强哥"}, ""),
    ("name", "叫我老周，村里人都这么叫", {"name": "老周"}, ""),
    ("name", "喊我大刘就行，车队的人都这么喊", {"name": "大刘"}, ""),
    ("name", "街坊邻居都喊我王姐", {"name": "王姐"}, ""),
    ("name", "叫我芳姐，店里的人都这么称呼", {"name": "芳姐"}, ""),
    ("name", "刚下夜班", {}, ""),
    ("name", "刚到家", {}, ""),
    ("name", "刚刚", {}, ""),
    ("name", "刚才在忙", {}, ""),
    ("name", "我妈喊我去吃饭", {}, ""),
    ("name", "朋友都叫我出去玩", {}, ""),
    # a name, then whose name the account is in
    ("name", "Maria. it's in my dad's name though", {"name": "Maria"}, ""),
    ("name", "Tom. it's under my wife's name though", {"name": "Tom", "has_partner": True}, ""),
    (
        "name",
        "Rosa, but the account is in my husband's name",
        {"name": "Rosa", "has_partner": True},
        "",
    ),
    ("name", "Kev, though it's all under my mum's name", {"name": "Kev"}, ""),
    ("name", "李明。户主是我爸的名字", {"name": "李明"}, ""),
    ("name", "王丽，账户是我老公的名字", {"name": "王丽", "has_partner": True}, ""),
    ("name", "刘洋，不过宽带是我爸的名字办的", {"name": "刘洋"}, ""),
    ("name", "the account's under my husband's name, David", {"has_partner": True}, ""),
    ("name", "It's in my husband's name. Tom Baker", {"has_partner": True}, ""),
    ("name", "账户是我儿子的名字，刘洋", {}, ""),
    # a known city hedged as the answer to another question, or placed in its country
    ("name", "Leeds, if that's what you mean", {"city": "Leeds"}, ""),
    ("name", "Glasgow, if that's the question", {"city": "Glasgow"}, ""),
    ("name", "Dundee, if you mean where I live", {"city": "Dundee"}, ""),
    ("name", "Harare, if you mean where I'm based", {"city": "Harare"}, ""),
    ("name", "Sydney, Australia", {"city": "Sydney"}, ""),
    ("name", "Dallas, Texas", {"city": "Dallas"}, ""),
    ("name", "Austin, if that's what you're asking", {}, ""),
    ("name", "Austin", {"name": "Austin"}, ""),
    ("name", "Florence", {"name": "Florence"}, ""),
    ("name", "Chelsea here", {"name": "Chelsea"}, ""),
    ("name", "Lincoln, if that helps", {"name": "Lincoln"}, ""),
    ("name", "Kevin, if that's what you're asking", {"name": "Kevin"}, ""),
    ("name", "Jess, if that's what you mean", {"name": "Jess"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "values", "flag"), CASES)
def test_round27_names(
    survey: Survey, asked: str, text: str, values: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, values, flag)

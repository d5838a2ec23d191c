"""Names, refusals, complaints and interests, round 22: a form of address after "称呼：", a name
with "就蛮好" after it, Northwestern "额叫", the choice left in dialect ("喊么都照"), a name settled
on in a later clause, "names" and "rank" that are no names; refusals in mixed Chinese and English
and of writing things into a survey; a question back with "撒方面", "没甚" that says nothing is
wrong, a fault never had; a numbered list with a question after its last item; "none of" as a
quantifier, not the option "none".

Covers: "称呼：周老师" (but "称呼：随意" is vague); "小胡就蛮好，莫喊全名" (but "莫喊全名" alone
names nobody); "额叫马建国" (but "额叫啥来着"); "随你喊，喊么都照", "喊么子都要得" (but "喊我小胡");
"Captain Harland Moss, retired. Captain Moss will do nicely", "Colonel Ames, but Jim is fine" (but
"Tom, my son Jack will answer the rest" keeps Tom); "Names, names ... put down whatever you like";
"这种personal的问题就不share了" (but "我们下次share一下", "有的，我们经常share账号"); "not putting
where I live on some survey", "not typing my postcode into some random form" (but "not putting up
with the speed on your website"); "你说的是撒方面？网还是话费？" (but "网还是话费都贵"); "目前没甚
不满意的…信号倒从来没掉过" (but "信号经常掉，从来没好过" and "没甚不满意的，就是信号老掉");
"①看书 ②羽毛球 ③志愿者（这个算不算）" (but "睡觉算不算" stays vague); "none of them came and the
internet was down" is no "none" service (but "none, just mobile data" asked is).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a form of address after "称呼："
    ("name", "1. 称呼：王姐 2. 别的随意", {"name": "王姐"}, ""),
    ("name", "称呼：李老师，办公室的人都这么叫", {"name": "李老师"}, ""),
    ("name", "称呼是小王", {"name": "小王"}, ""),
    ("name", "称呼：随意", {}, "v"),
    ("name", "称呼随便", {}, "v"),
    # a name with "就蛮好" after it, and the full name declined
    ("name", "老李就很好，别叫全名", {"name": "老李"}, ""),
    ("name", "小周就挺好", {"name": "小周"}, ""),
    ("name", "莫喊全名", {}, ""),
    # Northwestern "额" for "我"
    ("name", "额叫李秀兰", {"name": "李秀兰"}, ""),
    ("name", "额，我叫张伟", {"name": "张伟"}, ""),
    ("name", "额叫啥来着", {}, ""),
    # the choice left in dialect
    ("name", "随你叫，喊么都照", {}, "v"),
    ("name", "喊么子都要得", {}, "v"),
    ("name", "叫么都中", {}, "v"),
    ("name", "喊我小胡", {"name": "小胡"}, ""),
    # a name settled on in a later clause
    ("name", "Harold Finch, retired. Harry will do.", {"name": "Harry"}, ""),
    ("name", "Colonel Ames, but Jim is fine", {"name": "Jim"}, ""),
    ("name", "Captain Moss will do nicely", {"name": "Captain Moss"}, ""),
    ("name", "Tom, my son Jack will answer the rest", {"name": "Tom"}, ""),
    # names and rank, no name
    ("name", "Names. Call me what you like", {}, "v"),
    ("name", "Rank was all we used. Put down whatever", {}, "v"),
    ("name", "Names are funny things", {}, ""),
    # refusals in mixed Chinese and English
    ("has_partner", "这个就不share了", {}, "r"),
    ("has_partner", "personal的事情就不share了哈", {}, "r"),
    ("has_partner", "我们下次share一下", {}, ""),
    ("has_partner", "有的，我们经常share账号", {"has_partner": True}, ""),
    # not writing it into a survey
    ("city", "I'm not putting that on a survey", {}, "r"),
    ("city", "I'm not typing my postcode into some random form", {}, "r"),
    ("age", "not giving out my age on a chat", {}, "r"),
    ("city", "I'm putting the kettle on, Leeds", {"city": "Leeds"}, ""),
    (
        "complaint",
        "not putting up with the speed on your website any longer",
        {"complaint": "not putting up with the speed on your website any longer"},
        "",
    ),
    # a question back
    ("complaint", "你说撒方面？资费还是网速？", {}, ""),
    ("complaint", "网还是话费都贵", {"complaint": "网还是话费都贵"}, ""),
    # "没甚" and a fault never had: nothing to complain about
    ("complaint", "没甚不满意的", {}, "v"),
    ("complaint", "暂时没甚不满意的，用着顺。额们这边夏天热得很，网倒从来没断过", {}, "v"),
    ("complaint", "信号倒从来没掉过", {}, "v"),
    (
        "complaint",
        "没甚不满意的，就是信号老掉",
        {"complaint": "没甚不满意的，就是信号老掉"},
        "",
    ),
    (
        "complaint",
        "信号经常掉，从来没好过",
        {"complaint": "信号经常掉，从来没好过"},
        "",
    ),
    # a numbered list with a question after its last item
    (
        "interests",
        "①看书 ②羽毛球 ③做志愿者（这个算不算）",
        {"interests": ["reading", "sports"]},
        "",
    ),
    ("interests", "①爬山 ②睡觉算不算", {"interests": ["sports"]}, ""),
    ("interests", "睡觉算不算", {}, "v"),
    # "none of" as a quantifier, not the option "none"
    (
        "complaint",
        "none of them came and the internet was down",
        {"complaint": "none of them came and the internet was down"},
        "",
    ),
    ("internet_service", "none, just mobile data", {"internet_service": "none"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round22_names_open(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

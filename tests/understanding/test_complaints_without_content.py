"""Complaints claimed but not said, complaints only announced, and jokes about complaining.

Covers: too many to tell ("too many to list", "问题太多了，说不过来", "多了去了", "一箩筐"), the old
trouble unnamed ("老问题了", "same old problem", "跟上次一样"), told elsewhere ("I already told the
call centre", "read my last email", "看我上次的投诉", "去问客服吧，我都反映过好几次了"), the asker
should know ("你们自己心里没数吗", "you know what it is"), no use saying it ("说了也没用", "what's
the point, nothing changes") and jokes ("my only complaint is that I can't complain more lol"):
vague. A trouble named however briefly keeps the answer ("老问题了，还是断网", "same as before, the
speed"); a refusal said with it still declines ("不想说了，说了也没用"). Complaints announced and
not yet given ("a few things actually", "有几点", "where to begin…") answer nothing: no value,
no flag. Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for
a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading


def _said(text: str) -> tuple[str, str, dict[str, Any], str]:
    return ("complaint", text, {"complaint": text}, "")


def _vague(text: str) -> tuple[str, str, dict[str, Any], str]:
    return ("complaint", text, {}, "v")


def _nothing(text: str) -> tuple[str, str, dict[str, Any], str]:
    return ("complaint", text, {}, "")


CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a joke about complaining
    _vague("my only complaint is that I can't complain more lol"),
    _vague("My only complaint is I have nothing to complain about haha"),
    _vague("要说不满意的就是没啥可吐槽的哈哈"),
    _said("my only complaint is the price"),
    # too many to tell
    _vague("too many to list"),
    _vague("way too many to list honestly"),
    _vague("the list goes on"),
    _vague("so many problems"),
    _vague("问题太多了，说不过来"),
    _vague("数都数不过来"),
    _vague("多了去了"),
    _vague("毛病多了去了 哈哈"),
    _vague("一箩筐"),
    _said("too many dropouts to count"),
    _said("so many dropouts every night"),
    _said("问题太多了，网速慢，客服差"),
    _said("不满意的地方一箩筐，网速慢得要死"),
    # the old trouble, unnamed
    _vague("老问题了"),
    _vague("还是老问题"),
    _vague("same old problem"),
    _vague("跟上次一样"),
    _said("老问题了，还是断网"),
    _said("same old problem, the wifi drops every night"),
    _said("same as before, the speed"),
    _said("跟上次一样，网速慢"),
    # told elsewhere
    _vague("I already told the call centre"),
    _vague("I've told you guys loads of times"),
    _vague("read my last email"),
    _vague("it's all in my last email"),
    _vague("看我上次的投诉"),
    _vague("去问客服吧，我都反映过好几次了"),
    _vague("我都反映过好几次了"),
    _said("I already told the call centre the wifi drops every night"),
    _said("看我上次的投诉，网速还是慢"),
    _said("我都反映过好几次了，晚上老断网"),
    (
        "complaint",
        "I've said it all to your call centre already, not going through it again",
        {},
        "r",
    ),
    # the asker should know
    _vague("你们自己心里没数吗"),
    _vague("还用我说吗"),
    _vague("you know what it is"),
    _vague("you know what I'm going to say"),
    # no use saying it
    _vague("说了也没用"),
    _vague("what's the point, nothing changes"),
    _said("说了也没用，网速还是慢"),
    _said("what's the point, the speed never gets fixed"),
    ("complaint", "不想说了，说了也没用", {}, "r"),
    # announced, not yet given
    _nothing("where to begin…"),
    _nothing("where do I even begin"),
    _nothing("ok where do I start 😂"),
    _nothing("a few things actually"),
    _nothing("how long have you got"),
    _nothing("有几点"),
    _nothing("从哪说起呢"),
    _said("where do I start, the speed drops every night"),
    _said("a few things: the speed and the bill"),
    _said("有几点：网速慢，客服差"),
    # exasperation that stops short stays no answer; with a topic it complains
    _nothing("don't get me started"),
    _said("don't get me started on the speed"),
    # nothing to complain about stays vague
    _vague("meh, the usual"),
    _vague("没啥不满意的"),
    # outside the complaint question the words are read as before
    ("satisfaction", "a few things actually", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_complaints_without_content(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

"""Repairs asked for under the complaint question, and account requests beside them.

A request to mend the respondent's own line says it is broken: the whole text is the complaint
("can you fix my internet?", "could someone sort my wifi out", "能不能帮我修一下网？", "网什么时候能
修好？"). A request about the account ("can you fix my bill date?", "can I change my plan?"), a
question about the survey ("is this going to someone who can actually fix things?") and a repair
told as done ("they fixed my internet last week, all good now") keep their readings. Rows are
(asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer
and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

C = "complaint"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (C, "can you fix my internet?", {"complaint": "can you fix my internet?"}, ""),
    (C, "could you please fix my wifi?", {"complaint": "could you please fix my wifi?"}, ""),
    (C, "can you sort out my broadband?", {"complaint": "can you sort out my broadband?"}, ""),
    (C, "can u fix our wifi", {"complaint": "can u fix our wifi"}, ""),
    (
        C,
        "when are you going to fix my connection?",
        {"complaint": "when are you going to fix my connection?"},
        "",
    ),
    (
        C,
        "can you get my internet working again?",
        {"complaint": "can you get my internet working again?"},
        "",
    ),
    (C, "could someone sort my wifi out", {"complaint": "could someone sort my wifi out"}, ""),
    (
        C,
        "can someone come and fix the line?",
        {"complaint": "can someone come and fix the line?"},
        "",
    ),
    (C, "please fix my phone signal", {"complaint": "please fix my phone signal"}, ""),
    (
        C,
        "can you send someone to repair my router?",
        {"complaint": "can you send someone to repair my router?"},
        "",
    ),
    (C, "能不能帮我修一下网？", {"complaint": "能不能帮我修一下网？"}, ""),
    (C, "可以帮我修下宽带吗？", {"complaint": "可以帮我修下宽带吗？"}, ""),
    (C, "网什么时候能修好？", {"complaint": "网什么时候能修好？"}, ""),
    (C, "宽带啥时候能修好啊", {"complaint": "宽带啥时候能修好啊"}, ""),
    (C, "你们能派人来修一下路由器吗", {"complaint": "你们能派人来修一下路由器吗"}, ""),
    (C, "能帮我把网弄好吗？", {"complaint": "能帮我把网弄好吗？"}, ""),
    (C, "can you fix my bill date?", {}, ""),
    (C, "can I change my plan?", {}, ""),
    (C, "is this going to someone who can actually fix things?", {}, ""),
    (C, "will anyone actually look at this?", {}, ""),
    (C, "I prefer not to go into it, just fix your things", {}, "r"),
    (C, "they fixed my internet last week, all good now", {}, "v"),
    (C, "之前断网修好了，现在没啥不满意的", {}, "v"),
    (C, "你们能解决吗？", {}, ""),
    (C, "断网嗰次师傅即日就修好，真系冇乜好投诉", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_repairs_asked(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)

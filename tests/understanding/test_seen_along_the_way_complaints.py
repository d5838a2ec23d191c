"""Complaints about others, and an unnamed home now.

Covers: a song line as the whole answer to the complaint question ("never gonna give you up,
never gonna let you down", "我们不一样": nothing; "you never let me down, except the wifi keeps
dropping" stays a complaint); a gripe about the former provider with only the move to us beside
it ("my old provider was terrible, that's why I came to you", "以前那家太烂了，所以才换到你们这":
nothing; "…and you're not much better", "…现在你们也老断网" stay complaints); somebody else's habit
of complaining ("my missus complains about everything", "我老婆什么都要抱怨": nothing but the
partner; "my missus complains about the wifi" stays a complaint); a move ahead beside a home now
named only as a kind of place ("过完年搬去成都，现在在老家", "下个月调去深圳，目前在外地": vague;
"过完年搬去成都，现在在重庆" keeps Chongqing).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a song line
    ("complaint", "Never gonna give you up, never gonna let you down", {}, ""),
    ("complaint", "never gonna give you up lol", {}, ""),
    ("complaint", "Let it go, let it go 🎶", {}, ""),
    ("complaint", "我们不一样", {}, ""),
    (
        "complaint",
        "you never let me down, except the wifi keeps dropping",
        {"complaint": "you never let me down, except the wifi keeps dropping"},
        "",
    ),
    (
        "complaint",
        "you never give me the speed I pay for",
        {"complaint": "you never give me the speed I pay for"},
        "",
    ),
    # the former provider griped about
    ("complaint", "my old provider was terrible, that's why I came to you", {}, ""),
    ("complaint", "my previous provider was a nightmare, so I switched to you", {}, ""),
    ("complaint", "以前那家太烂了，所以才换到你们这", {}, ""),
    ("complaint", "之前用的那家老断网，所以才换到你们家", {}, ""),
    ("complaint", "比我之前用的那家强多了", {}, "v"),
    (
        "complaint",
        "my old provider was terrible, and you're not much better",
        {"complaint": "my old provider was terrible, and you're not much better"},
        "",
    ),
    (
        "complaint",
        "my old provider was terrible but your billing is worse",
        {"complaint": "my old provider was terrible but your billing is worse"},
        "",
    ),
    (
        "complaint",
        "以前那家太烂了，你们也好不到哪去",
        {"complaint": "以前那家太烂了，你们也好不到哪去"},
        "",
    ),
    (
        "complaint",
        "以前那家太烂了，现在你们也老断网",
        {"complaint": "以前那家太烂了，现在你们也老断网"},
        "",
    ),
    # somebody else's habit of complaining
    ("complaint", "my missus complains about everything", {"has_partner": True}, ""),
    ("complaint", "my dad moans about everything lol", {}, ""),
    ("complaint", "我老婆什么都要抱怨", {"has_partner": True}, ""),
    ("complaint", "我妈啥都嫌弃", {}, ""),
    (
        "complaint",
        "my missus complains about the wifi all the time",
        {"has_partner": True, "complaint": "my missus complains about the wifi all the time"},
        "",
    ),
    ("complaint", "我老婆老说网慢", {"has_partner": True, "complaint": "我老婆老说网慢"}, ""),
    # a move ahead, and the home now unnamed
    ("city", "过完年搬去成都，现在在老家", {}, "v"),
    ("city", "下个月调去深圳，目前在外地", {}, "v"),
    ("city", "过完年调回西安，现在在外地", {}, "v"),
    ("city", "moving to Leeds next month, in a village at the moment", {}, "v"),
    ("city", "relocating to Perth next year, in the UK for now", {}, "v"),
    ("city", "平时在外头", {}, "v"),
    ("city", "过完年搬去成都，现在在重庆", {"city": "Chongqing"}, ""),
    ("city", "过完年回老家，现在在杭州", {"city": "Hangzhou"}, ""),
    ("city", "moving to Leeds next month, Bradford for now", {"city": "Bradford"}, ""),
    ("city", "去年调到深圳的", {"city": "Shenzhen"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)

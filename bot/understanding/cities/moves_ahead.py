"""A city the respondent is still to move to: not where they live, whatever else is said.

A move that has not happened yet names the next home, not this one: "moving to Bristol next
month", "in Swansea for now, moving to Cardiff in 2 weeks", "we're relocating to York next year",
"下个月搬去成都", "明年要搬到重庆", "年底搬去大理"; so does going there at a time still ahead
("明年要去上海", "下个月去深圳", "next year I'm off to Sydney"). Under the city question such a
city is no answer even when it is the only place named. Not a move already made, or one that
only dates something: "just moved to Bristol", "刚搬到成都", "搬去昆明一年了", "去年年底搬到济南",
"since moving to Leeds", "moving to Leeds was the best thing I did".

`ahead` also counts a city only considered or urged on the respondent (`considered_moves`): such
a city hides no answer given beside it, so a town the gazetteer does not know still answers
("Hamilton. my kids keep telling me to move to Auckland", "宁乡，我女儿一直劝我搬去长沙").
"""

from __future__ import annotations

import re

from bot.understanding.cities import considered_moves, unmade_moves
from bot.understanding.people import clause_around

# The move still to come, right before the city ("since moving to", "after moving to" date a
# move already made).
_PLANNED_BEFORE = re.compile(
    r"(?<!\bsince )(?<!\bafter )(?<!\bbefore )(?<!\bwhen )(?<!\bon )(?<!\bfrom )"
    r"\b(?:moving|relocating"
    r"|(?:will|going to|gonna|about to|plan(?:ning)? to|hope to|hoping to|might|may|could"
    r"|tryna|trying to|try to)"
    r"\s+(?:(?:be|end up)\s+)?(?:move|moving|relocate|relocating|shift|shifting|transfer"
    r"|transferring))"
    r"\s+(?:back\s+|over\s+|out\s+)?to\s*$"
    r"|(?:要|准备|打算|快|下个?月|下周|下礼拜|明年|(?<!去年)(?<!前年)年底|(?<!上个)(?<!上)月底"
    r"|过完年|过了年|过两天|过几天|马上|过段时间|过阵子)(?:就|要)?(?:搬|调)(?:去|到|回)\s*$"
)
# Going there at a time still ahead, said without a word of moving: "明年要去上海", "下个月去深圳",
# "过完年我们就去成都". A time that may be a past one counts only with nothing done after the city
# ("过完年就去深圳了", "毕业后去了上海", "去年去的深圳": gone already).
_GOING_LATER_ZH = re.compile(
    r"(?:(?P<ahead>明年|后年|下个?月|下周|下礼拜|下星期|下半年|将来|下个?学期)|过完年|过了年|年后|开春|开年"
    r"|(?<!去年)(?<!前年)年底|(?<!上个)(?<!上)月底|过两天|过几天|过段时间|过阵子|以后|毕业后|毕业以后)"
    r"[^,，。;；!！?？]{0,6}?(?:就|要|会|准备|打算|得)?(?:transfer|转学|转)?(?:去|到|回)\s*$"
)
# Going there, with a time still ahead before or after the city: "next year I'm off to Sydney",
# "heading back to Leeds in a few weeks".
_GOING_EN = re.compile(
    r"\b(?:off|heading|headed|going|shipping out)\s+(?:back\s+|over\s+|out\s+|up\s+|down\s+)?to\s*$"
)
_LATER_EN = re.compile(
    r"\b(?:next (?:year|month|week|spring|summer|autumn|fall|winter|term|semester)"
    r"|in (?:a|two|three|four|five|six|a few|a couple of|\d+) (?:weeks?|months?|years?)"
    r"|in the new year|after (?:christmas|new year|easter|the summer)|soon)\b"
)
# A hope for later, when only a time or nothing follows the city: "hopefully montreal by
# january", "hopefully in Leeds next year" (not "hopefully Leeds will win").
_HOPED_BEFORE = re.compile(r"\bhopefully\s+(?:(?:in|to|at|moving to|be in|settled in)\s+)?$")
_HOPED_AFTER = re.compile(
    r"\s*(?:$|by\b|in\b|next\b|soon\b|after\b|before\b|this\b|eventually\b|one day\b|someday\b)"
)
# The move said as the subject of what followed it: "moving to Leeds was the best thing".
_DONE_AFTER = re.compile(r"\s+(?:was|were|has been|had been|turned out|changed|made)\b")


def planned(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where the respondent is still to move (or meant to move
    and never did: `unmade_moves`)."""
    if unmade_moves.unmade(low, start, end):
        return True  # "退休以后回保定，至今没去成", "was going to move to Leeds, never happened"
    before, after = clause_around(low, start, end)
    later = _GOING_LATER_ZH.search(before)
    # ("退休以后回到保定定居，至今已十年": a move long done)
    if later and (later.group("ahead") or "了" not in after) and "至今" not in low[end:]:
        return True
    if _GOING_EN.search(before) and (_LATER_EN.search(before) or _LATER_EN.search(after)):
        return True
    if _HOPED_BEFORE.search(before) and _HOPED_AFTER.match(after):
        return True
    return _PLANNED_BEFORE.search(before) is not None and not _DONE_AFTER.match(low, end)


def ahead(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is a move still planned, considered or urged on the respondent."""
    before, _ = clause_around(low, start, end)
    return considered_moves.considered(before) or planned(low, start, end)

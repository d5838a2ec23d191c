"""A city the respondent is still to move to: not where they live, whatever else is said.

A move that has not happened yet names the next home, not this one: "moving to Bristol next
month", "in Swansea for now, moving to Cardiff in 2 weeks", "we're relocating to York next year",
"下个月搬去成都", "明年要搬到重庆", "年底搬去大理". Under the city question such a city is no
answer even when it is the only place named. Not a move already made, or one that only dates
something: "just moved to Bristol", "刚搬到成都", "搬去昆明一年了", "去年年底搬到济南",
"since moving to Leeds", "moving to Leeds was the best thing I did".

`ahead` also counts a city only considered or urged on the respondent (`considered_moves`): such
a city hides no answer given beside it, so a town the gazetteer does not know still answers
("Hamilton. my kids keep telling me to move to Auckland", "宁乡，我女儿一直劝我搬去长沙").
"""

from __future__ import annotations

import re

from bot.understanding import considered_moves
from bot.understanding.people import clause_around

# The move still to come, right before the city ("since moving to", "after moving to" date a
# move already made).
_PLANNED_BEFORE = re.compile(
    r"(?<!\bsince )(?<!\bafter )(?<!\bbefore )(?<!\bwhen )(?<!\bon )(?<!\bfrom )"
    r"\b(?:moving|relocating"
    r"|(?:will|going to|gonna|about to|plan(?:ning)? to|hope to) (?:move|relocate))"
    r"\s+(?:back\s+)?to\s*$"
    r"|(?:要|准备|打算|快|下个?月|下周|下礼拜|明年|(?<!去年)(?<!前年)年底|(?<!上个)(?<!上)月底"
    r"|过完年|过了年|过两天|过几天|马上|过段时间|过阵子)(?:就|要)?(?:搬|调)(?:去|到|回)\s*$"
)
# The move said as the subject of what followed it: "moving to Leeds was the best thing".
_DONE_AFTER = re.compile(r"\s+(?:was|were|has been|had been|turned out|changed|made)\b")


def planned(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where the respondent is still to move."""
    before, _ = clause_around(low, start, end)
    return _PLANNED_BEFORE.search(before) is not None and not _DONE_AFTER.match(low, end)


def ahead(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is a move still planned, considered or urged on the respondent."""
    before, _ = clause_around(low, start, end)
    return considered_moves.considered(before) or planned(low, start, end)

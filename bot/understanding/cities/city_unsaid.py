"""Answers to the city question that talk of places but leave the current home unsaid: vague.

Read only when the city was asked and no city was taken (beside `former_places`):
- a move of the respondent's still to come, said with a word of moving, certain or in doubt
  ("下个月搬去南宁", "可能明年搬去宁波吧", "年底可能回福州发展", "moving to Calgary next month",
  "I'm moving to Denver maybe in March", "hopefully montreal by january", "tryna move to Atlanta
  next year"): the next home, not this one (somebody else's move says nothing: "my sister is
  moving to Leeds next month"; a bare going without a word of moving may be a trip: "下个月去深圳");
- every city the respondent is at then denied as the home ("新加坡我常去，不过不住那边啦",
  "I work in Manchester on weekdays. I do not live there", "born in Halifax, but I haven't
  lived there in twenty years"; not "my office is in Leeds but I don't live there", which
  only leaves the home untold);
- every city named a move meant and never made ("本来要去深圳的，没去成", `unmade_moves`);
- the respondent placed now at an unnamed place ("我人现在还在老家备考", "现在住村里"), beside a
  city only talked about ("想考浙大 杭州yyds").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understanding.cities import moves_ahead, unmade_moves, whose_place
from bot.understanding.cities.away_cities import DENIED_THERE
from bot.understanding.cities.city_asides import NOW_CHEAP, NOW_UNNAMED_ZH, denied_home
from bot.understanding.lexicon import Hit
from bot.understanding.people import clause_before

# A word of moving home before the city ("搬去", "回福州发展", "shift to"), not of a trip
# ("下周又要去西安" on the road).
_MOVE_WORD = re.compile(
    r"搬|调|迁|回|定居|transfer|\b(?:mov|shift|relocat|hopefully)", re.IGNORECASE
)


# A word of moving home itself, enough without a doubt ("下个月搬去南宁", "moving to Calgary next
# month"); "回" or "hopefully" only count with a doubt ("年底可能回福州发展"), as a bare
# "年底回福州" may be a visit home.
_FIRM_MOVE = re.compile(r"[搬迁]|调(?:去|到|回)|定居|transfer|\b(?:mov|shift|relocat)")
# The move itself in doubt: "可能", "还在纠结", "maybe", "if the job comes through".
_HEDGED = re.compile(
    r"可能|也许|或许|说不定|不一定|纠结|没定|不确定|看情况|怎么安排"
    r"|\b(?:maybe|might|perhaps|possibly|hopefully|not sure|if|unless|tryna|trying to|try to)\b"
)
# A move only mused upon, no plan: "thinking of moving to", "在考虑搬去" (a plan is still one:
# "准备搬去苏州", "planning to move to Leeds").
_MUSED = re.compile(
    r"\b(?:talking|thinking|talks|thinks|talk|think|dreaming)\s+(?:about|of)\s+(?:moving\s+to\s+)?$"
    r"|\bconsidering\s+(?:moving\s+to\s+)?$|考虑(?:要不要)?搬(?:去|到)\s*$"
)
# Something of the respondent's there, not the respondent ("my office is in Leeds but I don't
# live there": no vague answer, the home is simply not given).
_THINGS_THERE = re.compile(
    r"\b(?:my|our)\s+(?:office|work|job|company|shop|business|school|bank|branch)(?:'s|\s+is)\s+"
    r"(?:in|at)\s*$"
)


def _own_move(low: str, start: int) -> bool:
    """A word of moving right before the city at `start`, in doubt or not, with nobody else named
    before it ("下个月搬去南宁", not "我儿子下个月搬去南宁" nor "my sister is moving to Leeds")."""
    head = low[max(0, start - 30) : start]
    if _MOVE_WORD.search(head) is None or whose_place.someone_elses_place(low, start):
        return False
    if _MUSED.search(clause_before(low, start)) and _HEDGED.search(low) is None:
        return False  # "thinking of moving to Melbourne one day": a musing, no move planned
    return _FIRM_MOVE.search(head) is not None or _HEDGED.search(low) is not None


def home_unsaid(low: str, hits: Iterable[Hit]) -> bool:
    """The asked city got no value, and the answer names only a move still to come, cities
    denied as the home, or an unnamed place the respondent is at now."""
    cities = [h for h in hits if not h.negated and any(e.kind == "city" for e in h.entries)]
    if unmade_moves.only_unmade(low, cities):
        return True  # "本来要去深圳的，没去成": a move never made
    if any(moves_ahead.planned(low, h.start, h.end) and _own_move(low, h.start) for h in cities):
        return True
    if cities and all(
        (DENIED_THERE.match(low, h.end) or denied_home(low, h.start, h.end))
        and not _THINGS_THERE.search(low, max(0, h.start - 30), h.start)
        for h in cities
    ):
        return True
    return any(w in low for w in NOW_CHEAP) and NOW_UNNAMED_ZH.search(low) is not None

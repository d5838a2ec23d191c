"""Answers to the city question that talk of places but leave the current home unsaid: vague.

Read only when the city was asked and no city was taken (beside `former_places`):
- a move of the respondent's still to come, said with a doubt ("可能明年搬去宁波吧", "年底可能回福州
  发展", "I'm moving to Denver maybe in March", "hopefully montreal by january", "tryna move to
  Atlanta next year") or in Chinese with a word of moving ("下个月搬去南宁"): the next home, not
  this one (somebody else's move says nothing: "my sister is moving to Leeds next month"; an
  English move said as certain, "moving to Calgary next month", is no answer, but no vague one);
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
from bot.understanding.people import OTHER_PERSON_ZH, clause_before

# A word of moving home before the city ("搬去", "回福州发展", "shift to"), not of a trip
# ("下周又要去西安" on the road).
_MOVE_WORD = re.compile(
    r"搬|调|迁|回|定居|transfer|\b(?:mov|shift|relocat|hopefully)", re.IGNORECASE
)


# The move itself in doubt: "可能", "还在纠结", "maybe", "if the job comes through" (a move
# said as certain, "moving to Bristol next month", is no answer either, but no vague one).
_HEDGED = re.compile(
    r"可能|也许|或许|说不定|不一定|纠结|没定|不确定|看情况|怎么安排"
    r"|\b(?:maybe|might|perhaps|possibly|hopefully|not sure|if|unless|tryna|trying to|try to)\b"
)
# A move of one's own still to come, said in Chinese with the word of moving ("下个月搬去南宁",
# "明年调去深圳"): the next home, labelled a vague answer as it is, hedged or not.
_MOVE_ZH = re.compile(r"[搬调迁](?:家)?(?:去|到|回)\s*$")
# Something of the respondent's there, not the respondent ("my office is in Leeds but I don't
# live there": no vague answer, the home is simply not given).
_THINGS_THERE = re.compile(
    r"\b(?:my|our)\s+(?:office|work|job|company|shop|business|school|bank|branch)(?:'s|\s+is)\s+"
    r"(?:in|at)\s*$"
)


def _own_move_zh(low: str, start: int) -> bool:
    """A Chinese word of moving right before the city at `start`, with nobody else named before
    it ("下个月搬去南宁", not "我儿子下个月搬去南宁")."""
    head = clause_before(low, start)
    return _MOVE_ZH.search(head) is not None and OTHER_PERSON_ZH.search(head) is None


def home_unsaid(low: str, hits: Iterable[Hit]) -> bool:
    """The asked city got no value, and the answer names only a move still to come, cities
    denied as the home, or an unnamed place the respondent is at now."""
    cities = [h for h in hits if not h.negated and any(e.kind == "city" for e in h.entries)]
    if unmade_moves.only_unmade(low, cities):
        return True  # "本来要去深圳的，没去成": a move never made
    if any(
        moves_ahead.planned(low, h.start, h.end)
        and _MOVE_WORD.search(low, max(0, h.start - 30), h.start)
        and not whose_place.someone_elses_place(low, h.start)
        and (_HEDGED.search(low) is not None or _own_move_zh(low, h.start))
        for h in cities
    ):
        return True
    if cities and all(
        (DENIED_THERE.match(low, h.end) or denied_home(low, h.start, h.end))
        and not _THINGS_THERE.search(low, max(0, h.start - 30), h.start)
        for h in cities
    ):
        return True
    return any(w in low for w in NOW_CHEAP) and NOW_UNNAMED_ZH.search(low) is not None

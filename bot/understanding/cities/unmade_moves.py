"""A city the respondent meant to move or go back to, and never did: not where they live.

"退休以后回保定，至今没去成", "想回老家成都，一直没回成", "本来要去深圳的，没去成", "差点搬去成都，
最后没去", "was going to move to Leeds, never happened", "planned to move to Bristol but it fell
through", "we nearly moved to Perth but didn't": the move is named, then said not to have happened,
so the city is no home. Alone under the city question such an answer leaves the home unsaid: vague,
as a city denied as the home is. Not a move made after all ("本来要去深圳的，后来去成了"), one the
respondent never left again ("moved to Leeds and never left"), nor a place not gone back to from the
city ("搬到成都以后一直没回去过北京" lives in Chengdu).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understanding.lexicon import Hit
from bot.understanding.people import clause_before

# Cheap literal gates: no regex runs without one of these.
_CHEAP = (
    "没",
    "泡汤",
    "黄了",
    "作罢",
    "不成",
    "never",
    "fell through",
    "didn't",
    "didnt",
    "did not",
    "called it off",
    "came to nothing",
)
# A move or a going back, right before the city ("回保定", "想回老家成都", "搬去", "move to").
_MOVE_BEFORE = re.compile(
    r"(?:去|回|搬(?:去|到|回)?|调(?:去|到|回)|迁(?:去|到|回)|移民(?:去|到)?)\s*(?:老家|家乡)?\s*$"
    r"|\b(?:move|moving|moved|go|going|relocate|relocating|relocated|head|heading|emigrate"
    r"|emigrating|retire|retiring|transfer|transferring|shift|shifting)\s+"
    r"(?:back\s+|over\s+|out\s+|up\s+|down\s+|home\s+)?to\s*$"
)
# The move said not to have happened, later in the sentence. Chinese: the verb with nothing after
# it ("至今没去成", "最后没去", "一直没回成"; not "没回去过北京"); English: the plan's fate.
_NOT_MADE = re.compile(
    r"没(?:有|能)?(?:去|回|搬|走|调|迁|过去|回去|搬过去|搬家)(?:成|了|掉)?(?:呢|啊|呀|哈|嘛)?"
    r"(?=$|[,，。.!！?？~～\s;；…]|的)"
    r"|(?:去|回|搬|调)不成|泡汤|黄了|作罢|没成行|没实现|未能成行"
    r"|\bnever (?:happened|did|went(?! back)|moved|made it|got there|came off|went ahead"
    r"|materiali[sz]ed)\b(?!\s+to\b)"
    r"|\bfell through|\bcalled it off|\bcame to nothing"
    r"|\b(?:didn'?t|did not) (?:happen|work out|pan out|go ahead|come off|make it|end up (?:going"
    r"|moving|there))\b"
    r"|\bbut (?:we |i |he |she |they )?(?:didn'?t|did not|never did)(?=\s*(?:$|[,.!;]|in the end"
    r"|after all))"
)
_SENTENCE_END = re.compile(r"[。!！?？;；]|\.(?:\s|$)")
# How far after the city its fate is looked for.
_WINDOW = 40


def unmade(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where a move was meant and never made."""
    if not any(w in low for w in _CHEAP):
        return False
    if _MOVE_BEFORE.search(clause_before(low, start)) is None:
        return False
    stop = _SENTENCE_END.search(low, end)
    after = low[end : min(stop.start() if stop else len(low), end + _WINDOW)]
    return _NOT_MADE.search(after) is not None


def only_unmade(low: str, hits: Iterable[Hit]) -> bool:
    """Every city named is a move meant and never made: the home is left unsaid."""
    if not any(w in low for w in _CHEAP):
        return False
    cities = [h for h in hits if not h.negated and any(e.kind == "city" for e in h.entries)]
    return bool(cities) and all(unmade(low, h.start, h.end) for h in cities)

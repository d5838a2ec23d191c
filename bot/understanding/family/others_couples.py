"""Couples that are somebody else's: on the screen, in the news, pointed at.

A couple word said of people the respondent points at or watches ("电视里那对明星夫妻又离了",
"那对小两口天天吵", "none of those couples are gonna last", "the couple next door split up")
names no partner of the respondent's, and the break-up said of them ("又离了", "split up") is
theirs too. The respondent's own couple stays ("我们两口子", "我们这对老夫妻", "my husband and I
are a couple"). A "none of" that counts those people ("none of those couples", "none of them")
is a quantifier, no "no" to the question ("none of your business" is left to the refusals).

Read on one hit, behind literal checks of the couple words, so it costs nothing elsewhere.
"""

from __future__ import annotations

import re

_GATE = re.compile(r"夫妻|两口|情侣|couple|newlywed")
# The couple pointed at or watched: "那对(明星)夫妻", "电视里的小两口", "those couples", "the
# couple next door", "celebrity couples", "couples on love island".
_OTHERS_COUPLE = re.compile(
    r"(?<!我们)(?<!咱们)(?<!俺们)(?<!我俩)(?<!咱俩)(?<!俺俩)(?:那|这|哪)(?:一)?对"
    r"[^,，。;；!！?？]{0,6}?(?:夫妻|两口子|小两口|老两口|情侣)"
    r"|(?:明星|网红|演员|电视|剧里|新闻|邻居|隔壁|楼上|楼下|人家|别人)[^,，。;；!！?？]{0,6}?"
    r"(?:夫妻|两口子|小两口|老两口|情侣)"
    r"|\b(?:those|these|that|this|the other|celebrity|celeb|famous|tv|reality|other)\s+"
    r"(?:\w+\s+)?(?:couples?|newlyweds)\b"
    r"|\b(?:couples?|newlyweds)\s+(?:on|in|from)\s+(?:the\s+)?(?:tv|telly|love island|the show"
    r"|the news|that show|this show|next door|down the road|upstairs|downstairs)\b"
    r"|\bthe (?:couple|newlyweds) (?:next door|upstairs|downstairs|across the)\b"
)
# A break-up word: its subject is the couple named before it in the clause.
_BREAK_UP = re.compile(r"离|分手|分了|散了|吹了|divorc|split|broke up|separat")
_CLAUSE_END = re.compile(r"[,，。;；!！?？.]")
# "none of those couples", "none of them" (not "none of your business").
_NONE_OF = re.compile(r"\s+of\s+(?!(?:your|ya|yer|ur)\s+(?:business|concern))")


def theirs(low: str, start: int, end: int) -> bool:
    """The couple or break-up word at `start`..`end` is said of a couple the respondent points
    at or watches, not of the respondent."""
    if _GATE.search(low) is None:
        return False
    marks = [m.end() for m in _CLAUSE_END.finditer(low, 0, start)]
    clause_start = marks[-1] if marks else 0
    for m in _OTHERS_COUPLE.finditer(low, clause_start):
        if m.start() >= end:
            break
        if m.start() <= start < m.end() or (
            m.end() <= start and _BREAK_UP.match(low[start:end]) is not None
        ):
            return True
    return False


def none_of(low: str, start: int, end: int) -> bool:
    """The "none" at `start`..`end` counts people ("none of those couples"), it answers nothing."""
    return low[start:end] == "none" and _NONE_OF.match(low, end) is not None

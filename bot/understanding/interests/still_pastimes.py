"""A pastime of the past that the respondent says they keep up: an interest now.

The lexicon marks a pastime after "used to" / "以前" as one of the past ("used to play football,
now it's mostly Netflix"). When the message goes on to say it is still done ("I used to play
football, still do", "used to read a lot, still do", "以前爱打篮球，现在也打", "年轻时就爱唱歌，
到现在还唱"), the past is corrected and the pastime counts. Not when the later words deny it
("现在也不打了", "still don't", "not any more"), miss it ("still miss it", "现在还怀念"), keep
only its gear ("still have the guitar"), or when another pastime of now stands between
("used to play football, now I read, still do": reading is what is still done).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.interests import child_pastimes, town_named
from bot.understanding.lexicon import Hit

# Cheap literal gates for the words of keeping up.
_CHEAP = (
    "still",
    "to this day",
    "never stopped",
    "kept it up",
    "keep it up",
    "现在也",
    "现在还",
    "如今也",
    "如今还",
    "到现在",
    "至今",
    "依然",
    "仍然",
    "照样",
    "没停",
    "没断",
)
# Kept up, said after the pastime. English: "still do", "still play", "and I still go", "to this
# day", "never stopped", "kept it up"; not "still don't", "still miss it", "still have it".
_KEPT_EN = re.compile(
    r"\bstill\s+(?:do|does|play|plays|playing|read|reads|reading|go|goes|going|run|runs|swim"
    r"|swims|ride|rides|cook|cooks|bake|bakes|paint|paints|draw|sing|sings|dance|dances|hike"
    r"|hikes|cycle|cycles|travel|travels|watch|watches|game|games|gaming|shoot|train|trains|surf"
    r"|ski|skis|climb|climbs|knit|knits|write|listen|love it|enjoy it|at it|into it|keen"
    r"|now and then|sometimes|occasionally|every|most|on (?:the )?weekends|a bit|a lot|often)\b"
    r"(?!n'?t|\s+not\b)"
    r"|\bto this day\b|\bnever (?:stopped|gave (?:it|that) up|quit)\b"
    r"|\b(?:kept|keep) (?:it|that) up\b"
)
# Chinese: "现在也打", "现在还在看", "到现在还唱", "至今没停", "依然", "照样"; the rest of its
# clause must not deny or only miss it ("现在也不打了", "现在还怀念").
_KEPT_ZH = re.compile(
    r"(?:现在|如今|到现在|至今|目前)(?:都|也|还|依然|仍然|照样|照旧|一直)(?:在|是|会|经常|常|偶尔)?"
    r"|(?:依然|仍然|照样)(?:在|会|经常|常)?"
    r"|(?:一直|从来)?没(?:停|断)过?"
)
_DENIED_ZH = re.compile(r"不|没(?!停|断)|别|怀念|想念|惦记|记得|留着|后悔|想")
_CLAUSE_END = re.compile(r"[,，。.!！?？;；]")
# A pastime of now named before the keeping up: the "still" is about it.
_NOW = re.compile(r"\bnow\b|\bthese days\b|\bnowadays\b|现在主要|现在就|现在改|改成")
_WINDOW = 60


def kept_after(low: str, end: int) -> bool:
    """After `end`, the pastime there is said to be kept up."""
    if not any(w in low for w in _CHEAP):
        return False
    stop = min(len(low), end + _WINDOW)
    en = _KEPT_EN.search(low, end, stop)
    if en and not _NOW.search(low, end, en.start()):
        return True
    for m in _KEPT_ZH.finditer(low, end, stop):
        if _NOW.search(low, end, m.start()):
            return False
        clause_end = _CLAUSE_END.search(low, m.end())
        rest = low[m.end() : clause_end.start() if clause_end else len(low)]
        if not _DENIED_ZH.search(rest):
            return True
    return False


def kept_up(hits: list[Hit], low: str, slot: str) -> list[Hit]:
    """`hits`, with the past of each pastime of `slot` lifted when it is said to be kept up, and
    without the pastimes of a child named just before (`child_pastimes`) and the town of Reading
    (`town_named`)."""
    hits = town_named.without_town(child_pastimes.without_childs(hits, low, slot), low, slot)
    if not any(w in low for w in _CHEAP) or not any(h.past for h in hits):
        return hits
    out = []
    for i, hit in enumerate(hits):
        if hit.past and not hit.negated and hit.for_slot(slot):
            later = [h for h in hits[i + 1 :] if h.for_slot(slot) and not h.past]
            limit = later[0].start if later else len(low)
            if kept_after(low[:limit], hit.end):
                hit = replace(hit, past=False)
        out.append(hit)
    return out

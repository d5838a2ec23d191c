"""A pastime word that is the name of the town the respondent places themselves in.

"ha, I live in Reading, does that count?", "I'm at uni in Reading", "moved to Reading last year":
the English town of Reading, after a word of living, studying, working or moving there, is no
pastime. "I like reading in bed", "reading, and I live in Leeds" and "I love reading" keep it.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

_PLACED_BEFORE = re.compile(
    r"\b(?:live|lives|living|lived|based|born|raised|grew up|stay|staying|settled|moved|moving"
    r"|relocated|uni|university|college|school|studying|study|work|working|job|house|flat|home"
    r"|near|outside|just outside|from|i'?m|we'?re|i am|we are)\s+(?:here\s+)?"
    r"(?:in|to|at|near|from)?\s*$"
    r"|\b(?:in|near|outside)\s+$"
)
# Where "reading" is the doing: "reading in bed", "reading in the garden" (the place after it).
_DOING_IN = re.compile(r"\s+(?:in|on)\s+(?:bed|the|my|a|peace)\b")


def without_town(hits: list[Hit], low: str, slot: str) -> list[Hit]:
    """`hits` without a "reading" of `slot` that names the town the respondent is placed in."""
    if "reading" not in low:
        return hits
    return [
        h
        for h in hits
        if not (
            h.for_slot(slot)
            and low[h.start : h.end] == "reading"
            and _PLACED_BEFORE.search(low, max(0, h.start - 40), h.start)
            and not _DOING_IN.match(low, h.end)
            and not re.search(r"\b(?:like|love|enjoy|into|prefer)\s+(?:\w+\s+)?$", low[: h.start])
        )
    ]

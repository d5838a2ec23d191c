"""The old kind kept: "还是以前那种走电话线的", "一直是原来的光纤", "跟以前一样，光纤".

The lexicon marks a phrase said after "以前", "原来" or "之前" as the past, no longer true
("以前用邮寄支票"). Said with "still" or "the same as before" the old one is what the respondent
has now: the words name which one, not when. A past that is given up ("以前还是电话线") keeps
its flag, as does any other past marker in the same clause.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

# "还是以前那种", "还用的原来那个", "一直是之前的", "仍然是以前的", "跟以前一样"
_STILL_OLD = re.compile(
    r"(?:还是|还用的?是?|仍然?是|依然是?|依旧是?|一直(?:是|用的?是?)?)(?:用的?)?"
    r"(?:以前|原来|之前)(?:那|的|那种|那个|那样)?"
    r"|(?:跟|和|同)(?:以前|原来|之前)一样"
)
_CLAUSE_END = re.compile(r"[,，。.;；!！?？]")
_OTHER_PAST = re.compile(r"以前|原来|之前|此前|曾经|过去")


def kept_old(hits: list[Hit], low: str) -> list[Hit]:
    """Hits marked as the past only for a "still the old one" before them lose the mark."""
    if not ("以前" in low or "原来" in low or "之前" in low):
        return hits
    for hit in hits:
        if not hit.past:
            continue
        begin = max((m.end() for m in _CLAUSE_END.finditer(low, 0, hit.start)), default=0)
        clause = low[begin : hit.start]
        still = list(_STILL_OLD.finditer(clause))
        if not still:
            continue
        rest = clause[: still[0].start()] + clause[still[-1].end() :]
        if not _OTHER_PAST.search(rest):
            hit.past = False
    return hits

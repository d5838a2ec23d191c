"""A thing from the home town that the respondent uses now: "俺用的是老家的储蓄卡".

The lexicon reads a phrase after "老家" or "家乡" as the past ("老家在荆州": the home town is not
where one lives now). Said of a thing the respondent uses ("用的是老家的储蓄卡", "拿老家办的卡交",
"绑的家乡农信社的卡"), the home town only says where the thing came from: it is the
respondent's now. Another past marker in the same clause ("以前用的是老家的…") keeps the mark.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit
from bot.understanding.people import clause_before

# Used by the respondent, then the home town's thing: "用的是老家的", "拿老家办的", "绑了家乡的".
_OWN_USE = re.compile(
    r"(?:用|使|拿|绑|绑定|刷)(?:的|了|着)?(?:是)?(?:我|俺)?(?:们)?(?:老家|家乡)"
    r"(?:那边|那儿|那里)?(?:的|办的|开的|带来的|带过来的)[^,，。;；!！?？]{0,8}$"
)
_OTHER_PAST = re.compile(r"以前|原来|之前|此前|曾经|过去|当年|那时")


def kept_own(hits: list[Hit], low: str) -> list[Hit]:
    """Hits marked as the past only for the home town their thing came from lose the mark."""
    if "老家" not in low and "家乡" not in low:
        return hits
    for hit in hits:
        if not hit.past:
            continue
        clause = clause_before(low, hit.start)
        if _OWN_USE.search(clause) and not _OTHER_PAST.search(clause):
            hit.past = False
    return hits

"""Options named with a relative clause that puts them in the past: "the Safaricom fibre I had
before", "the DSL we used to have", "cable that I had with Vodafone back then".

The lexicon marks an option as the past only from words before it ("以前用邮寄支票", "used to
have fibre"); in English the past often follows the option as a relative clause. Such a hit is
marked as the past too, so that it fills nothing ("better than the fibre I had before" names no
current kind of line), while "the fibre I have now" and "fibre, had it before and came back"
are left alone. So is a kind put behind with "after": "fibre, finally, after years stuck on the
old copper".
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

_HAD_BEFORE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:had|used|used to have|was on|were on|was using"
    r"|were using)\b(?:\s+(?:with|from|at)\s+[a-z]+)?\s+(?:before|previously|back then|earlier"
    r"|in the past|years ago|at my (?:old|last) place)\b"
    r"|\s+(?:that\s+|which\s+)?(?:i|we)\s+used to have\b"
)


# Put behind with "after": "fibre, finally, after years stuck on the old copper", "after ages on
# ADSL" (the kind the respondent left; not "still stuck on copper after years").
_LEFT_AFTER = re.compile(
    r"\bafter\s+(?:\d+\s+|many\s+|so many\s+|ten\s+|two\s+|three\s+|a few\s+)?(?:years|ages"
    r"|decades|a decade|months|forever)\s+(?:of\s+)?(?:being\s+)?(?:stuck\s+)?(?:on|with)\s+"
    r"(?:the\s+|that\s+|our\s+|my\s+)?(?:old\s+|slow\s+|crappy\s+|rubbish\s+)*$"
)


def marked_past(hits: list[Hit], low: str) -> list[Hit]:
    """Hits followed by "I had before" and the like, or put behind with "after years on", are
    marked as the past."""
    if "after" in low:
        for hit in hits:
            if not hit.past and _LEFT_AFTER.search(low, max(0, hit.start - 50), hit.start):
                hit.past = True
    if not ("had" in low or "used" in low or "was on" in low or "were on" in low):
        return hits
    for hit in hits:
        if not hit.past and _HAD_BEFORE.match(low, hit.end):
            hit.past = True
    return hits

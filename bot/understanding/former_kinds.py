"""Options named with a relative clause that puts them in the past: "the Safaricom fibre I had
before", "the DSL we used to have", "cable that I had with Vodafone back then".

The lexicon marks an option as the past only from words before it ("以前用邮寄支票", "used to
have fibre"); in English the past often follows the option as a relative clause. Such a hit is
marked as the past too, so that it fills nothing ("better than the fibre I had before" names no
current kind of line), while "the fibre I have now" and "fibre, had it before and came back"
are left alone.
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


def marked_past(hits: list[Hit], low: str) -> list[Hit]:
    """Hits followed by "I had before" and the like are marked as the past."""
    if not ("had" in low or "used" in low or "was on" in low or "were on" in low):
        return hits
    for hit in hits:
        if not hit.past and _HAD_BEFORE.match(low, hit.end):
            hit.past = True
    return hits

"""An amount said to be the price now, after an old one said of the bill.

"I was paying ₹799 per month, now suddenly ₹999", "was paying £30 a month, now it's £45": under
another question the new amount carries no "a month" of its own, yet the old one tied it to the
bill, and the new one replaces it. The money reader ties such an amount to the bill and prefers
it. Not "now and then 45", "45 from now on" (a price to come), nor another person's "my son pays
45 now".
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

_NOW_BEFORE = re.compile(
    r"\bnow(?:adays)?\s*,?\s*(?:(?:suddenly|all of a sudden|overnight|it'?s|its|it is|they charge"
    r"|they want|i pay|we pay|i'?m paying|we'?re paying|i get charged|is|up to|at|only|just)\s+)*"
    r"(?:about|around|almost|nearly)?\s*(?:[$£€¥₹₱₦]|rs\.?|rm)?\s*$"
)
_OTHERS = re.compile(
    r"\b(?:he|she|they pay|his|her|their)\b|\bmy (?:son|daughter|wife|husband|mum|mom|mother|dad"
    r"|father|partner|brother|sister|kids?)\b"
)


def now_at(low: str, num: Num) -> bool:
    """The amount at `num` is said to be the price now ("now suddenly ₹999")."""
    if "now" not in low:
        return False
    before = low[max(0, num.start - 40) : num.start]
    m = _NOW_BEFORE.search(before)
    return m is not None and _OTHERS.search(before[m.start() :]) is None

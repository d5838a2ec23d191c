"""A whole year paid at once, named before the amount: "I pay for the year up front, £240",
"we pay for the whole year in one go: $600". The amount that follows in the same sentence pays
twelve months, so the monthly spend is a twelfth of it."""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

_YEAR_PAID_BEFORE = re.compile(
    r"\b(?:i|we)\s+(?:pay|paid|always pay)\s+(?:it\s+|for\s+it\s+)?for\s+(?:the|a)\s+"
    r"(?:whole\s+|full\s+|entire\s+)?year(?:\s+(?:up ?front|up-front|in advance|in one go"
    r"|all at once))?\s*[,:;–-]?\s*(?:it'?s\s+|that'?s\s+|about\s+|around\s+|roughly\s+)?"
    r"(?:[$£€¥]|rs\.?\s*|kes\s*|ksh\s*)?\s*$"
)


def before(low: str, num: Num) -> bool:
    """The amount at `num` comes right after "I pay for the year (up front)"."""
    if "year" not in low or "for " not in low:
        return False
    return _YEAR_PAID_BEFORE.search(low, max(0, num.start - 60), num.start) is not None

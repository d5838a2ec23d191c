"""A city sung, not lived in: a song's title or line quoted as the answer.

"I left my heart in San Francisco", "London calling", "London's calling", "Sweet Home Alabama",
"Viva Las Vegas", "New York, New York", "Do you know the way to San Jose": the city is the
song's, no home (not "I left my job in Leeds", "London's calling me back, I'm moving there").
"""

from __future__ import annotations

import re

_BEFORE_EN = re.compile(
    r"\bleft my heart in\s*$|\bsweet home\s*$|\bviva\s*$|\bnew york,? $|\bthe way to\s*$"
)
_AFTER_EN = re.compile(r"(?:'s)? calling\b(?!\s+(?:me|us|him|her|them|you)\b)[\s!.…]*$")


def sung(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is inside a song's title or line."""
    before = low[max(0, start - 20) : start]
    return _BEFORE_EN.search(before) is not None or _AFTER_EN.match(low, end) is not None

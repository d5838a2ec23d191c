"""The respondent described by an age and a person word: "27 yr old girl living in Chennai",
"I'm a 30 year old guy", "just a 45yo bloke from Leeds", "call me Ben. 30 year old guy".

"my 7 yr old girl" is a child, and so an age before "girl" or "boy" is usually someone else's.
Opening the message, or after "I'm (a)", with a grown-up's age and no owner, the same words
describe the respondent: the age is theirs and the person word gives their gender. A list of
such people ("19 yr old boy and a 12 yr old girl") is children counted, not a self-description.
"""

from __future__ import annotations

import re

_SELF_AGED = re.compile(
    # (or opening a sentence after the name: "call me Ben. 30 year old guy from Manila")
    r"(?:^|(?<=[.!;,])\s+|\b(?:i'?m|i am|im|am)\s+)(?:just\s+|only\s+)?(?:an?\s+)?"
    r"(?P<age>\d{2})\s*[- ]?(?:years?|yrs?|y/?o|yo)(?:[- ]old)?[- ]+"
    r"(?P<word>girl|gal|lady|woman|female|boy|guy|man|male|lad|bloke|dude)\b"
    r"(?!\s*(?:and|&|n|plus|with)\s+(?:an?\s+|one\s+|\d))"
)
_OWNER = re.compile(r"\b(?:my|our|his|her|their)\s+\w+\s*[.!;,]?\s*$")
_FEMALE = frozenset(("girl", "gal", "lady", "woman", "female"))
_ADULT = 18


def self_aged(low: str) -> tuple[str, int, int] | None:
    """(gender, start, end) of the age in a self-description by age and person word."""
    if "old" not in low and "yo " not in low and "y/o" not in low:
        return None
    m = _SELF_AGED.search(low)
    if m is None or int(m.group("age")) < _ADULT:
        return None
    if m.start() and low[m.start() - 1] in ".!;," and _OWNER.search(low, 0, m.start()):
        return None  # "my husband, 40 year old guy": the person named before, described
    gender = "female" if m.group("word") in _FEMALE else "male"
    return (gender, m.start("age"), m.end("age"))


def self_aged_at(low: str, start: int) -> bool:
    """Is the number at `start` the age of such a self-description?"""
    own = self_aged(low)
    return own is not None and own[1] == start

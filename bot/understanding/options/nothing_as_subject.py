""" "Nothing" said as a subject or in a comparison, not as an answer.

Under another question "nothing" fills the internet question's "none" only with a cue of it in
its clause; but "speeds are nothing like what was advertised", "nothing changed, the speed is the
same", "nothing happens when I reset the router", "nothing wrong with the broadband" use it as a
word of the sentence about the service, no "I have no internet". "nothing, just mobile data" and
"nothing at home, only my phone" still answer. Nor is it an answer as the object of a fall or a
price: "the speed drops to nothing every evening", "down to nothing", "paying for nothing".
"""

from __future__ import annotations

import re

_AFTER = re.compile(
    r"\s+(?:like|changed|changes|has changed|happens|happened|has happened|special|works|worked"
    r"|to do with|compared|close to|near|short of|wrong|much|else|new|improved|different|beats"
    r"|gets (?:done|fixed)|got (?:done|fixed)|seems|loads|is working|was working)\b"
)


_BEFORE = re.compile(
    r"\b(?:(?:drops?|dropped|dropping|falls?|fell|falling|slows?|slowed|slowing|goes|went|going"
    r"|down|reduced|next)\s+to|(?:pay(?:ing)?|paid)\s+(?:\w+\s+)?for)\s+$"
)


def as_subject(low: str, start: int, end: int) -> bool:
    """The "nothing" at `start`..`end` is a word of a sentence, not an answer."""
    if low[start:end] != "nothing":
        return False
    return _AFTER.match(low, end) is not None or _BEFORE.search(low, 0, start) is not None

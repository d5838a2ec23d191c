"""A city put right after an earlier answer: "sorry, earlier I meant Leicester not Nottingham",
"oops I said Nottingham, I meant Leicester", "meant Bristol, not Bath".

Said under any question, such a correction names the respondent's city though no word of living
there stands beside it: the earlier answer it replaces was the city. The other name must be a
known city too, so that "I meant hiking not running" or "I meant Leicester City the club, not
Forest" (a team) put no city right.
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES

# "I meant", "meant to say", "I should have said", "correction:" right before the city.
_MEANT_BEFORE = re.compile(
    r"\bmeant(?:\s+to\s+(?:say|put|write|type))?\s*$"
    r"|\bshould(?:\s+have|'ve)\s+(?:said|put|written|typed)\s*$"
)
# ... the earlier name after it: "Leicester not Nottingham", "Leicester, not Nottingham".
_NOT_AFTER = re.compile(
    r"\s*,?\s*(?:not|rather than|instead of)\s+(?P<other>[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*)??)"
    r"\s*(?:$|[,.;!?]|\s(?:lol|haha|sorry|thanks|mate)\b)"
)
# ... or before it: "I said Nottingham, I meant Leicester", "wrote York but meant Leeds".
_SAID_BEFORE = re.compile(
    r"\b(?:said|put|wrote|typed|told you)\s+(?P<other>[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*)??)"
    r"\s*[,.;]?\s*(?:but\s+|sorry\s+|oops\s+)?(?:i\s+)?meant\s*$"
)


def corrected_to(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is the one the respondent meant, in place of another city
    said before ("I meant Leicester not Nottingham")."""
    before = low[max(0, start - 60) : start]
    if "meant" not in before and "should" not in before:
        return False
    if not _MEANT_BEFORE.search(before):
        return False
    named = _NOT_AFTER.match(low, end) or _SAID_BEFORE.search(before)
    return named is not None and named.group("other") in CITIES

"""English person words that say nothing of the respondent's household, round 20.

Kept apart from `kin_zh` (which calls it, next to `people_zh`) so that each stays small:

- "the other half" after "half" of something ("half my family is in Ibadan and the other half in
  Houston"; but "me and the other half", "half the year… my other half");
- dating as a service, an app or a site ("you doing dating services now?"; but "we've been
  dating two years");
- children that another person raised or had ("my grandmother who raised nine children"; but
  "I raised three kids on my own");
- a partner's child who stays only part of the time ("my partner's son stays with us every
  other weekend"; but "my partner's son lives with us");
- the baby of a first pregnancy, named after "expecting our first" ("expecting our first baby in
  March"; that phrase says no dependents, the baby is not born; but "expecting our second baby").
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

_HALF_BEFORE = re.compile(r"\bhalf\b")
_DATING_AS_THING = re.compile(r"\s+(?:services?|apps?|sites?|agenc(?:y|ies)|shows?|profiles?)\b")
_OTHERS_RAISED_BEFORE = re.compile(
    r"\b(?:grand(?:mother|father|ma|pa|mum|mom|dad|parents?)|granny|nan|nana|mother|mum|mom|father"
    r"|dad|parents|aunt|auntie|uncle|she|he|they)\s+(?:who\s+)?(?:\w+\s+)?(?:raised|brought\s+up"
    r"|reared|had|bore|fed|looked\s+after)\s+(?:(?:\w+|\d+)\s+){0,2}$"
)
# A partner's child who stays only part of the time: "my partner's son stays with us every other
# weekend" (but "my partner's son lives with us", "my son stays with us every other weekend").
_PARTNERS_BEFORE = re.compile(
    r"\b(?:my|our|the)\s+(?:partner|wife|husband|girlfriend|boyfriend|fianc[ée]e?|missus"
    r"|other half)(?:'s|s')\s+$"
)
_PART_TIME_AFTER = re.compile(
    r"[^,.;!?]{0,30}?\b(?:every\s+other\s+(?:weekend|week)|alternate\s+(?:weekends|weeks)"
    r"|(?:some|at|on)\s+weekends|half\s+(?:the\s+time|the\s+week)|during\s+(?:the\s+)?holidays)\b"
)
_FIRST_EXPECTED_BEFORE = re.compile(r"\bexpecting\s+(?:our|my|a|the|her|his)?\s*first\s+$")


def not_partner(low: str, start: int, end: int) -> bool:
    """The partner word at `start`..`end` names no partner of the respondent's."""
    word = low[start:end]
    the = word.startswith("the ") or low.endswith("the ", 0, start)
    if word.endswith("other half") and the and _HALF_BEFORE.search(low, 0, start):
        return True  # "half my family… the other half in Houston"
    return word == "dating" and _DATING_AS_THING.match(low, end) is not None


def not_dependent(low: str, start: int) -> bool:
    """The child word at `start` names no dependent of the respondent's."""
    before = clause_before(low, start)
    if _OTHERS_RAISED_BEFORE.search(before):
        return True  # "my grandmother who raised nine children"
    if _PARTNERS_BEFORE.search(before) and _PART_TIME_AFTER.match(low, start):
        return True  # "my partner's son stays with us every other weekend"
    return _FIRST_EXPECTED_BEFORE.search(before) is not None  # "expecting our first baby"

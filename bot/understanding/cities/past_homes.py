"""A home of the past named before a city: "the flat in Paris was tiny", "my old house in Leeds".

A dwelling word before a city usually places the respondent there now ("my flat in Leeds"), but
not when the words after it put it in the past ("was", "had been", "used to be") or a word before
it marks it as a former home ("old", "previous", "first"): that city is no longer the home,
unless the respondent is "still" there ("we're still in the old house in Bluefield") or has just
bought it ("just bought my first flat in Tullamore").

Nor is a place of schooling in the past ("studied in Manchester ages ago", "went to uni in
Bristol") or a home town ("乡下系佛山", Cantonese for "my home town is Foshan"; "家乡是青岛"),
unless the respondent stayed on there ("studied in Leeds and never left").
"""

from __future__ import annotations

import re

_DWELLING = (
    r"(?:flat|house|apartment|place|home|room|studio|bedsit|condo|digs|halls?|dorm|cottage"
    r"|bungalow)"
)
_DWELLING_IN = re.compile(r"\b" + _DWELLING + r"\s+(?:in|near)\s*$")
_FORMER_BEFORE = re.compile(
    r"\b(?:old|previous|former|last|first|childhood)\s+(?:\w+\s+)?"
    + _DWELLING
    + r"\s+(?:in|near)\s*$"
)
# "still in the old house in Bluefield": the home of many years, not a former one; "just bought
# my first flat in Tullamore": the first one owned is the home now.
_STILL_IN_OLD = re.compile(
    r"\bstill\s+(?:(?:live|lives|living)\s+)?in\s+(?:the|my|our)\s+old\b"
    r"|\b(?:bought|purchased)\s+(?:my|our)\s+(?:very\s+)?first\b"
)
_PAST_AFTER = re.compile(
    r"^\s*(?:was|were|had (?:been|\w+ed)|used to|got (?:sold|flooded)|burned|flooded)\b"
)


def past_dwelling(before: str, after: str) -> bool:
    """The city between `before` and `after` (its clause) is where a former home was."""
    if " in" not in before and " near" not in before:
        return False
    if _FORMER_BEFORE.search(before):
        return _STILL_IN_OLD.search(before) is None
    return _DWELLING_IN.search(before) is not None and _PAST_AFTER.match(after) is not None


# Schooling there in the past, or a home town, right before the city.
_LEFT_BEFORE = re.compile(
    r"\b(?:studied|went to (?:uni|university|college|school)|did (?:my|a) (?:degree|masters|phd))"
    r"\s+(?:[a-z\d']+\s+){0,2}(?:in|at)\s*$"
    r"|(?:老家|家乡|乡下|祖籍|原籍)(?:系|係|喺|是)\s*$"
)
_STAYED_ON = re.compile(r"\b(?:stayed|never left|still|settled|ended up staying)\b")


def left_behind(before: str, after: str) -> bool:
    """The city between `before` and `after` is where the respondent went to school or their home
    town, and they did not stay on there."""
    return _LEFT_BEFORE.search(before) is not None and _STAYED_ON.search(after) is None

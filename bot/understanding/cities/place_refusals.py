"""Refusals that decline to say where, or to say more, in a chatty British or Irish voice.

"I'll leave it there if you don't mind", "Where I am myself I'll keep to myself", "in a wee
village, not naming it sorry", "won't be naming the town": the respondent has said something
(places of the past, relatives' towns) and declines the rest. Not "I keep to myself" (a quiet
life, no refusal) or "not naming names" (said of other people).
"""

from __future__ import annotations

import re

_TRIGGER = (
    "leave it",
    "keep to myself",
    "naming",
    "name ",
    "say where",
    "saying where",
    "where i ",
    "where we ",
    "putting that",
)
# where they live, kept back in so many words: "where I sleep is none of your business",
# "where I actually live I don't tell in a chat"
_HOME_KEPT = (
    r"\bwhere (?:i|we) (?:actually |really )?(?:sleep|live|stay|am|'m)\b[^.!?]{0,12}?"
    r"(?:(?:is|'s) none of (?:your|ur) (?:business|concern)|(?:i|we) (?:don'?t|won'?t|never)"
    r" (?:tell|say|share|give out)\b)"
)
_HOME_KEPT_RE = re.compile(_HOME_KEPT)
_PLACE_REFUSALS = re.compile(
    (
        # declining to go further: "and I'll leave it there if you don't mind"
        r"\b(?:i'?ll|i will|i'?d (?:rather|like to)|let'?s|gonna|going to)\s+"
        r"leave it (?:there|at that)\b"
        # where they are, kept back: "where I am myself I'll keep to myself"
        r"|\bwhere (?:i am|i'?m|i live|we are|we live)\b[^.!?]{0,20}?\b(?:i'?ll|i will|i'?d rather)"
        r"\s+keep (?:(?:that|it)\s+)?to myself\b"
        # the place left unnamed: "not naming it", "won't be naming the town", "rather not name it"
        r"|\b(?:not|won'?t be|i won'?t|rather not|i'?d rather not|not gonna|not going to)\s+"
        r"(?:naming|name|say(?:ing)? where)(?:\s+(?:it|the (?:place|town|village|city|area)))?\b"
        r"(?!\s+names\b)"
        # not writing it down: "I ain't putting that", "not putting that in"
        r"|\b(?:ain'?t|not|won'?t be|never) putting that\b"
    )
    + "|"
    + _HOME_KEPT
)


def place_refusals(low: str) -> list[re.Match[str]]:
    """Every refusal of these phrases in the (lower-cased) message."""
    if not any(w in low for w in _TRIGGER):
        return []
    return list(_PLACE_REFUSALS.finditer(low))


def home_kept_back(low: str) -> bool:
    """The (lower-cased) message declines to say where the respondent lives ("where I sleep is
    none of your business"), so a work place named beside it is no home."""
    return ("where i " in low or "where we " in low) and _HOME_KEPT_RE.search(low) is not None

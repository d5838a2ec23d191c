"""Refusals that decline to go into the matter: "not gonna get into that rn".

"not gonna get into that", "I'm not going to go into it", "won't get into that right now", "not
gonna discuss that here" turn the question down: "that" is what was asked, and nothing follows
but a time, a place or a filler. A thing entered ("not gonna get into a contract again", "won't
get into the car"), or more said after it ("not gonna get into that, but it's monthly"), is no
such refusal. Searched only when "into", "discuss" or "talk about" is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"into|discuss|talk about")
_FILLERS = (
    r"(?:\s*,?\s*(?:rn|right now|now|atm|at the moment|today|tonight|here|on here|online|lol|lmao"
    r"|haha|sorry|soz|tbh|mate|bro|fam|man|tho|though|ok|okay|thanks|with (?:you|u|ya|a bot|bots"
    r"|strangers)|on (?:a|this) (?:survey|chat)))*"
)
_DECLINED = re.compile(
    r"(?:^|[,.;!?]\s*|\b(?:nah|naw|nope|no|na)[,.!]?\s+|\b(?:i'?m|im|i am|we'?re|we are|i|we)\s+)"
    r"(?:just\s+|really\s+|def(?:initely)?\s+)?"
    r"(?:not (?:gonna|gunna|gon|going to|about to)|won'?t|will not|ain'?t (?:gonna|going to))"
    r"\s+(?:(?:get|go) into|discuss|talk about)\s+(?:all\s+)?(?:that|this|it|all that)\b"
    + _FILLERS
    + r"(?=\s*[.!]*\s*$)"
)


def talk_declined(low: str) -> list[re.Match[str]]:
    """Every refusal to go into the matter in the (lower-cased) message."""
    if _TRIGGER.search(low) is None:
        return []
    return list(_DECLINED.finditer(low))

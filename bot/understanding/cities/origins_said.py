"""A city said only as where the respondent comes from, with "originally" or "by birth" after it.

Asked where they live, people sometimes give only their origin: "Leeds originally", "Leeds,
originally", "from Leeds originally", "Leeds by birth". A former home gives no current city, so
the place is no answer even when it is the only one named (the question is then asked again, as
for "originally from Krakow"). A current home beside it still counts ("from Leeds originally but
now in York"), and so does the origin when the respondent says they are still there ("Leeds
originally and still here", "from Leeds originally, never left"). "I'm from Leeds" and "born in
Leeds" alone name no former home and stay the answer.
"""

from __future__ import annotations

import re

# "originally" or "by birth" right after the city, a comma between allowed (not the start of
# another origin: "Leeds, originally from York").
_ORIGIN_AFTER = re.compile(r"[\s,]*(?:originally|by birth)\b(?!\s+(?:from|in|of)\b)")
# The respondent still there, or living somewhere now.
_STILL_THERE = re.compile(
    r"\b(?:still|now|nowadays|these days|currently|live|lives|living|based|settled|stayed"
    r"|staying|never left|never moved|always|born and (?:bred|raised))\b"
)


def origin_only(low: str, end: int) -> bool:
    """The city ending at `end` is marked as the respondent's origin ("Leeds originally") and
    nothing says they live there, or anywhere, now."""
    if "originally" not in low and "by birth" not in low:
        return False
    return _ORIGIN_AFTER.match(low, end) is not None and _STILL_THERE.search(low) is None

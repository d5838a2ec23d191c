"""An unknown town typed in lowercase after "up here in": "dale koski. up here in ishpeming eh".

`unknown_places.LIVED_IN` reads capitalised names ("up here in Ishpeming"). Typed all in
lowercase, a name is only told from a word by where it stands: "up here in", "down here in",
"out here in" place the respondent, and a single word closing its clause ("up here in sudbury
eh", "out here in kalgoorlie, no complaints") that is no common word, no state of being, no time
and no kind of place is taken for the town and capitalised.
Not "up here in bed with the flu", "up here in the hills", "out here in winter", "up here in
the sticks", nor a name of more than one word ("out here in broken hill": too easily a phrase).
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.cities.own_towns import NOT_PLACES
from bot.understanding.cities.unknown_places import NOT_CITIES
from bot.understanding.identity.name_words import COMMON

_HERE_IN = re.compile(
    r"\b(?:up|down|out|over|round|around)\s+here\s+in\s+(?P<place>[a-z][a-z'\-]{3,})"
    r"(?=\s*(?:$|[,;!?]|\.(?:\s|$)|\s(?:eh|lol|haha|now|mate|these days|b'y|aye|ya|yeah|too)\b))"
)
# Kinds of places and states that close "up here in …" without naming a town.
_KINDS = frozenset(
    """
    hills bush sticks country countryside woods forest mountains valley village farm city suburbs
    outback north south east west middle wilderness paradise nowhere general particular reality
    silence peace comfort style heat cold snow rain dark darkness attic loft office shed garage
    kitchen bedroom basement cabin tent caravan camp barracks dorm dorms hospital
    """.split()
)


def here_town(surface: str) -> re.Match[str] | None:
    """The lowercase town after "up here in", capitalised; its group "place" spans it."""
    if "here in " not in surface:
        return None
    for found in _HERE_IN.finditer(surface):
        place = found.group("place")
        if place in COMMON or place in NOT_PLACES or place in _KINDS or place in NOT_CITIES:
            continue
        if place in CITIES:
            continue  # (the gazetteer reads it)
        start, end = found.span("place")
        titled = surface[:start] + place[:1].upper() + place[1:] + surface[end:]
        return _WHOLE.fullmatch(titled, start, end)
    return None


_WHOLE = re.compile(r"(?P<place>.+)")

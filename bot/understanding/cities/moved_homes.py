"""An unknown town the respondent moved to: "moved from Skegness to Lincoln last spring".

A move said with both ends names the home at its destination, whether or not the gazetteer
knows either: "moved from Skegness to Lincoln last spring", "we moved from Leeds to Harrogate in
2019", "moved to Mullingar from Tullamore last year" give Lincoln, Harrogate and Mullingar. The
move is the respondent's own (opening its clause or after "I", "we"), not somebody else's ("my
sister moved from Skegness to Lincoln"), not one still planned ("thinking of moving from …"),
not undone ("moved from Skegness to Lincoln for uni but came back") and not between
departments ("moved from Sales to Marketing").
"""

from __future__ import annotations

import re

from bot.understanding.cities import profile_places, unknown_places
from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.cities.own_towns import NOT_PLACES

_MOVER = (
    r"(?:^|(?<=[,;.!?])\s*|\b(?:I|[Ww]e)(?:'ve|\s+have)?\s+(?:just\s+|recently\s+|finally\s+"
    r"|eventually\s+|only\s+)?)(?:[Mm]oved|[Rr]elocated)\s+(?:(?:up|down|over|out|back)\s+)?"
)
_OTHER_END = r"(?:St\.?\s+)?[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?"
_MOVED = re.compile(
    _MOVER
    + r"(?:from\s+(?P<origin>"
    + _OTHER_END
    + r")\s+to\s+"
    + unknown_places.PLACE_NAME
    + r"|to\s+"
    + unknown_places.PLACE_NAME.replace("?P<place>", "?P<dest>")
    + r"\s+from\s+"
    + _OTHER_END
    + r"\b)"
)
# The move undone: "… but came back", "then moved back".
_UNDONE = re.compile(r"\b(?:came|come|moved|went|got)\s+(?:back|home)\b")


def _no_town(name: str) -> bool:
    """No town: a department, a time or a state ("Sales", "March", "Ohio")."""
    low = name.lower()
    if low in CITIES:
        return False
    return (
        low.split()[0] in NOT_PLACES
        or profile_places.profile_word(name)
        or low in unknown_places.NOT_CITIES
    )


def moved_to(surface: str) -> re.Match[str] | None:
    """The destination of the respondent's own move, the gazetteer not knowing it; its group
    "place" (or "dest", in "moved to X from Y") is the name."""
    if "oved" not in surface and "elocated" not in surface:
        return None
    for found in _MOVED.finditer(surface):
        group = "place" if found.group("place") else "dest"
        name = found.group(group)
        if _no_town(name) or (found.group("origin") and _no_town(found.group("origin"))):
            continue
        if name.lower() in CITIES or _UNDONE.search(surface, found.end()):
            continue
        start, end = found.span(group)
        return _WHOLE.fullmatch(surface, start, end)
    return None


_WHOLE = re.compile(r"(?P<place>.+)")

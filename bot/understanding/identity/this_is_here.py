""" "This is <place>" joined to a remark: a place talked about, no introduction.

"the internet goes out every time the wind blows, and this is Texas, the wind always blows", "the
signal's awful but this is Leeds": after "and", "but" or "because" in its clause, "this is" points
at where the respondent is, and a known city or US state after it is no name. Said as an opening
("Hi, this is Georgia", "this is Austin speaking") it still introduces.
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.cities.regions_named import US_STATES

_JOINED = re.compile(r"\b(?:and|but|because|cause|cos|coz|'cause)\s*$", re.IGNORECASE)


def place_remarked(surface: str, intro_start: int, intro: str, name: str) -> bool:
    """`name` after the introduction `intro` is a place: a known city after "it's" ("I skipped
    the city one, it's Perth"), or a city or US state after "this is" joined to a clause by "and"
    or "but"."""
    low = name.lower()
    if intro.startswith(("it's", "it is", "its")):
        return low in CITIES
    if not intro.startswith("this is"):
        return False
    if low not in CITIES and low not in US_STATES:
        return False
    return _JOINED.search(surface[max(0, intro_start - 12) : intro_start]) is not None

"""A US state named after a place: the state of that place, not a city of its own.

The gazetteer reads "ny", "la", "dc", "washington" and "new york" as cities. After the name of a
place ("buffalo ny", "Baton Rouge, LA", "Seattle, Washington", "Rochester, New York") they name
its state, and the city is the place before them; after a region ("upstate New York") there is
no city at all. "I live in LA", "moved to New York" and "I love LA" keep the city: the word
before is a preposition or an ordinary word, not the name of a place.
"""

from __future__ import annotations

import re

from bot.understanding.identity.name_words import COMMON
from bot.understanding.lexicon import Hit

# The gazetteer's names that are also a state or its postal code.
_STATE_NAMES = frozenset({"ny", "la", "dc", "washington", "new york"})
_LENGTHS = frozenset(len(name) for name in _STATE_NAMES)  # a cheap test before the others
# A word before the state that makes it a region, not a city's state.
_REGION_WORDS = frozenset({"upstate", "downstate", "rural", "western", "eastern", "northern"})
# Words of where or of going that may stand before a city ("near LA", "visiting NY").
_BEFORE_A_CITY = frozenset(
    "near nearby outside by past beyond toward towards between visit visited love hate miss left"
    " leave live lives lived move moves hit than".split()
)
# The word before, then a comma or spaces only.
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][A-Za-z.'\-]*)\s*,?\s+$|(?P<glued>[A-Za-z.'\-]+),$")


def state_of_place(surface: str, start: int, end: int) -> bool:
    """The city named at `start`-`end` is a state after the name of a place."""
    if " ".join(surface[start:end].lower().split()) not in _STATE_NAMES:
        return False
    before = _WORD_BEFORE.search(surface, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("word") or before.group("glued")
    low = word.lower()
    if low in _REGION_WORDS:
        return True  # "upstate New York": a region of the state
    if low in COMMON or low in _BEFORE_A_CITY or low.endswith("ing"):
        return False  # "I'm in LA", "moving to NY", "I love LA"
    # a place's name is capitalised, unless the whole answer is typed in lowercase
    return word[0].isupper() or surface == surface.lower()


def drop_states(hits: list[Hit], surface: str) -> list[Hit]:
    """The lexicon's hits without the cities that are a state after a place ("buffalo ny")."""
    return [
        h
        for h in hits
        if not (
            h.end - h.start in _LENGTHS
            and all(e.kind == "city" for e in h.entries)
            and state_of_place(surface, h.start, h.end)
        )
    ]

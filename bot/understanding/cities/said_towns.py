"""Towns the gazetteer does not know, given as the home in two shapes the other readers miss.

- After a correction of an earlier city: "Delhi... no wait, I shifted to Noida last month",
  "Ottawa — sorry, no, we moved last summer, it's Kingston now". The known city said first is
  taken back, and the town after the correction is the home.
- Typed in lowercase after a word of living there, closing its clause: "i live in ann arbor now
  for school", "nah, i'm in victoria and i love it here". A capitalised name is read by
  `unknown_places`; in lowercase only words that are no common word count ("i'm in bed", "i
  live in hope" name no town).
Not a move still ahead ("no wait, I'm moving to Leeds next month"), nor somebody else's ("sorry
no, my son moved to Noida").
"""

from __future__ import annotations

import re

from bot.understanding.cities import unknown_places
from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.identity.name_words import COMMON
from bot.understanding.replies import CORRECTION

# A taking back that CORRECTION leaves to numbers: "sorry, no", "no, sorry", "— no,", "actually no".
_TAKEN_BACK = re.compile(
    r"\b(?:sorry,?\s+no|no,?\s+sorry|actually,?\s+no|oh\s+no|no\s+no|oops)\b|[—–-]\s*no\b"
)
_PLACE = r"(?P<place>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?)"
# The home after the correction: "I shifted to Noida", "it's Kingston now", "we're in Guelph".
_HOME_AFTER = re.compile(
    r"\b(?:(?:I|[Ww]e)\s+(?:just\s+|recently\s+|finally\s+|already\s+)?(?:moved|shifted|relocated)"
    r"\s+(?:over\s+|back\s+|out\s+)?to\s+"
    r"|(?:[Ii]t'?s|[Ii]t\s+is)\s+(?=[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?\s+now\b)"
    r"|(?:I'?m|I\s+am|[Ww]e'?re|[Ww]e\s+are)\s+(?:now\s+)?in\s+)" + _PLACE
)
_NO_TOWN = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)


def _town(name: str) -> bool:
    """`name` may be a town the gazetteer lacks: no known city, month, country or word."""
    low = name.lower()
    if low in CITIES or low in COMMON or low in unknown_places.NOT_CITIES:
        return False
    titled = name.title() if name.islower() else name  # ("ann arbor" read as "Ann Arbor")
    return low.split()[0] not in _NO_TOWN and unknown_places.unknown_place(titled) is not None


def home_named(surface: str, low: str) -> re.Match[str] | None:
    """The unknown town said to be the home: after a correction, or as `unknown_places` reads
    it ("I live in Sharjah"); its group "place" is the name."""
    return _town_after_correction(surface) or unknown_places.home_named(surface, low)


def _town_after_correction(surface: str) -> re.Match[str] | None:
    """The unknown town given as the home after an earlier answer is taken back; its group
    "place" is the name."""
    low = surface.lower()
    back = CORRECTION.search(low) or _TAKEN_BACK.search(low)
    if back is None:
        return None
    for found in _HOME_AFTER.finditer(surface, back.end()):
        if _town(found.group("place")):
            return found
    return None


_LOWER_HOME = re.compile(
    r"(?:^|[,.;!?]\s*|\b(?:but|and|so|nah|now)\s+)"
    r"(?:i\s+(?:live|reside)|we\s+(?:live|reside)|i'?m|i\s+am|we'?re|we\s+are)"
    r"\s+(?:now\s+|currently\s+|still\s+)?in\s+"
    r"(?P<place>[a-z][a-z'\-]+(?:\s+[a-z][a-z'\-]+)?)"
    r"(?=\s*(?:$|[,.;!?]|\s(?:now|these days|for (?:school|work|uni|college)|and|but|though"
    r"|lol|haha)\b))"
)


_SPAN = re.compile(r"(?P<place>.+)")


def lowercase_home(surface: str) -> re.Match[str] | None:
    """A lowercase town after a word of living there, closing its clause; its group "place" is
    the name capitalised, at the same offsets ("victoria" -> "Victoria")."""
    if surface != surface.lower() or " in " not in surface:
        return None
    for found in _LOWER_HOME.finditer(surface):
        words = found.group("place").split()
        if all(w not in COMMON and w not in _NO_TOWN for w in words) and _town(
            found.group("place")
        ):
            start, end = found.span("place")
            titled = surface[:start] + surface[start:end].title() + surface[end:]
            return _SPAN.match(titled, start, end)
    return None


# "it's" right before a word, and what makes that word a town: the same word after "in"
# elsewhere ("it's Guelph, we're in Guelph"), or "now" after it beside a word of moving or
# living ("we moved last summer, it's Kingston now").
_IT_IS_BEFORE = re.compile(r"\b(?:it'?s|it is|its)\s+$", re.IGNORECASE)
_NOW_AFTER = re.compile(r"\s*(?:now|these days)\b", re.IGNORECASE)
_LIVING = re.compile(r"\b(?:moved|move|moving|live|living|lived|relocated|shifted|based)\b")


def town_after_it_is(surface: str, start: int) -> bool:
    """The word at `start` after "it's" is a town, not a name (read under another question)."""
    if not _IT_IS_BEFORE.search(surface, max(0, start - 8), start):
        return False
    word = re.match(r"[A-Za-z'\-]+", surface[start:])
    if word is None:
        return False
    name, low = word.group(), surface.lower()
    if re.search(rf"\bin\s+{re.escape(name.lower())}\b", low):
        return True
    return bool(_NOW_AFTER.match(surface, start + len(name))) and _LIVING.search(low) is not None

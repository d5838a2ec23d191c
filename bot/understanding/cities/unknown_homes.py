"""A place the gazetteer does not know, named as the home by a word of living there.

`unknown_places.LIVED_IN` reads the plain forms ("I live in Kimberley", "based in Bradford"). The
home is also named at the end of a description of the household or the dwelling: "wife and I
still in the same house in Morgantown", "we're in the old house in Bluefield", "still living with
mum and dad in Kandy", "living with my partner in Wagga Wagga", "retired teacher in Dayton". The
same cues that place the respondent at a known city (`city_cues.dwelling_before`,
`self_labels.living_with`, `self_labels.described_there`) place them at a capitalised name after
"in" too. Not another person's house ("my parents are still in the same house in Morgantown"),
the past ("grew up in the old house in Bluefield") or a stay ("with my sister in Galle for the
summer"). A place closing a terse profile ("M, 55, Kearney") is read by `profile_places`.
"""

from __future__ import annotations

import re

from bot.understanding.cities import (
    city_cues,
    here_towns,
    holiday_stays,
    moved_homes,
    own_towns,
    places,
    profile_places,
    regions_named,
    said_towns,
    self_labels,
    study_homes,
    unknown_places,
    whose_place,
)
from bot.understanding.cities.away_cities import away
from bot.understanding.cities.echoed_places import echoed
from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.cities.visit_frames import visit_frame
from bot.understanding.identity.name_words import COMMON
from bot.understanding.people import clause_before

_IN_PLACE = re.compile(r"\b(?:in|near)\s+" + unknown_places.PLACE_NAME)
# A stay, not the home: "… in Galle for the summer", "… in Bluefield over the holidays"; a house
# bought to let ("bought a house in Tullamore to rent out").
_STAY_AFTER = re.compile(
    r"\s+(?:for|over|on)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:summer|winter|holidays?|weekend|week"
    r"|month|trip|visit|vacation|break|now)\b"
    r"|\s+(?:to\s+(?:rent|let)|as\s+an?\s+(?:investment|rental|buy[- ]to[- ]let))\b"
)


# A stay for a while, not the home: "staying in Paris for the summer", "in Bath for the weekend"
# (not "for now", which is the home for the time being).
_SEASON_AFTER = re.compile(
    r"\s+(?:for|over|on)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:summer|winter|holidays?|weekend"
    r"|week|month|trip|visit|vacation|break)\b"
)


def _season_stay(low: str, start: int, end: int) -> bool:
    """The place at `start`..`end` is stayed at for a season, a holiday or a short while."""
    return bool(_SEASON_AFTER.match(low, end)) or holiday_stays.holiday_stay(low, start, end)


def _household_home(surface: str, low: str) -> re.Match[str] | None:
    """A capitalised place after a description of the respondent's dwelling or household."""
    for found in _IN_PLACE.finditer(surface):
        place = found.group("place").lower()
        if place in unknown_places.NOT_CITIES or place in COMMON:
            continue
        start, end = found.span("place")
        before = clause_before(low, start)
        if not (
            city_cues.dwelling_before(before)
            or self_labels.living_with(before)
            or self_labels.described_there(low, start, end)
            or study_homes.studying_before(before)  # "I now go to college in Derby"
        ):
            continue
        if _STAY_AFTER.match(low, end) or places.not_a_home(low, start, end):
            continue
        if not places.temporary_or_origin(low, start, end) and place not in CITIES:
            return found
    return None


# The last reading, kept for the next call with the very same strings: `word_slots.read_city`
# asks twice per message (once through `beside_visits`), and the reading depends on its
# arguments only (strings are immutable; one tuple, swapped whole, so no call sees half of it).
_last: tuple[str, str, bool, re.Match[str] | None] | None = None


def lived_in(surface: str, low: str, asked: bool) -> re.Match[str] | None:
    """A place the gazetteer may not know, said to be where the respondent lives; its group
    "place" is the name ("I'm in Charleston if that helps", "still living with mum and dad in
    Kandy")."""
    global _last
    last = _last
    if last is not None and last[0] is surface and last[1] is low and last[2] == asked:
        return last[3]
    found = _lived_in(surface, low, asked)
    if found is not None and echoed(low, *found.span("place")):
        found = None  # "Reading? what's that": a word asked back, no home
    _last = (surface, low, asked, found)
    return found


def _lived_in(surface: str, low: str, asked: bool) -> re.Match[str] | None:
    # ("up in Whangarei", asked or not; "staying in Paris for the summer, I live in Lyon": a
    # seasonal stay is passed over)
    asked_lived = unknown_places.ASKED_LIVED_IN.finditer(surface) if asked else iter(())
    for lived in (*asked_lived, *unknown_places.LIVED_IN.finditer(surface)):
        span = lived.span("place")
        # ("I'm in Guangzhou on business this week": a business trip, no home)
        if not (
            _season_stay(low, *span)
            or away(low, *span)
            or whose_place.on_business(low, *span)
            or visit_frame(clause_before(low, span[0]), low, span[1])  # "when I'm in Perth"
            # ("out in West Texas": a part of a state, no town)
            or regions_named.part_of_region(lived.group("place"), surface[span[1] :])
        ):
            return lived
    home = _household_home(surface, low) if " in " in surface else None
    # ("M, 55, Kearney": the place closing a terse profile; "we're in Bend", "been in Sherbrooke
    # 20 years now", "single. Kirkcaldy if you need to know": a short clause of their own;
    # "up here in ishpeming eh": a lowercase town)
    return (
        home
        or profile_places.closing_place(surface, low)
        or own_towns.own_town(surface, asked)
        or here_towns.here_town(surface)
        or moved_homes.moved_to(surface)  # "moved from Skegness to Lincoln last spring"
        or (said_towns.lowercase_home(surface) if asked else None)  # "i live in ann arbor now"
    )

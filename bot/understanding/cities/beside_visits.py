"""The home the gazetteer does not know, named beside a known city only visited or left.

A known city that is somebody's origin or a place visited ("born in Belfast", "was in Lisbon last
week") is no home; the home is then the unknown place the answer opens with ("Plymouth. Was in
Lisbon last week") or the one named with words of living there: "born in Belfast but been in
Sherbrooke 20 years now", "grew up in Cork, living in Tullamore now", "42, was in Leeds last
week, I live in Dubbo".
A known city named that way is not read again ("I was living in Belfast last year" stays a past
home), nor a place of somebody else's ("born in Belfast, my son's living in Dubbo").
"""

from __future__ import annotations

from bot.understanding.cities import unknown_homes, unknown_places, whose_place
from bot.understanding.cities.gazetteer import CITIES


def home_beside_visit(surface: str, low: str, asked: bool) -> tuple[str, int, int] | None:
    """The unknown home named beside the known cities that were only visited or left: its name
    and span."""
    if asked:
        place = unknown_places.unknown_place(unknown_places.first_clause(surface))
        # (a known city opening the answer was read already: "Leeds, originally" is an origin)
        if place and place.lower() not in CITIES:
            return place, 0, len(place)
    lived = unknown_homes.lived_in(surface, low, asked)
    if lived is None:
        return None
    name = lived.group("place")
    if name.lower() in CITIES or name.lower() in unknown_places.NOT_CITIES:
        return None
    if whose_place.someone_elses_place(low, lived.start("place")):
        return None
    return name, lived.start("place"), lived.end("place")

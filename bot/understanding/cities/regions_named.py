"""Provinces, states and parts of a country given for the city: no city.

"Ontario, a couple hours from anywhere you would have heard of", "Alberta", "up the North East,
near the coast", "out in the North West somewhere": a province of Canada, a state of Australia
or a compass part of a country answers the city question without a city, so the answer is vague.
A town named with it still counts ("Ontario, Kitchener", "Mackay, north Queensland", "North East,
Hexham"): the region is read only as the answer's first clause, and only when no city was found.
Victoria and Quebec are left out: they name a city too.

A US state alone is no city either ("Texas", "somewhere in Ohio", "Florida, near the coast"); New
York, Washington and Georgia are left out (a city, or a country, of the same name). A region
followed by a state or another region ("Ontario, California", "Alberta, Virginia") is the town of
that name in the state, no region.
"""

from __future__ import annotations

import re

PROVINCES = frozenset(
    (
        "ontario",
        "alberta",
        "manitoba",
        "saskatchewan",
        "nova scotia",
        "new brunswick",
        "british columbia",
        "newfoundland",
        "newfoundland and labrador",
        "labrador",
        "prince edward island",
        "yukon",
        "nunavut",
        "northwest territories",
        "queensland",
        "new south wales",
        "tasmania",
        "western australia",
        "south australia",
        "northern territory",
        # the short forms of Australia's states and territories ("WA, out in the wheatbelt")
        *("wa", "nsw", "qld", "tas", "vic", "nt", "act"),
        # South Africa's provinces and the Philippines' island groups ("I'm in Gauteng")
        *("gauteng", "kzn", "kwazulu-natal", "kwazulu natal", "limpopo", "mpumalanga"),
        *("western cape", "eastern cape", "northern cape", "free state"),
        *("mindanao", "luzon", "visayas", "the visayas"),
    )
)
US_STATES = frozenset(
    "alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,hawaii"
    ",idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan"
    ",minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico"
    ",north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina"
    ",south dakota,tennessee,texas,utah,vermont,virginia,west virginia,wisconsin,wyoming".split(",")
)
# A compass part of a country said as a place: "the North East", "up the north-west".
COMPASS_PARTS = frozenset(
    f"{the}{a}{sep}{b}"
    for the in ("", "the ")
    for a in ("north", "south")
    for sep in (" ", "-", "")
    for b in ("east", "west")
)

_REGION = "|".join(sorted((re.escape(p) for p in PROVINCES | US_STATES), key=len, reverse=True))
_FIRST_CLAUSE = re.compile(
    r"\s*(?:(?:i'?m|i am|we'?re|we are|i live|we live|living|live|based|i'?m based)\s+)?"
    r"(?:(?:up|down|out|over|back|round)\s+)?(?:(?:in|on)\s+)?(?:somewhere\s+(?:in\s+)?)?(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|rural|northern|southern|eastern|western)\s+)?"
    r"(?:" + _REGION + r"|(?:north|south)[- ]?(?:east|west))"
    r"(?:\s+(?:somewhere|way|area|region|lol|mate))?\s*"
)
_CLAUSE_END = re.compile(r"[,.;!?…，。；！？]")
_CHEAP = ("north", "south", "ontario", "alberta", "manitoba", "saskatchewan", "scotia")
_CHEAP_MORE = ("brunswick", "columbia", "newfoundland", "labrador", "edward", "yukon", "nunavut")
_CHEAP_AU = ("queensland", "wales", "tasmania", "australia", "territor", "wa", "nsw", "qld")
_CHEAP_AU_SHORT = ("vic", "tas", "nt", "act")
_CHEAP_US = tuple(sorted(US_STATES))
# What follows a region's clause and makes it a town's name: a state or another region, alone in
# its clause ("Ontario, California", "Victoria, TX" is read elsewhere).
_STATE_NEXT = re.compile(r"\s*(?:(?:in|of)\s+)?(?:" + _REGION + r")\s*(?:[.!,;…。，；！]|$)")


def region_first(low: str) -> bool:
    """The (lower-cased) answer opens with a province or a compass part of a country as its
    whole first clause."""
    if not any(w in low for w in _CHEAP + _CHEAP_MORE + _CHEAP_AU + _CHEAP_AU_SHORT + _CHEAP_US):
        return False
    end = _CLAUSE_END.search(low)
    if _FIRST_CLAUSE.fullmatch(low, 0, end.start() if end else len(low)) is None:
        return False
    # ("Ontario, California": the town of Ontario in California)
    return not (end and end.group() in ",，" and _STATE_NEXT.match(low, end.end()))


_TOWN_IN_STATE = re.compile(r"(?P<town>" + _REGION + r")\s*,\s*(?:" + _REGION + r")")


def town_in_state(text: str) -> str | None:
    """The whole `text` is a region's name, a comma and a state or region ("Ontario, California",
    "Alberta, Virginia"): the town of that name, capitalised."""
    if "," not in text:
        return None
    found = _TOWN_IN_STATE.fullmatch(text.strip().lower())
    return found.group("town").title() if found else None


_COMPASS = frozenset(
    ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western")
)
_REGION_AFTER = re.compile(r"\s+(?:" + _REGION + r")\b", re.IGNORECASE)


def part_of_region(place: str, after: str) -> bool:
    """`place` is a compass word and a region follows it ("out in West Texas", "up in Northern
    Ontario"): a part of the region, no town."""
    first, _, rest = place.lower().partition(" ")
    if first not in _COMPASS:
        return False
    return rest in PROVINCES or rest in US_STATES or (not rest and bool(_REGION_AFTER.match(after)))

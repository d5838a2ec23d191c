"""Provinces, states and parts of a country given for the city: no city.

"Ontario, a couple hours from anywhere you would have heard of", "Alberta", "up the North East,
near the coast", "out in the North West somewhere": a province of Canada, a state of Australia
or a compass part of a country answers the city question without a city, so the answer is vague.
A town named with it still counts ("Ontario, Kitchener", "Mackay, north Queensland", "North East,
Hexham"): the region is read only as the answer's first clause, and only when no city was found.
Victoria and Quebec are left out: they name a city too.
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
    )
)
# A compass part of a country said as a place: "the North East", "up the north-west".
COMPASS_PARTS = frozenset(
    f"{the}{a}{sep}{b}"
    for the in ("", "the ")
    for a in ("north", "south")
    for sep in (" ", "-", "")
    for b in ("east", "west")
)

_REGION = "|".join(sorted((re.escape(p) for p in PROVINCES), key=len, reverse=True))
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
_CHEAP_AU = ("queensland", "wales", "tasmania", "australia", "territor")


def region_first(low: str) -> bool:
    """The (lower-cased) answer opens with a province or a compass part of a country as its
    whole first clause."""
    if not any(w in low for w in _CHEAP + _CHEAP_MORE + _CHEAP_AU):
        return False
    end = _CLAUSE_END.search(low)
    return _FIRST_CLAUSE.fullmatch(low, 0, end.start() if end else len(low)) is not None

"""A place the gazetteer does not know, closing a terse profile: "M, 55, Kearney".

People type a profile as a few short items with their age among them, and the home often comes
last: "M, 55, Kearney", "Dave, 47, Wagga Wagga", "female. 34. Tullamore". A known city there is
read by `city_cues.profile_item` ("Rob, 45, Wuhan"); a capitalised name closing such a list is
the home as well, though no gazetteer lists it.
Not another word of the profile: a line of work, a faith, a state of life or a hobby ("M, 55,
Retired", "F, 40, Plumber", "M, 55, Christian", "F, 29, Separated", "M, 30, Gaming"), a country
or a region ("F, 34, England"), a phrase ("Yorkshire born and bred"), a name typed in lowercase
("m, 55, kearney" reads no less as a surname) or a list about somebody else ("my son, 19,
Tullamore").
"""

from __future__ import annotations

import re

from bot.understanding.cities import city_cues, no_city, self_labels, unknown_places
from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.family import booleans
from bot.understanding.identity.name_words import COMMON

# The last item of the message: a capitalised name after a comma, a stop or a semicolon.
_LAST_ITEM = re.compile(r"[,.;]\s*" + unknown_places.PLACE_NAME + r"\s*[.!]*\s*$")
_ROLE = re.compile(r"(?:" + self_labels.ROLES_EN + r")")
# Words of a profile that are no place: a trade, a faith, a way of life, a people.
_PROFILE_WORDS = frozenset(
    """
    widower widow separated gamer veteran vet plumber electrician builder carpenter welder
    unemployed jobless self-employed freelance retiree pensioner disabled carer homeowner renter
    tenant christian muslim catholic protestant hindu sikh jewish buddhist atheist agnostic
    gay straight lesbian bi bisexual trans cis queer vegan vegetarian kiwi aussie pom yank brit
    expat immigrant local native grandma grandad grandpa nan nana gran mum mom dad
    netflix gaming reading hiking sports music mobile cable fibre fiber visa mastercard cash
    leo virgo libra aries taurus gemini cancer scorpio sagittarius capricorn aquarius pisces
    """.split()
)
# Word endings of an activity, a state or a people rather than a place ("Fishing", "Divorced",
# "Buddhist", "Canadian", "Polish", "Chinese").
_NOT_PLACE_END = ("ing", "ed", "ist", "ian", "ish", "ese", "ism")


def _profile_word(place: str) -> bool:
    low = place.lower()
    return (
        low in COMMON
        or low in _PROFILE_WORDS
        or low in unknown_places.NOT_CITIES
        or low in CITIES  # (read from the gazetteer's own hit)
        or low.endswith(_NOT_PLACE_END)
        or _ROLE.fullmatch(low) is not None
        or low in booleans.PARTNER_FALSE
        or low in booleans.PARTNER_TRUE
    )


profile_word = _profile_word  # (also read by `own_towns`)


def closing_place(surface: str, low: str) -> re.Match[str] | None:
    """The capitalised name closing a profile of short items with an age among them ("M, 55,
    Kearney"); its group "place" is the name."""
    if not any(ch.isdigit() for ch in low) or low.count(",") + low.count(".") < 2:
        return None  # cheap: a profile has an age and three items
    last = _LAST_ITEM.search(surface)
    if last is None or _profile_word(last.group("place")):
        return None
    if no_city.names_no_city(last.group("place").lower()):
        return None  # "M, 34, Kenya": a country
    if not city_cues.profile_item(low, last.start("place"), last.end("place")):
        return None
    return last

"""A known city that opens the answer to the name question as a place, not a name.

Many first names are also places ("Austin", "Sydney", "Florence"): a bare one answers the name
question as a name. The rest of the answer makes it a place when it hedges about what was asked
("Dundee, if that's what you're asking", "Leeds, if you mean where I live": the respondent took
the question for another one) or places the word in a country or a state ("Dundee, Scotland",
"Dallas, Texas"). A hedge after a word that is no city keeps the name ("Jess, if that's what you
mean").

A known city after a clause about the service or the survey lists a profile, no name: "ugh these
surveys. fiber customer, Chattanooga", "cable, Denver" (not "I'm the son, Austin", nor "fiber
customer, Kevin", a word that is no city).

A state or a country in the clause after a place is that place's, no name: "I live in Bangor,
Maine", "from Portland, Oregon" (not "I'm in Leeds, Georgia here", a name given with a word of
introduction).
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.cities.unknown_places import NOT_CITIES

# A hedge about which question is being answered: "if that's what you're asking", "if that's
# what you meant", "if that's the question", "if you mean where I'm from", "is that what you want?"
_QUESTION_HEDGE = re.compile(
    r"\bif (?:that'?s|that is|this is) (?:what (?:you(?:'re| are)? ?(?:asking|ask|asked|mean|meant"
    r"|want|wanted|need|needed|after|looking for)|this is about|you(?:'re| are) after)"
    r"|the question)"
    r"|\bif you (?:mean|meant|(?:are|'re) asking)\b"
    r"|\bis that what you (?:mean|meant|want|wanted|(?:are|'re) asking)\b",
    re.IGNORECASE,
)
# The clause right after the city, when it is a country or a state: "Dundee, Scotland"
_NEXT_CLAUSE = re.compile(r"\s*[,，]\s*(?P<word>[A-Za-z][A-Za-z ]{1,20}?)\s*(?=$|[,.!?;])")


# A hedge that itself names the question of place: "Harare, if you mean where I'm based"
_PLACE_HEDGE = re.compile(
    r"\bif (?:you (?:mean|meant|(?:are|'re) asking)|(?:that'?s|that is) (?:what you mean by))\s+"
    r"(?:where\b|which (?:city|town|place)|my (?:city|town|location|home)|(?:the )?location)",
    re.IGNORECASE,
)


def place_not_name(word: str, rest: str) -> bool:
    """`word`, read as a name, is a place by what `rest` (the answer after it) says: a known city
    with a hedge about the question or a country after it, or any word with a hedge that names
    the question of place."""
    hedged = "if" in rest.lower()
    if hedged and _PLACE_HEDGE.search(rest):
        return True
    if word.lower() not in CITIES:
        return False
    if hedged and _QUESTION_HEDGE.search(rest):
        return True
    after = _NEXT_CLAUSE.match(rest)
    return after is not None and after.group("word").lower() in NOT_CITIES


# Words about the service or the survey, in what comes before a city listed as part of a profile
_PROFILE_BEFORE = re.compile(
    r"\b(?:surveys?|questionnaires?|questions|customer|fib(?:er|re)|cable|dsl|broadband|adsl"
    r"|plan|contract|subscriber)\b",
    re.IGNORECASE,
)


def listed_place(word: str, before: str) -> bool:
    """`word`, read as a name, is a known city listed after words about the service or the survey
    ("fiber customer, Chattanooga")."""
    return word.lower() in CITIES and _PROFILE_BEFORE.search(before) is not None


# The clause before ends with a place: a known city, or a capitalised word after "in"/"from"
# ("… live in Bangor", "… from Springfield")
_PLACE_END = re.compile(
    r"(?:\b(?:in|from|near|outside|at)\s+(?P<place>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?)"
    r"|(?P<city>[A-Za-z'\-]+))\s*$"
)


def region_of_place(word: str, before: str) -> bool:
    """`word`, read as a name from a clause of its own, is a state or a country closing the place
    that ends `before`, the clause just before it ("live in Bangor, Maine")."""
    if word.lower() not in NOT_CITIES:
        return False
    end = _PLACE_END.search(before)
    return end is not None and bool(end.group("place") or end.group("city").lower() in CITIES)

"""A city named by what its people are called: "Londoner", "East Londoner", "a proud Glaswegian".

Answering the city question with the name of a city's people says where the respondent is from,
as "上海人" or "老北京" does in Chinese (read by the gazetteer and `unknown_places`): "Londoner" →
London, "East Londoner" → London (a part of it), "Dubliner born and bred" → Dublin, "we're
Mancunians" → Manchester. The demonym must be the whole answer; beside other words it is no
place name of its own ("Londoner, live in Hove now" lives in Hove, "ex-Londoner" names where they
were), and never a place to keep as typed ("Londoner" is no town).
"""

from __future__ import annotations

import re

_CITY_OF = {
    "londoner": "London",
    "new yorker": "New York",
    "glaswegian": "Glasgow",
    "mancunian": "Manchester",
    "liverpudlian": "Liverpool",
    "scouser": "Liverpool",
    "brummie": "Birmingham",
    "geordie": "Newcastle",
    "dubliner": "Dublin",
    "corkonian": "Cork",
    "parisian": "Paris",
    "berliner": "Berlin",
    "torontonian": "Toronto",
    "montrealer": "Montreal",
    "vancouverite": "Vancouver",
    "melburnian": "Melbourne",
    "melbournian": "Melbourne",
    "sydneysider": "Sydney",
    "aucklander": "Auckland",
    "wellingtonian": "Wellington",
    "bostonian": "Boston",
    "chicagoan": "Chicago",
    "angeleno": "Los Angeles",
    "seattleite": "Seattle",
    "capetonian": "Cape Town",
    "nairobian": "Nairobi",
    "lagosian": "Lagos",
    "edinburgher": "Edinburgh",
    "bristolian": "Bristol",
    "aberdonian": "Aberdeen",
    "dundonian": "Dundee",
    "mumbaikar": "Mumbai",
    "delhiite": "Delhi",
    "bangalorean": "Bangalore",
    "hongkonger": "Hong Kong",
    "muscovite": "Moscow",
    "philadelphian": "Philadelphia",
    "houstonian": "Houston",
    "atlantan": "Atlanta",
    "calgarian": "Calgary",
    "haligonian": "Halifax",
    "brisbanite": "Brisbane",
    "canberran": "Canberra",
}
_NAMES = "|".join(sorted(_CITY_OF, key=len, reverse=True)).replace(" ", r"\s+")
# Any demonym, with a part of the city before it ("East Londoner", "north-Londoner").
_DEMONYM = re.compile(
    r"\b(?:(?:north|south|east|west|central)(?:ern)?[- ]?)?(?P<name>" + _NAMES + r")s?\b"
)
# The demonym as the whole answer, with the words people say around it.
_WHOLE = re.compile(
    r"^(?:(?:i'?m|i am|we'?re|we are|im)\s+)?(?:(?:just|a|an|one|proud|true|real|lifelong"
    r"|born and (?:bred|raised)|through and through)\s+)*"
    + _DEMONYM.pattern
    + r"(?:[,\s]+(?:born and (?:bred|raised)|through and through|and proud|here|mate|lol|haha"
    # a part of the city, born there: "Lifelong Bostonian, Dorchester born and raised"
    r"|[a-z]+(?:\s[a-z]+)?\s(?:born and (?:bred|raised)|born|bred)"
    r"|innit|tbh))*[\s.!~]*$"
)


def is_demonym(low: str) -> bool:
    """`low` holds the name of a city's people ("east londoner")."""
    return _DEMONYM.search(low) is not None


def demonym_home(surface: str) -> str | None:
    """The city whose people the whole answer names ("Londoner" → London), if it does."""
    found = _WHOLE.match(" ".join(surface.lower().split()))
    if found is None:
        return None
    return _CITY_OF[" ".join(found.group("name").split())]

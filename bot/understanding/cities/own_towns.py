"""A place the gazetteer does not know, named as the respondent's own in a short clause.

Besides "I live in …" (`unknown_places.LIVED_IN`) people place themselves in a clause of its own:
"31, mum of four, we're in Launceston", "4 stars, we're in Ogden and it works", "we're now in
Orillia"; for a length of time ("been in Sherbrooke 20 years now", "I've been in Tullamore since
2004"); or as an aside after another answer ("single. Kirkcaldy if you need to know", "Dubbo,
since you asked").
Not a state, a line of work or a time ("we're in Sales", "we're in Trouble with the bank", "we're
in March already", "been in Hospital 3 weeks"), a trip ("we're in Rome on holiday", "when we're
in Ogden we eat out"), a short stay or a count of visits ("been in Dubbo a week", "been in
Dubbo twice") or an aside that is no place ("single. Tuesday if you need to know").
"""

from __future__ import annotations

import re

from bot.understanding.cities import (
    city_cues,
    no_city,
    passing_cities,
    places,
    profile_places,
    unknown_places,
)
from bot.understanding.identity.name_words import COMMON
from bot.understanding.people import clause_before

_PLACE = unknown_places.PLACE_NAME
# The clause closes with the place, or goes on with an aside: "and it works", "now", "btw".
_CLOSES = (
    r"(?=\s*(?:$|[,;!?]|\.(?:\s|$)|\s(?:and|but|so|now|too|these days|nowadays|btw|fyi|lol"
    r"|haha|if|though|tho)\b))"
)
# "we're in Launceston", "we are now in Bend", "I'm in Ogden and it works".
_WE_IN = re.compile(
    r"\b(?:[Ww]e'?re|[Ww]e\s+are|I'?m|I\s+am)\s+(?:now\s+|currently\s+|based\s+|settled\s+)?in\s+"
    + _PLACE
    + _CLOSES
)
# "been in Sherbrooke 20 years now", "I've been in Tullamore since 2004", "been in Dubbo for
# over a decade" (not "been in Dubbo a week", "been in Dubbo twice").
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)"
_BEEN_IN = re.compile(
    r"\b[Bb]een\s+(?:living\s+)?in\s+"
    + _PLACE
    + r"\s+(?:(?:for|about|around|nearly|almost|over|going on|like)\s+)*(?:"
    + _NUMBER
    + r"\+?\s*(?:years?|yrs?|decades?|months?)\b"
    + r"|(?:ever\s+)?since\b|donkey'?s years|ages\b|forever\b)"
)
# Where the respondent is now, as a clause of its own after a move ahead or a past home:
# "moving to Perth next month, currently Broome", "was in Leeds, now Hexham", "right now Broome",
# "moving to Leeds next month but for now Hull".
_NOW_ITEM = re.compile(
    r"(?:(?:^|[,.;!?]\s*)(?:but\s+|and\s+)?|\sbut\s+)(?:currently|presently|right now|for now"
    r"|now|atm|at the moment)\s*,?\s+(?:(?:in|at)\s+)?" + _PLACE + _CLOSES,
    re.IGNORECASE,
)
# ... in Chinese: "下个月搬去成都，目前在广汉", "现在住在德阳" (a town the gazetteer may lack).
_NOW_ITEM_ZH = re.compile(
    r"(?:^|[,，。;；!！?？\s])(?:我|俺|额)?(?:现在|目前|眼下|暂时)(?:人)?(?:还)?(?:在|住在?)"
    r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:市|县)?(?:这边|呢|啊|哈)?(?=$|[,，。;；!！~\s])"
)
_ZH_NO_TOWN = re.compile(r"家|朋友|亲戚|同学|同事|[这那里]")
# A place as its own clause, then an aside: "Kirkcaldy if you need to know".
_ASIDE_ITEM = re.compile(r"(?:^|[,.;!?]\s*)" + _PLACE + r"\s*,?(?=\s)")
# "in Francistown" as the last item of a profile with an age among its items: "Thabo here, 34
# years old, in Francistown" (as "M, 55, Kearney" is read by `profile_places`).
_IN_LAST_ITEM = re.compile(r"[,.;]\s*(?P<in>[Ii]n\s+)" + _PLACE + r"\s*[.!]*\s*$")
# An occasion, not a home: "when we're in Ogden", "if I'm in Dubbo".
_WHEN_BEFORE = re.compile(r"\b(?:when|whenever|while|if|once|till|until|before|after)\s+$")
# Words of a state, a line of work, a time or a body that take "in" and a capital.
_NOT_PLACES = frozenset(
    """
    hospital bed love trouble school college uni class court jail prison rehab sales charge
    business town hell heaven pain shock luck limbo work year grade marketing finance retail tech
    insurance banking admin construction accounts management education healthcare hospitality
    logistics engineering advertising property recruitment nursing medicine law politics research
    debt arrears lockdown quarantine isolation recovery remission therapy labour labor crisis
    church mass session talks credit overdraft hr it ict ops support ward surgery theatre icu
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
    christmas easter ramadan lent
    """.split()
)

NOT_PLACES = _NOT_PLACES  # (also read by `here_towns`)


def _no_place(name: str) -> bool:
    low = name.lower()
    return (
        low.split()[0] in _NOT_PLACES
        or profile_places.profile_word(name)
        or low in unknown_places.NOT_CITIES
    )


def _own(surface: str, found: re.Match[str]) -> bool:
    """The place `found` names is no state or time, and not a trip, a stay or a past home."""
    if _no_place(found.group("place")):
        return False
    low = surface.lower()
    start, end = found.span("place")
    if _WHEN_BEFORE.search(low, 0, found.start()):
        return False
    return not (places.not_a_home(low, start, end) or places.temporary_or_origin(low, start, end))


def own_town(surface: str, asked: bool) -> re.Match[str] | None:
    """A capitalised place the respondent names as theirs in a short clause ("we're in Bend",
    "been in Sherbrooke 20 years now", "Kirkcaldy if you need to know"); group "place"."""
    if " in " in surface:
        for pattern in (_WE_IN, _BEEN_IN):
            for found in pattern.finditer(surface):
                if _own(surface, found):
                    return found
    low = surface.lower()
    last = _IN_LAST_ITEM.search(surface) if " in " in low else None
    if (
        last
        and not no_city.names_no_city(last.group("place").lower())  # "in Botswana": a country
        and city_cues.profile_item(low, last.start("in"), last.end("place"))
        and _own(surface, last)
    ):
        return last
    if asked and any(w in low for w in ("now", "currently", "presently", "atm", "moment")):
        for found in _NOW_ITEM.finditer(surface):
            if found.group("place")[:1].isupper() and _own(surface, found):
                return found
    if asked and ("现在" in low or "目前" in low or "眼下" in low or "暂时" in low):
        for found in _NOW_ITEM_ZH.finditer(surface):
            place = found.group("place")
            if _ZH_NO_TOWN.search(place):
                continue  # "暂时在朋友家", "现在在厂里": a home or a workplace, no town
            if unknown_places.unknown_place(place) and _own(surface, found):
                return found
    if "know" in low or "since you" in low or "wondering" in low or "asking" in low:
        for found in _ASIDE_ITEM.finditer(surface):
            end = found.end("place")
            place = found.group("place")
            if not passing_cities.unasked_aside_after(low, end) or _no_place(place):
                continue
            if any(word in COMMON for word in place.lower().split()):
                continue  # ("I'm Tom, since you asked": no place)
            # (alone, not asked for the city, the word may be a name: "Tom if you need to know")
            opening = found.start("place")
            if not clause_before(low, opening).strip() and (asked or low[:opening].strip()):
                return found
    return None

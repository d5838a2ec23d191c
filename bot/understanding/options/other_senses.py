"""Option words of the service, plan and payment used in another everyday sense.

A few option words mean something else in ordinary talk: "fibre" in food ("a high-fibre diet"),
a "visa" to travel or work abroad ("my visa ran out", "applying for a student visa"), a "phone
line" that is busy when calling ("the phone line was engaged for an hour") and "every year" as
the rhythm of a price rise ("the price goes up every year"). Kept apart from `option_context`
(which is about whose option it is) because these are not the option at all.
"""

from __future__ import annotations

import re

_CLAUSE_END = re.compile(r"[,.;!?，。；！？]")

# Fibre one eats: "high-fibre diet", "fibre supplements", "eat more fibre", "dietary fiber".
_FOOD_FIBRE_BEFORE = re.compile(
    r"\b(?:dietary|soluble|insoluble|high|low|more|enough|less|extra|much)[\s-]+$"
    r"|\b(?:eat|eats|eating|ate|diet|food|foods|meals?|cereal)\b[^,.;!?]{0,20}$"
)
_FOOD_FIBRE_AFTER = re.compile(
    r"[\s-]*(?:rich\b|intake|diet|supplements?|gumm(?:y|ies)|cereal|bars?\b|powder|content"
    r"|in (?:my|your|the|our) diet)"
)
# A visa for travel, work or study: "travel visa", "applying for a visa", "visa application".
_TRAVEL_VISA_BEFORE = re.compile(
    r"\b(?:travel|tourist|work|working holiday|student|study|spouse|partner|business|transit"
    r"|schengen|residence|residency|golden|skilled|family|entry|exit|e-?)\s*$"
    r"|\b(?:appl(?:y|ying|ied) for|renew(?:ing|ed)?|extend(?:ing|ed)?|waiting (?:on|for)"
    r"|sponsor(?:ing|ed)?)\s+(?:a|an|my|the|our|his|her|their)\s+$"
)
_TRAVEL_VISA_AFTER = re.compile(
    r"\s*(?:application|interview|appointment|sponsorship|stamp|status|extension|office|agent"
    r"|requirements?|process|holder|run|free\b|-free\b|on arrival)"
)
_TRAVEL_WORDS = re.compile(
    r"\b(?:travel\w*|trip|abroad|overseas|embassy|consulate|passport|immigration|visiting|holiday"
    r"|vacation|country|border|expired|expiring|ran out|runs out)\b"
)
_CARD_WORDS = re.compile(r"\b(?:card|pay\w*|paid|bills?|debit\w*|charge\w*|credit|autopay)\b")
# A phone line that is busy or answers calls: "the phone line was engaged", "their phone line".
_BUSY_LINE_AFTER = re.compile(
    r"(?:\s+(?:is|was|were|are|'s|kept|keeps|always|constantly|just|still|been|being|went)){0,3}"
    r"\s*(?:busy|engaged|ringing|jammed|on hold|rang|rings)\b"
    r"|\s+(?:queue|hold|wait(?:ing)?)\b"
)
_PHONE_LINES = frozenset(("phone line", "telephone line"))
_CALLED_BEFORE = re.compile(
    r"\b(?:call(?:ed|ing)?|rang|ring|phon(?:ed|ing))\s+(?:the\s+|your\s+|their\s+)?"
    r"(?:support\s+|customer\s+service\s+|help\s+)?$"
)
# "every year" as the rhythm of a price rise: "the price goes up every year", "hike it every year".
_PRICE_RISE_BEFORE = re.compile(
    r"(?:\b(?:price|prices|bill|bills|fees?|rates?|costs?)\b[^,.;!?]{0,20}\b(?:goes|go|went|going)"
    r" up|\b(?:hikes?|hiked|hiking|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|puts? up|putting up"
    r"|rise|rises|rising|climbs?)\b)[^,.;!?]{0,24}$"
)


def other_sense(low: str, start: int, end: int, before: str) -> bool:
    """The option word at `start`..`end` is used in another everyday sense."""
    word = low[start:end]
    if "fib" in word and (_FOOD_FIBRE_BEFORE.search(before) or _FOOD_FIBRE_AFTER.match(low, end)):
        return True  # "high-fibre diet", "I eat a lot of fibre"
    if word.startswith("visa") and "card" not in word and _travel_visa(low, start, end, before):
        return True  # "my visa ran out, need to renew it for travel"
    if word in _PHONE_LINES and (_BUSY_LINE_AFTER.match(low, end) or _CALLED_BEFORE.search(before)):
        return True  # "the phone line is always busy when I call you"
    if word == "every year" and _PRICE_RISE_BEFORE.search(before):
        return True  # "the price goes up every year"
    return False


def _travel_visa(low: str, start: int, end: int, before: str) -> bool:
    if _TRAVEL_VISA_BEFORE.search(before) or _TRAVEL_VISA_AFTER.match(low, end):
        return True
    stop = _CLAUSE_END.search(low, end)
    clause = before + low[start : stop.start() if stop else len(low)]
    return bool(_TRAVEL_WORDS.search(clause)) and not _CARD_WORDS.search(clause)

"""A household word asked back and answered with a pet or a thing: a joke, no partner or child.

"Married? me? I've got 3 cats", "wife? I've got a dog and a PlayStation", "老婆？我只有猫": the
topic word is the question repeated in disbelief, and what the respondent has is named in its
place. The word states nothing (read as a statement it would give a spouse). What the rest of the
message says still counts: "married? no, just 3 cats" is a no, "married? me? I've got a wife
and 3 cats" a yes, and a plain "married? yes" is untouched. Only the echoed word is set aside,
and only when an animal or a thing is said to be had after it, so "wife? she's out walking the
dog" still has a wife. `people.echoed_no` reads the echo answered with a plain no.
"""

from __future__ import annotations

import re

from bot.understanding.family.animals import PET_EN, PET_ZH

# The word opens the message or a clause, with at most "a" or "got a" and a "me?" before it.
_OPENS_BEFORE = re.compile(
    r"(?:^|[?？!！.。,，~…])\s*(?:(?:me|moi|i|lol|haha|ha|what|我|俺|啥)\s*[?？!！,，.]+\s*)*"
    r"(?:(?:a|an|got a|have a|having a|get a|有)\s*)?$"
)
# The question mark right after it: "married?", "wife, me??", "老婆？".
_ASKED_AFTER = re.compile(r"\s*(?:[,，]?\s*(?:me|moi|我|俺)\s*)?[?？]+")
_THING_EN = (
    r"(?:playstation|xbox|ps[345]|switch|console|telly|tv|netflix|laptop|phone|plants?"
    r"|houseplants?|guitar|bike|motorbike|car|sofa|couch|bed|fridge|games|" + PET_EN + ")"
)
_THING_ZH = r"(?:手机|电脑|游戏|switch|ps5|电视|被窝|沙发|绿植|多肉|" + PET_ZH + ")"
# An animal or a thing had, said after the question.
_HAD_THING = re.compile(
    r"\b(?:i(?:'ve| have)?\s+(?:only\s+)?got|i\s+(?:only\s+)?have|(?:only|just)\s+(?:got|have)"
    r"|got|all i(?:'ve)? (?:have|got) is|just|only|me and)\s+"
    r"(?:(?:a|an|my|the|some|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+)?"
    + _THING_EN
    + r"|(?:只有|就有|有|只养了?|养了|就一|就只有)\s*"
    r"(?:[一两二三四五六七八九十几\d]*\s*[只条个台部]|俩|仨)?" + _THING_ZH
)


def joke(low: str, start: int, end: int) -> bool:
    """The household word at `start`..`end` is asked back and a pet or a thing named instead."""
    asked = _ASKED_AFTER.match(low, end)
    if asked is None or not _OPENS_BEFORE.search(low, 0, start):
        return False
    return _HAD_THING.search(low, asked.end()) is not None

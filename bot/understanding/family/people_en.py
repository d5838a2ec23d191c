"""English person words that say nothing of the respondent's household.

Kept apart from `kin_zh` (which calls it, next to `people_zh`) so that each stays small:

- "the other half" after "half" of something ("half my family is in Ibadan and the other half in
  Houston"; but "me and the other half", "half the year… my other half");
- dating as a service, an app or a site ("you doing dating services now?"; but "we've been
  dating two years");
- children that another person raised or had ("my grandmother who raised nine children"; but
  "I raised three kids on my own");
- a partner's child who stays only part of the time ("my partner's son stays with us every
  other weekend"; but "my partner's son lives with us");
- the baby of a first pregnancy, named after "expecting our first" ("expecting our first baby in
  March"; that phrase says no dependents, the baby is not born; but "expecting our second baby");
- (and, for `in_passing`, the children's own devices: "the kids' tablets");
- a nursery that is a room being got ready ("nursery half painted"; but "at nursery all day");
- (and, for `choices`, the respondent's own person after "and" though another was named first:
  "me brother's up in Fort McMurray and the wife's sister is in Halifax").
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

_HALF_BEFORE = re.compile(r"\bhalf\b")
_DATING_AS_THING = re.compile(r"\s+(?:services?|apps?|sites?|agenc(?:y|ies)|shows?|profiles?)\b")
_OTHERS_RAISED_BEFORE = re.compile(
    r"\b(?:grand(?:mother|father|ma|pa|mum|mom|dad|parents?)|granny|nan|nana|mother|mum|mom|father"
    r"|dad|parents|aunt|auntie|uncle|she|he|they)\s+(?:who\s+)?(?:\w+\s+)?(?:raised|brought\s+up"
    r"|reared|had|bore|fed|looked\s+after)\s+(?:(?:\w+|\d+)\s+){0,2}$"
)
# A partner's child who stays only part of the time: "my partner's son stays with us every other
# weekend" (but "my partner's son lives with us", "my son stays with us every other weekend").
_PARTNERS_BEFORE = re.compile(
    r"\b(?:my|our|the)\s+(?:partner|wife|husband|girlfriend|boyfriend|fianc[ée]e?|missus"
    r"|other half)(?:'s|s')\s+$"
)
_PART_TIME_AFTER = re.compile(
    r"[^,.;!?]{0,30}?\b(?:every\s+other\s+(?:weekend|week)|alternate\s+(?:weekends|weeks)"
    r"|(?:some|at|on)\s+weekends|half\s+(?:the\s+time|the\s+week)|during\s+(?:the\s+)?holidays)\b"
)
_FIRST_EXPECTED_BEFORE = re.compile(r"\bexpecting\s+(?:our|my|a|the|her|his)?\s*first\s+$")
# A nursery that is a room being got ready: "nursery half painted", "decorating the nursery"
# (but "she's at nursery three days a week", "nursery fees"); one worked at is no child's either.
_ROOM_AFTER = re.compile(
    r"(?:'s|\s+is)?\s+(?:(?:half|all|nearly|almost|finally|just)\s+)?(?:painted|decorated|done up"
    r"|ready|finished|furniture|wallpaper|curtains|walls?)\b"
)
_ROOM_BEFORE = re.compile(
    r"\b(?:paint\w*|decorat\w*|do(?:ing)? up|set(?:ting)? up|finish\w*|baby's)\s+(?:the\s+)?$"
    r"|\b(?:work|works|working|worked|teach\w*)\s+(?:at|in)\s+(?:a|the)\s+(?:local\s+)?$"
)


def not_partner(low: str, start: int, end: int) -> bool:
    """The partner word at `start`..`end` names no partner of the respondent's."""
    word = low[start:end]
    the = word.startswith("the ") or low.endswith("the ", 0, start)
    if word.endswith("other half") and the and _HALF_BEFORE.search(low, 0, start):
        return True  # "half my family… the other half in Houston"
    return word == "dating" and _DATING_AS_THING.match(low, end) is not None


def not_dependent(low: str, start: int) -> bool:
    """The child word at `start` names no dependent of the respondent's."""
    before = clause_before(low, start)
    if _OTHERS_RAISED_BEFORE.search(before):
        return True  # "my grandmother who raised nine children"
    if _PARTNERS_BEFORE.search(before) and _PART_TIME_AFTER.match(low, start):
        return True  # "my partner's son stays with us every other weekend"
    if low.startswith("nursery", start) and (
        _ROOM_AFTER.match(low, start + 7) or _ROOM_BEFORE.search(before)
    ):
        return True  # "nursery half painted": the baby's room, no child yet
    return _FIRST_EXPECTED_BEFORE.search(before) is not None  # "expecting our first baby"


# The children's own devices, named with "the": "the kids' tablets run off the home wifi" (but
# "a kids' tablet", "the kids' tablets in your shop", "the kids' menu": things for children).
_THE_BEFORE = re.compile(r"\bthe\s+$")
_DEVICES_AFTER = re.compile(
    r"'?\s+(?:tablets?|phones?|ipads?|watch(?:es)?|sims?|laptops?)\b"
    r"(?![^,.;!?]{0,24}\b(?:shop|store|offer|sale|website|site|advert|ad|catalogue)s?\b)"
)


def own_things(before: str, after: str) -> bool:
    """`before` ends in "the" and `after` names the children's devices."""
    return _THE_BEFORE.search(before) is not None and _DEVICES_AFTER.match(after) is not None


# "…and my wife", "…and the missus": after "and" the own determiner opens a new subject, the
# respondent's own (but "my brother and his wife", "my brother's wife").
_AND_OWN_BEFORE = re.compile(r"(?:\b(?:and|but|while|whereas|plus)|&)\s+(?:(?:my|me|our)\s+)?$")
_OWN_DETERMINER = re.compile(r"(?:my|me|our)\s+$")


def own_after_and(low: str, start: int) -> bool:
    """The household word at `start` is the respondent's own, named after "and"; in Chinese, one
    that opens with "我" / "俺" is the respondent's own wherever it stands ("朋友和我媳妇一起去",
    "邻居叫我对象去打牌")."""
    if low.startswith(("我", "俺"), start):
        return True
    before = low[max(0, start - 16) : start]
    if _OWN_DETERMINER.search(before) is None and not low.startswith(
        ("the ", "my ", "me ", "our "), start
    ):
        return False
    return _AND_OWN_BEFORE.search(before) is not None

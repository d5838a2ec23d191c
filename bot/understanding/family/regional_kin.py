"""Kin words whose meaning depends on where the respondent is from.

In the north of England "our kid" is a brother or sister, not a child: "our kid just got
engaged", "our kid's on 5G at his flat", "a nurse looked after our kid when he was 3". Read as a
child it is a false dependent. Elsewhere "our kid" can be the couple's child, so it still counts
as one when a child's age or school is said of it and nothing in the message sounds northern
("our kid's 6 and in year 1"); "our kids" and "my kid" are always children.

West African "pikin" / "pickin" is a child ("I get two pickin"), but "pickin'" with the dropped g
of other English is picking: "pickin' blackberries", "pickin' the banjo".

Kept apart from `people`, which judges whose a child word is from the people named around it,
because this reading is about what the word itself means in a dialect.
"""

from __future__ import annotations

import re

from bot.understanding.family.adult_children import minor_named

# "our kid", "our kid's" (not "our kids", "our kiddo", nor "our kid brother", a sibling named
# by another kin word that is read on its own).
_OUR_KID = re.compile(r"(?<![\w'])our\s+$")
_NOT_BARE_AFTER = re.compile(r"\s*(?:brother|sister|bro|sis)\b")
# Northern English said elsewhere in the message: "me mam", "me dad", "our lass".
_NORTHERN = re.compile(
    r"\bme\s+(?:mam|ma|mum|da|dad|nan|nana|nanna|grandad|missus|fella|bird|brother|sister"
    r"|girlfriend|boyfriend|mates?)\b|\bour\s+(?:lass|lad|mam|dad|nan|nanna)\b|\bmam\b"
)


def sibling_kid(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` is the "kid" of northern "our kid", a brother or
    sister of the respondent's."""
    if (
        low[start:end] not in ("kid", "kid's")
        or _OUR_KID.search(low[max(0, start - 8) : start]) is None
        or _NOT_BARE_AFTER.match(low, end)
    ):
        return False
    return not minor_named(low, start) or _NORTHERN.search(low) is not None


def picking(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` is "pickin'", the verb with its g dropped."""
    return low[start:end] in ("pickin", "pickins") and low.startswith("'", end)

"""A small place near or outside a city: the city only locates the home, which is not in it.

"a village near Leeds", "on a farm outside Derby", "a little hamlet not far from York", "a town
about ten miles from Hull", "利兹附近的一个村", "离曲靖不远的一个小镇": the home is the village,
the farm or the town, unnamed, and the city is only the yardstick; the answer is vague. A district
or a suburb of the city still gives the city ("the outskirts of Leeds", "魔都 很偏的郊区", "曲靖
下面的一个村" (under its administration)), as does a landmark in it ("Kisumu, near the lake") or a
city named as the answer before "just outside it" ("Whangarei, well just outside it").
"""

from __future__ import annotations

import re

_KINDS_EN = (
    r"(?:village|hamlet|farm|smallholding|croft|ranch|station|homestead|town|township|place"
    r"|spot|countryside|country|sticks|bush|boonies|middle of nowhere)"
)
_APART_EN = (
    r"(?:near|nr\.?|outside(?: of)?|close to|not far from|just out of|out of"
    r"|(?:a |about |around |some |like )?(?:few|couple of|\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|thirty|forty|fifteen)\s+(?:miles?|mins?|minutes|km|kms|k|hours?)"
    r"(?:'? drive)?\s+(?:from|outside(?: of)?|out of|north of|south of|east of|west of))"
)
# The kind of place, then the city as its yardstick: "a wee village near", "farm just outside".
_BEFORE_EN = re.compile(
    r"\b" + _KINDS_EN + r"(?:\s+(?:just|right|somewhere|out|up|down|over|about|around|a bit))*"
    r"\s*,?\s+" + _APART_EN + r"\s+$"
)
_CHEAP_EN = ("near", "nr", "outside", "close to", "not far", "out of", " from ")
# "利兹附近的一个村", "成都周边的小镇", "离曲靖不远的一个村子".
_KINDS_ZH = r"(?:一个|个|一)?(?:小)?(?:村子|村庄|村|镇子|镇|乡下|乡|农村|屯|寨子|庄子)"
_AFTER_ZH = re.compile(r"市?(?:附近|周边|旁边|边上|外面|外边)的?" + _KINDS_ZH)
_FAR_AFTER_ZH = re.compile(r"市?(?:不远|挺近|很近|不算远)的?" + _KINDS_ZH)
_ANY_EN = re.compile(r"\b" + _KINDS_EN + r"\b[^,.;!?]{0,20}?\b" + _APART_EN + r"\s+[A-Za-z]")
_ANY_ZH = re.compile(
    r"[\u4e00-\u9fff]{2,6}?市?(?:附近|周边|旁边|边上)的?"
    + _KINDS_ZH
    + r"|离[\u4e00-\u9fff]{2,6}?(?:不远|挺近|很近)的?"
    + _KINDS_ZH
)


def near_only(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` only locates a village, farm or small town near or outside it
    ("a village near Leeds", "利兹附近的一个村")."""
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        if _AFTER_ZH.match(low, end):
            return True
        return low[:start].endswith("离") and _FAR_AFTER_ZH.match(low, end) is not None
    before = low[max(0, start - 80) : start]
    if not any(w in before for w in _CHEAP_EN):
        return False
    return _BEFORE_EN.search(before) is not None


def near_place_said(low: str) -> bool:
    """The answer places the home at a village or small place near some town: vague when no
    city of the home was found ("a village near Leeds")."""
    if any(w in low for w in _CHEAP_EN) and _ANY_EN.search(low):
        return True
    return ("附近" in low or "周边" in low or "旁边" in low or "边上" in low or "离" in low) and (
        _ANY_ZH.search(low) is not None
    )

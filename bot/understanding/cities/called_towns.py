"""A town given by its kind and then its name: "small town in Iowa called Oskaloosa".

Asked where they live, some describe the place before they name it: "small town in Iowa called
Oskaloosa, you prolly never heard of it", "a little village named Mells", "一个叫周庄的小镇". The
name after "called" / "named" (or between 叫 and 的) is the town, though the gazetteer does not
know it and the kind of place alone ("a small town") would leave the answer vague. Somebody
else's town ("my sister lives in a village called Mells") is theirs, not the respondent's, and a
common word is no name ("a place called home").
"""

from __future__ import annotations

import re

from bot.understanding.cities import whose_place
from bot.understanding.identity.name_words import COMMON

_KIND_EN = r"(?:town|village|city|place|suburb|hamlet|spot|township|settlement|community)"
_CALLED_EN = re.compile(
    r"\b" + _KIND_EN + r"\b[^,.;!?]{0,30}?\b(?:called|named)\s+"
    r"(?P<place>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?)(?=\s*(?:$|[,.;!?]|\s(?:in|near|and|but)\b))"
)
_CALLED_ZH = re.compile(
    r"(?:一个|个)?叫(?:做)?(?P<place>[\u4e00-\u9fff]{2,4}?)的(?:小)?(?:镇|县城|县|村|地方|城市|小城|城)"
)


def called_town(surface: str) -> str | None:
    """The name of the town the answer describes and then names, or None."""
    if "called" not in surface and "named" not in surface and "叫" not in surface:
        return None
    found = _CALLED_EN.search(surface) or _CALLED_ZH.search(surface)
    if found is None or found.group("place").lower() in COMMON:
        return None
    if whose_place.someone_elses_place(surface.lower(), found.start()):
        return None  # "my sister lives in a village called Mells"
    return found.group("place")

"""A town named after "near" to place the home inside another city: a landmark, not the home.

"in LA, near Santa Monica", "Leeds, close to Bradford", "I'm in Perth, near Fremantle",
"在洛杉矶，圣莫尼卡附近": the city named first is the home, the one after "near" only says where
in it (as "Quezon City po, near Cubao" or "Brisbane, northside near Chermside" do with a suburb).
Not a town after "near" with no city before it ("near Dubbo", "a village near Hawick"), nor one
after a city said of somebody else ("my sister's in Leeds, I'm near Bradford" still gives
Bradford).
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES

_NEAR_BEFORE_EN = re.compile(
    r"(?P<head>[a-z][a-z.'\- ]*?)\s*[,;]?\s+"
    r"(?:(?:just|right|quite|pretty|somewhere|out|up|down)\s+)?"
    r"(?:near|nearby|close to|next to|not far from|by)\s+$"
)
_HEAD_START_EN = re.compile(
    r"^(?:(?:i|we)\s+(?:live|stay|am|are)\s+in\s+|(?:i'?m|we'?re)\s+in\s+|in\s+|from\s+)"
)
# "在洛杉矶，圣莫尼卡附近", "洛杉矶圣莫尼卡旁边".
_NEAR_AFTER_ZH = re.compile(r"(?:附近|旁边|边上|一带)")
_HEAD_ZH = re.compile(r"(?:我|俺)?(?:住)?在?(?P<head>[\u4e00-\u9fff]{2,5}?)[，,\s]*$")


def _known(name: str) -> bool:
    return name.strip(" .,") in CITIES


def near_landmark(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` follows "near" (or precedes "附近") after another known city
    named first in the answer ("in LA, near Santa Monica"): a landmark in that city."""
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        if not _NEAR_AFTER_ZH.match(low, end):
            return False
        first = _HEAD_ZH.fullmatch(low, 0, start)
        return (
            first is not None
            and first.group("head") != low[start:end]
            and _known(first.group("head"))
        )
    if "near" not in low and "close" not in low and "next" not in low and " by " not in low:
        return False  # cheap: no word of nearness at all
    found = _NEAR_BEFORE_EN.fullmatch(low, 0, start)
    if found is None:
        return False
    head = _HEAD_START_EN.sub("", found.group("head").strip())
    words = head.split()
    if not words or len(words) > 4:
        return False
    return any(_known(" ".join(words[-n:])) for n in range(1, min(3, len(words)) + 1)) and (
        " ".join(words) != low[start:end]
    )

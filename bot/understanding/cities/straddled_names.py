"""A Chinese city name read across the boundary of two words is no city.

Chinese has no spaces, so the gazetteer finds a name wherever its characters stand together: in
"宁德，霞浦那边" the last character of the county 霞浦 and the 那 of 那边 ("over there") spell
浦那, the Chinese name of Pune; so do "青浦那里", "漳浦那块". A name ending in 那 that is followed
by the rest of a word of place (那边, 那里, 那儿, 那块, 那片, 那头) and that starts inside another
word (a Chinese character before it that is not a word of placing: "住在浦那" stays Pune) is such
a reading, and is dropped.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

# The word the name's last character begins: "那边", "那里", "那儿", "那块", "那片", "那头", "那带".
_SPLIT_AFTER = re.compile(r"[边里儿块片头带]")
# A character before the name that places somebody, so that the name starts a word of its own.
_PLACING = frozenset("在住到去从来于是回搬和跟与、")


def _straddles(low: str, hit: Hit) -> bool:
    if not low.endswith("那", hit.start, hit.end) or hit.start == 0:
        return False
    if not all(e.kind == "city" for e in hit.entries):
        return False
    before = low[hit.start - 1]
    if not ("\u4e00" <= before <= "\u9fff") or before in _PLACING:
        return False
    return _SPLIT_AFTER.match(low, hit.end) is not None


def drop_straddled(hits: list[Hit], low: str) -> list[Hit]:
    """`hits` without the city names that straddle two words ("霞浦那边" is no 浦那)."""
    if "那" not in low:
        return hits  # cheap: every such name ends in 那
    return [h for h in hits if not _straddles(low, h)]

"""A town whose name holds a bigger city's, told apart by the region named after it.

"East London" is mostly the east of London, and a district gives its city ("I live in east
London" → London). With its own province or country after it the name is the town in South
Africa: "East London, Eastern Cape", "East London in South Africa", "East London, SA" → East
London. The gazetteer reads "london" inside the name; the hit is widened to the whole name and
renamed.
Not "east London, near Essex" or "London, Eastern Cape" (no compass word before the city).
"""

from __future__ import annotations

import dataclasses
import re

from bot.understanding.lexicon import Hit

# The compass word before the city's name, then the region the town lies in after it.
_HOMONYMS: dict[str, tuple[str, str, re.Pattern[str]]] = {
    "london": (
        "east",
        "East London",
        re.compile(
            r"\s*(?:,|in)?\s*(?:(?:eastern cape|e\.?\s?cape|south africa|sa|za|rsa|ec|mzansi"
            r"|buffalo city)\b|s\.a\.)"
        ),
    ),
}


def _renamed(hit: Hit, low: str) -> Hit:
    name = low[hit.start : hit.end]
    homonym = _HOMONYMS.get(name)
    if homonym is None or not any(e.kind == "city" for e in hit.entries):
        return hit
    compass, town, region = homonym
    before = re.search(compass + r"\s+$", low[: hit.start])
    if before is None or region.match(low, hit.end) is None:
        return hit
    entries = [dataclasses.replace(e, value=town) if e.kind == "city" else e for e in hit.entries]
    return dataclasses.replace(
        hit, start=before.start(), first=max(0, hit.first - 1), entries=entries
    )


def rename_homonyms(hits: list[Hit], low: str) -> list[Hit]:
    """The hits with a city renamed to the town whose name holds it ("East London, Eastern
    Cape")."""
    if "east" not in low:
        return hits  # cheap: every such town has its compass word
    return [_renamed(h, low) for h in hits]

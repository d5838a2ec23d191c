"""A distance from town said before the place: "离市里很远，在宁乡", "到县城要一个钟头，住石门".

Said alone, how far the respondent lives from the city ("离市里很远") names no city: the answer is
vague (`no_city`). A place named after it is read as if the distance came last ("在宁乡，离市里很
远" gives 宁乡), so the opening clause is set aside before an unknown place is looked for.
"""

from __future__ import annotations

import re

_DISTANCE_FIRST = re.compile(
    r"(?:我|俺|咱)?(?:们)?(?:家|这边?|那边?|住的地方)?(?:住得?|住的)?(?:到|去|离|进)(?:最近的)?"
    r"(?:县城|镇上|镇里|城里|市里|市区|市中心)[^,，。;；!！]{0,12}[,，。;；!！]\s*"
)


def after_distance(text: str) -> str:
    """`text` without an opening clause that only says how far town is, when more follows."""
    if "离" not in text and "到" not in text and "去" not in text and "进" not in text:
        return text
    found = _DISTANCE_FIRST.match(text)
    if found and text[found.end() :].strip():
        return text[found.end() :]
    return text

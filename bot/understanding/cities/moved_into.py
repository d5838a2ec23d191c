"""A city moved to, then the time of that move: the home now, not a place of the past.

"在上海那会儿", "在北京的时候" put a city in the past (`places`), but when the city is where the
respondent moved to, the time word dates the move: "从吉安搬到厦门那阵就办了", "搬来苏州那会儿
装的宽带", "调到成都的时候换的号" name Xiamen, Suzhou and Chengdu as the home the respondent
has lived in since. Not a move back and forth ("搬到厦门那阵，后来又搬回去了" is read by the
last city named), nor a trip ("去厦门出差那阵", no word of moving).
"""

from __future__ import annotations

import re

# A move made by the respondent, right before the city: "搬到", "搬来", "从吉安搬到", "调到".
_MOVED_TO = re.compile(r"(?:搬家?|迁|调|调动|嫁|落户)(?:到|来|去|过来到|进)了?\s*$")


def arrived(before: str) -> bool:
    """`before`, the clause up to a city, moves the respondent to it."""
    return _MOVED_TO.search(before) is not None

"""A bound, then the figure within it: which of two amounts is the bill.

"不到一百，九十几吧", "under a hundred, ninety something", "超过一百，一百二左右": the first number
only bounds the bill ("less than a hundred"); the second, said after it and lying on the side the
bound points to, is the respondent's estimate, and estimates take the number stated (the
approximation convention). Without a bound word the first amount keeps its usual standing
("差不多一百，九十五" is left to the other rules), and so does a figure that breaks the bound
("不到一百，一百二": no narrowing, a contradiction).
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated
from bot.understanding.numbers import Num

# An upper bound: "不到一百", "没到一百", "一百以内", "under 100", "less than a hundred".
_UPPER_BEFORE = gated(
    r"(?:不到|没到|没有|低于|少于|不超过|不会超过|顶多|最多|撑死|\bunder|\bless than|\bbelow"
    r"|\bnot even|\bno more than|\bnot more than|\bat most|\bnot quite)\s*(?:[$£€¥]\s*)?$"
)
_UPPER_AFTER = re.compile(
    r"\s*(?:块钱?|元|bucks|dollars|quid|pounds)?\s*(?:以内|以下|之内|不到|or less|max)"
)
# A lower bound: "超过一百", "一百多点吧" is no bound; "over 100", "more than a hundred".
_LOWER_BEFORE = gated(
    r"(?:超过|多于|高于|不止|至少|起码|\bover|\bmore than|\babove|\bat least)\s*(?:[$£€¥]\s*)?$"
)
_LOWER_AFTER = re.compile(
    r"\s*(?:块钱?|元|bucks|dollars|quid|pounds)?\s*(?:以上|开外|or more|plus\b)"
)
_CLAUSE = re.compile(r"[,，;；.。!！?？]")


def narrowed(low: str, nums: list[Num], values: list[float]) -> int | None:
    """The index of the figure said after a bound and within it, if the first of `nums` (with
    monthly `values`) is a bound and a later one, in a later clause, narrows it."""
    if len(nums) < 2:
        return None
    bound = nums[0]
    before = low[max(0, bound.start - 8) : bound.start]
    upper = bool(_UPPER_BEFORE.search(before) or _UPPER_AFTER.match(low, bound.end))
    lower = not upper and bool(_LOWER_BEFORE.search(before) or _LOWER_AFTER.match(low, bound.end))
    if not (upper or lower):
        return None
    for i in range(len(nums) - 1, 0, -1):
        if not _CLAUSE.search(low, bound.end, nums[i].start):
            continue
        value = values[i]
        if (upper and values[0] / 2 <= value < values[0]) or (
            lower and values[0] < value <= values[0] * 2
        ):
            return i
    return None

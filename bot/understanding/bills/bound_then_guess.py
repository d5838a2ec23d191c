"""A bound, then the figure within it: which of two amounts is the bill.

"不到一百，九十几吧", "under a hundred, ninety something", "超过一百，一百二左右": the first number
only bounds the bill ("less than a hundred"); the second, said after it and lying on the side the
bound points to, is the respondent's estimate, and estimates take the number stated (the
approximation convention). A figure that breaks the bound keeps the first amount ("不到一百，
一百二": no narrowing, a contradiction).

A rough figure put right at once by a precise one near it is the precise one: "差不多一百，九十五",
"一百左右吧，九十八", "roughly 80, 78 to be exact" → 95, 98, 78. Only fillers may stand between
and after them, so two bills ("大概一百，宽带九十五"), a range and a figure far from the first
("大概一百，两百") are left to the other rules.
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated
from bot.understanding.numerals.numbers import Num

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
    monthly `values`) is a bound and a later one, in a later clause, narrows it; or of the precise
    figure that puts a rough first one right (`_rough_then_exact`)."""
    if len(nums) < 2:
        return None
    bound = nums[0]
    before = low[max(0, bound.start - 8) : bound.start]
    upper = bool(_UPPER_BEFORE.search(before) or _UPPER_AFTER.match(low, bound.end))
    lower = not upper and bool(_LOWER_BEFORE.search(before) or _LOWER_AFTER.match(low, bound.end))
    if not (upper or lower):
        return _rough_then_exact(low, nums, values)
    for i in range(len(nums) - 1, 0, -1):
        if not _CLAUSE.search(low, bound.end, nums[i].start):
            continue
        value = values[i]
        if (upper and values[0] / 2 <= value < values[0]) or (
            lower and values[0] < value <= values[0] * 2
        ):
            return i
    return None


# What may stand around a precise figure that puts a rough one right: marks, units, the month,
# hedges of the rough one and words of precision ("to be exact", "准确说", "其实").
_FILLER = re.compile(
    r"(?:[\s,，;；.。…~!！、—-]|块钱?|元|bucks|dollars|quid|pounds|左右|上下|的样子|吧|啊|呀|哦|嗯"
    r"|其实|准确(?:地|点|一点)?(?:来)?说|具体(?:是|说)?|确切(?:地)?说|应该是|就是|是|每个?月|一个月"
    r"|\b(?:well|actually|exactly|precisely|to be (?:exact|precise)|or so|ish|i think|no|wait"
    r"|hmm|um|er|make (?:it|that)|a month|per month|monthly|it'?s|is)\b)*"
)


def _rough_then_exact(low: str, nums: list[Num], values: list[float]) -> int | None:
    """The index of a precise figure said right after a rough one near it, or None."""
    rough, exact = nums[0], nums[-1]
    if len(nums) != 2 or not rough.approx or exact.approx or exact.is_range or rough.is_range:
        return None
    if not (0.8 * values[0] <= values[1] <= 1.25 * values[0]) or values[1] == values[0]:
        return None
    if not _CLAUSE.search(low, rough.end, exact.start):
        return None
    tail = _CLAUSE.search(low, exact.end)
    around = (low[rough.end : exact.start], low[exact.end : tail.start() if tail else len(low)])
    return 1 if all(_FILLER.fullmatch(part) for part in around) else None

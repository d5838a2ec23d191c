"""A start date put right: after "no sorry", "actually" or "不对" the later month counts.

People correct the month they started in with the same words as any number ("March 2023 no sorry
April 2023", "since March 2023, sorry, April", "2023年3月，不对，4月"). The correction words
shared with numbers wait for a digit; here they stand before a month's name as well, and a month
said alone after them moves the start month and keeps its year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.numerals.cn_numerals import parse_cn
from bot.understanding.replies import CORRECTION
from bot.understanding.tenure.durations import Duration
from bot.understanding.tenure.start_dates import MONTH_EN, MONTHS_EN

# "no sorry April", "sorry, it was April", "actually April": a correction before a month's name
# (but "since March 2023, no problems", "sorry, I don't know").
_MONTH_MARK = re.compile(
    r"(?:\bno\b|\bsorry\b|\b(?:wh)?oops\b|\bactually\b)[,.!]*\s*"
    r"(?:(?:no|sorry|wait|it was|it's|i think)\b[,.!]*\s*)*(?=(?:(?:since|in)\s+)?" + MONTH_EN + ")"
)
_MONTH_ZH = r"(?P<zh>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
_MONTH_IN = re.compile(MONTH_EN + "|" + _MONTH_ZH)
# The month alone after the correction, with no year of its own ("April 2023" is a date itself).
_NEW_MONTH = re.compile(
    r"[,，。\s]*(?:是|应该是|it was|it's|since|in)?\s*(?:" + MONTH_EN + "|" + _MONTH_ZH + r")份?"
    # (ending its clause: "No, May is when I upgraded" puts nothing right)
    r"(?=\s*(?:$|[,.;!?，。！？]|的|开始|办|(?:i think|i reckon|i believe)\b))"
)


def correction_marks(low: str) -> list[re.Match[str]]:
    """Where the text takes back what went before, in order: "45, no, 46", "no sorry April"."""
    marks = list(CORRECTION.finditer(low))
    if "no" in low or "sorry" in low or "oops" in low or "actually" in low:
        marks += _MONTH_MARK.finditer(low)
        marks.sort(key=lambda m: m.start())
    return marks


def _month(m: re.Match[str]) -> int | None:
    if m.group("month"):
        return MONTHS_EN[m.group("month")]
    zh = m.group("zh")
    if zh.isdigit():
        return int(zh)
    parsed = parse_cn(zh)
    return int(parsed[0]) if parsed else None


def month_put_right(low: str, chosen: Duration, after: int) -> Duration | None:
    """The start date `chosen` with its month moved to the one said alone at `after` ("2023年3月，
    不对，4月" is April 2023), or None when no month stands there."""
    if chosen.year_only:
        return None
    old = _MONTH_IN.search(low, chosen.start, chosen.end)
    new = _NEW_MONTH.match(low, after)
    if old is None or new is None:
        return None
    old_month, new_month = _month(old), _month(new)
    if old_month is None or new_month is None:
        return None
    return replace(chosen, months=chosen.months + old_month - new_month, end=new.end())

"""A score for then and one for now: "last month 2, this month 4", "used to be 1, these days 3",
"上个月2，这个月4", "现在4分，上个月2分", "4 now, 2 last month".

The score for an earlier time tells how things were, not how the respondent rates the service now:
a number whose own time is a past one ("last month", "used to be", "以前", "上个月") gives way to
one whose time is not, among the ratings found and among the bare numbers read when the rating is
asked. With no other number, or with every number in the past, nothing changes.
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

_CHEAP = (
    "last",
    "used to",
    "was",
    "before",
    "back then",
    "at first",
    "previous",
    "originally",
    "以前",
    "之前",
    "原来",
    "曾经",
    "去年",
    "前年",
    "上个",
    "上月",
    "上周",
    "上礼拜",
    "开始",
    "当时",
    "那时",
    "那会",
)
_PAST = re.compile(
    r"以前|之前|原来|曾经|去年|前年|上(?:个)?(?:月|星期|礼拜)|上周|一开始|刚开始|当时|那时候?|那会儿?"
    r"|\b(?:used to|was|before|back then|at first|initially|previously|originally"
    r"|last (?:month|year|week|time|winter|summer|spring|autumn|fall))\b"
)
_NOW = re.compile(
    r"现在|这次|这回|目前|如今|这个?月|本月|今年|这周|这个?星期|这礼拜|最近|近来|这阵子?"
    r"|\b(?:now|but|this time|these days|nowadays|this (?:month|year|week)|lately|recently"
    r"|currently|today|at the moment|since)\b"
)
_BREAK = re.compile(r"[,;!?，。；！？~]|\.(?!\d)")


def _of_the_past(low: str, num: Num, nums: list[Num]) -> bool:
    """The number's own time is a past one: the last time word before it in its clause, or
    else the first one after it ("2 last month, 4 now")."""
    starts = [m.end() for m in _BREAK.finditer(low, 0, num.start)]
    head = low[starts[-1] if starts else 0 : num.start]
    past = [m.end() for m in _PAST.finditer(head)]
    if past:
        return _NOW.search(head, past[-1]) is None
    if _NOW.search(head):
        return False
    stop = _BREAK.search(low, num.end)
    end = stop.start() if stop else len(low)
    end = min([n.start for n in nums if num.end <= n.start < end] + [end])
    tail_past = _PAST.search(low, num.end, end)
    tail_now = _NOW.search(low, num.end, end)
    return tail_past is not None and (tail_now is None or tail_now.start() > tail_past.start())


def current_first(low: str, nums: list[Num]) -> list[Num]:
    """`nums` without the scores of a past time, when a number of another time is left."""
    if len(nums) < 2 or not any(w in low for w in _CHEAP):
        return nums
    now = [n for n in nums if not _of_the_past(low, n, nums)]
    return now if now and len(now) < len(nums) else nums


def current_ratings(low: str, found: list[tuple[Num, int]]) -> list[tuple[Num, int]]:
    """The ratings `found` without those of a past time, when one of another time is left."""
    if len(found) < 2:
        return found
    kept = {n.start for n in current_first(low, [n for n, _ in found])}
    return [(n, v) for n, v in found if n.start in kept]

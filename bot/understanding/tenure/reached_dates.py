"""Dates that tell when an amount of time was (or will be) reached, not when it started.

"今年三月就已经满两年了", "去年十二月就满两年了", "2023年12月就满两年了",
"去年6月满了一年", "今年六月刚过三年", "今年三月就两年了": the month is the anniversary, and
the amount after it ("两年", "一年") is the time with us at that month. Such a date is dropped
from the start dates, so that the amount is read and `reached_later` moves it to today (two years
reached this March are 32 months in November).

A date that starts the time is kept: "去年十二月装的，还没满一年", "今年三月开始用的", "2023年12月
办的，两年了" (no 满, 过 or 就 right after the month).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

# between the month and the amount: "就已经满", "满了", "刚满", "正好满的", "刚过", "过的", or an
# adverb alone ("今年三月就两年了", "今年八月刚好一年")
_REACHED = re.compile(
    r"\s*[,，]?\s*(?:(?:就|才|刚|刚好|正好|也)?(?:已经)?(?:满|整整?|够|过)(?:了|的)?"
    r"|就|就已经|已经|刚好|正好)\s*$"
)
_GATE = ("满", "整", "够", "过", "就", "已经", "刚好", "正好")


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def reach_dates(low: str, dates: Sequence[S], amounts: Sequence[_Span]) -> list[S]:
    """The dates in `dates` that are the month an amount in `amounts` was reached."""
    if not any(word in low for word in _GATE):
        return []
    out: list[S] = []
    for d in dates:
        for a in amounts:
            if 0 < a.start - d.end <= 8 and _REACHED.match(low[d.end : a.start]):
                out.append(d)
                break
    return out

"""The state shared by the slot readers while one message is understood.

Readers record what they propose and which numbers they explained, so that a number used by one
slot ("25岁") is not read again as another slot's bare number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bot.understanding.age import quantities
from bot.understanding.lexicon import Hit
from bot.understanding.model import SurveyModel
from bot.understanding.normalize import Text
from bot.understanding.numerals.incidental import is_incidental
from bot.understanding.numerals.numbers import Num
from bot.understanding.tenure.durations import Duration
from bot.understanding.types import Proposal


@dataclass
class Ctx:
    """Evidence found in one message, and what the slot readers made of it so far."""

    text: Text
    model: SurveyModel
    asked: str | None
    today: dt.date
    hits: list[Hit]
    nums: list[Num]
    durations: list[Duration]
    ages: list[quantities.Reading]
    money: list[quantities.Reading]
    used: set[int] = field(default_factory=set)  # start offsets of numbers explained by a slot
    proposals: dict[str, Proposal] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    weak_asked: bool = False  # the asked slot's value rests on weak evidence only
    unusable_asked: bool = False  # the asked slot was answered in a form that gives no value


def span(ctx: Ctx, start: int, end: int) -> str:
    return ctx.text.surface[start:end]


def propose(
    ctx: Ctx,
    slot: str,
    value: Any,
    start: int,
    end: int,
    *,
    approx: bool = False,
    confidence: float = 0.9,
) -> None:
    ctx.proposals[slot] = Proposal(slot, value, confidence, span(ctx, start, end), approx)
    ctx.spans[slot] = (start, end)


def hit_nums(ctx: Ctx, hit: Hit) -> None:
    for num in ctx.nums:
        if hit.start <= num.start < hit.end:
            ctx.used.add(num.start)


def is_past_at(low: str, start: int) -> bool:
    clause_start = max(low.rfind(ch, 0, start) for ch in ",.;!?，。") + 1
    clause = low[clause_start:start]
    last = max((clause.rfind(marker) for marker in _PAST_MARKERS), default=-1)
    # ("之前给过2分 这次给4分吧", "以前3分现在4分": the present comes back before the number)
    return last >= 0 and _NOW_AGAIN.search(clause, last + 1) is None


# The present after a past marker, in the same clause; or a turn to another topic ("the installer
# was great, five stars for him but the service itself more like a three").
_NOW_AGAIN = re.compile(
    r"现在|这次|这回|目前|如今|但是?|\b(?:now|this time|these days|nowadays|but)\b"
)


_PAST_MARKERS = (
    "以前",
    "之前",
    "原来",
    "曾经",
    "去年",
    "前年",
    "一开始",
    "刚开始",
    "used to",
    "was ",
    "before",
    "last year",
    "at first",
    "initially",
    "previously",
)


def bare_numbers(ctx: Ctx) -> list[Num]:
    """Numbers no slot has explained yet, without clock times, models and identifiers."""
    low = ctx.text.low
    return [n for n in ctx.nums if n.start not in ctx.used and not is_incidental(low, n)]

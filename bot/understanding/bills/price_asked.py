""" "一个月多少钱", "how much is it a month": a month (or a year) as the period of a price asked.

"我用的光纤一个月多少钱啊", "宽带一年多少钱", "how much is fibre a month?", "what does it cost
a year": the respondent asks what is paid per month or per year; the month is the period of the
price, no time with us (as in "一个月电费两百", see `spend_rates`). Time gone by before the
period ("用了一个月，多少钱我忘了", "been a month, how much do I owe") keeps it an amount of time:
the question then sits in a clause of its own or the month has "了" / "用了" before it.
"""

from __future__ import annotations

import re

_STOP = r"(?:(?![,，。；;！!？?了过])\S)"
# After the period, in its clause: the price asked ("一个月多少钱", "一年要交多少", "一个月几块")
_ASKED_ZH = re.compile(rf"\s*{_STOP}{{0,6}}?(?:多少钱?|几[块百十千]|啥价|什么价|怎么收费?|咋收费?)")
# Before the period, in its clause: "how much ... a month", "what does it cost a month",
# "what do I pay per year"
_ASKED_EN = re.compile(
    r"\bhow much\b[^,.;!?]*$|\bwhat(?:'s| is| does| do| would| will)\b[^,.;!?]*"
    r"\b(?:cost|charge|pay|price)\b[^,.;!?]*$"
)
# ... or right after it: "a month how much?", "per month, what's the price"
_ASKED_EN_AFTER = re.compile(r"\s*(?:is it\s+)?(?:how much|what'?s the (?:price|cost))\b")
_ELAPSED_BEFORE = re.compile(r"(?:了|已经|才|都|快|刚刚?|满|用|\bfor|\bbeen)\s*$")


def price_asked(low: str, start: int, end: int) -> bool:
    """The month or year at `start`..`end` is the period of a price the respondent asks."""
    if _ELAPSED_BEFORE.search(low, max(0, start - 8), start):
        return False
    if "多" in low or "几" in low or "价" in low or "收费" in low:
        if low.startswith("多少", end - 1):
            end -= 1  # (the 多 of "一个月多" read as "more than a month")
        if _ASKED_ZH.match(low, end):
            return True
    if "how much" in low or "what" in low:
        line = max(low.rfind(ch, 0, start) for ch in ",.;!?，。；！？") + 1
        if _ASKED_EN.search(low, line, start) or _ASKED_EN_AFTER.match(low, end):
            return True
    return False

""" "一个月" or "a month's" as the period of spending, not an amount of time.

"信用卡一个月刷外卖就两千", "一个月电费两百", "a month's rent is 1200": one month (or one year) and
then, in the same clause, money spent, paid or earned and an amount: a rate per month, which
says nothing of how long anyone has been a customer, and whose amount is no count of months
either. Time gone by before the period keeps it an amount of time ("用了一个月，话费两百", "才一个
月就花了两百": with 了 the spending happened within the month).
"""

from __future__ import annotations

import re

from bot.understanding.bills.price_asked import price_asked
from bot.understanding.numerals.numbers import Num

_STOP = r"(?:(?![,，。；;！!？?了过])\S)"
_SPENT_ZH = re.compile(
    rf"(?![以之]?前)\s*(?:的)?{_STOP}{{0,6}}?(?:费|钱|租|刷|花|交|付|开销|开支|账单|工资|收入|挣|赚"
    rf"|消费|房贷|月供){_STOP}{{0,5}}?\s*(?:[\d.]+|[两二三四五六七八九十几百千万]+)"
)
_SPENT_EN = re.compile(
    r"(?:'s|s')\s+(?:[a-z]+\s+){0,2}?(?:rent|bills?|salary|wages?|pay|spend(?:ing)?|charges?"
    r"|fees?|costs?|groceries|food|takeaways?|takeout|electric(?:ity)?|power|gas|water|mortgage)\b"
)
_ELAPSED_BEFORE = re.compile(r"(?:了|已经|才|都|快|刚刚?|满|for|been|about|over|almost)\s*$")
_UNIT = re.compile(r"\s*个?(?:月|年)|\s*(?:month|year)\b")


def _spent_end(low: str, start: int, end: int) -> int | None:
    if _ELAPSED_BEFORE.search(low, max(0, start - 8), start):
        return None
    m = _SPENT_ZH.match(low, end) or _SPENT_EN.match(low, end)
    return m.end() if m else None


def spent_per(low: str, start: int, end: int) -> bool:
    """The one month or year at `start`..`end` is the period of money spent said after it."""
    # ("我用的光纤一个月多少钱啊": a price asked per month is no time either)
    return _spent_end(low, start, end) is not None or price_asked(low, start, end)


def in_spent_rate(low: str, nums: list[Num], num: Num) -> bool:
    """`num` is the one of such a period ("一个月电费两百"), or the amount said after it."""
    for n in nums:
        if n.start > num.start:
            break
        unit = _UNIT.match(low, n.end) if n.value == 1 else None
        end = _spent_end(low, n.start, unit.end()) if unit else None
        if end is not None and num.start < end:
            return True
        if unit and n is num and price_asked(low, n.start, unit.end()):
            return True  # "一个月多少钱": the one of the period
    return False

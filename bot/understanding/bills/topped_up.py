"""A top-up amount said beside a monthly spend the respondent does not know: no amount, vague.

Asked what they spend a month, "充了100块 每个月用多少不清楚" or "topped up 20 last week, no idea
what I use a month" gives what was loaded once and says the monthly amount is unknown: the top-up
is no monthly figure. A top-up alone ("每个月充100") still is the spend.
"""

from __future__ import annotations

import re

# A one-off top-up with its amount.
_TOP_UP = re.compile(
    r"(?:充了|充值了|交了|冲了)[^,，。;；!！?？\s]{0,4}?\d[\d.]*\s*(?:块|元|块钱)?"
    r"|\b(?:topped up|loaded|recharged)\s+(?:with\s+)?[$£€r]?\d[\d.]*"
)
# The monthly amount said to be unknown.
_MONTH_UNKNOWN = re.compile(
    r"(?:每个?月|一个月)[^,，。]{0,4}?(?:用|花|交|要)?(?:多少|几多)(?:钱)?[^,，。]{0,3}?"
    r"(?:不清楚|不知道|不记得|说不好|没算过|没数)"
    r"|\b(?:no idea|(?:don'?t|do not) know|not sure) (?:what|how much) (?:i|we) (?:use|spend)"
    r" (?:a|per|each|every) month\b"
)


def top_up_only(low: str) -> tuple[int, int] | None:
    """The span of a one-off top-up said beside an unknown monthly spend, if any."""
    if not any(w in low for w in ("充", "冲", "交了", "topped", "loaded", "recharged")):
        return None
    m = _TOP_UP.search(low)
    if m is None or _MONTH_UNKNOWN.search(low) is None:
        return None
    return m.start(), m.end()

"""A bill set apart in one clause and priced in the next: "宽带另算，一年交六百".

People list their bills as "俩号加一起一百出头，宽带另算，一年交六百": the broadband is "counted
separately" (另算, 单算, 另外算, 另计), and the clause after it gives its price without naming it
again. That amount is the broadband's, a bill of its own beside the phones, so the two add up
like "手机一百，宽带一年六百". A bill set apart with nothing after it ("我老公的号另算") prices
nothing.
"""

from __future__ import annotations

import re

_APART = ("另算", "单算", "另外算", "单独算", "另计", "另外计", "单独计")
# The clause before the amount ends in the bill and the words that set it apart.
_SET_APART = re.compile(
    r"(?P<bill>[\u4e00-\u9fffA-Za-z]{1,8}?)(?:的话?)?(?:" + "|".join(_APART) + r")\s*[,，;；]\s*$"
)
_CLAUSE_MARK = re.compile(r"[,，;；。!！?？]")


def billed_apart(low: str, start: int, bill: re.Pattern[str]) -> str | None:
    """The bill (as `bill` finds it) that the clause before the amount at `start` sets apart,
    when the amount's own clause names no bill of its own; None otherwise."""
    if not any(word in low for word in _APART):
        return None
    marks = [m.end() for m in _CLAUSE_MARK.finditer(low, 0, start)]
    if not marks or bill.search(low, marks[-1], start):
        return None
    before = low[marks[-2] if len(marks) > 1 else 0 : marks[-1]]
    m = _SET_APART.search(before)
    if m is None:
        return None
    named = [b.group() for b in bill.finditer(m.group("bill"))]
    return named[-1] if named else None

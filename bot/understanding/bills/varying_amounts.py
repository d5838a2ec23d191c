"""An amount that swings between two figures, with no usual one: no amount, a vague answer.

Asked what they spend, some answer with the extremes only: "有时候几十有时候一两百",
"每个月都不一样，有时候五六十有时候一百多", "少的时候五十，多的时候一百", "sometimes 50,
sometimes 100". Neither figure is the monthly amount, and a midpoint would be a guess. A usual
amount said beside them stands ("一般五六十，有时候一百多" is 55.0, "每月七十来块，有时候超了
流量多点" 70.0): only the alternation with nothing usual is set aside.
"""

from __future__ import annotations

import re

_FIGURE = r"[^,，。;；!！?？]{0,4}?(?:\d|[一二两三四五六七八九十几百千]{1,5}(?![岁年]))"
_ALTERNATION = re.compile(
    r"有时(?:候)?"
    + _FIGURE
    + r"[^。;；!！?？]{0,10}?有时(?:候)?"
    + _FIGURE
    + r"|(?:少|低)的时候"
    + _FIGURE
    + r"[^。;；!！?？]{0,10}?(?:多|高)的时候"
    + _FIGURE
    + r"|(?:多|高)的时候"
    + _FIGURE
    + r"[^。;；!！?？]{0,10}?(?:少|低)的时候"
    + _FIGURE
    + r"|\bsometimes\s+(?:about\s+|around\s+)?[£$€]?\d[^.;!?]{0,16}?\bsometimes\s+"
    r"(?:about\s+|around\s+)?[£$€]?\d"
)
# A usual amount given beside the swing: "一般五六十", "平时八十", "usually 60".
_USUAL = re.compile(
    r"一般|平时|平常|通常|正常|基本上?|大(?:部分|多数?)|多数|大概|每个?月(?:都|就)?(?:是|交|扣)?\s*(?:\d|[一二两三四五六七八九十几百])"
    r"|\b(?:usually|normally|typically|mostly|on average|average)\b"
)
_CHEAP = ("有时", "的时候", "sometimes")


def swing_only(low: str) -> tuple[int, int] | None:
    """The span of an alternation of two amounts with no usual amount beside it, if any."""
    if not any(w in low for w in _CHEAP):
        return None
    m = _ALTERNATION.search(low)
    if m is None or _USUAL.search(low):
        return None
    return m.start(), m.end()

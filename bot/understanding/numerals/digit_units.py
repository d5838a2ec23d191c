"""Digits written with Chinese units: "1百" 100, "2百5" 250, "1千2百" 1,200, "1万2" 12,000.

People mix digits and unit characters the way they say a number: each unit after a group of
digits, in falling order ("3千5百", "1万5千", "1百2十"), and one digit after the last unit is the
next unit down ("1千5" is 1,500, "1万2" is 12,000). "1.2万", "2k" and "3w" scale their digits.
Unit characters that do not fall ("1百2千") end the number where they stop falling.
"""

from __future__ import annotations

import re

# (a digit run already inside a number is not a new number: "(?<![\d.])")
DIGIT_RUN = re.compile(
    r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s?(?:万(?:\d千)?(?:\d百)?(?:\d十)?|千(?:\d百)?(?:\d十)?|百(?:\d十)?)"
    r"(?:\d(?![\d.十百千万]))?|\s?(?:k\b|w\b(?!/)))?"
)
_FACTORS = {"万": 10_000.0, "w": 10_000.0, "千": 1000.0, "k": 1000.0, "百": 100.0, "十": 10.0}
_GROUP = re.compile(r"(\d+(?:\.\d+)?)\s?([万千百十kw])")


def digit_value(token: str) -> float | None:
    """The value of one `DIGIT_RUN` match, or None when it reads as no number."""
    token = token.replace(",", "").replace(" ", "")
    if token[-1] in _FACTORS or not any(ch in _FACTORS for ch in token):
        tail = ""
    else:
        token, tail = token[:-1], token[-1]  # "2百5": a digit after the last unit
    total, pos, unit = 0.0, 0, 0.0
    for m in _GROUP.finditer(token):
        unit = _FACTORS[m.group(2)]
        total += float(m.group(1)) * unit
        pos = m.end()
    rest = token[pos:]
    try:
        if not unit:
            return float(rest + tail)
        return total + (float(tail) * unit / 10 if tail else 0.0) + (float(rest) if rest else 0.0)
    except ValueError:
        return None

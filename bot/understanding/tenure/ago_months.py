"""A start month dated by years ago: "two years ago in March", "in June three years ago",
"两年前的三月", "三年前6月份办的".

The years ago name a calendar year (today's year minus them) and the month a month of it, so
"two years ago in March", said in November 2026, is March 2024: 32 months, as "2024年3月" is.
Read as a plain amount ("two years") it would drop the months between.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.numerals.cn_numerals import parse_cn
from bot.understanding.tenure.start_dates import MONTH_EN, MONTHS_EN

_EN_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a couple": 2,
}  # fmt: skip
_EN_N = r"(?P<n>\d{1,2}|a couple of|a couple|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
_EN_AGO = r"\s+(?:years?|yrs?)\s+ago\b"
_AGO_EN = re.compile(
    # "two years ago in March", "3 years ago, in june", "a year ago this March"
    rf"\b{_EN_N}{_EN_AGO},?\s+(?:(?:back\s+)?in|this|that)\s+(?:the\s+month\s+of\s+)?{MONTH_EN}"
    # "in March two years ago", "back in June, 3 years ago"
    rf"|\bin\s+{MONTH_EN.replace('month>', 'month2>')},?\s+{_EN_N.replace('n>', 'n2>')}{_EN_AGO}"
)
_MONTH_ZH = r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
# ("三年前的3月", "两年前六月份"; not "两年前的3月5号" read any less: the day changes no month)
_AGO_ZH = re.compile(
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:以)?前(?:的|那年的?)?\s*" + _MONTH_ZH
)
_ZH_START = re.compile(r"办|开通|装|入网|注册|开始|用|签|换")
_EN_START = re.compile(r"\b(?:joined|signed|started|connected|switched|got|set up|came over)\b")


def _count(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in _EN_COUNTS:
        return _EN_COUNTS[text]
    parsed = parse_cn(text)
    return int(parsed[0]) if parsed and parsed[0] == parsed[1] else None


def ago_starts(low: str, today: dt.date) -> list[tuple[float, int, int, bool]]:
    """Start months said by years ago, as (months to today, start, end, tied to signing up)."""
    out: list[tuple[float, int, int, bool]] = []
    if "ago" in low:
        for m in _AGO_EN.finditer(low):
            n = _count(m.group("n") or m.group("n2"))
            named = MONTHS_EN[m.group("month") or m.group("month2")]
            if n is not None and 0 < n <= 60:
                cue = _EN_START.search(low) is not None
                out.append((float(n * 12 + today.month - named), m.start(), m.end(), cue))
    if "年前" in low or "年以前" in low:
        for m in _AGO_ZH.finditer(low):
            n = _count(m.group("n"))
            month = _count(m.group("month"))
            if n is not None and month is not None and 0 < n <= 60 and 1 <= month <= 12:
                cue = _ZH_START.search(low, m.end()) is not None
                out.append((float(n * 12 + today.month - month), m.start(), m.end(), cue))
    return out

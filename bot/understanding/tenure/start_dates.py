"""Start dates that people give without a plain "year + month": holidays, a year and its month
in separate clauses, a month and year said on their own, and seasons.

People date their sign-up by what they remember: a shopping festival, a month's sales or a public
holiday ("前年双十一办的宽带", "去年国庆期间办的", "since Christmas 2023", "in the January sales
last year"), a month of this year ("this March"), a year first and the month as an afterthought
("我是去年办的，5月份", "今年开春，2月份办的"), a correction that ends in a date ("no wait, it
was may 2023"), or an answer that opens with "back in" and a month ("back in feb"). A holiday
names its month, so these count like "2023年12月". A holiday without its year ("双11办的") is
left out: it could be this year's or last. A season ("since spring 2024", "去年夏天") names no
month: its year is not a start year, and the answer is vague (a start year alone could be off by
a whole season).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.literal_gates import gated
from bot.understanding.numerals.cn_numerals import parse_cn

# Holidays on a fixed month. Moveable ones (春节, 中秋, Easter) fall in two months and are left out.
_HOLIDAYS_ZH = {
    "元旦": 1,
    "情人节": 2,
    "五一": 5,
    "劳动节": 5,
    "618": 6,
    "六一八": 6,
    "国庆": 10,
    "双十一": 11,
    "双11": 11,
    "双十二": 12,
    "双12": 12,
    "圣诞": 12,
}
_HOLIDAYS_EN = {
    "christmas": 12,
    "xmas": 12,
    "boxing day": 12,
    "new year's": 1,
    "new years": 1,
    "valentine's": 2,
    "valentines": 2,
    "halloween": 10,
    "thanksgiving": 11,
    "black friday": 11,
    "fourth of july": 7,
    "4th of july": 7,
}
_HOLIDAY_ZH = gated(
    r"(?P<year>\d{2,4}|[一二三四五六七八九〇零]{2,4}|大前|前|去|今)年的?\s*(?P<day>"
    + "|".join(sorted(_HOLIDAYS_ZH, key=len, reverse=True))
    + r")"
)
_HOLIDAY_EN = gated(
    r"(?P<last>\blast\s+)?\b(?P<day>"
    + "|".join(re.escape(k) for k in sorted(_HOLIDAYS_EN, key=len, reverse=True))
    + r")(?:\s+(?:day|eve))?(?:\s+sales?)?"
    r"(?:\s*,?\s*(?:of\s+)?(?P<year>(?:19|20)\d\d|'\d\d|last year|this year))?"
)
# "我是去年办的，5月份", "今年开春，2月份办的": a year, then its month in the next clause
_YEAR_THEN_MONTH = re.compile(
    r"(?P<year>大前|前|去|今)年(?:[^,，。\d月]{0,8}[,，]|的?(?:开春|春天|夏天|秋天|冬天|年初|年底))"
    r"\s*(?:是|在|大概|应该是)?\s*"
    r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?!\s*[\d一二三四五六七八九十]+\s*[号日])"
)
# "九月开学的时候办的", "3月份开通的": a month without its year, said with the sign-up in its
# clause, is the latest such month (as "since March" is); not "三个月", "去年九月" or "12月" read
# from its last digit
_MONTH_ONLY_ZH = re.compile(
    r"(?<![\d一二三四五六七八九十个年上下这本每前后])(?P<month>1[0-2]|0?[1-9]|十[一二]?"
    r"|[一二三四五六七八九])月(?:份)?(?=[^,，。；！？]{0,10}?(?:办|开通|开的(?:卡|号)|入网|装|注册"
    r"|签约)(?:的|了))"
)
# An English month's name, whole: its first three letters alone or spelt out, misspelt at most in
# the middle ("febuary", "septmber"); other words that start the same are no month ("maybe 2019",
# "since marriage", "junior year", "this decade"). `MONTH_EN` keeps the three letters as `month`.
MONTH_NAME_EN = (
    r"(?:jan(?:[a-z]*ry)?|feb[a-z]*|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:[a-z]*ber)?|oct(?:[a-z]*ber)?|nov(?:[a-z]*ber)?|dec(?:[a-z]*ber)?)\b"
)
MONTH_EN = r"(?=(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))" + MONTH_NAME_EN
_MONTH_YEAR_EN = re.compile(r"\b" + MONTH_EN + r"\.?,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d|'\d\d)\b")
# "moved in this March": this year's month, unless still ahead ("this may be" is no month)
_THIS_MONTH_EN = re.compile(
    r"\bthis\s+" + MONTH_EN + r"(?<!may)"
    r"|\bthis\s+(?P<may>may)\b(?=\s*(?:$|[,.;!?]|(?:and|when|i|we|my|our)\b))"
)
# "back in feb", "oh, we got it back in June, I think": an answer that opens with "back in" and a
# month dates the start by that month (the latest one); "back" said later is mostly the verb's
# ("I'll be back in May", "call me back in March", "had a row about it back in April")
_BACK_IN_EN = re.compile(
    r"^\s*(?:(?:oh|um+|uh+|erm|well|hmm+|yeah|yes|it was|that was|that'd be|i think|i guess"
    r"|probably|maybe|must have been|way|(?:we|i) (?:got|had) it(?: installed| connected)?)[\s,]+)"
    r"{0,3}back\s+in\s+(?:(?:early|late|mid)[\s-]*|(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)?"
    + MONTH_EN
    # (the year said after it: "back in March 2024", "back in June, two years ago")
    + r"(?!\.?,?\s*(?:of\s+)?(?:(?:19|20)\d\d|'\d\d|last year|this year|\d))"
    r"(?![^.;!?]{0,30}\bago\b)"
)
# A month's sales with their year: "signed up in the January sales last year" (January of last
# year); the sign-up said in the clause before ties it to us.
_SALES_EN = re.compile(
    r"\bthe\s+" + MONTH_EN + r"\s+sales?\b\s*,?\s*(?:of\s+)?(?P<year>(?:19|20)\d\d|'\d\d"
    r"|last year|this year)"
)
_SIGNED_UP_BEFORE = re.compile(
    r"\b(?:signed|joined|switched|started|came over|moved over|ported|got (?:it|connected)"
    r"|connected|subscribed)\b[^,.;!?]*$"
)
# English month abbreviations and their numbers, shared with `durations`
MONTHS_EN = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_SEASON = re.compile(
    r"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:(?:19|20)\d\d|'\d\d)\b"
    r"|(?:\d{2,4}|[一二三四五六七八九〇零]{2,4}|大前|前|去|今)年的?(?:春天|夏天|秋天|冬天|开春|春季|夏季|秋季|冬季)"
    r"(?![^,，。]{0,4}[,，]?\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月)"
)
_REL_YEARS = {"大前": 3, "前": 2, "去": 1, "今": 0}


def _year(raw: str, today: dt.date) -> int | None:
    if raw in _REL_YEARS:
        return today.year - _REL_YEARS[raw]
    if raw in ("last year", "this year"):
        return today.year - (raw == "last year")
    raw = raw.lstrip("'")
    value = int(raw) if raw.isdigit() else int((parse_cn(raw) or (0.0, 0.0))[0])
    if value < 100:
        value += 2000 if value <= today.year % 100 else 1900
    return value if 1950 <= value <= today.year else None


def _months(year: int, month: int, today: dt.date) -> float:
    return float((today.year - year) * 12 + today.month - month)


def start_dates(low: str, today: dt.date) -> list[tuple[float, int, int, bool]]:
    """Start dates as (months to today, start, end, tied to signing up)."""
    out: list[tuple[float, int, int, bool]] = []
    for m in _HOLIDAY_ZH.finditer(low):
        month = _HOLIDAYS_ZH[m.group("day")]
        year = _year(m.group("year"), today)
        if year is not None and (year, month) <= (today.year, today.month):
            out.append((_months(year, month, today), m.start(), m.end(), True))
    for m in _HOLIDAY_EN.finditer(low):
        month = _HOLIDAYS_EN[m.group("day")]
        raw = m.group("year")
        if raw:
            year = _year(raw, today)
        elif m.group("last"):  # "since last christmas": the latest one before this month
            year = today.year - 1 if month >= today.month else today.year
        else:
            continue  # "signed up at christmas": which year's is not said
        if year is None:
            continue
        if (year, month) <= (today.year, today.month):
            out.append((_months(year, month, today), m.start(), m.end(), True))
    for m in _YEAR_THEN_MONTH.finditer(low):
        month_text = m.group("month")
        month = int(month_text) if month_text.isdigit() else int(parse_cn(month_text)[0])  # type: ignore[index]
        year = today.year - _REL_YEARS[m.group("year")]
        if (year, month) <= (today.year, today.month):
            out.append((_months(year, month, today), m.start(), m.end(), True))
    for m in _MONTH_ONLY_ZH.finditer(low) if "月" in low else ():
        month_text = m.group("month")
        month = int(month_text) if month_text.isdigit() else int(parse_cn(month_text)[0])  # type: ignore[index]
        year = today.year if month <= today.month else today.year - 1
        out.append((_months(year, month, today), m.start(), m.end(), True))
    for m in _THIS_MONTH_EN.finditer(low):
        month = MONTHS_EN[m.group("month") or m.group("may")]
        if month <= today.month:
            out.append((_months(today.year, month, today), m.start(), m.end(), False))
    for m in _BACK_IN_EN.finditer(low) if "back" in low else ():
        month = MONTHS_EN[m.group("month")]
        year = today.year if month <= today.month else today.year - 1
        out.append((_months(year, month, today), m.start(), m.end(), False))
    for m in _SALES_EN.finditer(low) if "sale" in low else ():
        year_or_none = _year(m.group("year"), today)
        month = MONTHS_EN[m.group("month")]
        if year_or_none is not None and (year_or_none, month) <= (today.year, today.month):
            cue = _SIGNED_UP_BEFORE.search(low, 0, m.start()) is not None
            if cue or not low[m.end() :].strip(" .!,"):  # not "…last year I bought a sofa"
                out.append((_months(year_or_none, month, today), m.start(), m.end(), cue))
    for m in _MONTH_YEAR_EN.finditer(low):
        year_or_none = _year(m.group("year"), today)
        month = MONTHS_EN[m.group("month")]
        if year_or_none is not None and (year_or_none, month) <= (today.year, today.month):
            out.append((_months(year_or_none, month, today), m.start(), m.end(), False))
    return out


def season_spans(low: str) -> list[tuple[int, int]]:
    """Seasons with a year ("since spring 2024", "去年夏天"): no month, so no start date."""
    return [m.span() for m in _SEASON.finditer(low)]

"""How long someone has been a customer, in months.

Durations come as amounts ("两年半", "a year and a half", "一年零三个月", "2-3 years"), as a start
date ("2020年3月开始用的", "since January 2020", "去年办的") counted to `today`, or as "just
joined" (0). Each duration also says whether the text ties it to being a customer ("用了三年",
"been with you for", "十年了") or to a contract ("两年的合约", "2 year contract"), because the
same "两年" answers either question and other-than-asked slots must only be filled when the text
is unambiguous. A start year without a month counts whole years. "Just joined" and "last month"
come from `recent_starts`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.understanding.bills.spend_rates import spent_per
from bot.understanding.literal_gates import gated
from bot.understanding.numerals.cn_numerals import parse_cn
from bot.understanding.numerals.numbers import Num
from bot.understanding.tenure import duration_cues, recent_starts
from bot.understanding.tenure.ago_months import ago_starts
from bot.understanding.tenure.reached_dates import reach_dates
from bot.understanding.tenure.start_dates import MONTH_EN, MONTHS_EN, start_dates

_UNIT = re.compile(
    r"\s*(?:of\s+|ish\s+|or so\s+)?(?P<unit>个半月|个多月|多个月"
    r"|来个月|几个月|个月|年半|年多|多年|来年|几年|周年|年(?![级龄纪代轻])|个星期|星期|周(?!年)"
    # "十余年", "十余载", "三载": a formal or written count of years
    r"|余年|余载|载(?![体入客重])"
    r"|个礼拜|礼拜|天|decades?|years?(?!ly)|yrs?|months?(?!ly)|mos?\b|fortnights?(?!ly)"
    r"|weeks?(?!ly)|wks?|days?"
    # the units as they are mistyped: a letter swapped, dropped or hit next to it ("4 yeats")
    r"|(?:yeats?|yeras|yaers?|yers|yesrs|yeasr|yearz|mnths?|mths|monts|montsh|monhts|mounths"
    r"|motnhs|weeka|weesk)\b)"
    r"(?P<half>\s*(?:半|and a half|and half))?(?P<more>多|\+|\s*plus)?"
)
# "一年零俩月", "仨月": after 俩 / 仨 / 两 a bare 月 counts months (三月 would be March).
_PAIR_MONTHS = re.compile(r"零?[俩仨两]月")
_AND_A_HALF = re.compile(r"\s*and a half\s+(?P<unit>years?|yrs?|months?|mos?\b)")
_UNIT_MONTHS = {
    "年": 12.0,
    "载": 12.0,
    "decade": 120.0,
    "year": 12.0,
    "yr": 12.0,
    "月": 1.0,
    "month": 1.0,
    "mo": 1.0,
    "fortnight": 24 / 52,
    "周": 12 / 52,
    "星期": 12 / 52,
    "礼拜": 12 / 52,
    "week": 12 / 52,
    "wk": 12 / 52,
    "天": 12 / 365,
    "day": 12 / 365,
}
_WORD_DURATIONS = gated(
    r"(?P<ayh>\ban? year (?:and|n|'n'?) a half|\ban? year (?:and|n) half|year and a half)"
    r"|(?P<hy>half an? year|half year)"
    r"|(?P<yo2>\ban? year or two\b)|(?P<mo2>\ban? month or two\b)|(?P<hdec>half an? decade)"
    r"|(?P<hm>half an? month|半个月)|(?P<dech>an? decade and a half)|(?P<dec>an? decade)"
    r"|(?P<y>\ban? (?:year|yr)\b)|(?P<m>\ban? month\b)"
    r"|(?P<fn>\ban? fortnight\b)|(?P<wk>\ban? week\b)"
    r"|(?P<zhhy>(?<![一二两三四五六七八九十\d个])半年)"
)
# "the 3rd of June": a day of the month before its name, which the count of months ignores
_DAY_OF = (
    r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))?"
)
_SINCE_EN = re.compile(
    r"(?:since|from|in|joined|signed up|started)\s+(?:(?P<mnum0>0?[1-9]|1[0-2])[/.-])?"
    # "since the start of 2023": its January
    r"(?P<jan>(?:the\s+)?(?:start|beginning)\s+of\s+)?"
    + _DAY_OF
    + rf"(?:{MONTH_EN}\.?,?\s+)?(?:of\s+)?(?P<year>(?:19|20)\d\d|'\d\d)\b"
    # "since 2021.6", "since 2021/06": year and month number
    r"(?:[./-](?P<mnum>0?[1-9]|1[0-2])\b)?"
)
# "since 2021 jan", "from 2019 March": the year before the month's name
_SINCE_YEAR_MONTH_EN = re.compile(
    r"(?:since|from|in|joined|signed up|started)\s+(?:the\s+(?:start|beginning)\s+of\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s*,?\s*(?:(?:in|around|about|maybe|probably)\s+)?"
    + MONTH_EN
    # ("since 2023, may be longer": no May)
    + r"(?!(?<=may)\s+(?:be|have|not)\b)"
)
# "got connected last November": the latest such month before this one
_LAST_MONTH_NAME = re.compile(r"\blast\s+" + MONTH_EN)
# whole words: "disconnected", "designed" and "reported" start nothing
_START_WORDS_EN = re.compile(
    r"\b(?:joined|signed|started|since|connected|switched|got it|set up|came over|ported"
    r"|moved over)\b"
)
_SINCE_EN_REL = re.compile(
    r"since (?:the (?:start|beginning) of )?(?P<rel>last year|the year before last|this year"
    r"|the year|last month)"
)
# "since March", "joined in Jan": a month without a year is the latest such month; a part of it
# ("signed up end of August", "since mid-May", "joined in early June") is that month too
_MONTH_PART = (
    r"(?:(?:at\s+|in\s+)?(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+"
    r"|(?:in\s+)?(?:early|late|mid)[\s-]*)"
)
_MONTH_ONLY_EN = re.compile(
    r"\b(?:(?:since|from)\s+" + _MONTH_PART + "?"
    r"|(?:joined|signed up|started|connected|switched|came over|ported|moved over|hooked up"
    # the respondent's own line or plan got: "I only got my own plan in September", "got it
    # installed back in May"
    r"|got (?:my|our) (?:own |new |first )?(?:plan|contract|line|sim|broadband|account|package"
    r"|deal)|moved (?:over )?to (?:you|us)|(?:got|had) (?:it |us )?(?:installed|set up))"
    r"(?:\s+(?:from|to)\s+[a-z\-']+){0,2}\s+(?:(?:back\s+)?in\s+"
    + _MONTH_PART
    + "?|"
    + _MONTH_PART
    + "))"
    + MONTH_EN
    + r"(?!\.?,?\s*(?:of\s+)?(?:(?:19|20)\d\d|'\d\d|last year|this year|\d))"
)
# "上个月": the whole answer is last month
_LAST_MONTH_ONLY = re.compile(r"\s*上个?月(?:吧|啊|呀|的|份)?\s*")
# "joined in September last year", "since March this year"
_MONTH_REL_EN = re.compile(
    r"(?:since|from|in|joined|signed up|started)\s+(?:in\s+)?"
    + _DAY_OF
    + MONTH_EN
    + r"\.?,?\s+(?:of\s+)?(?P<rel>last year|this year)"
)
_START_CUE = (
    r"(?:的时候|份)?\s*(?:就|才|刚刚?)?\s*(?:开始|办|入网|开通|注册|装|成为|在用|用|起|加入|换|转)"
)
_SINCE_ZH = gated(
    r"(?P<from>从|自从|自)?\s*(?P<year>\d{2,4}|[一二三四五六七八九〇零]{2,4}|去|前|今)年"
    r"\s*(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?)?(?:底|初|中|末)?"
    r"(?P<cue>\s*" + _START_CUE + ")?"
)
# "入网时间是2016年3月": the start date named before it
_START_BEFORE = re.compile(
    r"(?:入网|开通|办理|注册|开户|成为用户)(?:的)?(?:时间|日期)?(?:是|为|在|于)?\s*$"
)


@dataclass(frozen=True)
class Duration:
    months: float
    start: int
    end: int
    approx: bool = False
    tenure_cue: bool = False
    contract_cue: bool = False
    generic: bool = False  # "新用户", "new customer": no amount or date of its own
    year_only: bool = False  # "since 2020", "去年装的": a start year, read only when asked


def _unit_months(unit: str) -> float:
    for key, value in _UNIT_MONTHS.items():
        if key in unit:
            return value
    if unit.startswith("y"):
        return 12.0  # "yeats", "yaers"
    if unit.startswith("we"):
        return 12 / 52
    return 1.0


def _cn_or_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    parsed = parse_cn(text)
    return int(parsed[0]) if parsed else None


def _amounts(low: str, nums: list[Num]) -> list[Duration]:
    out: list[Duration] = []
    for num in nums:
        after = low[num.end :]
        m = _UNIT.match(after)
        # "俩月", "仨月": 两个月 (the unit read as "个月", one character fewer)
        pair = m is None and bool(_PAIR_MONTHS.fullmatch(low, num.start, num.end + 1))
        if pair:
            m = _UNIT.match("个" + after)
        months: float
        if m:
            unit = m.group("unit")
            if unit == "年" and num.value >= 100:  # a calendar year, not an amount
                continue
            if unit == "年" and re.match(r"年\s*(?:\d|[一二三四五六七八九十]+月)", after.lstrip()):
                continue  # "2020年3月", "20年3月": a date
            if unit == "年" and re.match(r"\s*年\s*" + _START_CUE, after) and num.value >= 10:
                continue  # "20年办的": the year 2020
            if duration_cues.rate_period(low, num) or (
                num.value == 1
                and (
                    duration_cues.price_period(low, num.end + m.end() - pair)
                    or spent_per(low, num.start, num.end + m.end() - pair)  # "一个月电费两百"
                )
            ):
                continue  # "一天三充", "one month $45": a rate per day or month, no amount of time
            per = _unit_months(unit)
            half = 0.5 if (m.group("half") or "半" in unit) else 0.0
            months = (num.value + half) * per
            approx = num.approx or any(c in unit for c in "多来几") or bool(m.group("more"))
            end = num.end + m.end() - pair
        elif (
            out
            and not num.is_range
            and (
                (_OF_THEM.match(after) and num.start - out[-1].end < 30)
                or duration_cues.unit_left_out(low, num.start, num.end)
            )
        ):
            # "married 5 years, customer for 3 of them", "married 12 years, with you about 5":
            # the unit of the amount before
            prev = out[-1]
            months = num.value * prev.months / max(_first_value(nums, prev), 1.0)
            approx = num.approx
            of_them = _OF_THEM.match(after)
            end = num.end + (of_them.end() if of_them else 0)
        else:
            m2 = _AND_A_HALF.match(after)
            if not m2:
                continue
            months = (num.value + 0.5) * _unit_months(m2.group("unit"))
            approx = num.approx
            end = num.end + m2.end()
        out.append(Duration(months, num.start, end, approx or num.is_range))
    for m in _WORD_DURATIONS.finditer(low):
        kind = m.lastgroup or ""
        value = {
            "ayh": 18.0,
            "yo2": 18.0,
            "mo2": 1.5,
            "hdec": 60.0,
            "hy": 6.0,
            "hm": 0.5,
            "dec": 120.0,
            "dech": 180.0,
            "y": 12.0,
            "m": 1.0,
            "zhhy": 6.0,
            "fn": 24 / 52,
        }.get(kind, 12 / 52)  # "wk": a week
        if any(d.start <= m.start() < d.end for d in out):
            continue
        if kind in ("y", "m", "wk") and (
            _RATE_BEFORE.search(low, 0, m.start())
            or duration_cues.price_period(low, m.end())
            or spent_per(low, m.start(), m.end())  # "a month's rent is 1200"
        ):
            continue  # "$90 a month", "twice a year": a rate, not an amount of time
        approx = bool(re.search(r"(?:over|more than|about|around|almost)\s*$", low[: m.start()]))
        out.append(Duration(value, m.start(), m.end(), approx))
    out.sort(key=lambda d: d.start)
    return _join(low, out)


_OF_THEM = re.compile(r"\s*of (?:them|those|these)\b")
# Before "a month" / "a year": an amount or a count it is the rate of.
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:once|twice|times|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|tenner|fiver))\s*(?:dollars?"
    r"|bucks|quid|pounds?|euros?|rupees?|pesos?|rand|shillings?|ish|or so|days?|hours?)?\s*$"
)


def _first_value(nums: list[Num], d: Duration) -> float:
    """The number an amount of time was said with ("5" in "5 years")."""
    return next((n.value for n in nums if d.start <= n.start < d.end), 0.0)


def _join(low: str, durations: list[Duration]) -> list[Duration]:
    """ "一年零三个月", "2 years and 3 months": adjacent amounts add up when the second is the
    remainder of the first (months after whole years, days after months); "4 and a half years,
    两年合约" names two things."""
    joined: list[Duration] = []
    for d in durations:
        if joined and joined[-1].end <= d.start:
            gap = low[joined[-1].end : d.start]
            prev = joined[-1]
            remainder = (prev.months >= 12 and prev.months % 12 == 0 and d.months < 12) or (
                d.months < 1 <= prev.months
            )
            if re.fullmatch(r"\s*(?:零|〇|又|另|另外|and|,|, and|plus)?\s*", gap) and remainder:
                joined[-1] = Duration(prev.months + d.months, prev.start, d.end, prev.approx)
                continue
        joined.append(d)
    return joined


def _months_since(year: int, month: int | None, today: dt.date) -> float:
    months = (today.year - year) * 12
    if month is not None and 1 <= month <= 12:
        months += today.month - month
    return float(months)


def _dates(low: str, today: dt.date) -> list[Duration]:
    out: list[Duration] = []
    for m in _SINCE_YEAR_MONTH_EN.finditer(low):
        since = _months_since(int(m.group("year")), MONTHS_EN[m.group("month")], today)
        out.append(Duration(since, m.start(), m.end(), False, True))
    for m in _SINCE_EN.finditer(low):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        month = MONTHS_EN.get(m.group("month") or "")
        if m.group("mnum") or m.group("mnum0"):
            month = int(m.group("mnum") or m.group("mnum0"))
        month = month or (1 if m.group("jan") else None)
        if m.group(0).startswith("in ") and not re.search(
            r"(?:joined|signed up|started|since|customer|been)", low
        ):
            continue
        start_year = int(m.group("year").lstrip("'"))
        if start_year < 100:  # "since Feb '24"
            start_year += 2000 if start_year <= today.year % 100 else 1900
        since = _months_since(start_year, month, today)
        out.append(Duration(since, m.start(), m.end(), False, True, year_only=month is None))
    for m in _MONTH_REL_EN.finditer(low):
        rel_year = today.year - (1 if m.group("rel") == "last year" else 0)
        since = _months_since(rel_year, MONTHS_EN[m.group("month")], today)
        out.append(Duration(since, m.start(), m.end(), False, True))
    for m in _LAST_MONTH_NAME.finditer(low):
        month = MONTHS_EN[m.group("month")]
        year = today.year if month < today.month else today.year - 1
        cue = _START_WORDS_EN.search(low) is not None
        out.append(Duration(_months_since(year, month, today), m.start(), m.end(), False, cue))
    for m in _MONTH_ONLY_EN.finditer(low):
        month = MONTHS_EN[m.group("month")]
        year = today.year if month <= today.month else today.year - 1
        # "since May the service is bad" is no start date unless being a customer is said
        cue = _START_WORDS_EN.search(low) is not None and not m.group().startswith("since")
        cue = cue or re.search(r"customer|with (?:you|us|starlink)|been with", low) is not None
        out.append(Duration(_months_since(year, month, today), m.start(), m.end(), False, cue))
    if _LAST_MONTH_ONLY.fullmatch(low):
        out.append(Duration(1.0, 0, len(low), False, False))
    for m in _SINCE_EN_REL.finditer(low):
        rel = m.group("rel")
        months = {"last year": 12.0, "the year before last": 24.0, "last month": 1.0}.get(rel)
        if m.group().startswith(("since the start", "since the beginning")) and rel == "last year":
            months = 12.0 + today.month - 1  # "since the start of last year": its January
        if months is None:
            months = float(today.month - 1)
        start_of = m.group().startswith(("since the start", "since the beginning"))
        year_only = rel in ("last year", "the year before last") and not start_of
        out.append(Duration(months, m.start(), m.end(), True, True, year_only=year_only))
    for m in _SINCE_ZH.finditer(low):
        cued = bool(m.group("from") or m.group("cue") or _START_BEFORE.search(low, 0, m.start()))
        if not (cued or m.group("month")):
            continue  # a bare date answers the tenure question only, and only with a month
        if m.group("cue") and "签" in low[m.end() : m.end() + 2]:
            continue
        raw_year = m.group("year")
        month_text = m.group("month")
        month = _cn_or_int(month_text) if month_text else None
        if raw_year in ("去", "前", "今"):
            year = today.year - {"去": 1, "前": 2, "今": 0}[raw_year]
            if raw_year == "今" and month is None:
                continue
        else:
            value = _cn_or_int(raw_year)
            if value is None:
                continue
            year = value
            if year < 100:
                year += 2000 if year <= today.year % 100 else 1900
            if not 1950 <= year <= today.year:
                continue
        since = _months_since(year, month, today)
        out.append(Duration(since, m.start(), m.end(), False, cued, year_only=month is None))
    for months, start, end, cue, generic in recent_starts.recent_starts(low):
        out.append(Duration(months, start, end, False, cue, generic=generic))
    return out


def _overlap(d: Duration, start: int, end: int) -> bool:
    return d.start <= start < d.end or start <= d.start < end


def find_durations(low: str, nums: list[Num], today: dt.date) -> list[Duration]:
    """Durations in months, left to right, each marked with tenure / contract cues."""
    dates = _dates(low, today)
    # "got the 4K telly last Christmas": a device's date is no sign-up, whatever the holiday
    extra = [
        Duration(months, start, end, False, cue and not duration_cues.device_before(low, start))
        for months, start, end, cue in start_dates(low, today) + ago_starts(low, today)
        if not any(_overlap(x, start, end) and not x.year_only for x in dates)
    ]
    dates = [d for d in dates if not any(_overlap(d, x.start, x.end) for x in extra)] + extra
    amounts = [
        Duration(d.months, d.start, d.end, d.approx, *duration_cues.cues(low, d.start, d.end))
        for d in _amounts(low, nums)
        if not any(x.start <= d.start < x.end or d.start <= x.start < d.end for x in dates)
    ]
    reached = reach_dates(low, dates, amounts)  # "今年三月就满两年了": no start date
    dates = [d for d in dates if d not in reached]
    return sorted(dates + amounts, key=lambda d: d.start)

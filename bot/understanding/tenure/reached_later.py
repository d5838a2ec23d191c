"""Durations reached in another month than this one: how many months today is short of them.

People round their time with us to the anniversary ahead: "two years next month", "it'll be two
years with you lot in December", "3 years come January", "a year with yous in the spring",
"come March it'll be five years", "到明年一月就满两年了", "12月份就两年了", "到年底就满五年了",
"快两年了，到十二月就满了". Today the duration is that many months short: counted from this month
to that one (a month without its year is the next one of its name), a season from its first
month (spring March, summer June, autumn September, winter December), the end of the year as
December, Christmas as December and the new year as January.

An anniversary already passed counts the other way: "it was two years in March", "passed
the two-year mark in March", "hit 3 years back in June", "今年三月就已经满两年了",
"去年十二月就满两年了", "今年六月刚过三年" are that many months over ("I'll hit two years in
March" is still ahead).

Not a date that dates the start ("two years ago in March", "2023年12月"), nor a month said of
something else ("两年了，明年三月合约到期", "been with you 2 years, renewing in March").
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.numerals.cn_numerals import parse_cn
from bot.understanding.tenure.start_dates import MONTH_EN, MONTHS_EN

_SEASONS = {
    "spring": 3,
    "summer": 6,
    "autumn": 9,
    "fall": 9,
    "winter": 12,
    "christmas": 12,
    "xmas": 12,
    "new year": 1,
    "开春": 3,
    "春天": 3,
    "春季": 3,
    "夏天": 6,
    "夏季": 6,
    "入夏": 6,
    "秋天": 9,
    "秋季": 9,
    "入秋": 9,
    "冬天": 12,
    "冬季": 12,
    "入冬": 12,
    "年底": 12,
    "年末": 12,
    "年尾": 12,
    "年初": 1,
    "元旦": 1,
    "五一": 5,
    "国庆": 10,
    "end of the year": 12,
    "end of this year": 12,
    "end of year": 12,
}
# "you" as it is said or typed: "with yous", "wi' ye", "with you lot"
_WITH_YOU = (
    r"(?:(?:with|wi')\s+(?:(?:you|ya|ye|u)(?:\s+(?:lot|guys|all|folks))?|y'all|yous|youse|yez"
    r"|yiz|your lot|us)\s+|here\s+|now\s+)?"
)
_WHEN_EN = (
    r"(?:(?P<next>next month|in a month)\b"
    r"|(?:(?P<back>back in|last)\s+"
    r"|(?:in|this|come|by|on|at|around|next|this coming)\s+(?:the\s+)?)"
    r"(?:(?:start|beginning|middle|end)\s+of\s+)?"
    r"(?:" + MONTH_EN + r"(?!\.?,?\s*(?:of\s+)?(?:(?:19|20)\d\d|'\d\d))"
    r"|(?P<season>spring|summer|autumn|fall|winter|christmas|xmas|new year"
    r"|end of (?:the |this )?year)"
    r"\b))"
)
# the amount as a milestone: "the two-year mark", "our 2 year anniversary with you"
_MARK_EN = r"(?:[\s-]*(?:mark|anniversary|milestone)\b)?\s*"
_AFTER_EN = re.compile(r"\s*" + _MARK_EN + _WITH_YOU + _WHEN_EN)
# "come March it'll be five years", "next month it'll be 2 years with you"
_BEFORE_EN = re.compile(
    r"(?<![\w'])" + _WHEN_EN + r"\s*,?\s*(?:it'?ll|it will|that'?ll|i'?ll|i will|we'?ll|we will)"
    r"\s+(?:be|have been|make it)\b[^,.;!?]{0,30}$"
)
# "it was two years in March": an anniversary gone by
# ("passed the two-year mark in March", "we crossed the one year mark in August")
_PAST_EN = re.compile(
    r"\b(?:was|were|hit|turned|passed|crossed|reached|celebrated|clocked)\b[^,.;!?]{0,20}$"
)
# a milestone still ahead: "I'll hit 2 years in March", "we're about to pass the two-year mark"
_FUTURE_EN = re.compile(
    r"(?:'ll|\bwill|\bgonna|\bgoing to|\babout to|\bshould|\bshall)\s+(?:have\s+)?$"
)
_MONTH_ZH = r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|初|中旬?|末)?"
_SEASON_ZH = (
    r"(?P<season>开春|春天|春季|夏天|夏季|入夏|秋天|秋季|入秋|冬天|冬季|入冬|年底|年末|年尾|年初|元旦"
    r"|五一|国庆)"
)
_WHEN_ZH = (
    r"(?:(?P<year>明年|今年|去年)|(?P<abs>(?:19|20)\d\d)年)?(?:的)?(?:"
    + _MONTH_ZH
    + r"|(?P<next>下个?月)(?:底|初)?|"
    + _SEASON_ZH
    + r")(?:的时候)?"
)
# "到明年一月就满两年了", "12月份就两年了", "年底满五年" (a cue is needed: "十二月两年" says
# nothing)
_BEFORE_ZH = re.compile(
    r"(?<![\d年一二三四五六七八九十〇零])(?P<to>到|等到|等)?\s*"
    + _WHEN_ZH
    + r"\s*[,，]?\s*(?P<cue>(?:就|才|刚好|正好|刚|也就|差不多)?(?:要|该|能)?(?P<past>已经)?"
    r"(?:满|到|整整?|够|(?P<over>过))?(?:(?<=[满过])(?P<done>了|的))?)\s*$"
)
# "快两年了，到十二月就满了", "两年了，下个月满"
_AFTER_ZH = re.compile(
    r"\s*了?\s*[,，]?\s*(?:到|等到)?\s*" + _WHEN_ZH + r"\s*(?:就|才)?(?P<past>已经)?(?:满|够|整)"
)


def _passed_before(low: str, start: int) -> bool:
    """A verb of a milestone gone by ends before `start`, not said of the future."""
    past = _PAST_EN.search(low, max(0, start - 24), start)
    return past is not None and not _FUTURE_EN.search(low, max(0, past.start() - 16), past.start())


def months_to_reach(low: str, start: int, end: int, today: dt.date, *, dated: bool) -> int:
    """How many months the duration at `start`..`end` is short of today (negative: how many
    months it is over, reached in a month gone by). `dated` is False for a duration read from a
    start year alone, which only "next month" corrects."""
    m = _AFTER_EN.match(low, end)
    if m is None and "ll " in low:  # ("it'll be", "i will have been")
        m = _BEFORE_EN.search(low, max(0, start - 60), start)
    if m is not None:
        if m.group("next"):
            return 1
        if not dated:
            return 0
        month = MONTHS_EN[m.group("month")] if m.group("month") else _SEASONS[m.group("season")]
        ahead = (month - today.month) % 12
        if m.re is _AFTER_EN and (m.group("back") or _passed_before(low, start)):
            return -((today.month - month) % 12 or (12 if m.group("back") == "last" else 0))
        return ahead
    if not any("\u4e00" <= ch <= "\u9fff" for ch in low[max(0, start - 16) : end + 16]):
        return 0
    z = _AFTER_ZH.match(low, end)
    if z is None:
        z = _BEFORE_ZH.search(low, max(0, start - 16), start)
        if z is not None and not (z.group("to") or z.group("cue") or z.group("year") == "明年"):
            z = None
    if z is None:
        return 0
    if z.group("next"):
        return 1
    if not dated:
        return 0
    text = z.group("month")
    if text:
        month = int(text) if text.isdigit() else int(parse_cn(text)[0])  # type: ignore[index]
    else:
        month = _SEASONS[z.group("season")]
    year = z.group("year")
    if z.group("abs"):  # "2023年12月就满两年了"
        return (int(z.group("abs")) - today.year) * 12 + month - today.month
    if year:
        return {"明年": 12, "今年": 0, "去年": -12}[year] + month - today.month
    over = z.groupdict().get("over") and "刚" in z.group("cue")  # "六月刚过三年"
    if z.group("past") or z.groupdict().get("done") or over:  # "五月满的两年": gone by
        return -((today.month - month) % 12)
    return (month - today.month) % 12

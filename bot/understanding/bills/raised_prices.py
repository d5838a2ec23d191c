"""Prices the provider changed: the amount a rise or a cut led to is the bill now.

"89 a month but they put it up to 95 in April", "£40, then they bumped it up to £45", "was 30
till they hiked it to 35", "it went up to 60", "一个月89，四月份涨成95了", "89一个月，后来给涨到
95", "原先99，去年降到79了": the old price is often the one said with "a month", and the new one
is a bare number after the change, so without this reading the old price would win. The money
reader prefers such an amount to the ones said before it.

Not a change still to come ("they're putting it up to 95 in January", "明年要涨到95": see
`future_prices`), only feared or tried ("if they put it up to 100 I'm off", "要是涨到100就不用了",
"they tried to put it up to 99"), nor a change of something other than the price ("the speed went
up to 500", "网速提到了500兆").
"""

from __future__ import annotations

import re

from bot.understanding.bills.future_prices import said_ahead
from bot.understanding.numerals.numbers import Num
from bot.understanding.people import clause_before

_CURRENCY = r"(?:about|around|roughly|like)?\s*(?:[$£€¥₹₱₦]|rs\.?|rm)?\s*$"
_VERB = (
    r"\b(?:(?:put|bumped|jacked|hiked|upped|raised|pushed|cranked|increased|dropped|cut|lowered"
    r"|knocked|reduced|brought|moved|changed|took)"
    r"\s+(?:(?:it|that|this|them|the (?:price|bill|rate|fee|cost|charge)|my (?:bill|plan|rate)"
    r"|prices?|the monthly)\s+)?"
    r"|(?:went|gone|shot|crept|jumped|rose|risen|climbed|increased|dropped|fell|been (?:put|bumped)"
    r"|got (?:put|bumped|jacked))\s+)(?:up\s+|down\s+)?"
)
# "put it up to 95", "went up from 79 to 89", "涨成95了", "后来给涨到95"
_CHANGED_TO = re.compile(
    _VERB
    + r"(?:from\s+[^,.;!?]{1,14}?\s+)?to\s*"
    + _CURRENCY
    + r"|(?:涨|调|升|提|降|改|变)(?:价)?了?(?:到|成|为)了?\s*$"
)
# feared, threatened or tried, not done: "if they put it up to 100", "要是涨到100"
_NOT_DONE = re.compile(
    r"\b(?:if|unless|should|whether|tried|trying|try|wanted|want|threatened|threatening"
    r"|might|could|would)\b|要是|如果|假如|万一|若是?|再涨|再调|怕|担心|(?<!没)想(?!到)"
)
# a change of something other than the price: "the speed went up to 500", "网速提到500"
_NOT_PRICE = re.compile(
    r"网速|速度|带宽|兆|流量|信号|分数|\b(?:speeds?|data|mbps|megs?|gb|download|upload|allowance"
    r"|signal|score|rating|limit)\b"
)
_CUES = ("to", "涨", "调", "升", "提", "降", "改", "变")


def raised_to(low: str, num: Num) -> bool:
    """The amount at `num` is a price the provider raised or cut to ("put it up to 95")."""
    if not any(cue in low for cue in _CUES):
        return False
    change = _CHANGED_TO.search(low, max(0, num.start - 40), num.start)
    if change is None:
        return False
    clause = clause_before(low, change.start())
    return not _NOT_DONE.search(clause) and not _NOT_PRICE.search(clause + change.group())


# A rise or a cut by an amount: "put it up by 6", "went up by a fiver" (not "by 6%"), "涨了6块",
# "又贵了十块", "降了10块": the amount is added to (or taken from) the price said before it.
_CHANGED_BY = re.compile(_VERB + r"by\s*" + _CURRENCY + r"|(?:上?涨|涨价|贵|降|降价|便宜)了?\s*$")
_BY_CUES = ("by", "涨", "贵", "降", "便宜")
_DOWN = re.compile(r"\b(?:dropped|cut|lowered|knocked|reduced|fell|down)\b|降|便宜")
_AHEAD_ZH = re.compile(r"明年|下个?月|下半年|年后|[要将会]涨|[要将会]降|准备|打算|马上")
_NOW_PRICE = re.compile(r"现在|如今|目前|\bnow\b")
_PERCENT_AFTER = re.compile(r"\s*(?:%|％|percent|per cent|个点|个百分点)")
# someone else's price went up: "my brother's went up by 6", "我哥的涨了6块"
_THEIRS = re.compile(
    r"\b(?:my (?:son|daughter|wife|husband|mum|mom|mother|dad|father|partner|brother|sister"
    r"|friend|neighbou?r)'?s?|his|her|their)\b|他|她|我(?:哥|姐|妈|爸|弟|妹|朋友|邻居)"
)


def raised_by(low: str, num: Num) -> int:
    """+1 if the amount at `num` is what the price was raised by ("put it up by 6", "涨了6块"),
    -1 if what it was cut by ("降了10块"), 0 otherwise."""
    if not any(cue in low for cue in _BY_CUES):
        return 0
    change = _CHANGED_BY.search(low, max(0, num.start - 40), num.start)
    if change is None or _PERCENT_AFTER.match(low, num.end):
        return 0
    if "百分之" in low[max(0, num.start - 3) : num.start]:
        return 0
    clause = clause_before(low, change.start()) + change.group()
    if _NOT_DONE.search(clause) or _NOT_PRICE.search(clause) or _THEIRS.search(clause):
        return 0
    if _AHEAD_ZH.search(clause):  # "明年要涨10块": not yet
        return 0
    return -1 if _DOWN.search(change.group()) else 1


def change_after(low: str, nums: list[Num], price: Num) -> float:
    """The rise (or, negative, the cut) said right after the price at `price` ("89 a month but
    they put it up by 6" → 6), or 0."""
    later = [n for n in nums if n.start >= price.end]
    if not later:
        return 0.0
    if "比" in low[price.end : later[0].start] or _NOW_PRICE.search(low, 0, price.start):
        return 0.0  # "现在一百，比以前便宜了二十": the price now, against the old one
    if said_ahead(low, later[0]):
        return 0.0  # "89, going up by 6 in January": not paid yet
    return raised_by(low, later[0]) * later[0].value

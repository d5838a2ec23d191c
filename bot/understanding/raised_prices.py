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

from bot.understanding.numbers import Num
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

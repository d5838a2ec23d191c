"""Amounts said under the bill question that are no bill of the respondent's.

Besides prices seen on offer (`seen_prices`), three kinds:

- the price of a device or of goods: "the new iphone is 1200, cant afford that", "a new laptop
  is 900", "新iPhone要八千"; a one-off purchase, not a monthly bill (unless it is paid by the
  month: "the phone is 30 a month on my plan");
- somebody else's bill, offered for the provider to match: "my pal pays 25 with Vodafone, can ye
  match that?", "我朋友用电信才五十，你们能给这个价吗？"; the amount is a benchmark, and the
  respondent's own stays unsaid ("I pay 40, can ye match 25?" is another matter: the own amount
  is marked);
- a moment asked for: "gonna dig out the bill, two ticks", "two secs", "one sec": no amount.
"""

from __future__ import annotations

import re

from bot.understanding.bills import seen_prices
from bot.understanding.churn.intentions import RIVAL_NAMES
from bot.understanding.numerals.numbers import Num
from bot.understanding.people import clause_before

_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")

# Goods by name ("the new iphone", "a laptop"); a bare phone, tablet or watch only when new ("the
# phone is 20" is the phone bill).
_NAMED_GOODS = (
    r"(?:i-?phones?|iphone\s*\d+(?:\s*pro(?:\s*max)?)?|ipads?|galaxy(?:\s*s?\d+)?|pixel\s*\d+"
    r"|laptops?|macbooks?|computers?|pcs?|tvs?|telly|consoles?|ps5|playstation|xbox|cars?"
    r"|headphones|airpods|fridge|washing machine)"
)
_NEW_GOODS = (
    r"(?:new|latest|brand new|shiny new)\s+(?:\w+\s+)?(?:phones?|handsets?|tablets?|watch(?:es)?)"
)
_GOODS = re.compile(
    r"\b(?:the|a|an|that|this|those|these)\s+(?:(?:new|latest|brand new|shiny new)\s+)?(?:\w+\s+)?"
    r"(?:" + _NAMED_GOODS + r"|" + _NEW_GOODS + r")"
    r"(?:\s+\w+){0,2}?\s+(?:is|are|was|were|costs?|'s|goes for|sells for|retails (?:at|for)"
    r"|will (?:be|cost))\s+(?:like\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+)?$"
    r"|(?:(?:新|最新的?)(?:款)?(?:手机|电脑|笔记本|平板|电视)|(?:新|最新的?)?(?:款)?(?:iphone|苹果手机"
    r"|华为手机|小米手机|三星手机|笔记本电脑|汽车))(?:\s*\d+)?(?:pro|max)?\s*"
    r"(?:要|得|卖|售价|标价|价格是?|都要|就要)(?:大概|差不多|将近)?$"
)
_GOODS_CHEAP = (
    " is ",
    " are ",
    " was ",
    " cost",
    "'s ",
    " goes for",
    " sells",
    " retail",
    "will ",
    "要",
    "得",
    "卖",
    "售价",
    "标价",
    "价格",
)
_MONTHLY_AFTER = re.compile(
    r"\s*(?:quid|bucks|dollars?|pounds?|euros?|块|元)?\s*(?:a|per|/|each|every)\s*(?:month|mo\b)"
    r"|\s*(?:块|元)?(?:每月|一个月|一月|/月)"
)

# The provider asked to match or beat the amount.
_MATCH_ASK = re.compile(
    r"\b(?:match|beat|better|do)\s+(?:that|it|this|them|the price|that price)\b"
    r"|(?:能不能|能|可以|可不可以)(?:也)?(?:给我)?(?:给|做|打|降到)?(?:这个|同样的|一样的)(?:价|价格|价钱)"
)
_PARTY = re.compile(
    r"\b(?:my|our)\s+(?:best\s+|old\s+)?(?:pal|mate|friend|buddy|bestie|neighbou?r|colleague"
    r"|workmate|co-?worker|cousin|brother|sister|bro|sis|mum|mom|mam|dad|uncle|aunt|boss)s?\b"
    r"|\b(?:(?:he|she|they)\s+(?:pays?|gets?|has))\b"
    r"|\b(?:with|on)\s+(?:" + RIVAL_NAMES + r")\b"
    r"|朋友|同事|邻居|同学|亲戚|(?:表|堂)(?:哥|姐|弟|妹)|(?:我|俺)(?:哥|姐|弟|妹)|别家|隔壁"
)
_OWN = re.compile(
    r"\b(?:i|i'm|i've|me|my (?:bill|plan|phone)|mine|we|our (?:bill|plan))\b"
    r"|我(?:的|家|自己|这|每|一个月|交|付|花)|俺"
)

# "two ticks", "two secs", "one sec", "2 mins": a moment asked for.
_MOMENT_AFTER = re.compile(
    r"\s*(?:ticks?|tics?|shakes|secs?|seconds?|mins?|minutes?|moments?|jiffies|mo\b)(?![a-z])"
)


def elsewhere_price(low: str, num: Num) -> bool:
    """The amount at `num` is a price seen on offer, the price of goods, somebody else's bill
    to be matched or a moment asked for: no bill of the respondent's."""
    return (
        seen_prices.seen_price(low, num)
        or _goods_price(low, num)
        or _to_match(low, num)
        or _MOMENT_AFTER.match(low, num.end) is not None
    )


def _goods_price(low: str, num: Num) -> bool:
    head = clause_before(low, num.start)
    head = re.sub(r"(?:[$£€¥]|rm|rs\.?|r)\s*$", "", head)
    if not any(w in head for w in _GOODS_CHEAP):
        return False
    return _GOODS.search(head) is not None and _MONTHLY_AFTER.match(low, num.end) is None


def _to_match(low: str, num: Num) -> bool:
    ends = [m.end() for m in _SENTENCE_END.finditer(low, 0, num.start)]
    start = ends[-1] if ends else 0
    ask = _MATCH_ASK.search(low, num.end)
    if ask is None:
        return False
    before = [m for m in _PARTY.finditer(low, start, num.start) if m.end() <= num.start]
    if not before:
        return False
    # ("my pal pays 25 with Vodafone, I pay 40, can ye match that?": the 40 is the respondent's)
    since = before[-1].end()
    return (
        _OWN.search(low, since, num.start) is None
        and _OWN.search(low, num.end, ask.start()) is None
    )

"""Prices the respondent has seen offered, which are no bill of theirs.

Asked what they pay, people quote a price they came across: on the provider's website, in an
advert, on a short-video app ("我看你们官网上最低的套餐才19块", "看到广告说宽带一年才三百，真的
假的", "刷抖音看到你们家宽带一年只要365", "I saw on your website the cheapest plan is 19 a month").
The cheapest plan on offer is a price of the range, not of the line ("你们最便宜的套餐才19，我这个要
99"). Such an amount tells what is on sale. It stays the bill when the offer was taken up
("saw an ad for 30 a month and signed up", "看到广告说29一个月，就办了"), or when the
respondent's own line or payment is named between the sighting and the amount ("看了下官网，我的
套餐是每月59", "saw my bill online, it's 62", "我用的是最便宜的套餐，19块"). An advert merely
cited, without a seeing ("广告上写的59"), is left to `advertised`.
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated
from bot.understanding.numerals.numbers import Num

# Where prices are shown to everybody (an app may also show the respondent's own account, so
# it is no such place; nor is the online account, "网上营业厅").
_PLACE_ZH = (
    r"官网|网站|网上(?!营业厅)|广告|宣传单?|海报|传单|抖音|快手|朋友圈|小红书|微博|电视上|报纸"
)
_PLACE_EN = (
    r"\b(?:website|web ?site|site|online|ads?|adverts?|advertisements?|billboards?|flyers?"
    r"|leaflets?|commercials?|posters?|tv|telly|tiktok|facebook|instagram|newspaper|paper)\b"
)
# A sighting: a verb of seeing with a place, in either order, within a few words.
_SEEN = gated(
    r"(?:看到|看见|看了一?下?|看|瞧见|刷到|搜到|查到|翻到)[^,，。.!！?？]{0,8}?(?:"
    + _PLACE_ZH
    + r")"
    r"|(?:" + _PLACE_ZH + r")(?:上|里)?[^,，。.!！?？]{0,4}?(?:看到|看见|刷到|瞧见|搜到)"
    r"|\b(?:saw|seen|see|noticed|spotted|read|came across|found)\b[^,.;!?]{0,24}?"
    + _PLACE_EN
    + r"|"
    + _PLACE_EN
    + r"[^,.;!?]{0,12}?\b(?:i|we) (?:saw|noticed|spotted|read)\b"
)
# The cheapest plan of the range: "最低的套餐", "最便宜的那档", "the cheapest plan".
_CHEAPEST = gated(
    r"最(?:低|便宜|实惠)的?(?:那个|那档)?(?:套餐|档|资费|价格?)|起步价"
    r"|\b(?:the |your )?(?:cheapest|lowest)\s+(?:plan|package|deal|tariff|option|one)\b"
)
# The respondent's own line or payment, named between: the amount is the bill again.
_OWN = re.compile(
    r"我(?:的|们家的|家的|这个|这边|自己|用的|办的|交|付|扣|每个?月|现在|目前)|俺的|扣我|收我"
    r"|\b(?:my|mine|i pay|i'm paying|we pay|i'm on|we're on|i have|i've got|i use)\b"
    r"|账单|\bbills?\b"
)
# The offer taken up after it: "saw an ad for 30 a month and signed up", "看到广告说29，就办了".
_TAKEN_AFTER = re.compile(
    r"[^.!?。！？]{0,24}?(?:\b(?:signed up|joined|got it|went for it|took it|switched|ordered it)"
    r"\b|(?:就|才|于是|所以|然后|马上)(?:办|订|换|转|装|开通)了?)"
)
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")


def seen_price(low: str, num: Num) -> bool:
    """The amount at `num` is a price seen on offer or the range's cheapest, not the bill."""
    ends = [m.end() for m in _SENTENCE_END.finditer(low, 0, num.start)]
    start = ends[-1] if ends else 0
    cues = [(m, False) for m in _SEEN.finditer(low, start, num.start)]
    cues += [(m, True) for m in _CHEAPEST.finditer(low, start, num.start)]
    if not cues:
        return False
    last, cheapest = max(cues, key=lambda c: c[0].end())
    if _OWN.search(low, last.start(), num.start) or _TAKEN_AFTER.match(low, num.end):
        return False  # "看了下官网，我的套餐是每月59", "saw my bill online, 62"
    # ("我用的是最便宜的套餐，19块": the cheapest is the respondent's own)
    return not (cheapest and _OWN.search(low, start, last.start()))

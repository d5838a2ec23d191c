"""An age that is a threshold of an offer or a rule, not the respondent's age.

Asked their age, people pass on what they saw or heard: "刚刷到广告说60岁以上办卡打折",
"听说70岁及以上免月租", "广告上说18岁以下不能办", "saw an ad saying over 60s get a discount",
"the ad says 65 and over get half price". The number bounds who gets the offer ("以上", "以下", "and
over", "over 60s"); said with an advert, an offer or a rule it tells nothing of the respondent.
Not an age claimed as one's own ("我都60岁以上了"), nor a bare bound with no offer ("60岁以上",
"over 60": an approximate age), nor another age next to it ("I'm 62, saw an ad about discounts
for over 60s" keeps 62).
"""

from __future__ import annotations

import re

_CHEAP = ("以上", "以下", "以内", "起", "over", "under", "above", "below", "+", "older")
# The bound after the number: "60岁以上", "70岁及以上", "18周岁以下", "65+", "65 and over",
# "over 60s" (the plural after the number).
_BOUND_AFTER = re.compile(
    r"\s*(?:周?岁)?\s*(?:及|或|和)?(?:以上|以下|以内|之上|往上|起)"
    r"|(?:'?s\b|\+|\s+(?:and|or)\s+(?:over|up|above|older|under|below|younger)\b)"
)
_BOUND_BEFORE = re.compile(r"\b(?:over|under|above|below|aged)\s+(?:the\s+age\s+of\s+)?$")
# An advert, an offer or a rule said in the message.
_OFFER = re.compile(
    r"广告|宣传|活动|优惠|打折|折扣|半价|免费|免月租|减免|办卡|规定|政策|才能|不能办|老年卡"
    r"|\b(?:ads?|adverts?|advertis\w*|discounts?|deals?|offers?|promo\w*|concessions?|free"
    r"|half price|half-price|eligible|qualify|rules?)\b"
)
# The respondent claiming the bound as their own: "我都60岁以上了", "I'm over 60".
_OWN_BEFORE = re.compile(
    r"(?:我|俺|本人)(?:都|已经|今年|也|快|早就?)*\s*$|\bi'?m\s+(?:already\s+|now\s+|well\s+)?(?:over|under)?\s*$"
    r"|\bi am\s+(?:already\s+|now\s+|well\s+)?(?:over|under)?\s*$"
)


def offer_threshold(low: str, start: int, end: int) -> bool:
    """The age at `start`..`end` bounds who gets an offer or falls under a rule, and is not
    claimed as the respondent's own."""
    if not any(w in low for w in _CHEAP):
        return False
    bounded = _BOUND_AFTER.match(low, end) or _BOUND_BEFORE.search(low, 0, start)
    if bounded is None or _OFFER.search(low) is None:
        return False
    return _OWN_BEFORE.search(low, 0, start) is None

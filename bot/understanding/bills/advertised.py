"""Prices advertised or promised, set against the one the respondent actually pays.

Asked what they pay, people often quote the advertised price first and their real bill after it:
"广告上写的59，实际每月扣我99", "saw an ad for Rogers at 55 a month but mine's 90", "宣传的是69，
实际交的是109". The advertised amount is the grievance, not the bill. It is set aside only when
an amount marked as the actual or own one ("实际", "结果", "mine's", "I pay") follows it, or an
amount was said before the advert ("40 for broadband; saw an ad for 30 elsewhere"), so
"广告上写的59" alone and "59，广告上也是这么写的" keep their reading. An advertised amount asked
about ("saw an ad for 39.99, is that for new customers only?") is no bill either.
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

# An advert, a promotion or a promise, said before the amount in its sentence.
_AD = re.compile(
    r"广告|宣传|海报|传单|推销|标价|说好的|承诺|\b(?:ads?|adverts?|advertis(?:ed|ement|ing)"
    r"|billboard|flyer|commercial|promo(?:tion)?|promised)\b"
)
# What the respondent really pays, after the advertised amount.
_ACTUAL = re.compile(
    r"实际|其实|结果|真正|扣我|收我|(?:我|俺)(?:(?:自己|这边|这个|的)(?:每个?月|一个月)?[交付扣花]?"
    r"|(?:每个?月|一个月)?[交付扣花])"
    r"|\b(?:actually|really|in reality|turns out|mine(?:'s|\s+is)?|i (?:pay|get charged|am charged)"
    r"|i'm (?:paying|charged)|charged me|they charge me)\b"
    # the price as it is now, in a clause of its own: "30 in the advert, now 45"
    r"|[,，]\s*(?:but\s+|and\s+|而|可|但是?)?(?:now\b|现在|如今)"
)
_NUMBER = re.compile(
    r"\d|[一二两三四五六七八九十百]|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred)\b"
)
# An amount of money said before the advert (not a time: "2 years ago I saw an ad for 30").
_AMOUNT = re.compile(
    r"\d+(?:\.\d+)?(?![\d.]|\s*(?:years?|yrs?|months?|mos?|weeks?|days?|hours?|mins?|minutes?"
    r"|gb|mb|mbps|年|个月|月|天|周)\b)"
)
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")


def advertised_price(low: str, num: Num) -> bool:
    """The amount at `num` is an advertised or promised price, and the respondent's actual one
    is said after it ("广告上写的59，实际每月扣我99") or before the advert."""
    ends = [m.end() for m in _SENTENCE_END.finditer(low, 0, num.start)]
    ads = list(_AD.finditer(low, ends[-1] if ends else 0, num.start))
    if not ads or _ACTUAL.search(low, ads[-1].end(), num.start):
        return False
    if _AMOUNT.search(low, 0, ads[0].start()):
        return True  # "40 for broadband, 25 phone; saw an ad for 30 elsewhere": the bill first
    actual = _ACTUAL.search(low, num.end)
    if actual is None and ("?" in low[num.end :] or "吗" in low[num.end :]):
        return True  # "saw an ad for 39.99, is that for new customers only?": asks about the ad
    return actual is not None and _NUMBER.search(low, actual.end(), actual.end() + 14) is not None

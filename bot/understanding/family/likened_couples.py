"""Couple words used as a likeness, which name no couple of the respondent's.

Two people said to be close or to bicker "like a married couple" are not one: "跟车间老王搭档
二十年了，比两口子还亲", "俺俩跟老两口似的天天拌嘴", "像小两口一样", "me and my flatmate are like
an old married couple", "she's like a wife to me". The couple word follows a word of comparison
("比", "像", "跟…似的", "like a") and, in Chinese, comes before what makes it one ("还亲",
"一样", "似的"). The respondent's own couple stays: "我们两口子比谁都亲", "像我们两口子这样的"
(the comparison is of somebody else), "I like my husband".
"""

from __future__ import annotations

import re

_COUPLE_ZH = re.compile(r"两口子|俩口子|小两口|老两口|夫妻|老夫老妻|情侣")
# "比两口子还亲", "像老两口一样", "跟两口子似的", "处得跟小两口一般"
_LIKE_BEFORE_ZH = re.compile(
    r"(?:比|像|好像|就像|活像|跟|和|同|如同|好比|赛过|胜过)(?:是|个|一对|人家|亲)?\s*$"
)
_LIKE_AFTER_ZH = re.compile(r"\s*(?:还|更|都|似的|一样|一般|那样|那般|差不多)")
# "like an old married couple", "like a wife to me", "like a second husband"
_COUPLE_EN = re.compile(r"married|wife|husband|spouse|couple|missus|hubby")
_LIKE_BEFORE_EN = re.compile(r"\blike\s+an?\s+(?:old\s+|second\s+|real\s+|proper\s+)?$")


def likened(low: str, start: int, end: int) -> bool:
    """The couple word at `start`..`end` is what two people are likened to, no couple."""
    word = low[start:end]
    before = low[max(0, start - 12) : start]
    if _COUPLE_ZH.fullmatch(word):
        return bool(_LIKE_BEFORE_ZH.search(before) and _LIKE_AFTER_ZH.match(low, end))
    if "like" in before and _COUPLE_EN.match(word):
        return _LIKE_BEFORE_EN.search(before) is not None
    return False

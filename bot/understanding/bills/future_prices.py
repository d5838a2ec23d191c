"""Prices still to come, set against the one the respondent pays now.

"40 now, going up to 45 in January", "现在80，下个月要涨到95", "it'll be 50 from next month": the
bill is the amount paid now, and the announced rise is not it yet. An amount is said ahead when
a rise or a future "will be" leads up to it, or a time ahead follows it ("45 from January").
The money reader drops such amounts while another one is left.
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num
from bot.understanding.tenure.start_dates import MONTH_NAME_EN

_AHEAD_BEFORE = re.compile(
    r"\b(?:going|goes|go|set|due|about|gonna)\s+(?:to\s+)?(?:go\s+)?(?:up|down|rise|jump|increase)"
    r"\s+to\s*$"
    r"|\b(?:will|'ll|gonna|going to|is going to|set to|due to)\s+(?:be|go up to|rise to"
    r"|increase to|jump to|cost)\s*$"
    r"|\b(?:rising|increasing|jumping)\s+to\s*$"
    # the provider's rise still to come: "they'll put it up to 95", "they're bumping it up to 50"
    r"|\b(?:(?:will|'ll|gonna|going to|about to|planning to|plan to|set to|due to)\s+(?:put|bump"
    r"|hike|raise|jack|up|push|increase)|putting|bumping|hiking|raising|jacking|upping|pushing)"
    r"\s+(?:(?:it|that|the price|the bill|prices?|my bill)\s+)?(?:up\s+)?to\s*$"
    r"|(?:下个?月|明年|年后|以后|过段时间|马上|下期|月底)(?:起|开始)?[^,，。；;\d]{0,4}"
    r"(?:要|会|将|就)?(?:涨|升|调|变)(?:到|成|为)\s*$"
    r"|(?:要|会|将|准备)(?:涨|调|升)(?:到|成|为)\s*$"
)
_AHEAD_AFTER = re.compile(
    r"\s*(?:quid|pounds?|dollars?|bucks|euros?|块钱?|元)?\s*(?:a month|per month|/month)?\s*"
    r"(?:(?:from|starting|as of|after)\s+(?:next (?:month|year)|the new year|"
    + MONTH_NAME_EN
    + r")"
    r"|next (?:month|year)\b)"
)
_CUES = ("go", "will", "'ll", "gonna", "rising", "increasing", "jumping", "next", "from", "ing ")


def said_ahead(low: str, num: Num) -> bool:
    """Is the amount at `num` a price still to come ("going up to 45 in January")?"""
    if not any(cue in low for cue in _CUES) and not re.search(r"涨|调|升|变", low):
        return False
    if _AHEAD_BEFORE.search(low, max(0, num.start - 30), num.start):
        return True
    return _AHEAD_AFTER.match(low, num.end) is not None

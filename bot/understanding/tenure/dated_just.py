"""A "just joined" that comes with its month: the month dates the start, not the "just".

"今年三月份刚转网过来", "2024年5月刚办的", "just joined in March", "just switched over in March this
year": "刚" and "just" stress how new the line felt, but the month named with them says when it
began, and the time with us counts from that month (the tenure-from-a-start-month convention),
as in "上个月刚办" where the month already wins. So a "just joined" with a month named right before
it (Chinese) or right after it (English) gives no 0 of its own. A past year said right before it
("去年刚换的", "前年才装的") dates the start too: a start year, read as one when the tenure is
asked, and no 0 under another question. A "just" with no date is read as before ("刚办" is 0,
"今年刚办" too).
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated
from bot.understanding.tenure.start_dates import MONTH_NAME_EN

# A month of a year (or of this year) right before "刚", "才": "今年三月份", "2024年5月", "三月底".
_MONTH_BEFORE = gated(
    r"(?:(?:\d{2,4}|[一二三四五六七八九〇零]{2,4}|去|前|今)年\s*)?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:底|初|中旬|上旬|下旬|中|末)?"
    r"(?:的时候|那会儿?)?\s*(?:就|也)?\s*$"
    # or how long ago: "三个月前刚办的", "半年前才转过来"
    r"|(?:\d{1,2}|[一二两三四五六七八九十]{1,3}|半)个?(?:月|年)(?:前|以前|之前)\s*(?:就|也)?\s*$"
    # or a past year alone: "去年刚换的", "前年才装的", "2023年刚办的" (this year's "今年刚办"
    # says no more than "刚办")
    r"|(?:(?<!\d)\d{4}|(?<!\d)\d{2}|[一二三四五六七八九〇零]{2,4}|去|(?<!大)前|大前)年(?:底|初|中|末)?"
    r"(?:的时候|那会儿?)?\s*(?:就|也)?\s*$"
)
# An English month right after the phrase: "just joined in March", "just switched over back in
# early May this year" (a particle of the verb may come between, or what "just got" got: "just
# got connected back in May", "just got it installed in June").
_MONTH_AFTER = re.compile(
    r"(?:\s+(?:over|across|up|with\s+(?:you|you guys|your lot|them)|to\s+you"
    r"|(?:it\s+|us\s+)?(?:connected|hooked\s+up|installed|set\s+up|switched(?:\s+over)?)))?"
    r"\s+(?:back\s+)?in\s+(?:early\s+|late\s+|mid-?\s*)?" + MONTH_NAME_EN
)
# ... or "last month" later in its clause: "just switched to you last month"
_LAST_MONTH_AFTER = re.compile(r"[^,.;!?]{0,30}?\blast month\b")


def month_named(low: str, start: int, end: int) -> bool:
    """The "just joined" phrase at `start`..`end` has its start month named with it."""
    if _MONTH_BEFORE.search(low, max(0, start - 16), start):
        return True
    if "last month" in low and _LAST_MONTH_AFTER.match(low, end):
        return True
    return " in " in low and _MONTH_AFTER.match(low, end) is not None

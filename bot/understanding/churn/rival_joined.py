"""A rival already joined, said in passing under another question.

"3, just signed up with Optus" tells the respondent has gone elsewhere, and so does "3, just
joined Telstra", "2, just switched to Vodafone", "I've already moved to EE", "just went with
Three", "3, just got a Telstra sim", "3分，刚办了移动的卡", "已经转到联通了": all leave. The
rival must be named, and the move made already ("just", "already", "I've", "刚", "已经"):
"joined Telstra in 2019" and "I was with Telstra before" tell of a past provider, "just joined"
(with no rival) a start with this one, "I've got a Sky box" a thing owned, and "ported my
number over from T-Mobile" a move to us. Somebody else's move ("我哥刚换了移动", "my brother
just switched to Verizon") is theirs, left to the readers of whose words these are.
"""

from __future__ import annotations

import re


def joined_rival(rivals: str) -> re.Pattern[str]:
    """ "just joined Telstra", "I've already moved to EE" (`rivals`: the rivals' names)."""
    return re.compile(
        r"(?:\b(?:already|just)\s+|\b(?:i|we)(?:'ve|\s+have)\s+(?:(?:already|just)\s+)?)"
        r"(?:joined|switched(?:\s+over)?\s+to"
        # (not a place: "just moved to Three Rivers", "moved to Sky Valley")
        r"|moved(?:\s+over|\s+across)?\s+to(?!\s+(?:three|sky|globe|bell|smart|spectrum|glo\b"
        r"|freedom|cox|digi))"
        r"|went\s+(?:over\s+to|with)|gone\s+(?:over\s+to|with)"
        r"|ported(?:\s+(?:out|over|my number))?\s+to|signed\s+on\s+with)\s+(?:"
        + rivals
        + r")\b(?!\s+(?:before|years? ago|in \d{4}|back in)\b)"
        # a rival's line got: "just got a Telstra sim" (not "I've got a Sky box")
        r"|\b(?:already|just)\s+got\s+an?\s+(?:"
        + rivals
        + r")\s+(?:sim|plan|contract|deal|line|number|account)\b"
    )


_RIVAL_ZH = r"(?:中国)?(?:移动|联通|电信|广电)"
JOINED_RIVAL_ZH = re.compile(
    r"(?<![他她它])(?:刚刚?|已经|才)(?:去|在)?(?:办了|换了|转了|转到|换到|换成|签了|转去|换去|办好了)"
    + r"(?P<at>"
    + _RIVAL_ZH
    + r")(?:的)?(?:卡|号|宽带|套餐|手机卡|电话卡|合约)?(?!营业厅|的营业厅|客服)"
)

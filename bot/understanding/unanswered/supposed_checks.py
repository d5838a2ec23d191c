"""A look only supposed, with nobody to ask: "Mine, I'd have to check the box", "I'd need to look
at the bill", "我得看看账单才知道".

The respondent does not know the value without a look they are not taking now: a vague answer.
Going to look ("let me check the bill", "hold on, I'll check") puts the answer off instead, and a
look at somebody else's ("I'd have to check with my wife") leaves it to them (`delegated`).
"""

from __future__ import annotations

import re

_SUPPOSED = re.compile(
    r"\b(?:i'?d|i would|i'?ll|i will|i'?d|i)\s+(?:have|need|hafta|gotta)\s+(?:to\s+)?(?:check|look"
    r" at|dig out|find)\s+(?:the|my|our)\s+(?:box|router|modem|bill|bills|statement|contract"
    r"|paperwork|app|account|invoice)\b(?!\s+(?:now|first|quickly|real quick))"
    r"|(?:得|要)(?:去)?(?:看看|看一下|查查|查一下)(?:账单|合同|路由器|光猫|盒子|单子)才(?:知道|晓得|清楚)"
)


def only_supposed(said: str) -> bool:
    """The message supposes a look at a bill or a box to know the value."""
    if "check" not in said and "look" not in said and "find" not in said and "dig" not in said:
        if "看" not in said and "查" not in said:
            return False
    return _SUPPOSED.search(said) is not None

"""The respondent as our customer: "做你哋客户五年啦", "做咗你哋客户成十年", "是你们的老客户了".

The word 客户 names another person in most messages ("我一个客户说…"), but "your customer" after
"做" or "是" is the respondent: the amount of time that follows is their own time with us.
"""

from __future__ import annotations

import re

_OURS = re.compile(
    r"(?:做|当|是|系|係)(?:了|咗|过)?(?:你们|您们|贵公司|贵司)(?:家)?(?:的|嘅)?(?:老)?(?:客户|用户)"
    r"[^,，。；！？.;!?]{0,6}$"
)


def ours(low: str, start: int) -> bool:
    """The amount at `start` follows "做你们客户" in its clause: the respondent's time with us."""
    if "客户" not in low and "用户" not in low:
        return False
    return _OURS.search(low, max(0, start - 24), start) is not None

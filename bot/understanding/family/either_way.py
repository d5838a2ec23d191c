"""Yes-or-no questions said as "A-not-A": "是不是", "有没有", "对不对", "有木有".

Such a question holds both a yes ("是", "有") and a no ("不是", "没有") and states neither:
"你们是不是要推亲情号啊", "有没有亲子套餐" answer nothing. A no said twice ("不是不是", "没有没有")
is no question, and neither is a yes or no said after the question ("是不是单身？是").
"""

from __future__ import annotations

import re

_EITHER_WAY = re.compile(r"是不是|有没有?|对不对|有木有|是否")


def asked(low: str, start: int, end: int) -> bool:
    """The yes or no word at `start`..`end` is part of an A-not-A question."""
    if not ("不" in low or "没" in low or "木" in low or "否" in low):
        return False
    for m in _EITHER_WAY.finditer(low, max(0, start - 3), min(len(low), end + 3)):
        if m.start() < end and start < m.end() and not (m.start() and low[m.start() - 1] in "不没"):
            return True
    return False


# A verb split by its own "不" / "没": "结没结婚", "结不结婚", "谈没谈恋爱", "有没有对象".
_SPLIT_VERB = re.compile(r"([\u4e00-\u9fff])[不没]\1")


def topic_asked(low: str, start: int, end: int) -> bool:
    """The household word at `start`..`end` is part of an A-not-A question ("问我结没结婚",
    "管人家结不结婚"): the question states neither answer."""
    if not ("不" in low or "没" in low):
        return False
    for m in _SPLIT_VERB.finditer(low, max(0, start - 3), min(len(low), end + 2)):
        if m.start() < end and start < m.end() and not (m.start() and low[m.start() - 1] in "不没"):
            return True
    return False

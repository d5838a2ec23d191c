"""A computer or a machine as the one being told, no interest in technology.

"I don't give my age out to computers, sorry love", "not telling a computer where I live", "I
don't talk to machines about money", "我不跟电脑说这些": the device is whom the respondent will not
tell, not a pastime. One liked or built ("I love building computers", "爱玩电脑") is still an
interest. Read for the interest words only, with the clause before the word.
"""

from __future__ import annotations

import re

_TELLING_EN = (
    r"\b(?:give|giving|gives|hand|handing|tell|telling|say|saying|share|sharing|talk|talking|speak"
    r"|speaking|chat|chatting|type|typing|reveal|revealing|disclose|disclosing|send|sending|explain"
    r"|explaining|answer|answering|confide|confiding)\b"
)
_TO_BEFORE_EN = re.compile(
    _TELLING_EN + r"[^,.;!?]{0,40}?\b(?:to|with|into)\s+(?:a\s+|an\s+|some\s+|the\s+|these\s+"
    r"|those\s+|your\s+|random\s+|stupid\s+|bloody\s+|flipping\s+)*$"
    # the device told directly: "telling a computer where I live", "not telling some machine"
    r"|\b(?:tell|telling|tells|answer|answering)\s+(?:a\s+|an\s+|some\s+|the\s+|your\s+|random\s+)+$"
)
_TOLD_AFTER_ZH = re.compile(r"[^,，。!！?？]{0,6}?(?:说|讲|聊|透露|告诉|交代|汇报)")
_TO_BEFORE_ZH = re.compile(r"(?:跟|和|同|对|向|给)(?:一?个|这个?|那个?|你们?的?|冷冰冰的)?$")
_MACHINES = frozenset(
    ("computer", "computers", "ai", "electronics", "tech", "technology", "电脑", "机器", "科技")
)


def told_machine(low: str, start: int, end: int, before: str) -> bool:
    """The interest word at `start`..`end` (`before`: its clause up to it) names a device the
    respondent speaks to or will not tell, no pastime."""
    if low[start:end] not in _MACHINES:
        return False
    if _TO_BEFORE_EN.search(before):
        return True
    return _TO_BEFORE_ZH.search(before) is not None and _TOLD_AFTER_ZH.match(low, end) is not None

"""Whether one must renew, asked back: a question about the contract, no plan.

Asked whether they will stay, some ask whether renewing is needed at all: "请问是否需要续约？",
"是否必须续签？", "do I need to renew?", "am I required to renew?", "is it necessary to re-sign?".
The renewal word inside names no intention: nothing is stored, and the answer is neither vague
nor a refusal (like "续约有优惠吗？"). Said as a statement it stays a plan ("需要续约，继续用"),
and weighing the renewal ("要不要续约啊？", "should I renew?") stays unsure, read in `self_asked`.
"""

from __future__ import annotations

import re

_CHEAP = ("需", "必须", "得", "need", "have to", "required", "necessary", "got to", "obliged")
# The obligation just before the renewal word: "是否需要", "请问必须", "do I need to", "is it
# necessary to".
_NEEDED_BEFORE = re.compile(
    r"(?:是否|请问|是不是|难道)(?:还|一定)?(?:需要|必须|得|要求)(?:再|重新)?\s*$"
    r"|(?:^|[,，。!！?？\s])(?:我|我们|咱)?(?:还|一定)?(?:需要|必须|得)(?:再|重新)?\s*$"
    r"|\b(?:do|does|will|would)\s+(?:i|we|one)\s+(?:really\s+|actually\s+|still\s+)?"
    r"(?:need to|have to|got to|gotta)\s+(?:re-?)?$"
    r"|\b(?:am i|are we|is one)\s+(?:required|obliged|forced|expected|supposed)\s+to\s+$"
    r"|\bis it\s+(?:necessary|required|compulsory|mandatory|a must)\s+(?:for (?:me|us)\s+)?to\s+$"
)
# The clause closes as a question: "…续约？", "…续约吗", "…renew?".
_ASKED_AFTER = re.compile(
    r"[^,，。!！.;；]{0,24}?(?:[?？]|[吗么嘛][?？。!！\s]*(?:$|[,，]))|[^,，。!！.;；?？]{0,24}$"
)


def obligation_asked(low: str, before: str, end: int) -> bool:
    """The intention word ending at `end` (`before`: its clause so far) sits in a question
    about whether renewing is required."""
    if not any(w in before for w in _CHEAP) or _NEEDED_BEFORE.search(before) is None:
        return False
    m = _ASKED_AFTER.match(low, end)
    if m is None:
        return False
    return "?" in m.group() or "？" in m.group() or any(c in m.group() for c in "吗么嘛")

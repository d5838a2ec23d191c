"""An "if" that only asks whether a remark is of use: no condition on any plan.

People add a fact and leave it to the bot to weigh: "i pay w my discover card if that matters",
"my bill's about $90 if that's relevant", "staying, if it helps", "如果有用的话". The "if" there
qualifies the telling, not a decision, so it makes nothing "unsure" (`intentions.conditional`
passes over it); a real condition elsewhere in the message still counts.
"""

from __future__ import annotations

import re

_TAG = re.compile(
    r"\s*(?:that|it|this|any of (?:that|this|it))\s*(?:matters|helps|makes a difference|counts"
    r"|means anything|changes anything|(?:'s|’s|s|\s+is)\s+(?:at all\s+)?(?:relevant|important"
    r"|useful|needed|helpful|of (?:any )?(?:use|help)|any (?:use|help)))\b"
    r"|\s*(?:you|u|ya)\s+(?:need|wanna|want|must|care|have) (?:to )?know\b"
    r"|\s*(?:you'?re|you are|ur) (?:wondering|asking|interested|curious)\b"
    r"|\s*(?:relevant|important|useful|needed|it matters)\b"
)
_TAG_ZH = re.compile(
    r"(?:如果|要是)(?:这(?:个)?|这些)?(?:有用|有关系|重要|有帮助|用得上|算数)(?:的话)?"
)


def telling_only(low: str, start: int, end: int) -> bool:
    """The condition word at `start`..`end` ("if", "如果") opens a tag about the remark's use."""
    word = low[start:end]
    if word == "if":
        return _TAG.match(low, end) is not None
    if word in ("如果", "要是", "的话"):
        return any(m.start() <= start < m.end() for m in _TAG_ZH.finditer(low))
    return False

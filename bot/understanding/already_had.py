"""An option named in a question back, then owned: "is this about upgrading to fibre? we already
have it", "是推光纤的吗？家里早就装了".

The question alone answers nothing ("光纤多少钱？"), but a following clause that says the
respondent already has "it" takes the option just named as theirs. Somebody else having it ("my
son already has it") or not having it ("we don't have it") takes nothing.
"""

from __future__ import annotations

import re

_QUESTION_END = re.compile(r"[?？]")
_ALREADY = re.compile(
    r"[\s,，.。!！]*(?:(?:oh|well|but|and|mate|love|so)[\s,]+)?"
    r"(?:we|i)(?:'ve| have)?\s+(?:already|already got|got)\s*(?:have|got|had|on)?\s*"
    r"(?:it|that|that one|one|them)\b"
    r"|[\s,，.。!！]*(?:(?:我们?|俺|咱)?(?:家|家里)?(?:里)?)?(?:早就|早|已经|早都|都)(?:装|有|用|换|弄)(?:上|好)?了"
)


def owned_after(low: str, end: int) -> bool:
    """The question holding the option at `end` is followed by "we already have it"."""
    stop = _QUESTION_END.search(low, end)
    return stop is not None and _ALREADY.match(low, stop.end()) is not None

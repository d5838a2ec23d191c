"""An option named in a question back, then owned: "is this about upgrading to fibre? we already
have it", "是推光纤的吗？家里早就装了"; or named as the respondent's own inside a question about
somebody else ("does the bloke who installed our fibre get a say?").

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


# The respondent's own line as the object of what somebody did to it: "the bloke who installed
# our fibre", "the guy that fitted my broadband" (the question is about the person).
_DONE_TO_OWN = re.compile(
    r"\b(?:who|that)\s+(?:installed|fitted|put in|set up|connected|hooked up|wired up)\s+"
    r"(?:our|my)\s+$"
)


def owned(low: str, start: int, end: int) -> bool:
    """The option at `start`..`end` is the respondent's though a question holds it."""
    if owned_after(low, end):
        return True
    if "our " not in low and "my " not in low:
        return False
    return _DONE_TO_OWN.search(low, max(0, start - 40), start) is not None

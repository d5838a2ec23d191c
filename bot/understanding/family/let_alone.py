"""A household word after "let alone": denied by the denial before it.

"don't even own a car yet let alone kids", "can barely look after myself, let alone a child",
"not even married, never mind kids", "连自己都养不活，更不用说孩子了": the first part denies
something smaller, and "let alone" carries the denial on to the word after it. Without a denial
before, the words are no denial ("I've got my hands full with work, never mind the kids" keeps the
kids: nothing there is denied), and "not to mention" adds rather than denies.
"""

from __future__ import annotations

import re

_LET_ALONE_BEFORE = re.compile(
    r"\b(?:let alone|never ?mind|much less|still less)\s+(?:(?:any|a|an|the|having|raising"
    r"|supporting|feeding)\s+)*$"
    r"|(?:更别说|更不用说|更别提|别说|何况)(?:是|有|养|要)?\s*$"
)
# A denial, or something barely managed, before "let alone" in the same sentence.
_DENIAL = re.compile(
    r"\b(?:don'?t|doesn'?t|didn'?t|can'?t|cannot|couldn'?t|won'?t|haven'?t|hasn'?t|isn'?t|aren'?t"
    r"|not|no|never|barely|hardly|scarcely|without)\b"
    r"|没|不|连[^,，。]{1,12}?都"
)
_SENTENCE_END = re.compile(r"[.!?。！？]")


def denied(low: str, start: int) -> bool:
    """The word at `start` follows "let alone" after a denial in its sentence."""
    if not any(w in low for w in ("alone", "mind", "less", "别", "不用", "何况")):
        return False  # cheap: every such phrase holds one of these
    m = _LET_ALONE_BEFORE.search(low, max(0, start - 40), start)
    if m is None:
        return False
    ends = [e.end() for e in _SENTENCE_END.finditer(low, 0, m.start())]
    return _DENIAL.search(low, ends[-1] if ends else 0, m.start()) is not None

"""Words mentioned as words, not used: "my phone keeps turning spouse into spice".

People complain about autocorrect and typing in the middle of an answer. The word being changed
or typed says nothing about the respondent: "autocorrect changed husband to hub" has no husband
in it. A topic word right after a verb of changing or typing and right before "into" or "to" (the
word it became) is such a mention; "my kids turned my room into a playroom" and "my wife changed
to EE" use theirs. So is a word whose meaning is asked about: "partner mean business partner or
husband?", "对象是指老婆吗？" (but "my husband means well" states a husband, and "I'm married,
is that what you mean?" offers one).
"""

from __future__ import annotations

import re

# The verb that takes the word as its object: "turning spouse", "changed husband", "typing wife".
_CHANGE_BEFORE = re.compile(
    r"\b(?:turn|turns|turned|turning|change|changes|changed|changing|correct|corrects|corrected"
    r"|correcting|autocorrects?|autocorrected|autocorrecting|swap|swaps|swapped|swapping|typing"
    r"|typed|types|spell|spells|spelt|spelled|spelling)\s+$"
)
# What it became: "into spice", "to hub", "as hubs".
_BECAME_AFTER = re.compile(r"(?:'s)?\s+(?:in)?to\b|(?:'s)?\s+as\s+[a-z]+\b")


# A question about what a word means, within one sentence that ends in a question mark.
_MEANING = re.compile(r"\b(?:mean|means|meaning|as in)\b(?!\s+well)|是指|指的是|啥意思|什么意思")
_SENTENCE_END = re.compile(r"[.!。！\n]")
_QUESTION_END = re.compile(r"[^.!?。！？\n]*[?？]")


def mentioned(low: str, start: int, end: int) -> bool:
    """The word at `start`..`end` is named as a word that was changed or typed, or whose meaning
    is asked about."""
    if (
        _CHANGE_BEFORE.search(low, max(0, start - 16), start) is not None
        and _BECAME_AFTER.match(low, end) is not None
    ):
        return True
    question = _QUESTION_END.match(low, start)
    if question is None:
        return False
    begin = max((m.end() for m in _SENTENCE_END.finditer(low, 0, start)), default=0)
    begin = max(begin, low.rfind("?", 0, start) + 1, low.rfind("？", 0, start) + 1)
    meaning = _MEANING.search(low, begin, question.end())
    # ("I'm married, is that what you mean?": a statement offered as the answer, then checked)
    return meaning is not None and _OFFERED.search(low, end, meaning.start()) is None


# A clause of its own that checks the statement before it: ", is that what you mean".
_OFFERED = re.compile(
    r"[,，;；]\s*(?:so\s+)?(?:is that|is this|that's|was that)\s+(?:what|the one|who)\s+you"
)

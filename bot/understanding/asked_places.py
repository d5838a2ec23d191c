"""Cities the respondent asks about or means to move to, rather than lives in.

Asked where they live, some answer with a question about the service somewhere else: "is there
coverage in Hobart? thinking of moving there", "do you cover Geelong?", "你们在大理有光纤吗？".
A city inside such a question is asked about, not given as the home; nor is a city that a later
"moving there" / "搬过去" points back to as the next move. A city said as an answer beside the
question still counts ("Hobart. is there coverage in Hobart?" opens with it, and "I'm in Leeds,
do you cover Leeds?" says it outright: the first mention is not inside the question).
"""

from __future__ import annotations

import re

# Words of the service being on offer there: coverage, availability, an install ("is the signal
# good in Hobart?" asks how it is where they are, not whether it is there).
_SERVICE = re.compile(
    r"\b(?:cover|covers|covered|coverage|available|availability|operate|offer|provide"
    r"|(?:get|have|install)\s+(?:fibre|fiber|nbn|broadband|internet|service))\b"
    r"|覆盖|能装|可以装|能办|可以办|有(?:没有)?(?:光纤|宽带|服务|网点|营业厅)"
)
# The respondent already there: "we just moved here", "我们刚搬来".
_HERE_AFTER = re.compile(
    r"\b(?:moved|live|living|based|settled|staying)\s+(?:over\s+|out\s+)?here\b|搬来|住这"
)
# The clause around a city, up to the question mark that ends it.
_QUESTION_BEFORE = re.compile(r"[^,.;!?，。；！？\n]*$")
_QUESTION_AFTER = re.compile(r"[^,.;!?，。；！？\n]*[?？]")
_ZH_QUESTION_AFTER = re.compile(r"[^,.;!?，。；！？\n]*?(?:吗|么|没有|不)\s*(?:[?？，,。.]|$)")
# Asking words that open the question ("is there", "do you", "can I get", "你们在…有…吗").
_ASKING = re.compile(
    r"^\s*(?:and\s+|but\s+|so\s+)?(?:is|are|do|does|can|could|will|would|any|have)\b"
    r"|你们|有没有|能不能|可不可以"
)
# The respondent's next move pointing back to a city just named: "thinking of moving there",
# "打算搬过去" (not somebody else's: "my mum wants to move there too").
_MOVING_THERE = re.compile(
    r"(?:^|[,.;!?]\s*|\b(?:and|but|so)\s+)(?:i'?m\s+|i am\s+|we'?re\s+|we are\s+|i\s+|we\s+)?"
    r"(?:thinking (?:of|about)|planning (?:on|to)|plan to|hoping to|want(?:ing)? to|might|may"
    r"|gonna|going to|considering|about to)\s+(?:be\s+)?(?:moving|move|relocating|relocate)"
    r"\s+(?:over\s+|out\s+|down\s+|up\s+)?there\b"
    r"|(?:^|[,，。.;；!！?？]\s*|我|我们|俺|咱们)(?:也|都|正|还)?"
    r"(?:想|打算|准备|计划|考虑)(?:要)?搬(?:过去|去那|到那)"
)
_MARKS = ("?", "？", "吗", "there", "搬")


def asked_about(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is inside a question about the service there, or the place a
    later "moving there" points to; the first mention of the city counts ("Leeds. do you cover
    Leeds?" answers)."""
    if not any(mark in low for mark in _MARKS):
        return False
    if _HERE_AFTER.search(low, end):
        return False
    if _MOVING_THERE.search(low, end):
        return True
    before = _QUESTION_BEFORE.search(low, 0, start)
    opening = before.group() if before else ""
    if not _ASKING.search(opening):
        return False
    after = _QUESTION_AFTER.match(low, end) or _ZH_QUESTION_AFTER.match(low, end)
    if after is None:
        return False
    return bool(_SERVICE.search(opening) or _SERVICE.search(after.group()))

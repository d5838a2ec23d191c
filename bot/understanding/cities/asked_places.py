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
    r"|(?:get|have|install)\s+(?:fibre|fiber|nbn|broadband|internet|service|5g|4g))\b"
    r"|覆盖|能装|可以装|能办|可以办|有(?:没有)?(?:光纤|宽带|服务|网点|营业厅)"
)
# The respondent already there: "we just moved here", "我们刚搬来".
_HERE_AFTER = re.compile(
    r"\b(?:moved|live|living|based|settled|staying)\s+(?:over\s+|out\s+)?here\b|搬来|住这"
)
# The clause around a city, up to the question mark that ends it.
_QUESTION_BEFORE = re.compile(r"[^,.;!?，。；！？\n]*$")
# (a word of address may close the question: "do you cover Swansea, butt?")
_QUESTION_AFTER = re.compile(r"[^,.;!?，。；！？\n]*(?:,\s*[a-z']+\s*)?[?？]")
_ZH_QUESTION_AFTER = re.compile(r"[^,.;!?，。；！？\n]*?(?:吗|么|没有|不)\s*(?:[?？，,。.]|$)")
# Asking words that open the question ("is there", "do you", "can I get", "你们在…有…吗").
_ASKING = re.compile(
    r"^\s*(?:and\s+|but\s+|so\s+)?(?:is|are|do|does|can|could|will|would|any|have)\b"
    r"|你们|有没有|能不能|可不可以"
    # said without the auxiliary, or reported: "You all cover Johor Bahru or not?", "he's
    # asking if you cover Brighton", "wondering whether you lot operate in Hull"
    r"|^\s*(?:you|u|y'?all|you all|you guys|you lot|una)\s+(?:cover|operate|reach|serve)\b"
    r"|\b(?:ask(?:s|ed|ing|in'?)?|wonder(?:s|ed|ing|in'?)?|know|check(?:s|ed|ing)?)\s+"
    r"(?:if|whether)\s+(?:you|u|y'?all|you all|you guys|you lot|una|your company)\b"
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
_MARKS = ("?", "？", "吗", "there", "搬", "if", "whether")
# A question reported, which needs no question mark ("he's asking if you cover Brighton").
_REPORTED = re.compile(r"\b(?:if|whether)\b")
_CLAUSE_AFTER = re.compile(r"[^,.;!?，。；！？\n]*")


# The city as the topic of a question whether the service is there: "南昌有5G不", "大理有没有
# 光纤？", "成都能装宽带吗" (not "我在南昌，有5G吗": placed there first).
_HAS_SERVICE_ZH = re.compile(
    r"\s*(?:那边|那儿|那里|这边|现在)?(?:有没有|有|能不能装|能装|可以装|能办|通没通|通了没)"
    r"(?:5g|4g|光纤|宽带|信号|网络?|服务|营业厅)(?:吗|么|不|没有?|没)?\s*(?:[?？]|(?<=[吗么不没有])(?:[,，。]|$))"
)


def asked_about(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is inside a question about the service there, or the place a
    later "moving there" points to; the first mention of the city counts ("Leeds. do you cover
    Leeds?" answers)."""
    if "有" in low[end : end + 6] or "装" in low[end : end + 8] or "通" in low[end : end + 6]:
        opening = low[:start].rsplit("，", 1)[-1]
        if _HAS_SERVICE_ZH.match(low, end) and not re.search(r"[在住]\s*$|我|俺", opening):
            return True  # "南昌有5G不": whether the service reaches the city, asked
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
    if after is None and _REPORTED.search(opening):
        after = _CLAUSE_AFTER.match(low, end)  # "asking if you cover Brighton because …"
    if after is None:
        return False
    return bool(_SERVICE.search(opening) or _SERVICE.search(after.group()))

"""Declining to say again what was already said elsewhere: a refusal.

"I've said it all to your call centre already, not going through it again", "told your support
all this already, not repeating myself", "投诉电话里都讲过了，懒得再讲", "跟客服反映过N次了，不想
再重复" turn the question down: the answer was given to somebody else and is not given here.

"Going through it again" also means living it again ("the install was a nightmare, not going
through that again" is a complaint), so that phrase needs the telling before it ("said",
"told", "complained", "说过", "反映过"); "not repeating myself" and "懒得再讲" say it alone. A
message that names a fault of the service while declining ("told them three times the router
keeps dropping, not going through it again") has given its answer and is no refusal.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, SERVICE

_CHEAP = ("again", "repeat", "再", "重复")

# Turned down outright: repeating it.
_REPEATING = re.compile(
    # (Nigerian Pidgin "I no wan repeat myself": "no wan" is "don't want to")
    r"\b(?:not|won'?t|will not|ain'?t|am not|i'?m not|not gonna|not going to|refuse to|no wan(?:t)?"
    r"|don'?t want to|do not want to|sick of|tired of|fed up (?:of|with))\s+(?:be\s+)?"
    r"repeat(?:ing)?\s+(?:myself|it|that|this|all (?:that|this|of it)|everything|the whole"
    r" (?:thing|story))\b"
    r"|(?:懒得|不想|不愿意?|不会)再(?:重复|说|讲|提|解释)(?:一遍|一次|一回|了|啦|吧)*"
    r"|不(?:想|愿意?)(?:再)?重复(?:一遍|一次)?(?:了|啦)?"
)
# Turned down after the telling: going over it again.
_AGAIN = re.compile(
    r"\b(?:not|won'?t|will not|ain'?t|i'?m not|not gonna|not going to|don'?t want to"
    r"|do not want to)\s+(?:go(?:ing)?|get(?:ting)?)\s+(?:through|over|into)\s+(?:it|that|this"
    r"|all (?:that|this|of it)|everything|the whole (?:thing|story))(?:\s+all)?"
    r"\s+(?:again|twice|another time|one more time)\b"
)
_TOLD = re.compile(
    r"\b(?:said|told|explained|complained|reported|raised|logged|been through)\b"
    r"[^.!?]{0,60}?\b(?:already|before|(?:\w+|\d+) times|many times|loads of times|countless)\b"
    r"|\balready\s+(?:said|told|explained|complained|reported|raised|logged|been through)\b"
    r"|(?:说|讲|反映|投诉|提|解释|反馈)(?:了)?(?:过|了)(?:[^,，。]{0,6}(?:次|遍|回))?"
)


def declined_repeat(low: str) -> list[re.Match[str]]:
    """The refusals to say again what was said elsewhere, when nothing else in the message names
    the service or a fault of it."""
    if not any(w in low for w in _CHEAP):
        return []
    found = list(_REPEATING.finditer(low))
    if _TOLD.search(low):
        found += [m for m in _AGAIN.finditer(low) if _TOLD.search(low, 0, m.start())]
    if not found:
        return []
    rest = low
    for m in [*found, *_TOLD.finditer(low), *_TO_WHOM.finditer(low)]:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    # (having complained is the telling, no fault: "投诉电话里都讲过了")
    rest = _COMPLAINED.sub(" ", rest)
    if FAULT.search(rest) or any(s.group() not in _YOU for s in SERVICE.finditer(rest)):
        return []  # "told them twice already that the bill is wrong, not repeating myself"
    return found


_COMPLAINED = re.compile(r"投诉|\bcomplain\w*")
# Whom it was told to: "your call centre", "跟客服".
_TO_WHOM = re.compile(
    r"(?:跟|和|给|向|对)?(?:你们)?(?:的)?(?:客服|热线|营业厅|工作人员|人工|客户经理|电话里?)"
    r"|\b(?:your|the)?\s*(?:customer care|customer service|customer support)\b"
    r"|\b(?:your|the)\s+(?:call cent(?:re|er)|customer service|customer support|support(?: team)?"
    r"|helpline|hotline|help ?desk|staff|agents?|reps?|people|team|shop|store)\b"
)
_YOU = frozenset(("you", "your", "你们"))

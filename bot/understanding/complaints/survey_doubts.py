"""Open answers that doubt the survey or lose the question, and name nothing wrong.

Asked for a complaint, people ask back whether the answers go anywhere ("do you actually pass
these on to anyone or is it just a box ticking thing?", "你们真的会把这些转给谁吗？还是走个形式？")
or tell what just distracted them and ask what the question was ("sorry mate the dog just ran
off with my shoe, what'd you ask?", "刚才狗叼走了我的鞋，你问的啥？"). Neither is a complaint
about the service: the open answer stays unfilled. A fault named beside them ("is this just box
ticking? the signal drops every night", "sorry what'd you ask? the signal is terrible") is a
complaint all the same.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, SERVICE

_CHEAP = ("pass", "box", "tick", "show", "formality", "形式", "过场")
# Whether the answers are passed on, or only a formality, asked back. (Whom they are passed to,
# "会转给谁吗？", is read by `complaint_voices.asks_who_reads`, beside it.)
_DOUBT = re.compile(
    r"\b(?:do|does|will|would|did|are)\s+(?:you|u|ya|you guys|y'all|they|anyone|anybody|someone)"
    r"\s+(?:\w+\s+){0,2}?(?:pass|send|forward|hand)(?:ing)?\s+(?:this|these|that|it|them"
    r"|my (?:answers?|feedback|comments?|complaints?)|any of (?:this|it))\s+(?:on|along|up)\b"
    r"(?:\s+to\s+(?:anyone|anybody|someone|somebody|the \w+|management|head office))?"
    r"|\b(?:does|will|would|is)\s+(?:this|it|any of (?:this|it))\s+(?:\w+\s+){0,2}?(?:get|be)\s+"
    r"passed\s+(?:on|along)\b(?:\s+to\s+(?:anyone|anybody|someone|somebody))?"
    r"|\b(?:or\s+)?(?:is|isn'?t)\s+(?:this|it|that)\s+(?:all\s+)?(?:just\s+)?(?:a\s+)?"
    r"(?:box[- ]?ticking|tick[- ]?(?:the[- ])?box(?:ing)?|formality|for show)"
    r"(?:\s+(?:thing|exercise))?"
    r"|(?:还是|是不是|就是|只是|不就是)?(?:走走?|走个)(?:过场|形式)(?:而已)?(?:吧|吗|么|嘛)?"
)
# What the question was, asked at the end: "what'd you ask?", "what did you say?", "你问的啥？"
_LOST_END = re.compile(
    r"(?:\bwhat(?:'d| did| were)\s+(?:you|u|ya)\s+(?:just\s+)?(?:ask|say|asking|saying)(?:\s+me)?"
    r"|\bsorry,?\s+what was that"
    r"|(?:你|您)?(?:刚才?|刚刚)?(?:问|说)(?:的|了)?(?:是)?(?:啥|什么|哪个)(?:问题)?(?:来着)?)"
    r"(?:\s*(?:again|来着|呢|啊|呀))*[\s?!.~…]*$"
)
_LOST_CHEAP = ("what", "啥", "什么", "哪个")
_QUESTION = re.compile(r"\?|吗|么|嘛")
_YOU = frozenset(("you", "your", "你们", "您", "你", "您们"))


def doubts_only(low: str) -> bool:
    """The whole answer asks whether it is passed on or only a formality, or asks what the
    question was after some chatter, and names no fault of the service."""
    if any(w in low for w in _CHEAP):
        found = list(_DOUBT.finditer(low))
        if found and _QUESTION.search(low):
            rest = low
            for m in reversed(found):
                rest = rest[: m.start()] + " " + rest[m.end() :]
            if _nothing_wrong(rest):
                return True
    if any(w in low for w in _LOST_CHEAP):
        lost = _LOST_END.search(low)
        if lost is not None and _nothing_wrong(low[: lost.start()]):
            return True
    return False


def _nothing_wrong(text: str) -> bool:
    """`text` names no fault and no part of the service (the asker, "you", is no part)."""
    if FAULT.search(text):
        return False
    return all(m.group() in _YOU for m in SERVICE.finditer(text))

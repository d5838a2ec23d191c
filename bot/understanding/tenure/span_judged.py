"""A time with us judged with no length: asked how long they have been a customer, the respondent
only says it is too long.

"too long 😂", "way too long lol", "been with you far too long", "longer than I care to
remember", "太久了", "用得太久了哈哈": the tenure is answered, but with no number, so the answer is
vague. Read only under the tenure question and only when no value was found ("too long, 12
years" gives its 12 years). The judgement is the whole clause, with at most the time with us
before it, so a wait or a thing judged ("the contract's too long", "等客服等太久了", "took too
long to fix") is no answer. Searched only when a cheap literal is in the message.

The time with us only measured against another span is no length either: "married 12 years, with
u guys less than that", "住了十年，用你们没那么久" (but "with you less than a year" is a length).
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"too long|longer than|太久|太长|than that|as long|那么久|这么久|那么长")

_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"
_OPENS = r"(?:^|(?<=[,.;!?，。！？…]))\s*"
_END_EN = (
    r"(?=\s*(?:(?:lol|haha|mate|honestly|tbh|really|man|seriously|ngl|now|already)\b[\s,]*)*"
    r"(?:$|[,.;!?…]|" + _EMOJI + r"))"
)
_END_ZH = r"(?=(?:了|啊|呀|哦|吧|呢|啦|哈|嘛|的)*\s*(?:$|[,，。.!！~…]|" + _EMOJI + r"))"

_SPAN_JUDGED = re.compile(
    _OPENS + r"(?:(?:honestly|god|ugh|oh|well|lol|haha|um+|erm)[,\s]+)*"
    # the time with us, at most, before it: "been with you too long", "I've been here too long"
    r"(?:(?:i'?ve |we'?ve |i have |we have )?been (?:with (?:you|u|ya|you guys|you lot) |here "
    r"|a customer |on it )?(?:for )?)?"
    r"(?:(?:way|far|much|wa+y|a bit|a little|slightly|a lot)\s+)?"
    r"(?:too (?:bloody |damn )?long|longer than (?:i(?:'d| would)? (?:care|like|want) to"
    r" (?:remember|admit|think about)|i can (?:remember|recall)))"
    + _END_EN
    + r"|"
    + _OPENS
    + r"(?:(?:都|已经|真的?|实在)?(?:用|待|呆)?(?:了|得)?)?(?:太久|太长时间|太长)"
    + _END_ZH
)


# "with u guys less than that", "been with you not as long", "用你们没那么久"
_SET_AGAINST = re.compile(
    r"\b(?:with (?:you|u|ya|ye|you guys|u guys|you lot)|been a customer)\s+"
    r"(?:(?:a bit|a lot|a little|much|way|quite a bit)\s+)?"
    r"(?:less|shorter|not (?:as|that) long)(?: than that| as that)?"
    + _END_EN
    + r"|(?:用|跟|在)(?:你们|您们)(?:这|家)?(?:边)?(?:的?时间)?(?:倒|可|就)?"
    r"(?:没有?|不到)(?:那么|这么)(?:久|长)"
)


def span_judged(low: str) -> bool:
    """The (lower-cased) message only judges the time with us, as a clause of its own, or
    measures it only against another span."""
    if _TRIGGER.search(low) is None:
        return False
    return _SPAN_JUDGED.search(low) is not None or _SET_AGAINST.search(low) is not None

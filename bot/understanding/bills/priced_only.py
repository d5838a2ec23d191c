"""A price judged with no amount: asked what they spend, the respondent only says it is too dear.

"way too much for what it is 😩", "too much for what you get", "it's a rip-off", "overpriced
tbh", "more than it's worth", "太贵了", "贵死了", "真的太贵了，不值": the spend is answered, but
with no number, so the answer is vague. Read only under the spend question and only when no
amount was found ("way too much for what it is, about £60" and "太贵了，一个月两百" give their
amount). The judgement opens its clause, so a price said of somebody else ("my mum's is a
rip-off") or of a thing named before it ("the roaming is a rip-off") is no answer. Searched only
when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(
    r"much|rip|price|worth|robbery|extortion|expensive|pricey|dear|more than|贵|不值"
)

_OPENS = r"(?:^|[,.;!?，。！？]\s*)"
_END_EN = (
    r"(?=\s*(?:(?:lol|haha|mate|honestly|tbh|really|man|seriously|imo|ngl)\b[\s,]*)*"
    r"(?:$|[,.;!?…]))"
)
_END_ZH = r"(?=(?:了|啊|呀|哦|吧|呢|啦|哈|嘛|的)*\s*(?:$|[,，。.!！~…]))"

_PRICED = re.compile(
    _OPENS + r"(?:(?:honestly|frankly|ugh|oh|well|mate|lol|um+|erm|god)[,\s]+)*"
    r"(?:(?:it'?s|its|it is|that'?s|it costs?(?: me| us)?|costs?(?: me| us)?|(?:i|we) pay)\s+)?"
    r"(?:(?:way|far|much|wa+y|a bit|a little|slightly|massively|seriously)\s+)?"
    r"(?:too (?:much|expensive|pricey|dear)|more than (?:it'?s worth|it should be|i'?d like)"
    r"|overpriced|extortionate|a rip[- ]?off|daylight robbery|highway robbery)"
    r"(?:\s+for what (?:it is|you get|i get|we get|it does|they give you))?"
    + _END_EN
    + r"|"
    + _OPENS
    + r"(?:真的?|实在|也|就是|反正|感觉|挺|太)*"
    r"(?:太贵|贵死|死贵|贵得(?:要命|离谱|要死|吓人|很)|贵(?:的)?离谱|不值(?:这个价|那么多钱|这个钱)?)"
    + _END_ZH
)


def price_judged(low: str) -> bool:
    """The (lower-cased) message only judges the price, as a clause of its own."""
    return _TRIGGER.search(low) is not None and _PRICED.search(low) is not None

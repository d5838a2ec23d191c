"""A request to repair the respondent's own service, said under the complaint question.

Asked what they are unhappy with, some answer by asking for the repair: "can you fix my
internet?", "could someone sort my wifi out", "can you sort out my broadband?", "能不能帮我修一下
网？", "网什么时候能修好？". A request to mend the line says it is broken: the whole text is the
complaint, though it is put as a question (which `open_answers.asks_back` would take for one
asked back) and though a repair is named (which `settled_gripes` would take for a fault mended).
The thing to mend must be one that breaks (the internet, wifi, line, signal, router); a request
about the account ("can you fix my bill date?", "能不能帮我改一下账单日期？", "can I change my
plan?") and a question about the survey ("is this going to someone who can actually fix
things?") are no such request. A repair told as done ("they fixed my internet", "修好了") is
not asked for.
"""

from __future__ import annotations

import re

_CHEAP_EN = ("fix", "repair", "sort", "working", "look at", "sorted")
_CHEAP_ZH = ("修", "弄好", "搞好", "整好", "弄一下", "搞一下")

_THING_EN = (
    r"(?:internet|wi-?fi|broadband|(?:phone |land ?|fixed |fibre |fiber |dsl )?line|connection"
    r"|signal|reception|router|modem|network|nbn|fib(?:re|er)|speeds?|data|coverage|dsl|cable"
    r"|landline|hotspot|mobile|phone|service)"
)
_OWN = r"(?:my|our|the|this|me|us|my home|our home)\s+(?:\w+\s+){0,2}?"
# Someone asked to mend it: "can you fix my internet?", "could someone sort my wifi out",
# "please fix the line", "when will you fix my connection?", "get my internet working again".
_ASKED_EN = re.compile(
    r"(?:\b(?:can|could|would|will|when will|when are|when're|is|are|pls|please|plz)\b"
    r"|^)[^.!?]{0,30}?\b(?:fix|repair|sort out|sort|look at|get)\s+(?:out\s+)?"
    + _OWN
    + _THING_EN
    + r"\b(?:\s+(?:out|sorted|fixed|working|going|back(?: on| up)?))?"
)
# Told as done or refused, not asked: "they fixed my internet", "you never fix the line".
_NOT_ASKED_EN = re.compile(
    r"\b(?:fixed|repaired|sorted)\s+(?:it|my|our|the)\b|\b(?:never|didn't|did not|don't|won't"
    r"|can't|cannot)\s+(?:\w+\s+)?(?:fix|repair|sort)\b|\bbill\w*|\baccount\b|\baddress\b"
    r"|\bname\b|\bpayment\b|\bdate\b"
)
_THING_ZH = r"(?:网|宽带|路由器?|光猫|信号|线路|电话|座机|光纤|猫)"
# "能不能帮我修一下网？", "可以帮我修下宽带吗？", "网什么时候能修好？", "能帮我把网弄好吗？",
# "你们能派人来修一下路由器吗", "麻烦尽快来修宽带".
_ASKED_ZH = re.compile(
    r"(?:能不能|能否|可不可以|可以|能|麻烦|请|帮我|帮忙|派人|什么时候|啥时候|几时|何时|快点|赶紧|尽快)"
    r"[^,，。!！]{0,12}?(?:修|弄好|搞好|整好)"
    r"|" + _THING_ZH + r"[^,，。!！]{0,6}?(?:什么时候|啥时候|几时|何时|能不能|能否|可不可以)"
    r"[^,，。!！]{0,4}?(?:修|弄好|搞好|整好)"
)
_ASK_END_ZH = re.compile(r"[吗么嘛呢啊呀][?？!！。\s]*$|[?？]|麻烦|请|帮我|尽快|赶紧|快点")
_NOT_ASKED_ZH = re.compile(
    r"(?:修好|弄好|搞好|整好|修)了|修过|没修好|账单|地址|名字|套餐|日期|扣费"
)


def asks_repair(low: str) -> bool:
    """The message asks someone to mend the respondent's internet, line or signal."""
    if any(w in low for w in _CHEAP_EN):
        m = _ASKED_EN.search(low)
        if m is not None and not _NOT_ASKED_EN.search(low):
            return True
    if any(w in low for w in _CHEAP_ZH) and re.search(_THING_ZH, low):
        return (
            _ASKED_ZH.search(low) is not None
            and _ASK_END_ZH.search(low) is not None
            and not _NOT_ASKED_ZH.search(low)
        )
    return False

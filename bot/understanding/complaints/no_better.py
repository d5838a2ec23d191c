"""Answers to the complaint question that judge the provider no better than another one.

"Not much" and "better than my last provider" are each phrases of an answer with nothing to
complain about ("not much really", "you're better than my last provider"). Together, and with
"no", "hardly" or "not any" before "better", they say the opposite: the provider is as bad as the
one the respondent left ("you're not much better than my last provider", "no better than BT",
"你们也没比以前那家好多少", "比移动也强不到哪去", "跟之前那家一样烂"). That is a grievance about the
service now, so the whole answer is the complaint. A comparison with the service's own past ("not
much better than before", "比以前好点了") names no other provider and is not read here; nor is
"not much different from my old one", which may be praise as well as a gripe.
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES

# The other provider: a former one or a rival by name.
_OTHER_EN = (
    r"(?:(?:my|our|the)\s+(?:old|previous|last|former|other|ex)\s+(?:provider|network|carrier"
    r"|company|isp|operator|supplier|one|lot|crowd|mob)|the (?:last|other) (?:one|lot)"
    r"|(?:" + RIVAL_NAMES + r")\b)"
)
_OTHER_ZH = (
    r"(?:(?:以前|之前|原来|过去|上一)?(?:用的)?(?:那家|那个运营商|家)|移动|联通|电信|广电|别家|上一家"
    r"|以前|之前|原来)"
)
_NO_BETTER = re.compile(
    # "not much better than my last provider", "no better than BT", "hardly any better than…"
    r"\b(?:not (?:much|any|a lot|that much|a whole lot|really|a bit|one bit)|no|hardly(?: any)?"
    r"|barely(?: any)?|scarcely(?: any)?|little|nae|nowt|none the)\s+better\s+than\s+"
    + _OTHER_EN
    # "just as bad as my old provider", "every bit as useless as Virgin"
    + r"|\b(?:just|every bit|equally|about) as (?:bad|rubbish|useless|crap|awful|terrible|poor"
    r"|unreliable|slow|expensive) as\s+"
    + _OTHER_EN
    # "没比以前那家好多少", "也没比移动强到哪去"
    + r"|没(?:有)?比"
    + _OTHER_ZH
    + r"[^,，。!！?？]{0,3}?(?:好|强|稳|快|便宜)(?:多少|到哪|哪去|到哪里?去?"
    r"|到哪儿去?|哪里去)"
    # "比移动也强不到哪去", "比原来那家好不了多少"
    r"|比"
    + _OTHER_ZH
    + r"[^,，。!！?？]{0,3}?(?:也|都|还)?(?:好|强|稳|快)(?:不到哪|不了多少|不到哪里|不到哪儿)"
    # "跟之前那家一样烂", "和联通一个德性"
    r"|(?:跟|和|同)" + _OTHER_ZH + r"(?:一样|一个样|一个德性|差不多)(?:烂|差|坑|垃圾|不靠谱|慢|贵"
    r"|(?=德性))|(?:跟|和)" + _OTHER_ZH + r"半斤八两"
)
_CHEAP = ("better", " as ", "比", "跟", "和", "同")


def no_better(low: str) -> bool:
    """The answer judges the provider no better than a former or rival one."""
    return any(w in low for w in _CHEAP) and _NO_BETTER.search(low) is not None

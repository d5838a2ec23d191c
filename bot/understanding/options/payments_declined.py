"""Ways of paying named and then declined, or named of another payee: not the respondent's.

Asked how they pay, people name a way of paying as a topic and deny using it after it: "信用卡我
可不敢整，都是儿子给交", "信用卡我不用", "支票俺从来不用". Or they name what another payee takes:
"my church takes card for tithes lol but for y'all I just pay at the kiosk", "the shop accepts
cards". Neither is how the bill is paid. Near misses keep the option: "信用卡我用得多", "信用卡，我
不用现金", "you take card, right? I pay by card", "I pay by card".
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Entry, Hit

_PAYMENT = frozenset({"credit_card", "bank_transfer", "electronic_check", "mailed_check"})
# After the option, the respondent denies using it: "我可不敢整", "我不用", "俺从来不用".
_DENIED_AFTER = re.compile(
    r"\s*(?:我|俺|咱)?(?:可|也|从来|从|都|根本|一般|一直|压根)*"
    r"(?:不敢|不会|不用|没用过|不使|不整|不碰|不办|不弄|没办过)(?:用|整|弄|碰|办|使)?"
    r"(?=$|[,，。!！~…]|了|的|呢|啊)"
)
# Another payee that takes it: "my church takes card", "the shop accepts cards".
_TAKES_BEFORE = re.compile(
    r"\b(?:my |the |our )?(?!you\b|y'?all\b|u\b)[a-z']+\s+(?:takes?|accepts?|only takes?)\s+"
    r"(?:a\s+)?$"
)
_YOU = re.compile(
    r"\b(?:you|y'?all|u|ya)\s+(?:guys\s+)?(?:takes?|accepts?|only takes?)\s+(?:a\s+)?$"
)


def declined_or_theirs(low: str, hit: Hit, entry: Entry) -> bool:
    """The way of paying at `hit` is denied after it or taken by another payee."""
    if entry.value not in _PAYMENT:
        return False
    if _DENIED_AFTER.match(low, hit.end):
        return True
    before = low[max(0, hit.start - 30) : hit.start]
    return _TAKES_BEFORE.search(before) is not None and _YOU.search(before) is None

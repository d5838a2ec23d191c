"""A question about which end of the rating scale is the good one: it rates nothing.

"几分最好来着", "5分是最好还是最差？", "1分是最好吗", "最高是几分", "what's 5 again, best or
worst?", "is 1 the best?", "which end is good?", "higher is better?", and the guess put for a
yes ("5分是最好对吧？", "5是满分对吧", "5 is the best right?", "so 5 is top marks?",
"1 being worst right?"): the words "最好" / "best" / "worst" and the numbers inside such a
question are no rating (but "5分，最好的" and "the best, 5" rate). Read for the sentence a
rating word or number stands in; searched only when a cheap literal is in it.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"最|满分|best|worst|highest|lowest|better|which|top|max")

_ASKS_END = re.compile(
    r"(?:几|多少)(?:分|星)?(?:是|算)?最(?:好|高|差|低)|最(?:好|高|差|低)(?:的)?(?:是|算)(?:几|多少)"
    r"|最(?:好|高|差|低)还是最(?:好|高|差|低)"
    r"|(?:\d|[一二三四五])(?:分|星)?(?:是|算)(?:最(?:好|高|差|低)|好还是差|满分)(?:的)?(?:吗|么|嘛|吧)"
    # a guess put for a yes: "5分是最好对吧？", "5是满分对吗", "五分最高是吧"
    r"|(?:\d|[一二三四五])(?:分|星)?(?:就?是|算)?(?:最(?:好|高|差|低)|满分)(?:的)?[,，]?"
    r"(?:对吧|是吧|对吗|是吗|对不对|是不是|对不|没错吧)"
    r"|哪(?:个|头|边|一头)(?:是|算)?最(?:好|高|差|低)"
    r"|\b(?:best|highest|top) or (?:worst|lowest|bottom)\b|\b(?:worst|lowest) or (?:best|highest)\b"
    r"|\bis (?:\d|one|five|ten) (?:the )?(?:best|worst|highest|lowest|top|bottom)\b"
    # "5 is the best right?", "1 is the worst, right?", "so 5 is top marks?", "5 = max yeah?"
    r"|\b(?:\d|one|five|ten) (?:is|means|=|being|bein|as) (?:the )?"
    r"(?:best|worst|highest|lowest|top|bottom|max|maximum)\b(?: marks?| score| one| rating)?"
    r"(?:,? (?:right|yeah|yes|correct|yea|ya|innit|eh)\b"
    r"|\s*\?)"
    r"|\bwhich (?:one |end |number |way )?(?:is|means) (?:the )?(?:best|worst|good|bad|highest"
    r"|lowest)\b|\b(?:is )?(?:higher|lower) (?:is )?better\s*\?"
)


def asks_which_end(sentence: str) -> bool:
    """The (lower-cased) sentence asks which end of the rating scale is the good one."""
    return _TRIGGER.search(sentence) is not None and _ASKS_END.search(sentence) is not None

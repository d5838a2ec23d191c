"""Refusals out of embarrassment: the respondent is too shy to say it.

"年纪大了不好意思说", "这个不好意思讲啦", "说不出口", "embarrassing, I'd rather not say" decline
the asked question: the embarrassment is the reason, the last words keep the value back. Only as
the last words of the message: "不好意思说一下，我28" and "不好意思，说实话我38" go on to answer
(an apology, then the value), "不好意思说他" tells of somebody else, and "客服态度差，我都不好意思
说" is a gripe made stronger, not a refusal. Searched only when a cheap
literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"不好意思|出口|embarrass")

_SHY = re.compile(
    r"(?<!都)(?<!真)不好意思(?:跟你们?|和你们?|给你们?|对你们?)?(?:说|讲|告诉你们?|讲出来|说出来|开口|说出口|讲出口)"
    r"(?:了|啦|呢|哈|啊|呀|嘛|哦)*(?=[。.!！~…\s]*[^\u4e00-\u9fffa-z0-9]*$)"
    r"|(?<!都)(?:说|讲)不出口(?:了|啦|呢|哈|啊|呀|嘛|哦)*(?=[。.!！~…\s]*[^\u4e00-\u9fffa-z0-9]*$)"
    r"|\b(?:too )?embarrass(?:ing|ed)(?: to say)?,? (?:i'?d|i would) rather not"
    r" (?:say|tell|share)\b"
)


def shy_refusals(low: str) -> list[re.Match[str]]:
    """Every refusal out of embarrassment in the (lower-cased) message."""
    if _TRIGGER.search(low) is None:
        return []
    return list(_SHY.finditer(low))

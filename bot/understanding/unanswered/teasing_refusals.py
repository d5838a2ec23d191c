"""Refusals said in play, kept apart from `refusals` (near its size limit).

A secret kept with the verb split ("年龄嘛，保个密😏", "住哪儿？保一下密哈", "保点密"), and a no
said twice as the last words ("性别也要问啊？不说不说", "不讲不讲~", "不告诉你不告诉你"). A
doubled no inside a clause that goes on ("客服不说不说地拖着") describes somebody else, and one
followed by more words ("不说不说，我36") leaves the value to be read after it. In English, the
asker told off in play: "never you mind 😂", "wouldn't you like to know" (not "never mind, I'm
34": the question let go, then answered). Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"保|不")
_EN_TRIGGER = re.compile(r"you mind|like to know")

_TEASING_EN = re.compile(
    r"\b(?:never you mind|(?:wouldn'?t|would not|wouldnt) (?:you|u|ya) like to know)"
    # (ending its clause: not "wouldn't you like to know why it drops every night")
    r"(?=\s*(?:$|[,.!?;…]|lol\b|haha\b|mate\b|love\b|darling\b|pal\b))"
)

_TEASING = re.compile(
    # the secret kept, split by a measure word: "保个密", "保一下密", "保下密", "保点儿密"
    r"保(?:个|一个|一下|下|点儿?)密"
    # a no said twice, ending the message: "不说不说", "就不说就不说", "不讲了不讲了"
    r"|(?:^|(?<=[,，。？?!！~～…\s]))(?:我|俺)?(?:就)?不(?P<verb>说|讲|答|告诉你|告诉您|聊|填|写)"
    r"(?:了|啦|嘛)?[,，~～\s]*(?:我|俺)?(?:就)?不(?P=verb)"
    r"(?=[了啦嘛哈呀啊~～!！。.…\s]*[^\u4e00-\u9fffa-z0-9]*$)"
)


def teasing_refusals(low: str) -> list[re.Match[str]]:
    """Every playful refusal in the (lower-cased) message."""
    found = list(_TEASING_EN.finditer(low)) if _EN_TRIGGER.search(low) else []
    if _TRIGGER.search(low) is None:
        return found
    return found + list(_TEASING.finditer(low))

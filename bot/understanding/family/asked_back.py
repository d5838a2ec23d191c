"""A topic word inside an A-not-A question put back to the bot: "你问我是不是单身？是".

"是不是单身" holds a "不" that belongs to the question, not to the word: it denies nothing. The
reply said after the question decides: "是" confirms the word ("是不是单身？是": single),
"不是" turns it round ("是不是结婚了？不是": not married), and no reply states nothing.
"""

from __future__ import annotations

import re

from bot.understanding import replies

_QUESTION_BEFORE = re.compile(r"(?:是不是|是否)$")
_QUESTION_END = re.compile(r"[^,，。.!！?？]{0,4}?(?:吗|呢|啊|吧)?\s*[?？,，。]\s*")

_REPLY = re.compile(
    r"(?:(?P<no>不是|不对|没有|没|不)|是|对|嗯|有)(?:的|啊|呀|哦|滴)?(?=$|[\s,，。.!！~～])"
)


def in_question(low: str, start: int) -> bool:
    """Does the topic word at `start` follow "是不是" (a question, not a denial)?"""
    return "是" in low and _QUESTION_BEFORE.search(low, 0, start) is not None


def reply_after(low: str, end: int) -> bool | None:
    """The yes or no said after the question ending past `end`, or None when there is none."""
    found = _QUESTION_END.match(low, end)
    if found is None or found.end() >= len(low):
        return None
    reply = _REPLY.match(low, found.end())
    if reply is None:
        return replies.leading_yes_no(low[found.end() :])
    return reply.group("no") is None

"""A child word put back to the bot as a question and answered with the respondent's own youth:
"kids? I'm 22 mate", "孩子？我才二十二", "孩子？我还小呢". The echoed word names nobody, and the
youth says nothing either way about children (but "kids? I'm 40, two of them" still counts the
two that follow, read apart).
"""

from __future__ import annotations

import re

_ECHO_THEN_YOUTH = re.compile(
    r"\s*[?？]+\s*(?:(?:lol|haha|mate|what)[,!.\s]*)?"
    r"(?:(?:i'?m|i am)\s+(?:only\s+|just\s+|barely\s+|still\s+)?(?:\d{1,2}|too young|young"
    r"|a kid myself)\b(?!\s*(?:kids|children|of them))"
    r"|(?:我|俺)(?:才|还|刚|今年才|今年)(?:\d{1,2}|[一二三四五六七八九十]{1,3}|小|年轻))"
)
_OPENING = re.compile(r"^\s*(?:(?:what|huh|哈|啥)[,，!！?？\s]*)?$")


def echoed_with_youth(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` opens the message as a question answered with the
    respondent's own young age."""
    return _OPENING.match(low[:start]) is not None and _ECHO_THEN_YOUTH.match(low, end) is not None

"""A place-word echoed back as a puzzled question: no answer of a city.

"Reading? what's that", "Nice? never heard of it", "Bath?? huh", "大理？那是哪儿", "南宁？没听说过":
the respondent repeats a word, puzzled, and names no home. Not "Leeds? yeah, Leeds" (a
confirmation) nor "Leeds? why do you ask" (still a reply about the place, read elsewhere).
"""

from __future__ import annotations

import re

# Before the echoed word only an opening noise: "uh Reading?", "'Nice'?".
_OPENING = re.compile(r"\s*(?:(?:uh+|um+|er+|erm|hmm+|huh|eh|sorry|wait)[,.!]*\s+)?['\"“]?")
_PUZZLED_EN = re.compile(
    r"['\"”]?\s*\?+[!?\s]*(?:what(?:'?s| is) (?:that|this|it)\b|what\?|what do you mean"
    r"|never heard|i'?ve never heard|i have never heard|huh\b|is that a (?:place|town|city)"
    r"|where(?:'?s| is) that|what(?:'?s| is) (?:a|an) \w+)"
)
_PUZZLED_ZH = re.compile(
    r"\s*[?？]+\s*(?:那是|是)?(?:啥|什么|哪儿|哪里|哪|谁)|\s*[?？]+\s*(?:没听说|没听过|从没听)"
)


def echoed(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` opens the answer and is asked back, puzzled ("Reading?
    what's that")."""
    if "?" not in low[end : end + 4] and "？" not in low[end : end + 4]:
        return False
    if not _OPENING.fullmatch(low, 0, start):
        return False
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        return _PUZZLED_ZH.match(low, end) is not None
    return _PUZZLED_EN.match(low, end) is not None


_HEAD = re.compile(r"[^?？,.!，。]{1,30}(?=\s*['\"”]?\s*[?？])")


def echoed_answer(low: str) -> bool:
    """The whole answer opens with a word asked back, puzzled ("reading? what's that"), whether
    or not the word is a known city's."""
    if "?" not in low and "？" not in low:
        return False
    head = _HEAD.match(low)
    return head is not None and echoed(low, head.start(), head.end())

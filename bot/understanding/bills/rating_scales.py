"""Numbers of a rating scale, which are never money.

Asked what they pay, some rate the service instead, or beside the amount: "i'd give it 4 out of
5", "3 outta 10", "7/10", "五分里打四分", "10分里给7分", "满分5分我打4分". Both the score and the
top of its scale belong to the rating: neither is an amount, so "4 out of 5" gives no spend of 5.
An amount beside the rating keeps its reading ("about 45, service is 4 out of 5" → 45), and
"out of" that counts no points is no scale ("45 out of my pocket", "I pay 60, out of 5 people
in the house").
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

_CHEAP = ("out of", "outta", "/", "分", " of ", "star")
_WORD_NUM = r"(?:\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|half)"
# The score, before its scale: "4 out of 5", "7/10", "3 outta 10".
_SCORE_AFTER = re.compile(
    r"\s*(?:out of|outta|/|of)\s*(?:5|10|100|five|ten|a hundred)\b(?!\s*(?:people|of|in|times)\b)"
)
_TOPS = frozenset((5, 10, 100))
# The top of the scale, after the score: "out of 5" after "4", "满分5分", "五分里", "10分制".
_TOP_BEFORE = re.compile(r"\b" + _WORD_NUM + r"\s*(?:out of|outta|/|of)\s*$|满分(?:是|为)?\s*$")
_TOP_AFTER_ZH = re.compile(r"\s*分(?:里|中|之中|当中|制|为满分|满分|的话)")
_TOP_AFTER_EN = re.compile(
    r"\s*(?:stars?\b|being the (?:best|top|highest)\b|is (?:the )?(?:best|top|highest)\b)"
)
# The score in Chinese, after the scale was set: "五分里打四分" (the 四 of 打四分).
_GIVEN_BEFORE_ZH = re.compile(r"分(?:里|中|制|满分)?[^,，。]{0,4}(?:打|给|评)\s*$")


def on_a_scale(low: str, num: Num) -> bool:
    """The number at `num` is a score or the top of its rating scale."""
    if not any(w in low for w in _CHEAP):
        return False
    before = low[max(0, num.start - 16) : num.start]
    if _SCORE_AFTER.match(low, num.end):
        return True
    if _TOP_BEFORE.search(before) and num.value in _TOPS:
        return True
    if _TOP_AFTER_ZH.match(low, num.end) or _TOP_AFTER_EN.match(low, num.end):
        return True
    return _GIVEN_BEFORE_ZH.search(before) is not None and low.startswith("分", num.end)

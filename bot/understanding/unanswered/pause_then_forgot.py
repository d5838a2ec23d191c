"""A pause to think that ends in a memory given up: a vague answer, not one put off.

"我想想啊…跟我老婆结婚那年办的，哪年来着，记不得了" and "let me think... nope, can't remember" open
by holding the conversation, which alone would read as an answer still to come. But the thinking
was done in the message: it ends in the respondent not remembering, which answers the question
without a value. Read only when the asked slot found no value, and only when the memory is given
up after the pause (a pause after it, "记不清了，我想想", still puts the answer off).
"""

from __future__ import annotations

import re

_PAUSE = re.compile(r"我想想|让我想想|容我想想|想一下|\b(?:let me|lemme) think\b")
_FORGOT = re.compile(
    r"记不得|记不清|记不住|想不起来?|忘了|忘记了"
    r"|\bcan'?t (?:remember|recall)\b|\b(?:don'?t|do not) (?:remember|recall)\b|\bforgot(?:ten)?\b"
)
# (still going: "记不得了，我去查查", "can't remember, I'll check")
_LOOKING = re.compile(r"查|翻|看看|问问|回头|等[下会我]|\b(?:check|look|ask|get back)\b")


def thought_and_forgot(low: str) -> bool:
    """The message pauses to think and then says the respondent does not remember."""
    pause = _PAUSE.search(low)
    if pause is None:
        return False
    forgot = _FORGOT.search(low, pause.end())
    if forgot is None:
        return False
    tail = low[forgot.end() :]
    return _PAUSE.search(tail) is None and _LOOKING.search(tail) is None

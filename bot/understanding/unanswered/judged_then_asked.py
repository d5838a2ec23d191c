"""A mild judgement opening an answer, then a question: "还可以，到期不续约会怎样？".

"还可以" or "还行" alone is a shrug, a vague answer. Said first and followed by a question to the
bot, it rates the service so far while the respondent asks what they want to know before
answering: the answer is a question, not a hedge, so it is not vague (and gives no value).
"""

from __future__ import annotations

import re

_MILD = frozenset(("还行", "还可以", "还好", "一般般", "凑合"))
# the judgement's own clause ends ("还可以吧，"), then a question closes the answer
_ASKED_AFTER = re.compile(
    r"\s*(?:吧|啊|呀|哦|吧啊)?\s*[,，。]\s*[^,，。.!！;；]{2,30}?(?:[?？]|吗)\s*[?？]*\s*$"
)


def rates_before_question(low: str, m: re.Match[str]) -> bool:
    """The vague phrase `m` is a mild judgement opening the answer, and a question follows."""
    return (
        m.group() in _MILD
        and not low[: m.start()].strip()
        and _ASKED_AFTER.match(low, m.end()) is not None
    )

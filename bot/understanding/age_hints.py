"""An age hinted at, with no number: a vague answer to the age question.

"老了老了", "年纪大喽", "一把年纪了", "比那时候老多了", "不年轻了"; "now... older lol", "not getting
any younger", "married 50 years, if that gives you an idea", "you do the math", "over the hill".
The respondent answers with how old they feel or a clue to work it out from; no value is given.
Read only when the age was asked and no age was found.
"""

from __future__ import annotations

from bot.understanding.literal_gates import split_gated

_HINTS = split_gated(
    r"老了|老喽|老啦|老咯|老多了|上了年纪|一把年纪|不年轻了|老骨头"
    # (said of oneself, not asked about: "岁数大的有优惠不")
    r"|(?:年纪|岁数)(?:大|不小)(?:了|喽|啦|咯|啰)"
    # English: older and no more ("now... older lol", not "when i'm older", "older than")
    r"|(?<!when )(?<!till )(?<!until )(?<!once )\b(?:now|i'?m|im|i am|getting|much|lot|bit)"
    r"\W{1,6}older\b(?!\s+(?:than|brother|sister))"
    r"|\bnot getting any younger\b|\bno spring chicken\b|\bover the hill\b"
    r"|\bgetting on (?:a bit|in years)\b"
    r"|\bif that gives you (?:an|a|some) (?:idea|clue|hint)\b|\byou do the math"
    r"|\bthat should give you (?:an|a|some) (?:idea|clue|hint)\b|\bold enough\b"
)


def hinted_only(low: str) -> bool:
    """The message hints at the respondent's age without a number (read when none was found)."""
    return _HINTS.search(low) is not None

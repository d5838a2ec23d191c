"""An age hinted at, with no number: a vague answer to the age question.

"老了老了", "年纪大喽", "一把年纪了", "比那时候老多了", "不年轻了"; "now... older lol", "not getting
any younger", "married 50 years, if that gives you an idea", "you do the math", "over the hill";
a working life and the age it began at ("干了三十二年，十八岁就进的厂"), another's age and the gap
to it.
The respondent answers with how old they feel or a clue to work it out from; no value is given.
Read only when the age was asked and no age was found.
"""

from __future__ import annotations

import re

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
    r"|\bif that (?:tells|says) you (?:anything|something)\b|\bthat tells you (?:something|a lot)\b"
)
# A sum left to the asker: the years of a working life and the age it began at ("在厂里干了三十二
# 年，十八岁就进的厂").
_YEARS_SINCE = re.compile(
    r"(?:干|做|工作|上班|待|呆|种地|教书|开车|跑车)了[\d一二三四五六七八九十两几]+多?年"
)
_AGE_THEN = re.compile(
    r"岁(?:就|便|才|刚)?(?:进|来|到|出|参加|开始|入|嫁|结|当|上)|岁(?:那年|的时候|时)"
)


# A sum left to the asker: a partner's or a sibling's age and the gap to the respondent's ("我跟我
# 对象差3岁，他今年27", "she's 3 years older than me, she's 40").
_GAP = re.compile(
    r"(?:差|相差|比我(?:大|小)|大我|小我)\s*[\d一二三四五六七八九十两俩]+\s*岁"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) years? (?:older|younger) than me\b"
)
_OTHER_NUMBER = re.compile(r"\d+|[一二三四五六七八九十]{2,3}")


def _gap_and_age(low: str) -> bool:
    gap = _GAP.search(low)
    if gap is None:
        return False
    rest = low[: gap.start()] + " " + low[gap.end() :]
    return _OTHER_NUMBER.search(rest) is not None


def hinted_only(low: str) -> bool:
    """The message hints at the respondent's age without a number (read when none was found)."""
    if _HINTS.search(low) is not None:
        return True
    if ("差" in low or "我" in low or "than me" in low) and _gap_and_age(low):
        return True
    return "岁" in low and bool(_YEARS_SINCE.search(low) and _AGE_THEN.search(low))

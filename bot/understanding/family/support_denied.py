"""Support denied: the people one might provide for, named only to say there are none.

A support verb ("养", "照顾", "look after") is the respondent's dependent only when somebody is
there to be supported. Denied in a modifier ("没有要养的老人", "no one I need to look after") or
in the people it is about ("没老人要我养", "家里没什么人要我管", "no one who needs me to look
after them"), it says there is nobody (but "没办法，孩子要我养" and "no one else can look after my
mum" still have someone).
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

# "没有要养的老人": denied in a modifier of the topic word.
_NEGATED_MODIFIER = re.compile(
    r"(?:没有|没|无)(?:需要|要|得)?(?:我)?(?:养|照顾|供|抚养|赡养|负担|管|操心)的\s*$"
)
# "没老人要我养", "也没谁需要我照顾", "家里没有老人要养" (the verb "要养" read as one word): the
# people denied, then what they would need of the respondent (not "没钱还要我养", where only money
# is lacking; nor "没娃 老婆怀孕了": a space ends the denial, and a wife follows).
_NEGATED_PEOPLE_ZH = re.compile(
    r"(?:没有|没|无)(?:什么|啥|别的|其他)?(?:人|谁|老人|孩子|小孩|娃|父母|爸妈|老的|小的|家人|亲人"
    r"|长辈|哪个|老的小的)(?:(?:需要|要|得|靠|让|指望)(?:我|俺)?(?:来)?)?$"
)
# "no one who needs me to look after them" (not "no one else can look after my mum").
_NEGATED_PEOPLE_EN = re.compile(
    r"\b(?:no ?one|no-one|nobody)\s+(?:(?:who|that)\s+)?(?:needs?|wants?|expects?|relies on"
    r"|depends on|asks?)\s+(?:me|us)\s+to\s+$"
)


def denied(low: str, start: int) -> bool:
    """The support word at `start` is said of people the clause before it denies."""
    before = clause_before(low, start)
    if "没" not in before and "无" not in before and "no" not in before:
        return False  # cheap: every denial here has one of these
    return bool(
        _NEGATED_MODIFIER.search(before)
        or _NEGATED_PEOPLE_ZH.search(before)
        or _NEGATED_PEOPLE_EN.search(before)
    )

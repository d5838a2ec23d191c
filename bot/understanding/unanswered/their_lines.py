"""Whether a bandwidth said under the line question is the respondent's own, answered.

A bandwidth with no kind of line ("100兆够用了", "the 500 meg one") is a vague answer to which line
the respondent has. One that is not theirs answers nothing, and is no vague answer either:

- weighed up, not had: "在纠结要不要换千兆", "thinking of getting 500mb";
- somebody else's line, outside the household: "我隔壁装了千兆，网速快得很", "我朋友家是千兆光纤，
  网速绝绝子", "my neighbour has 500 meg", "my parents have 100mb at their place". A partner's or a
  child's at home is the household's ("我儿子给装的300兆" stays vague), and a hedge said besides
  is still one ("my neighbour has fiber, no idea what we've got").
"""

from __future__ import annotations

import re

from bot.understanding import others

# (a bandwidth only weighed up answers nothing: "在纠结要不要换千兆", "thinking of getting 500mb")
_WEIGHED_BEFORE = re.compile(
    r"(?:要不要|该不该|是否|考虑|纠结|想)(?:换|装|办|升级|改)(?:成|到|个)?\s*$"
    r"|\b(?:whether to|thinking of|considering|want to|wanna)\s+(?:get(?:ting)?|switch(?:ing)? to"
    r"|upgrad(?:e|ing) to)\s+(?:a\s+|the\s+)?$"
)


def own_bandwidth(said: str, low: str, start: int) -> bool:
    """The bandwidth at `start` of `said` (`low` with its questions blanked) is the respondent's
    line, said as had: not weighed up, not somebody else's."""
    if _WEIGHED_BEFORE.search(said, 0, start):
        return False
    return not others.said_of_other(low, start, household=False)

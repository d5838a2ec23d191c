"""Whether a partner's time with us, or a line set up for the respondent, is the household's.

A partner's years ("my wife's had it 5 years", "我老公用了十年") are shared with the respondent
when nothing else is said: the line is the household's. When the respondent then tells their own
line apart, with no amount of their own ("我老伴儿那张卡用了快二十年了，我自个儿的是后办的，多久
记不清了", "my husband's been with you 20 years, mine came later, no idea when"), the partner's
years are theirs alone and the respondent's time is left unsaid.
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.options import delegated

# A later clause that opens on the respondent's own line: "我自个儿的", "我自己的是", "俺的呢",
# "mine", "my own", "as for me" (not "我自己也用了十年", which shares it).
_OWN_APART = re.compile(
    r"[,，。;；!！.]\s*(?:(?:but|and|though)\s+)?(?:我|俺)(?:自个儿?|自己)?的(?:卡|号|那张|那个)?"
    r"(?:是|呢|嘛|倒是|就|则)"
    r"|[,，。;；!！.]\s*(?:(?:but|and|though)\s+)?(?:mine|my own(?: line| one| number)?|as for me)"
    r"\b(?!\s+(?:too|as well|also)\b)"
)


def shared(low: str, start: int) -> bool:
    """The amount of time at `start` is the partner's, or a line set up for the respondent, and
    the household's; not when the respondent's own line is told apart after it."""
    if not (others.said_of_partner(low, start) or delegated.set_up_for_me(low, start)):
        return False
    return _OWN_APART.search(low, start) is None

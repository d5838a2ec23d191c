"""Option words that name no option the respondent has now.

Three readings, each cheap to rule out: "nothing" qualifying another word ("month to month,
nothing fancy", "nothing special") denies no internet service; an option said of the old days
("十来年了，那会儿还是拨号上网", "back then it was still DSL") is no longer the respondent's; and an
option another provider offers ("别家一百块能办千兆", "the other lot are doing gigabit for 30") is
the rival's, not what the respondent has. The rival words are those of `rival_prices`, which
reads the same clauses for amounts.
"""

from __future__ import annotations

import re

from bot.understanding.rival_prices import rival_before

# "nothing fancy", "nothing too special", "nothing out of the ordinary"
_NOTHING_QUALIFIED = re.compile(
    r"\s+(?:(?:too|very|that|all that|really|particularly|super)\s+)?"
    r"(?:fancy|special|flash|posh|exciting|major|unusual|out of the ordinary|complicated|extra)\b"
)
# the old days, said with "still": "那会儿还是拨号", "当时还用的电话线",
# "back then it was still DSL"
_BACK_THEN = re.compile(
    r"(?:那会儿?|那时候?|那阵子?|当时|当年|早年|早些年|最早)[^,，。]{0,4}?还(?:是|在用|用的?是?)\s*$"
    r"|\bback then\b[^,.;!?]{0,20}?\bstill\s+(?:on\s+)?$"
)


def not_held(low: str, start: int, end: int, before: str) -> bool:
    """The option word at `start`..`end` qualifies nothing the respondent has now."""
    word = low[start:end]
    if word == "nothing" and _NOTHING_QUALIFIED.match(low, end):
        return True
    if ("还" in before or "back then" in before) and _BACK_THEN.search(before):
        return True
    return rival_before(low, start)

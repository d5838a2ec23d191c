"""Option words that name no option the respondent has now.

Three readings, each cheap to rule out: "nothing" qualifying another word ("month to month,
nothing fancy", "nothing special") denies no internet service; an option said of the old days
("十来年了，那会儿还是拨号上网", "back then it was still DSL") is no longer the respondent's; and an
option another provider offers ("别家一百块能办千兆", "the other lot are doing gigabit for 30") is
the rival's, not what the respondent has. The rival words are those of `rival_prices`, which
reads the same clauses for amounts. A landline's phone line, said while the broadband is not known
("家里有座机 老式电话线的 宽带的话没注意是啥"), is the telephone's.
"""

from __future__ import annotations

import re

from bot.understanding.bills.rival_prices import rival_before

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
    if _LANDLINE.search(low) and _BROADBAND_UNKNOWN.search(low) and _LINE_WORD.search(word):
        return True  # "家里有座机 老式电话线的 宽带的话没注意是啥": the landline's wire
    return rival_before(low, start)


# A landline's wire said while the broadband is not known: the phone line is the telephone's.
_LANDLINE = re.compile(r"座机|固话|固定电话|家里电话|\b(?:landline|home phone|house phone)\b")
_LINE_WORD = re.compile(r"电话线|铜线|\b(?:phone line|telephone line|copper)\b")
_BROADBAND_UNKNOWN = re.compile(
    r"(?:宽带|网)[^,，。]{0,6}?(?:没注意|没留意|不知道|不清楚|不记得|搞不清|唔知|唔清楚)"
    r"|\b(?:broadband|internet)\b[^,.;!?]{0,24}?\b(?:no idea|not sure|dunno|don'?t know)\b"
)

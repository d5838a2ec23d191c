"""A question about the survey, then a real complaint: the complaint stands.

`open_answers.asks_back` takes a short message asking whether anyone reads the answers, or how
long the survey is, for no answer. When the rest names a fault of the respondent's own service,
the question was only a preface: "will anyone actually read this? the wifi has been terrible",
"真的有人看吗？网速慢死了", "is this going anywhere? my broadband drops every night". The whole text
is the complaint. Still no answer: "哪方面？网速还是师傅？我邻居说你们师傅挺好的" (the rest is
somebody else's word, and praise), "will anyone read this? just curious" (nothing wrong named).
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, SERVICE, about_other
from bot.understanding.complaints.repair_asked import asks_repair
from bot.understanding.unanswered.vague import without_questions

# Bad words said of the service ("the wifi has been terrible", "信号太烂").
_BAD = re.compile(
    r"差|烂|垃圾|不行|不好|坑|太次|\b(?:terrible|awful|rubbish|useless|bad|poor|horrible|crap|crappy"
    r"|worst|shocking|dreadful|appalling|pathetic|garbage|trash|shite?|dire|atrocious)\b"
)
# (a clause ending in a question mark is one more question: "网速？价格？客服？")
_CLAUSES = re.compile(r"[^,.!;:，。！；：~…?？]+(?P<asked>\s*[?？])?")
_ADDRESSED = frozenset(("you", "your", "你们"))


def complains_after(low: str) -> bool:
    """The questions set aside, a clause names the respondent's own service and a fault of it,
    or the question itself asks for a repair of it ("can you fix my internet?")."""
    if asks_repair(low):
        return True
    if "?" not in low and "？" not in low:
        return False
    rest = without_questions(low)
    clauses = [m.group() for m in _CLAUSES.finditer(rest) if not m.group("asked")]
    return rest != low and any(_gripe(c) for c in clauses if c.strip())


def _gripe(clause: str) -> bool:
    if about_other(clause):
        return False
    # (the service named: "got a fare waiting" has a fault word and no service)
    named = any(m.group() not in _ADDRESSED for m in SERVICE.finditer(clause))
    return named and (FAULT.search(clause) is not None or _BAD.search(clause) is not None)

"""Words of the monthly plan that name how a bill goes, not the kind of contract.

"month to month" and "月租" are the month-to-month contract in the lexicon ("I'm on month to
month", "月租的，没签"). After a verb of change they tell how an amount goes: "it varies month to
month", "it changes from month to month", "different month to month"; and "月租" followed by its
rise or its price is the monthly fee ("合约期一过月租说涨就涨", "月租又涨了", "月租太贵"). Those
words lose their contract reading; any other slot they fill keeps its own.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

_MONTHLY = "month_to_month"
# A verb or word of change right before "month to month": "varies (from) month to month".
_CHANGING_BEFORE = re.compile(
    r"\b(?:var(?:y|ies|ied|ying)|chang(?:e|es|ed|ing)|fluctuat(?:e|es|ed|ing)|differ(?:s|ent)?"
    r"|goes up and down|go up and down|up and down|jumps? around|swings?|bounces? around)\s+"
    r"(?:a lot\s+|quite a bit\s+|a bit\s+)?(?:from\s+)?$"
)
# After "月租": its rise, fall or price ("月租说涨就涨", "月租又涨了", "月租太贵").
_FEE_AFTER = re.compile(
    r"(?:费)?\s*(?:说|就|又|也|都|还|偷偷|一下子?|直接|动不动就?|年年|每年|突然)*"
    r"(?:涨|降|上调|加价|翻倍|贵|便宜|太高|太贵)"
)


def kept_kinds(hits: list[Hit], low: str) -> list[Hit]:
    """`hits` without the contract reading of words that tell how a bill goes."""
    if not ("month to month" in low or "month-to-month" in low or "月租" in low):
        return hits
    out: list[Hit] = []
    for hit in hits:
        if any(e.value == _MONTHLY for e in hit.entries) and _bill_way(low, hit):
            hit.entries = [e for e in hit.entries if e.value != _MONTHLY]
            if not hit.entries:
                continue
        out.append(hit)
    return out


def _bill_way(low: str, hit: Hit) -> bool:
    word = low[hit.start : hit.end]
    if word.startswith("month"):
        return _CHANGING_BEFORE.search(low, max(0, hit.start - 40), hit.start) is not None
    return word == "月租" and _FEE_AFTER.match(low, hit.end) is not None

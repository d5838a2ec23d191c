"""A bare negator that only denies the option right after it.

"没有" is itself an option's word (the internet question's `none`: "没有", "家里没有"), but right
before another option of the same question it negates that option and says no more: "用的ADSL，
老房子没有光纤进来" has DSL and no fiber, not no internet at all ("没得光纤" in southwestern
speech reads the same). When another option of the slot stands undenied, such a negator is no
value of its own; alone ("家里没有光纤") it is left as it was read.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Entry, Hit
from bot.understanding.options.bare_negators import BARE

# What may stand between the negator and the option it denies: a verb of putting in, a measure.
_GAP = re.compile(r"\s*(?:装|拉|接|通|开通|办|用)?(?:过|上)?(?:个|什么|啥)?\s*")


def only_denies_next(low: str, cands: list[tuple[Hit, Entry]]) -> list[tuple[Hit, Entry]]:
    """Drop a bare negator read as an option when it only negates the next option and another
    option stands undenied."""
    bare = [
        i
        for i, (hit, _) in enumerate(cands[:-1])
        if not hit.negated and low[hit.start : hit.end] in BARE
    ]
    if not bare:
        return cands
    drop = set()
    for i in bare:
        hit, entry = cands[i]
        nxt, nxt_entry = cands[i + 1]
        if not (nxt.negated and nxt_entry.value != entry.value):
            continue
        if not _GAP.fullmatch(low, hit.end, nxt.start):
            continue
        if any(
            not h.negated and not h.past and e.value != entry.value
            for k, (h, e) in enumerate(cands)
            if k not in (i, i + 1)
        ):
            drop.add(i)
    return [c for k, c in enumerate(cands) if k not in drop]

"""A negation carried through a list of options of one multiple-choice slot.

A negation reaches the first option after it; a list joined to that option by "and", "or",
"nor", "和", "或", "跟", "、" is negated with it: "I don't like sports or shopping", "不喜欢运动和
逛街", "不喜欢运动、逛街", "not into sports, gaming or shopping". A new verb or clause between two
options ends the list ("I don't like sports but love shopping", "不喜欢运动，喜欢逛街", "I don't
like sports and I love shopping"), and so does a comma in a list that no coordinator closes
("I don't like sports, shopping is fine").
"""

from __future__ import annotations

import dataclasses

from bot.understanding.lexicon import Hit
from bot.understanding.normalize import Text

# Words that join the items of a list (Chinese ones are read as their characters).
_JOINERS = frozenset("and or nor 和 或 或者 跟 与 及 以及 、".split())
_COMMAS = frozenset((",", "，"))


def _joined(gap: list[str]) -> tuple[bool, bool]:
    """(the words between two options join them as a list, a coordinator is among them)."""
    said = "".join(w for w in gap if w not in _COMMAS) if gap else None
    if said is None:
        return False, False
    words = " ".join(w for w in gap if w not in _COMMAS).split()
    if not said:
        return True, False  # commas only
    if said in _JOINERS or (len(words) == 1 and words[0] in _JOINERS):
        return True, True
    return False, False


def carried(hits: list[Hit], text: Text, slot: str) -> list[Hit]:
    """`hits` with the options of `slot` listed after a negated one of it negated too."""
    mine = [i for i, h in enumerate(hits) if any(e.slot == slot for e in h.entries)]
    if len(mine) < 2 or not any(hits[i].negated for i in mine):
        return hits
    words = [t.text for t in text.tokens]
    out = list(hits)
    run: list[int] = [mine[0]]  # indices of the current list, in `hits`
    closed = False  # a coordinator joined the run's last two items
    for i in mine[1:]:
        gap = words[hits[run[-1]].last + 1 : hits[i].first]
        joined, closed_here = _joined(gap)
        if joined:
            run.append(i)
            closed = closed_here
            continue
        _negate(out, run, closed)
        run, closed = [i], False
    _negate(out, run, closed)
    return out


def _negate(hits: list[Hit], run: list[int], closed: bool) -> None:
    """Negate every item of the list `run` whose first item is negated, when the list is closed
    by a coordinator (an open comma list may start a new statement)."""
    if len(run) < 2 or not hits[run[0]].negated or not closed:
        return
    for i in run[1:]:
        if not hits[i].negated:
            hits[i] = dataclasses.replace(hits[i], negated=True)

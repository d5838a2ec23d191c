"""Two ages, a relative's and then the respondent's own: the own one is the age.

"有一个儿子，30岁，我55", "儿子上大学了，20岁，我45": an age that opens a clause of its own, right
after a clause about another person, goes on about that person; an age the respondent then states
of themselves ("我55", "我自己42") is theirs. Without such a statement the first age stays as it
is read.
"""

from __future__ import annotations

import re
from typing import TypeVar

from bot.understanding.numerals.numbers import Num
from bot.understanding.others import ANYONE_RE, SELF
from bot.understanding.people import clause_before

_T = TypeVar("_T", bound=tuple[Num, int, bool])
_OWN = re.compile(r"\s*(?:我|俺|本人)(?:自己|本人)?(?:今年|现在|已经|都|也|才)*\s*")
_SUBJECTLESS = re.compile(r"\s*(?:今年|已经|都|才|也|现在)*\s*")


def _after_other(low: str, start: int) -> bool:
    clause = clause_before(low, start)
    if not _SUBJECTLESS.fullmatch(clause) or len(clause) >= start:
        return False
    before = clause_before(low, start - len(clause) - 1)
    found = list(ANYONE_RE.finditer(before))
    return bool(found) and SELF.search(before, found[-1].end()) is None


def own_over_others(low: str, cands: list[_T]) -> list[_T]:
    """`cands` without the ages of others when the respondent states their own after them."""
    if len(cands) < 2:
        return cands
    own = [c for c in cands if _OWN.fullmatch(clause_before(low, c[0].start))]
    if not own:
        return cands
    first_own = min(c[0].start for c in own)
    others = [c for c in cands if c[0].start < first_own and _after_other(low, c[0].start)]
    return [c for c in cands if c not in others] if others else cands

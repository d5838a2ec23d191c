"""Grown children do not undo an elder cared for: which of several dependents readings stands.

"家父家母与我同住，生活上主要由我照顾；孩子已在外地工作，经济上独立", "my mum lives with me and I
look after her; the kids are all grown up": the children are grown (no dependent), but the parents
kept at home are dependents all the same, so the earlier yes stands against the later no. Only a
no said of children gives way, and only to a yes said of an elder (a parent or grandparent named
just before it) or of a child still at school or under age ("小儿子还在读初中，大儿子在厦门打工");
"就我一个人" or "no, nobody" after it still ends the matter. Children not had yet are a no
said of children too ("家里两个老人靠我养，孩子还没有", "I support my parents, no kids yet").
Kept apart from `household`, which is at its size limit.
"""

from __future__ import annotations

import re

from bot.understanding.family.adult_children import minor_named
from bot.understanding.lexicon import Hit
from bot.understanding.people import clause_before

_CHILDREN = re.compile(
    r"孩子|儿子|女儿|闺女|儿女|子女|娃|伢|\b(?:kids?|sons?|daughters?|children|child|grown)\b"
)
_ELDER = re.compile(
    r"父母|爸妈|家父|家母|爷老子|娘老子|老爸|老妈|我爸|我妈|俺爸|俺妈|母亲|父亲|公婆|岳父|岳母|婆婆|奶奶|爷爷|外婆|外公"
    r"|老人|二老|老母亲|老父亲"
    r"|\b(?:mum|mom|mother|dad|father|parents|in-laws|gran|grandma|grandad|grandpa|nan|elderly"
    r"|old folks|old man|old lady)\b"
)
_CLAUSE_END = re.compile(r"[,，;；.。!！?？]")


def pick(found: list[tuple[bool, Hit, bool]], low: str, role: str) -> tuple[bool, Hit, bool]:
    """The reading that stands among `found` (the last one, unless it is grown children's no
    after an elder's yes)."""
    last = found[-1]
    if role != "dependents" or last[0] or not _of_children(low, last[1]):
        return last
    for value, hit, strong in reversed(found[:-1]):
        if not value and not _of_children(low, hit):
            break  # "老人都有退休金，孩子还没有": the elders' own no stands
        if (
            value
            and (
                (
                    not _CHILDREN.search(low[hit.start : hit.end])
                    and _ELDER.search(low, max(0, hit.start - 30), _clause_end(low, hit.end))
                )
                # ("小儿子还在读初中，大儿子在厦门打工": one child still at school)
                or (
                    _CHILDREN.search(low[hit.start : hit.end])
                    and minor_named(low, hit.start, last[1].start)
                )
            )
        ):
            return value, hit, strong
    return last


def _clause_end(low: str, pos: int) -> int:
    """The end of the clause `pos` is in: the elder may be named after the verb ("I support my
    two elderly parents")."""
    m = _CLAUSE_END.search(low, pos)
    return m.start() if m else len(low)


def _of_children(low: str, hit: Hit) -> bool:
    """The reading at `hit` is said of children: a child word, or a phrase in a clause about
    them ("孩子都工作了")."""
    return bool(
        _CHILDREN.search(low[hit.start : hit.end])
        or _CHILDREN.search(clause_before(low, hit.start))
    )

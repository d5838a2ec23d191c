"""Grown children do not undo an elder cared for: which of several dependents readings stands.

"家父家母与我同住，生活上主要由我照顾；孩子已在外地工作，经济上独立", "my mum lives with me and I
look after her; the kids are all grown up": the children are grown (no dependent), but the parents
kept at home are dependents all the same, so the earlier yes stands against the later no. Only a
no said of children gives way, and only to a yes said of an elder (a parent or grandparent named
just before it) or of a child still at school or under age ("小儿子还在读初中，大儿子在厦门打工");
"就我一个人" or "no, nobody" after it still ends the matter. Kept apart from
`household`, which is at its size limit.
"""

from __future__ import annotations

import re

from bot.understanding.adult_children import minor_named
from bot.understanding.lexicon import Hit

_CHILDREN = re.compile(
    r"孩子|儿子|女儿|闺女|儿女|子女|娃|伢|\b(?:kids?|sons?|daughters?|children|child|grown)\b"
)
_ELDER = re.compile(
    r"父母|爸妈|家父|家母|爷老子|娘老子|老爸|老妈|我爸|我妈|俺爸|俺妈|母亲|父亲|公婆|岳父|岳母|婆婆|奶奶|爷爷|外婆|外公"
    r"|\b(?:mum|mom|mother|dad|father|parents|in-laws|gran|grandma|grandad|grandpa|nan)\b"
)


def pick(found: list[tuple[bool, Hit, bool]], low: str, role: str) -> tuple[bool, Hit, bool]:
    """The reading that stands among `found` (the last one, unless it is grown children's no
    after an elder's yes)."""
    last = found[-1]
    if role != "dependents" or last[0] or not _CHILDREN.search(low[last[1].start : last[1].end]):
        return last
    for value, hit, strong in reversed(found[:-1]):
        if (
            value
            and (
                (
                    not _CHILDREN.search(low[hit.start : hit.end])
                    and _ELDER.search(low, max(0, hit.start - 30), hit.end)
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

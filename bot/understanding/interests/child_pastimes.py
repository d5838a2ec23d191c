"""Pastimes said of a child named just before, with no subject of their own: the child's.

"我仔读初中，好钟意打篮球", "我闺女上三年级，喜欢画画跟钢琴", "儿子上初中了，天天打游戏": a clause
that names the respondent's son or daughter with their school or age, then a clause of liking
with no subject of its own, tells what the child likes. Such pastimes are not the respondent's
(the child still shows a dependent, read by the household rules). A subject of the respondent's
own in the clause of the pastime keeps it ("我闺女上三年级，我喜欢画画"), and so does "我们" or
"都" for both ("我仔读初中，我哋都钟意打篮球" is read elsewhere).
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

# The child named opening a clause, with a school stage or an age after it.
_CHILD_CLAUSE = re.compile(
    r"(?:^|[,，。;；!！\s])(?:我|俺|我家|俺家|我们家|咱家)?(?:个|阿|细)?"
    r"(?:儿子|女儿|闺女|仔(?!细)|女(?![朋友生士人的孩])|孩子|小孩|娃|细路|囡囡?|宝贝|崽)"
    r"(?:今年|现在|已经|才|刚)?(?:在)?(?:读|上|念|升)(?:紧|着|了)?"
    r"(?:小学|初中|高中|中学|幼儿园|[一二三四五六七八九]年级|初[一二三]|高[一二三]|小[一二三四五六])"
    r"[^,，。;；!！]*[,，]\s*$"
)
# A clause of liking with no subject of its own ("好喜欢打篮球", "最喜欢", "天天").
_LIKING_OPEN = re.compile(
    r"\s*(?:好|最|很|特别|超|挺|也|都|又|还)?(?:喜欢|爱|迷|钟意|沉迷|天天|整天)"
)
_CLAUSE_MARK = re.compile(r"[,，。;；!！?？]")


def _child_likes(low: str, start: int) -> bool:
    """The pastime at `start` is in a clause of liking with no subject, after a child's clause."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(low, 0, start)]
    if not marks:
        return False
    opening = marks[-1]
    if not _LIKING_OPEN.match(low, opening, start):
        return False
    head_start = marks[-2] - 1 if len(marks) > 1 else 0
    return _CHILD_CLAUSE.search(low[max(0, head_start) : opening]) is not None


def without_childs(hits: list[Hit], low: str, slot: str) -> list[Hit]:
    """`hits` without the pastimes of `slot` said of a child named just before."""
    if low.isascii() or not any(w in low for w in ("喜欢", "爱", "迷", "天天", "整天")):
        return hits
    return [h for h in hits if not (h.for_slot(slot) and _child_likes(low, h.start))]

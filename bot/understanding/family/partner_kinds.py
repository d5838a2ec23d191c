"""Which partner is the respondent's: one kind admitted beside another denied, and others' partners.

Read beside `household`, which judges every household topic word, for two things it cannot see
from one word alone:

- One kind of partner admitted and another denied: "男朋友倒是有，老公没有", "boyfriend yes,
  husband no", "没老婆，不过有女朋友". A boyfriend, girlfriend, fiancé(e) or 对象 is a partner, so
  a spouse denied beside one affirmed only says the two are not married, as "没结婚" does
  ("有个女朋友，还没结婚"). Whichever comes last, the relationship is the answer; when both
  kinds are denied ("没老公，也没男朋友"), nothing changes.
- A partner of somebody else in the household or around it: "我女儿跟她男朋友住", "我弟和他女朋
  友", "我儿子和女朋友住在上海", "她男朋友". A partner word right after a third person and 和 / 跟
  (with or without 他 / 她), or right after 他 / 她, is that person's partner (not "我跟她男朋友"
  said by nobody, not "我是她男朋友", "做他女朋友": the respondent is the partner; and not "我跟
  女儿还有男朋友住", where the boyfriend may be the respondent's).
"""

from __future__ import annotations

import re

from bot.understanding import people
from bot.understanding.lexicon import Hit

_Found = tuple[bool, Hit, bool]

# A spouse: denied beside a boyfriend or girlfriend affirmed, only the marriage is denied.
_SPOUSE = re.compile(
    r"老公|老婆|媳妇|丈夫|妻子|爱人|老伴|\b(?:husband|wife|hubby|wifey|spouse|missus|mrs)\b"
)
# A partner one is not married to.
_UNWED = re.compile(
    r"男朋友|女朋友|男友|女友|对象|男票|女票|未婚夫|未婚妻"
    r"|\b(?:boyfriend|girlfriend|bf|gf|fianc[eé]e?|partner)\b"
)
_EX = re.compile(r"前|\bex\b")


# A boyfriend had once, or both denied in the end: "男朋友以前有", "had a boyfriend… now neither".
_ONCE = re.compile(
    r"以前|之前|曾经|过去|原来|那时|当年|\b(?:had|used to|once|back then|years ago|in the past)\b"
)
_BOTH_DENIED_LATER = re.compile(r"\b(?:neither|nor)\b|都没有了")


def _unwed(low: str, hit: Hit) -> bool:
    word = low[hit.start : hit.end]
    return bool(_UNWED.search(word)) and not _SPOUSE.search(word) and not _EX.search(word)


def _unwed_now(low: str, hit: Hit) -> bool:
    """A boyfriend, girlfriend or fiancé(e) affirmed for now, not denied with the spouse later."""
    if not _unwed(low, hit):
        return False
    head, tail = people.clause_around(low, hit.start, hit.end)
    return not (_ONCE.search(head) or _ONCE.search(tail) or _BOTH_DENIED_LATER.search(low, hit.end))


def admitted_kind(found: list[_Found], low: str, role: str) -> list[_Found]:
    """`found` without a spouse denied when a boyfriend, girlfriend or fiancé(e) is affirmed
    ("男朋友倒是有，老公没有": the partner is had, the marriage is not)."""
    if role != "partner" or not any(v and _unwed_now(low, h) for v, h, _ in found):
        return found
    return [
        f
        for f in found
        if f[0] or not _SPOUSE.search(low, f[1].start, f[1].end) or _unwed(low, f[1])
    ]


# Words of a partner one may name someone else's by.
_PARTNER_ZH = re.compile(
    r"男朋友|女朋友|男友|女友|对象|男票|女票|未婚夫|未婚妻|老公|老婆|媳妇|丈夫|妻子"
)
_UNWED_ZH = re.compile(r"男朋友|女朋友|男友|女友|对象|男票|女票|未婚夫|未婚妻")
_WITH = re.compile(r"[和跟与同]")
# A third person, then 和 / 跟 and his or her: "我女儿跟她", "我弟和他的".
_OTHER = (
    r"(?:儿子|女儿|闺女|弟弟?|妹妹?|哥哥?|姐姐?|妈妈?|爸爸?|老妈|老爸|(?<![男女])朋友|闺蜜|同事"
    r"|室友|同学|邻居|兄弟|哥们儿?|姐妹|[表堂][哥姐弟妹]|侄[子女]|外甥女?|孙[子女])"
    r"(?:们|俩)?(?:也|都|还|早就?|已经)?\s*"
)
_OTHER_AND_HIS = re.compile(_OTHER + r"(?:和|跟|与|同)\s*(?:他|她)的?\s*$")
# ... or with no pronoun, only an unmarried partner the person goes or lives with: "我女儿跟男朋友
# 住", "儿子和女朋友住在上海" (not "我女儿和老公都挺好", "孩子和男朋友": the respondent's own
# may be listed beside a child).
_OTHER_WITH = re.compile(_OTHER + r"(?:跟|同|与)\s*$")
_OTHER_AND = re.compile(_OTHER + r"和\s*$")
_TOGETHER_AFTER = re.compile(
    r"(?:们|俩)?\s*(?:一起|一块|住|同居|出去|去|回|分手|分了|吵|结婚|谈|在)"
)
# His or her partner: "她男朋友", "他的女朋友" (not "我是她男朋友", "做他女朋友", "吉他", "其他").
_HIS_HER = re.compile(r"(?<![其吉我是做当])(?:他|她)的?\s*$")
_ANY_PRONOUN = re.compile(r"[他她]")


def not_own(low: str, start: int) -> bool:
    """The partner word at `start` is somebody else's ("儿子结婚了", "her husband",
    "我女儿跟她男朋友住", "我弟和他女朋友")."""
    if people.owned_by_someone_else(low, start):
        return True
    found = _PARTNER_ZH.match(low, start)
    if found is None:
        return False
    before = low[max(0, start - 12) : start]
    if _ANY_PRONOUN.search(before[-3:]):
        return _HIS_HER.search(before) is not None or bool(
            _OTHER_AND_HIS.search(people.clause_before(low, start))
        )
    if not _WITH.search(before[-3:]) or not _UNWED_ZH.match(low, start):
        return False
    clause = people.clause_before(low, start)
    return bool(
        _OTHER_WITH.search(clause)
        or (_OTHER_AND.search(clause) and _TOGETHER_AFTER.match(low, found.end()))
    )

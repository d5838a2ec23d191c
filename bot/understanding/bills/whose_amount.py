"""Whose amount a number is, when a household member's bill and the respondent's own are said.

People asked what they pay often give a relative's bill first and their own after it: "my son
pays 40, mine is 25", "my wife's is 60 and mine's 30", "老婆一百，我五十", "我儿子的话费八十，
我三十". The first amount is the relative's, the second the respondent's bill; and the "我三十"
of such a pair is a bill, not the respondent's age, when the bill was asked or the clause before
names a bill. An age said before ("我儿子八岁，我三十五") leaves the number an age.

The same holds with any own marker, wherever the respondent's amount stands: "给我妈充了两百，
我自己的每月九十", "my husband's bill is 120 but mine's only 35". The amount marked as the
respondent's own is the answer and the other person's fills nothing. Without an own marker
nothing changes: two bills of the respondent's still add up ("手机39，宽带100"), a second line
added to the respondent's plan adds up ("我老婆那张副卡二十，我自己五十八"), and a value said alike
for both ("my wife's plan is 60 and mine too") is kept.

A module of its own because `quantities` (is a number an age), `amounts` (is it money),
`spending` (is it the respondent's bill) and `money` (which of several amounts) all ask it, and
`spending` depends on `amounts`, which depends on `quantities`: only a module below all of them
can serve them.
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.family.kin_possessives import KIN_OWNS
from bot.understanding.people import OTHER_PERSON_EN, OTHER_PERSON_ZH, clause_before

# The respondent alone as the owner, going straight to an amount: "mine is", "mine's", "I pay",
# "我", "我的", "我自己", "我这边每月".
_MINE = (
    r"(?:(?:and|but|while|whereas|so)\s+)?(?:mine(?:'s|\s+is|\s+was|\s+costs?|\s+comes\s+to)?"
    r"|i(?:\s+(?:only\s+|just\s+)?(?:pay|spend)|(?:'m|\s+am)\s+on(?:\s+the)?)"
    r"|(?:我|俺)(?:自己)?(?:的|这边|这张|这个)?(?:呢|的话|是|就|才|每个?月|一个月|大概|差不多|也就|交|付"
    r"|要)*)"
    r"\s*(?:(?:about|around|like|roughly|only|just)\s+)?(?:[£$€¥]\s*)?"
)
_NUMBER_AHEAD = (
    r"(?=[\d一二两三四五六七八九十百]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b)"
)
_SEPARATOR = r"(?:[,，;；]|\b(?:and|but|while|whereas)\b)\s*"
# Before a number: the respondent's own amount opens there.
_MINE_BEFORE = re.compile(_SEPARATOR + _MINE + r"$")
# After another person's amount: the respondent's own follows ("..., mine is 25").
_MINE_NEXT = re.compile(r"[^\d,，;；.。!?！？]{0,14}?" + _SEPARATOR + _MINE + _NUMBER_AHEAD)
# A number in the other person's clause that is an amount, not an age ("八岁", "is 8 years old").
_AMOUNT = re.compile(
    r"(?:[\d一二两三四五六七八九十百]+|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred)\b)(?!\s*(?:[\d.一二两三四五六七八九十百]|多?岁|周岁|years?\s+old|yrs?\b|yo\b|y/o|个月|年(?!费)|多?了))"
)
# The person's clause is about them together with the respondent: "我和老婆一共一百五".
_TOGETHER = re.compile(
    r"[我俺][和跟与]|[和跟与][我俺]|我们|咱们|\b(?:and i|and me|me and|we|our)\b"
)
# The respondent only owns the person: "my son", "我儿子", "我家老婆".
_OWNER = re.compile(r"(?:\b(?:my|our)\b|(?:我们?|俺|咱)(?:家里?|的)*)")
# "his", "hers": the person said by the possessive alone ("his is 70, mine 35").
_THEIRS = re.compile(r"\b(?:his|hers?|theirs)\b")
# Words of a bill or a payment in the person's clause: "话费", "套餐", "pays", "£".
_BILL_NAMED = re.compile(
    r"话费|宽带|网费|月租|套餐|账单|卡|手机|号|交|付|块|元|[$£€¥]"
    r"|\b(?:bills?|plan|phone|line|sim|mobile|broadband|internet|package|pays?|paid|paying)\b"
)


def _theirs(piece: str) -> bool:
    """`piece` is a clause about another person's amount: a person at its head, owned at most
    by the respondent, and an amount that is no age."""
    if _TOGETHER.search(piece) or not _AMOUNT.search(piece):
        return False
    person = (
        OTHER_PERSON_ZH.search(piece)
        or OTHER_PERSON_EN.search(piece)
        or _THEIRS.search(piece)
        # someone outside the household: "my cousin pay like 50 but mine 75"
        or others.ANYONE_RE.search(piece)
        or KIN_OWNS.search(piece)  # "my mom's bill is like 90" (or "my moms", restored)
    )
    if person is None:
        return False
    head = piece[: person.start()].strip()
    return not head or _OWNER.fullmatch(head) is not None


def mine_after_theirs(low: str, start: int) -> bool | None:
    """The number at `start` is the respondent's own amount after another person's ("老婆一百，
    我五十"): True when the other person's clause names a bill or a payment, False when it gives
    only a bare number, None when the number is no such own amount."""
    m = _MINE_BEFORE.search(low, max(0, start - 24), start)
    if m is None:
        return None
    piece = clause_before(low, m.start())
    if not _theirs(piece):
        return None
    return _BILL_NAMED.search(piece) is not None


def theirs_before_mine(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` is another person's, and the respondent's own amount follows
    it ("my son pays 40, mine is 25", "他的套餐128，我的58")."""
    if _MINE_NEXT.match(low, end) is None:
        return False
    piece = clause_before(low, start)
    return _theirs(piece + low[start:end])


# Words that mark what follows as the respondent's own, against somebody else's.
_OWN = re.compile(
    r"我自己|自己的|(?<![和跟与])我的(?!天)|本人|至于我|我这边|我这张|我这个"
    r"|\b(?:mine(?:'s| is)?|my own|for me|as for me|myself|me,|(?:as )?for myself)\b"
)
_BREAK = re.compile(r"[,.;!?，。；！？]")
# A second line added to the respondent's own plan: "那张副卡二十", "plus 10 for the extra line".
ADDED = re.compile(r"副卡|再加|加上|另加|\bplus\b|\bon top\b|\bextra line\b")
# The respondent's value is the same as the other person's: "my wife's plan is 60 and mine too",
# "我老婆的六十，我的也一样".
_SAME_FOR_ME = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:and|,|，)?\s*(?:(?:so is |same (?:for|as) )(?:mine|me)"
    r"|(?:mine|me|my own)(?:'s| is)?\s+(?:too|as well|also)\b"
    r"|(?:我|俺)(?:自己)?的?也(?:是|一样|差不多))"
)


def marks_own(text: str) -> bool:
    """`text` marks what follows as the respondent's own ("我自己的", "mine's", "for me")."""
    return _OWN.search(text) is not None


def same_for_me(low: str, end: int) -> bool:
    """The value ending at `end` is said to be the respondent's too ("... 60 and mine too")."""
    return _SAME_FOR_ME.match(low, end) is not None


def _head(low: str, start: int, floor: int) -> str:
    """The words before `start` in its clause, not going back past `floor`."""
    return low[max(floor, start - len(clause_before(low, start))) : start]


def others_values(low: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of `spans` (values in text order) that are another person's, given that another
    value is marked as the respondent's own; empty when no value is marked so."""
    own: list[bool] = []
    theirs: list[bool] = []
    for i, (start, end) in enumerate(spans):
        head = _head(low, start, spans[i - 1][1] if i else 0)
        limit = spans[i + 1][0] if i + 1 < len(spans) else len(low)
        stop = _BREAK.search(low, end, limit)
        tail = low[end : stop.start() if stop else limit]
        mine = _OWN.search(head) is not None
        own.append(mine)
        # ("我老婆那张副卡二十，我自己五十八": a second line added to the respondent's bill)
        added = ADDED.search(head + " " + tail) is not None
        theirs.append(not (mine or added) and others.mentions_anyone(head + " " + tail))
    if not any(own):
        return set()
    return {i for i, t in enumerate(theirs) if t}


# A top-up made for somebody else: "给女儿充了五十话费", or by somebody else for a third person
# with the person left out ("她外婆又给充了一百"). Topped up for the respondent ("我妈给我充了一百",
# "给自己充了") the amount stays theirs.
_TOP_UP_FOR_OTHER = re.compile(
    # ("给我妈充了两百": 我 owning the person, not the one topped up)
    r"给(?!(?:我|咱|俺)(?![妈爸儿女闺孩奶爷姥]|外[婆公]|老[公婆妈爸])|自己)"
    r"[^,，。;；!！?？]{0,6}?充(?:了|值)?[^,，。]{0,3}$"
)


def topped_up_for_other(head: str) -> bool:
    """The clause `head`, which runs up to an amount, tops up somebody else's phone."""
    return _TOP_UP_FOR_OTHER.search(head) is not None

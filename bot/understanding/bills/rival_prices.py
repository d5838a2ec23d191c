"""Prices of other providers, which are no bill of the respondent's.

Asked whether they will stay, people quote what a rival charges ("电信在搞活动，宽带一年才三百",
"Vodafone offered me £20 a month", "Three are doing unlimited for 15 a month"). That amount is the
reason to leave, not what the respondent pays, so the money reader sets it aside: a rival named
before the amount in its sentence, with the respondent or the provider asked about ("我这边",
"you", "你们") not coming back in between, owns it. Kept apart from `spending` (whose clauses are
about people, not companies) and next to the rival names of `intentions`.
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES
from bot.understanding.numerals.numbers import Num, find_numbers

# Chinese rivals stand for themselves ("电信", "别家那边"); English ones only where they act on a
# price ("BT quoted", "Three are doing", "Xfinity advertising 30", "Verizon wants 30"), as "three"
# and "sky" are also plain words.
_RIVAL = re.compile(
    r"(?:中国)?(?:移动|联通|电信|广电)(?!宽带|卡|的卡|号)|别家|别的运营商|其他(?:运营商|家)|隔壁家|那家"
    r"|\b(?:" + RIVAL_NAMES + r"|another (?:provider|carrier|company|network)|(?:a )?competitors?"
    # ("Vodafone's doing 25 a month": the verb's "is" glued to the name)
    r"|the other (?:lot|providers?|companies))(?:'s|'re)?\s+(?:(?:are|is|was|were)\s+)?"
    r"(?:doing|offer(?:s|ed|ing)?|quot(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|do|does|did|have|has"
    r"|had|sell(?:s|ing)?|advertis(?:e|es|ed|ing)|want(?:s|ed)?|ask(?:s|ed|ing)?"
    r"|going for|list(?:s|ed|ing)?)\b"
)
# The respondent, or the provider asked about, back as the subject, or the present after a
# past with the rival ("以前在联通每月100，现在60"): the amount is the respondent's again.
# ("说给我办个内部价": the respondent as the one offered to, like "offered me", is no subject)
_BACK = re.compile(
    r"(?<![给帮替])我|俺|咱|你们|自己|现在|目前|如今|这边|这里|过来"
    r"|\b(?:i|i'm|i've|my|mine|we|our|you|your|yours|u|now|currently|here)\b"
)
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")


# A carrier's own service named ("电信宽带", "移动的卡") is the respondent's as often as not; it
# is a rival's when a later clause sets the provider asked about against it
# ("电信宽带一年才三百，你们的每月要80", "BT broadband is 25, yours is 40").
_CARRIER = re.compile(r"(?:中国)?(?:移动|联通|电信|广电)|\b(?:" + RIVAL_NAMES + r")\b")
_YOURS_AFTER = re.compile(
    r"[,，;；。.]\s*(?:而|那|可|但是?|but\s+|and\s+|while\s+)?(?:你们|你家|贵公司"
    r"|(?:yours|you guys|you lot|you people|with you)\b)"
)


def offered_by_rival(low: str, num: Num) -> bool:
    """The amount at `num` is a rival's price, named before it in its sentence."""
    ends = [m.end() for m in _SENTENCE_END.finditer(low, 0, num.start)]
    start = ends[-1] if ends else 0
    rivals = list(_RIVAL.finditer(low, start, num.start))
    if not rivals:
        return _set_against_yours(low, num, start)
    return _BACK.search(low, rivals[-1].end(), num.start) is None


# Rivals that are no carrier name: "电信光纤" may well be the respondent's own line.
_CARRIER_ONLY = re.compile(r"(?:中国)?(?:移动|联通|电信|广电)$")


def rival_before(low: str, pos: int) -> bool:
    """A rival other than a bare carrier name owns what is said at `pos` in its sentence
    ("别家一百块能办千兆"), the respondent or the provider asked about not coming back."""
    ends = [m.end() for m in _SENTENCE_END.finditer(low, 0, pos)]
    rivals = [
        m
        for m in _RIVAL.finditer(low, ends[-1] if ends else 0, pos)
        if not _CARRIER_ONLY.match(m.group())
    ]
    return bool(rivals) and _BACK.search(low, rivals[-1].end(), pos) is None


def _set_against_yours(low: str, num: Num, start: int) -> bool:
    if "你" not in low and "you" not in low:
        return False
    carriers = list(_CARRIER.finditer(low, start, num.start))
    if not carriers or _BACK.search(low, carriers[-1].end(), num.start):
        return False
    yours = _YOURS_AFTER.search(low, num.end)
    if yours is None:
        return False
    # the provider's own price follows in that clause ("你们能便宜点吗" asks, sets nothing against)
    clause = re.split(r"[,，;；。.!?！？]", low[yours.end() :], maxsplit=1)[0]
    return any(n.value >= 5 for n in find_numbers(clause))

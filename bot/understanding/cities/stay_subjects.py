"""Who the subject of a stay or a self-introduction before a city is.

A stay at somebody's place ("crashing at a mate's in Leeds", "living in halls in Sheffield") makes
the city the respondent's, but only when the respondent is the one staying: "my son's living in
halls in Sheffield" and "我儿子暂住在朋友家" place the son. And a self-introduction that opens the
answer ("我是陈老师，住南充") names the respondent with a word that also names other people (老师):
the clause of living after it is still the respondent's own.
"""

from __future__ import annotations

import re

from bot.understanding.people import OTHER_PERSON_EN, OTHER_PERSON_ZH

# The respondent, or an owner word before the person ("我儿子", "my son"), in the words before the
# verb of staying: an owner names whose person it is, not who stays.
_OWNER_ZH = re.compile(
    r"(?:我们|咱们|俺们|我|俺|咱)(?:家里?|的)*(?=" + OTHER_PERSON_ZH.pattern + ")"
)
_SELF_ZH = re.compile(r"我|俺|咱")
_SELF_EN = re.compile(r"\b(?:i|i'm|im|i've|we|we're|we've|me|us)\b")


def another_stays(head: str) -> bool:
    """`head`, the words before a verb of staying, has another person as its subject and not the
    respondent ("my son's", "her boyfriend is", "我儿子"; not "my wife and I are", "我和老公")."""
    if not (OTHER_PERSON_ZH.search(head) or OTHER_PERSON_EN.search(head)):
        return False
    own = re.sub(r"\b(?:my|our)\s+", "", _OWNER_ZH.sub("", head))
    return not (_SELF_ZH.search(own) or _SELF_EN.search(own))


# "我是陈老师，", "本人王医生，", "我叫张阿姨，": the respondent introduced, opening the answer.
_INTRO = re.compile(
    r"^\s*(?:(?:你好|您好|嗯|哦)[,，!！~\s]*)?(?:我|俺|本人)(?:就)?(?:是|叫)?"
    r"[^,，。;；!！?？\s]{1,6}[,，。;；!！]\s*"
)


def introduced_then_placed(chain: str) -> bool:
    """`chain`, the words before a city, opens with the respondent's self-introduction and names
    nobody else after it ("我是陈老师，住" but not "我是陈老师，我儿子住")."""
    m = _INTRO.match(chain)
    if m is None:
        return False
    rest = chain[m.end() :]
    return not (OTHER_PERSON_ZH.search(rest) or OTHER_PERSON_EN.search(rest))

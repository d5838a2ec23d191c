"""A change of job, school or home, or a move to another firm, said with "刚换" / "just switched":
no start with the provider.

"刚换了工作", "刚转行", "刚转正", "刚搬了新家", "I just switched jobs", "just switched schools":
the words that tell of a new customer ("刚换过来的", "I just switched to you") also tell of a new
job, a new school, a new home or a new shift, which say nothing about the time with us. When what
changed is one of those, the "just" gives no tenure of 0 (a new phone or plan is read in
`duration_cues.device_follows` and `recent_starts`). A change of "company" is left alone: it may
be the provider ("刚换了家公司的宽带", "just switched companies").

A move to a rival ("I just switched to Vodafone", "just ported my number to a competitor",
"刚换到联通了", "刚转去移动", "ported out yesterday") starts a time with that firm, not with us:
no tenure either (a move from a rival, "I just switched to you from Vodafone", "刚从移动换过来",
still joins). So does signing up with a rival ("just signed up with Optus", "just joined
Telstra", "only just signed with another provider"): not "just signed up with you".
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES

# After "刚换" / "刚转" / "刚加入": a workplace, a school, a home or a shift
_OTHER_ZH = re.compile(
    r"\s*(?:了|过)?\s*(?:一?[个份所间套家])?\s*(?:新的?)?\s*"
    r"(?:工作|工(?![具资程厂地业艺])|单位|岗位?|部门|老板|东家|行业?|学校|学|专业|班级?|房子?|住处"
    r"|新家|住的地方|城市"
    r"|工地|正|科室|领导)"
)
# After "just switched" / "just changed": jobs, careers, schools, homes, banks, shifts
_OTHER_EN = re.compile(
    r"(?:\s+over)?\s+(?:(?:to|from)\s+)?(?:(?:my|our|a|an|the|his|her)\s+)?(?:new\s+|different\s+)?"
    r"(?:jobs?|careers?|roles?|employers?|positions?|schools?|unis?|universit(?:y|ies)|colleges?"
    r"|majors?|courses?|classes|teams?|departments?|shifts?|houses?|homes?|flats?|apartments?"
    r"|cities|towns?|banks?|cars?|doctors?|gyms?|offices?|desks?|night shifts?|day shifts?)\b"
)
# After "刚换" / "刚转": a rival as the destination ("刚换到联通", "刚转网去了移动", "刚换成电信")
_RIVAL_ZH = re.compile(
    r"\s*(?:了|过)?\s*(?:网|携号转网)?\s*(?:到|去|成|为)?\s*(?:了)?\s*(?:中国)?"
    r"(?:移动|联通|电信|广电|别家|别的运营商|其他运营商|其它运营商)"
)
# A move in English whose destination, in the same clause, is a rival: "just switched to
# Vodafone", "ported my number over to Three", "just moved over to another provider"
_RIVAL_EN = re.compile(
    # ("ported out yesterday", "ported my number out": away, to whoever it is)
    r"ported\s+(?:(?:my|our|the)\s+(?:number|line)\s+)?out\b"
    r"|[^,.;!?]{0,24}?\bto\s+(?:(?:" + RIVAL_NAMES + r")\b|another\s+(?:provider|carrier|company"
    r"|network|operator)\b|a\s+(?:rival|competitor|different\s+(?:provider|carrier|network"
    r"|company))\b)"
)
# After "just signed up" / "just joined": a rival as the firm joined
_SIGNED_RIVAL_EN = re.compile(
    r"\s+(?:up\s+)?(?:(?:with|to|for)\s+)?(?:(?:" + RIVAL_NAMES + r")\b|another\s+(?:provider"
    r"|carrier|company|network|operator)\b|a\s+(?:rival|competitor|different\s+(?:provider"
    r"|carrier|network|company))\b)"
)
_EN_JOINS = ("signed up", "joined", "subscribed")
_EN_MOVES = ("switched", "ported", "moved", "transferred", "came", "over", "across")


def changed_other(low: str, m: re.Match[str]) -> bool:
    """The "just switched" / "刚换" matched by `m` changed a job, school or home, or moved to a
    rival."""
    word = m.group()
    if word.endswith(("换", "转", "加入")):
        return _OTHER_ZH.match(low, m.end()) is not None or (
            not word.endswith("加入") and _RIVAL_ZH.match(low, m.end()) is not None
        )
    if word.endswith(("switched", "switched over")) and _OTHER_EN.match(low, m.end()):
        return True
    if word.endswith(_EN_JOINS) and _SIGNED_RIVAL_EN.match(low, m.end()):
        return True  # "just signed up with Optus": a start with a rival
    if any(w in word for w in _EN_MOVES):
        start = m.start() + word.find(next(w for w in _EN_MOVES if w in word))
        return _RIVAL_EN.match(low, start) is not None
    return False

"""Care given to other people's relatives, which gives the respondent no dependant.

Carers, nannies and childminders tell of their work in the words of family care: "I'm a care
worker, I look after other people's parents all day", "I'm a nanny, I look after other people's
children", "我在养老院上班，照顾别人家的老人", "I care for the elderly for a living". The people
cared for belong to someone else (or to nobody named: "the elderly", "residents"), so neither the
care word nor the kin word says that the respondent supports anybody. "I look after my parents",
"我照顾我爸妈" and "I look after other people's kids all day, then my own two" still do (the
respondent's own come after). Neither does care for a neighbour ("I look after the old man
upstairs", "我照顾楼上的老大爷"). Pupils of the respondent's school or nursery ("我们幼儿园小朋友
可多了") are read by `institution_kids`.
"""

from __future__ import annotations

import re

from bot.understanding.family import institution_kids, work_charges
from bot.understanding.people import clause_before

# Whose relatives: other people's, a client's, a stranger's ("别人家的", "other folks'").
_OTHERS_OWNER = (
    r"(?:\b(?:other people'?s?|others'|other folks'?|other famil(?:y|ies)'?s?"
    r"|some(?:one|body) else'?s|strangers'?|clients'?|customers'?|patients'?|residents'?)"
    r"|别人家?的?|(?<!老)人家的|客户家?的?|雇主家?的?|东家的?|主家的?)"
)
_KIN_OWNED = re.compile(
    _OTHERS_OWNER + r"\s*(?:(?:elderly|old|aged|sick|little|young|ageing|aging)\s+)?$"
    # minded at the employer's: "在雇主家带孩子", "在别人家里照顾老人"
    r"|(?:雇主|东家|主家|客户|别人)家里?(?:帮忙)?(?:带|照顾|照看|看护?|伺候)着?$"
)
# After a care verb: other people's relatives, or people in care named as a group.
_CARED_OTHERS = re.compile(
    r"\s*(?:(?:all|lots of|loads of|a lot of|a bunch of|dozens of|\d+)\s+)?"
    r"(?:" + _OTHERS_OWNER + r"|\b(?:the elderly|elderly (?:people|folks?|residents|clients)"
    r"|old (?:people|folks?|dears)|pensioners|residents|patients|clients|service users)\b"
    r"|(?:养老院|敬老院|医院)的|病人|住户|孤寡老人"
    # a neighbour: "the old man upstairs", "the lady next door", "楼上的老大爷", "隔壁家老太太"
    r"|\b(?:the|an?|our|my)\s+(?:(?:old|elderly|little)\s+)?(?:man|lady|woman|gentleman|gent"
    r"|couple|fella|chap|bloke|widow|widower|pensioner|dear|boy|girl|kids?|children|folks?)\s+"
    r"(?:upstairs|downstairs|next door|across the (?:road|street|hall|way)|over the road"
    r"|down the (?:road|street|hall|corridor))\b"
    r"|(?:楼上|楼下|隔壁|对门|邻居|街坊|社区里?|小区里?)(?:家)?(?:的|那个|那位)?"
    r"(?:老大爷|大爷|老太太|老奶奶|老爷爷|奶奶|爷爷|大妈|大娘|阿姨|老人|孤老|孩子|小孩))"
)
# A carer's job named ("I'm a carer", "我是护工"), then whom the care goes to.
_CARER = re.compile(r"carer|caregiver|care ?worker|护工|保姆|护理员")
_CARE_THEN_OTHERS = re.compile(
    r"[^.!?。！？]*?(?:\b(?:look(?:s|ing)? after|tak(?:e|es|ing) care of|car(?:e|es|ing) for)"
    r"|照顾|照看|伺候|护理|看护)" + _CARED_OTHERS.pattern
)
_CARE_WORDS = frozenset(
    "look after|looking after|looks after|take care of|taking care of|care for|caring for|照顾"
    "|照看|伺候|护理|看护|我照顾|我照看|我伺候".split("|")
)
# The respondent's own after the others': "…, then my own two", "我自己的" (not "none of my own").
_OWN_TOO = re.compile(r"(?<!\bof )\bmy own\b|\bmine\b|我自己(?:的|家)")


def others_cared(low: str, start: int, end: int) -> bool:
    """The dependants' word at `start`..`end` names someone else's relatives in the
    respondent's care at work, or a care verb whose object they are."""
    word = low[start:end]
    if institution_kids.pupils(low, start, end):
        return True  # "我们幼儿园小朋友可多了": pupils of the respondent's school
    if work_charges.in_work_charge(low, start, end):
        return True  # "my class is all teens", "my patients are mostly kids"
    if _CARER.search(word):
        found = _CARE_THEN_OTHERS.match(low, end)
    elif word in _CARE_WORDS:
        found = _CARED_OTHERS.match(low, end)
    else:
        found = _KIN_OWNED.search(clause_before(low, start))
    if found is None:
        return False
    return _OWN_TOO.search(low, end) is None

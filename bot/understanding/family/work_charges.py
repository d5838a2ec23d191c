"""Young people in the respondent's charge at work, said of as a group: pupils, students, patients.

"female, teacher, my class is all teens", "my pupils are mostly 7 year olds", "nurse, my patients
are mostly kids", "the kids I look after are 3 and 5" (a nanny), "我的学生都是十几岁的孩子", "班里
都是十几岁的孩子", "病人大多是小孩": the children or teenagers are the class, the pupils or the
patients, nobody of the household. Not "my kids are teens", "teacher, and my own kids are teens"
or "my class is all teens, and I've got two of my own" (the own ones are read as usual).
"""

from __future__ import annotations

import re

_GROUP_EN = (
    r"(?:class(?:es)?|form|tutor group|pupils|students|learners|patients|clients|campers"
    r"|players|team|squad|scouts|cubs|brownies|youth group|kids i (?:look after|mind|teach|coach"
    r"|nanny|babysit|care for)|children i (?:look after|mind|teach|care for))"
)
# "my class is all", "my students are mostly", "the kids I look after are"
_BEFORE_EN = re.compile(
    r"\b(?:my|our|the)\s+(?:whole\s+|current\s+|new\s+)?"
    + _GROUP_EN
    + r"\s+(?:is|are|'s|'re|were|was)\s+(?:(?:all|mostly|mainly|largely|nearly all|basically"
    r"|just|only|pretty much all|full of|made up of|like)\s+)*(?:a bunch of\s+|of\s+)?$"
)
_GROUP_ZH = (
    r"(?:班里|班上|我们班|我班|学生|学员|病人|患者|孩子们|学生们|带的孩子|教的孩子|管的孩子)"
)
_BEFORE_ZH = re.compile(
    r"(?:我的)?" + _GROUP_ZH + r"(?:里|中)?(?:都|全|全都|大多|大部分|基本|基本上)*是?"
    r"(?:些|一帮|一群)?(?:[\d一二三四五六七八九十几]+岁的?)?\s*$"
)
_CHEAP = (
    "class",
    "pupil",
    "student",
    "learner",
    "patient",
    "client",
    "camper",
    "player",
    "team",
    "squad",
    "scout",
    "cub",
    "brownie",
    "youth",
    " i ",
    "班",
    "学生",
    "学员",
    "病人",
    "患者",
    "孩子",
)
# "the kids I look after are 3 and 5": the children named, then the work done with them.
_CHARGE_AFTER = re.compile(
    r"\s+(?:that\s+|who\s+)?i\s+(?:look after|mind|teach|nanny|babysit|care for|coach|tutor)\b"
)
_OWNED_BEFORE = re.compile(r"\b(?:my|our)\s+(?:own\s+)?$")
_OWN_AFTER = re.compile(r"\b(?:my own|of my own|mine)\b|自己(?:的|家)|我家")


# The care verb of a relative clause about children: "the kids I look after", "the ones I mind".
_CHARGED_BEFORE = re.compile(
    r"\b(?:kids|children|ones|little ones|babies|toddlers|boys|girls|twins)\s+"
    r"(?:that\s+|who\s+)?i\s+$"
)
# A job of minding other people's children, then "the kids" (not "my kids"): "I'm a nanny, the
# kids are 3 and 5", "au pair, the children are 4 and 7".
_MINDER = re.compile(
    r"\b(?:nanny|childminder|child minder|babysitter|au pair|daycare worker|nursery nurse)\b"
    r"|保姆|育儿嫂|月嫂|带娃阿姨"
)
_THE_BEFORE = re.compile(
    r"\b(?:the|those|these)\s+(?:(?:little|wee|two|three)\s+)?$|(?:带|看|照顾|管)的(?:那个|俩|两个)?$"
)


def in_work_charge(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` names the class, pupils or patients of the respondent
    ("my class is all teens"), or the care verb is of children minded at work ("the kids I look
    after are 3 and 5", "I'm a nanny, the kids are 3 and 5")."""
    before = low[max(0, start - 60) : start]
    if " i " in low[end : end + 12] and _CHARGE_AFTER.match(low, end):
        return _OWNED_BEFORE.search(before) is None  # "the kids I look after"
    charged = _CHARGED_BEFORE.search(before) if before.endswith(" i ") else None
    if charged is not None:
        return _OWNED_BEFORE.search(before, 0, charged.start()) is None  # not "my kids I mind"
    if _MINDER.search(low, 0, start) and _THE_BEFORE.search(before):
        return _OWN_AFTER.search(low, end) is None  # "I'm a nanny, the kids are 3 and 5"
    if not any(w in before for w in _CHEAP):
        return False
    if not (_BEFORE_EN.search(before) or _BEFORE_ZH.search(before)):
        return False
    return _OWN_AFTER.search(low, end) is None

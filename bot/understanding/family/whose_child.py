"""Whether a child word is about a child of the respondent.

"I teach 30 kids", "I'm the baby of the family", "treats me like a child" and "the kids in my photo
are my nephews" all name children, none of them the respondent's dependants.
"""

from __future__ import annotations

import re

from bot.understanding.family import children_then, kids_not_had
from bot.understanding.family.school_stages import SCHOOL_STAGE_WORDS
from bot.understanding.people import clause_before

# A child word that is not the respondent's child: the respondent is the child ("I'm the account
# holder's son", "I'm the baby of the family"), the children are someone else's that the respondent
# teaches or minds ("I teach 30 kids"), or it is a comparison ("data like two teenagers").
_SELF_AS_CHILD = re.compile(
    r"(?:\bi'?m|\bi am)\s+(?:(?:still|just|only|basically|practically|really)\s+)*"
    r"(?:(?:the|a|an|their|his|her|our|[a-z]+'s)\s+)+(?:[a-z']+\s+){0,2}$"
    # "treats me like a child", "more than a baby": a likeness, nobody's child
    r"|\b(?:like|than)\s+(?:a|an)\s+(?:little\s+|big\s+|spoilt\s+|spoiled\s+)?$"
    r"|我(?:还|也|正|现在)?(?:是|在)(?:个|一个|一名)?$"
    # the respondent's own childhood: "since I was a kid", "as a boy I played", "我小时候"
    r"|\b(?:i|we)\s+(?:was|were)\s+(?:(?:a|an|just|only|still|little|small|young)\s+)*$"
    r"|(?:^|[^a-z']\s*)as\s+(?:a|an)\s+(?:little\s+|young\s+|small\s+)?$"
)
# The respondent describing themselves without "I'm": "20 y/o college kid", "uni kid, skint",
# "still a kid myself", "a big kid at heart" (not "my college kid", "I have a uni kid", "raised
# the kid myself").
_STUDENT_KID_BEFORE = re.compile(
    r"(?:^|\b(?:(?:just|only|poor|broke|skint)(?:\s+an?)?|y/?o|yo|old))\s*(?:college|uni|university"
    r"|grad school|high school)\s+$"
)
_SELF_AFTER = re.compile(r"\s+(?:myself|at heart)\b")
# The respondent at school, right before a school stage ("我读初中", "我们上高中那会儿", "俺还在读
# 小学"): the respondent is the pupil (not "我家读初中", "我孩子读初中").
_SELF_AT_SCHOOL = re.compile(
    r"(?:^|[^家的])(?:我|俺|本人)(?:们)?(?:自己)?(?:还|也|才|正|现在|今年|目前|那时|那会儿?|当时|以前)?"
    r"(?:在|正在)?$"
)
_PARENT_CUE = re.compile(
    r"\b(?:have|has|had|got|my|our|his|her|their|rais\w+|bring\w*|two|three|four)\b"
    r"|\d+\s+(?!y/?o\b|yo\b|years?\b|yrs?\b)"
)
_OTHERS_CHILDREN = re.compile(
    r"\b(?:teach(?:es|ing)?|coach(?:es|ing)?|babysit(?:s|ting)?|tutor(?:s|ing)?|nanny for"
    r"|work with)\s+(?!(?:my|our|me)\s)(?:[a-z\d]+\s+){0,2}$|别人家的?$"
    # a subject taught to children nobody owns: "I teach Carnatic vocal music to small kids"
    r"|\b(?:teach(?:es|ing)?|coach(?:es|ing)?|tutor(?:s|ing)?)\s+(?:[a-z'\-]+\s+){1,4}to\s+"
    r"(?:the\s+|some\s+)?(?:(?:small|little|young|wee|local|primary|school)\s+)?$"
    r"|\blike\s+(?:a|an|two|three|\d+|some|little)?\s*$"
    # a pet spoken of as a child: "my dog is basically my child" (not "as" closing "as long as",
    # "as soon as", "as well as": "yes, as long as my kids can still do school online")
    r"|\b(?:basically|practically|like)\s+(?:my|our)\s*$"
    r"|(?<!\bas long )(?<!\bso long )(?<!\bas soon )(?<!\bas well )(?<!\bas much )(?<!\bas far )"
    r"\bas\s+(?:my|our)\s*$"
    r"|像(?:个|一个|小)?$"
)
_CHILD_WORDS = frozenset(
    "son sons daughter daughters baby babies kid kids child children teen teens teenager teenagers"
    " toddler toddlers boy boys girl girls 孩子 儿子 女儿 闺女 小孩 娃 宝宝"
    " 小学生 初中生 高中生 中学生"
    " 读小学 读初中 读高中 读大学 读幼儿园 上小学 上初中 上高中 上大学 上幼儿园"
    # "我是家里老大": the respondent's place among siblings
    " 家里老大 家里老二 家里老三".split()
) | frozenset(SCHOOL_STAGE_WORDS)


_NAMED_AS_OTHERS = re.compile(
    r"[^,.;!?]{0,30}?\b(?:are|is)\s+(?:my|our)\s+(?:nephews?|nieces?|cousins?|godchildren"
    r"|godsons?|goddaughters?|students|pupils|neighbou?rs'?)\b"
    r"|[^,，。;；]{0,12}?是(?:我的?)?(?:外甥|侄子|侄女|学生|邻居家的)"
)


_GROUP_WORDS = frozenset(("小朋友", "孩子们", "娃娃", "little ones", "kiddies", "kiddos"))
# A job with children in it, named before a group of children: they are pupils or patients.
_CARE_JOB = re.compile(
    r"老师|教师|幼师|保育员|班主任|儿科|\b(?:teacher|teaching assistant|childminder|nanny"
    r"|paediatric|pediatric|nursery nurse)\b"
)
# More children than a family has: a class, a ward or a club ("27 kids all day", "班上四十二个
# 孩子").
_CROWD_BEFORE = re.compile(
    r"(?:\b(?:[1-9]\d+|dozens of|a dozen|(?:twenty|thirty|forty|fifty|sixty|hundreds? of)"
    r"(?:[ -][a-z]+)?)\s+(?:(?:little|small|young|wee|school|noisy|lovely|other)\s+)?"
    r"|(?:[一二三四五六七八九]?十[一二三四五六七八九几]?|[一二三四五六七八九]百[零一二三四五六七八九十]*|几十|好几十"
    r"|上百)\s*(?:个|名|位)(?!月)(?:(?:(?![岁月年])[\u4e00-\u9fff]){1,2}的)?)$"
)


def not_own_child(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` is not about a child of the respondent (or about one
    who was a child only back then: "since the kids were little", `children_then`)."""
    if children_then.back_then(low, start, end):
        return True
    if kids_not_had.not_had(low, start, end):
        return True  # "my mum has 4 kids", "kids upstairs", "干儿子": nobody kept
    word = low[start:end]
    clause = clause_before(low, start)
    if (word in _CHILD_WORDS or word in _GROUP_WORDS) and _CROWD_BEFORE.search(clause):
        return True  # "27 kids all day", "几十个小朋友": pupils, patients or a team
    if word in _GROUP_WORDS and _CARE_JOB.search(low, 0, start):
        return True  # "我老婆是幼儿园老师，天天跟小朋友打交道": pupils
    if word not in _CHILD_WORDS:
        return False
    if word[0] in "读上" and _SELF_AT_SCHOOL.search(clause):
        return True  # "我读初中": the respondent at school
    if _NAMED_AS_OTHERS.match(low, end):
        return True  # "the kids in my photo are my nephews"
    if (
        _STUDENT_KID_BEFORE.search(clause) or _SELF_AFTER.match(low, end)
    ) and not _PARENT_CUE.search(clause):
        return True  # "20 y/o college kid", "still a kid myself"
    return bool(_SELF_AS_CHILD.search(clause) or _OTHERS_CHILDREN.search(clause))


# The time before the children came, who are had now: "before the kids came along", "有孩子以前".
_BEFORE_THEM = re.compile(r"\bbefore\s+(?:the|my|our)\s*$")
_THEN_ZH = re.compile(r"\s*(?:以前|之前)")
_CAME_AFTER = re.compile(r"\s+(?:came along|arrived|were born|was born|came)\b")


def not_had_then(low: str, start: int, end: int) -> bool:
    """A child word in a sentence about the past that names no child had then: the respondent as
    a child ("judo as a kid") or the time before the children came ("before the kids came
    along", "有孩子以前")."""
    if not_own_child(low, start, end):
        return True
    before = clause_before(low, start)
    if _BEFORE_THEM.search(before) and _CAME_AFTER.match(low, end):
        return True
    return bool(re.search(r"(?:有|生)了?$", before)) and bool(_THEN_ZH.match(low, end))

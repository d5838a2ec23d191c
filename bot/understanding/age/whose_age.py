"""Whose age a number is: the respondent's, or that of a person or pet named before it.

"我女儿朵朵今年五岁了", "my nephew's 19" and "狗狗叫布丁，三岁了" give no age of the respondent's.
Chinese goes on about a topic across clauses ("我家狗狗，三岁了"), so the clause before counts
when the age has no subject of its own.
"""

from __future__ import annotations

import re

from bot.understanding.age.aged_people import people_of_age
from bot.understanding.age.opening_labels import without_opening_label
from bot.understanding.family.animals import PET_EN, PET_ZH
from bot.understanding.literal_gates import gated
from bot.understanding.others import (
    ANYONE_RE,
    HOUSEHOLD,
    OUTSIDE,
    OWNER_END,
    PRONOUN,
    SELF,
    WITH_SELF,
)
from bot.understanding.people import clause_before

_PET = PET_ZH + "|" + PET_EN + "(?:'s)?"
_PET_RE = gated(_PET)
# A third person as the subject right before an age: "she's 5", "he is about 12".
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|it)(?:'s|'re|\s+is|\s+are|\s+was)\b")
# A person counted is an object ("有俩娃 38", "two kids 40"), not the subject of the age.
# ("高三学生", "初二的孩子": a school year, no count)
_COUNTED = re.compile(
    r"(?:\d+|(?<![高初大])[一二两三四五六七八九十俩仨]|two|three|four|five)\s*(?:个|只|条)?\s*$"
)
# A clause with no subject of its own before the age ("三岁了", "今年十岁了") goes on about the
# subject of the clause before, in a Chinese topic chain, when it says what the age has become.
_SUBJECTLESS = re.compile(r"\s*(?:今年|已经|都|快|才|也|刚|刚刚|现在|差不多|大概|马上|眼看)*\s*")
_BECOME_AFTER = re.compile(r"\s*(?:周岁|岁)?(?:多|半)?\s*了")
# The topic of a clause: the person or animal it opens with ("狗狗叫布丁", "我女儿在读小学"), or
# one it says something is ("我们家“大宝贝”是条金毛").
_TOPIC = re.compile(
    rf"^\s*(?:(?:我们|咱们|我|俺|咱)?(?:家里?|的)*|(?:my|our)\s+)?(?:{OUTSIDE}|{HOUSEHOLD}|{_PET})"
    rf"|(?:是|就是)(?:一|1)?(?:条|只|个)?(?:{_PET})|(?:只|条)(?:{_PET})"
    # one child counted is the topic too ("一个儿子，30岁了"; of two or more no single age is said)
    rf"|^\s*(?:(?:我们|我|俺|咱)家?)?(?:就|只)?有?(?:一|1)\s*(?:个|位)?(?:{HOUSEHOLD})"
)


# A child named by rank among the children as the age's subject: "三个，最大的才十岁", "老大都十二
# 了", "小的那个今年五岁" (not "我是家里最小的，今年十八": the respondent is the subject there).
_RANKED_CHILD = re.compile(
    r"\s*(?:(?:我们|我|俺)?家(?:里)?的?)?(?:(?:最大|最小|大|小|老二|老三|老大|老小)的"
    r"(?:那个|那位|个)?|老[大二三四幺小])(?:孩子|娃|闺女|儿子|女儿)?"
    r"\s*(?:都|才|也|今年|已经|刚|刚刚|现在|快|马上|差不多|大概)*\s*"
)


def _about_other(clause: str, *, counted: bool = False) -> bool:
    """The last person or animal named in `clause` is not the respondent, who does not come back
    after it; a counted one ("有俩娃") is the object of the clause, not its subject, unless
    `counted` allows it (the topic of a clause the age goes on about)."""
    # (a pronoun too: "我先去接我妈，她今年78了")
    found = [m for p in (ANYONE_RE, _PET_RE, _THIRD_PERSON, PRONOUN) for m in p.finditer(clause)]
    if not found:
        return False
    last = max(found, key=lambda m: m.end())
    head = OWNER_END.sub("", clause[: last.start()])
    if WITH_SELF.search(head) or (_COUNTED.search(head) and not counted):
        return False  # "my wife and I are both 35", "有俩娃 38"
    return SELF.search(clause[last.end() :]) is None


def age_of_other(low: str, start: int, end: int) -> bool:
    """The age at `start`..`end` is somebody else's or a pet's: "我女儿朵朵今年五岁了", "my
    nephew's 19", "狗狗叫布丁，三岁了"."""
    if _KIN_NOUN_AFTER.match(low, end):
        return True  # "a 40 year old husband": the age of the person it describes
    if _a_person_of_age(low, start, end):
        return True  # "does a 10 year old count?", "10岁的算吗": somebody of that age
    if people_of_age(low, start, end):
        return True  # "班里都是十几岁的孩子": the people the respondent speaks of
    # (a label the respondent opens with names nobody else: "大姐 五十多岁了")
    clause = without_opening_label(low, clause_before(low, start), start)
    if _about_other(clause) or _RANKED_CHILD.fullmatch(clause):
        return True
    if (baby := _OWN_BABY.search(clause)) is not None and not SELF.search(clause, baby.end()):
        return True  # "我家宝宝刚满一岁": the baby's age ("宝宝今年三十了" may be the respondent)
    # "…，今年三十四" goes on about the topic of the clause before as much as "…，三岁了"
    said = _BECOME_AFTER.match(low, end) or "今年" in clause
    if _SUBJECTLESS.fullmatch(clause) and said and len(clause) < start:
        before = clause_before(low, start - len(clause) - 1)
        before = without_opening_label(low, before, start - len(clause) - 1)
        # (the respondent as the term of a comparison is no new topic: "我老公比我大五岁")
        before = _THAN_ME.sub("比", before)
        return _TOPIC.search(before) is not None and _about_other(before, counted=True)
    if not clause.strip() and _YEARS_OLD_AFTER.match(low, end) and start > 0:
        # "She's at university in Guelph, 20 years old": a clause of only the age goes on
        # about the person of the clause before
        # about "he" or "she" as the subject there, not about anybody merely named ("dad of two
        # little ones, 38 years old" is the respondent)
        # ("my husband. 40 year old guy": a clause of only a relative, described next)
        before = clause_before(low, start - len(clause) - 1)
        return bool(_HE_SHE_SUBJECT.match(before) or _KIN_ONLY.fullmatch(before))
    return False


def other_named_before(low: str, start: int) -> bool:
    """The age at `start` opens a clause with no subject of its own ("八十多岁的人…") right after
    a clause that names another person ("刚陪我奶奶去菜市场"): whose age it is, the text leaves
    open."""
    clause = clause_before(low, start)
    if not _SUBJECTLESS.fullmatch(clause) or len(clause) >= start:
        return False
    if not _CN_AGE_AFTER.match(low, num_end(low, start)):
        return False  # (English clauses name their subject: "music and my dogs, 22 years old")
    # (somebody of the respondent's: "阿姨一个，六十多岁了" is the respondent)
    return _OWNED_RE.search(clause_before(low, start - len(clause) - 1)) is not None


# A baby of the household's, by a word the people lists leave out: "我家宝宝", "俺家小宝".
_OWN_BABY = re.compile(
    r"(?:我|俺|咱|我们|咱们)家(?:里)?的?(?:宝宝|宝贝|小宝|大宝|二宝|小家伙|崽崽?)"
)
_YEARS_OLD_AFTER = re.compile(r"\s*(?:years?|yrs?)[ -]old\b")
_KIN_ONLY = re.compile(
    r"\s*(?:my|our)\s+(?:husband|hubby|wife|partner|boyfriend|girlfriend|son|daughter|brother"
    r"|sister|dad|father|mum|mom|mother)\s*"
)
# An age before a word for a relative: "a 40 year old husband", "my 19-year-old son".
_KIN_NOUN_AFTER = re.compile(
    r"[ -]?(?:years?|yrs?)[ -]old\s+(?:(?:\w+)\s+)?(?:husband|hubby|wife|partner|boyfriend"
    r"|girlfriend|fianc[eé]e?|son|daughter|nephew|niece|brother|sister"
    r"|grandson|granddaughter|stepson|stepdaughter)\b"
)
_HE_SHE_SUBJECT = re.compile(r"\s*(?:and\s+|but\s+)?(?:he|she)(?:'s|\s+is|\s+was)\b")
_OWNED_RE = re.compile(r"(?:我|俺)(?:们)?(?:家里?)?的?(?:" + OUTSIDE + "|" + HOUSEHOLD + ")")
_CN_AGE_AFTER = re.compile(r"\s*(?:多|来|几)?\s*(?:周岁|岁)")
_NUMERAL_RUN = re.compile(r"[\d零〇一二两三四五六七八九十百]+")


def num_end(low: str, start: int) -> int:
    m = _NUMERAL_RUN.match(low, start)
    return m.end() if m else start


_THAN_ME = re.compile(r"比[我俺咱]")


# Between an age and a kin word after it, nothing but a space ("32岁 娃三岁", "32 kid is 3") or
# nothing at all; then the kin word's own age: the kin word opens a clause of its own.
_APART = re.compile(r"(?:周岁|岁)?\s+|(?:周岁|岁)|")
_OWN_AGE_AFTER = re.compile(
    r"\s*(?:今年|都|已经|才|也|刚|刚刚|现在|(?:is|'s)(?:\s+(?:only|just|about))?)?\s*"
    r"(?:\d{1,2}\s*(?:周岁|岁|个月|years?|yrs?|y/?o|months?|$|[,，。.!！;；])"
    r"|[一二两三四五六七八九十]{1,3}(?:周岁|岁|个月))"
)
# ... or, set apart by a space, the kin word's own school: "32岁 女儿刚上小学"
_SCHOOL_AFTER = re.compile(
    r"\s*(?:今年|都|已经|才|也|刚|刚刚|现在|在)*\s*(?:上|读|念)(?:了)?\s*"
    r"(?:幼儿园|小学|初中|高中|中学|[一二三四五六]年级|[初高][一二三])"
)


def kin_with_own_age(low: str, num_end_at: int, kin_start: int, kin_end: int) -> bool:
    """The kin word at `kin_start`..`kin_end`, right after the number ending at `num_end_at`,
    has its own age after it ("32岁 娃三岁"): the number is not the kin's age."""
    apart = _APART.fullmatch(low, num_end_at, kin_start)
    if apart is None:
        return False
    spaced = apart.group().endswith(" ")
    return bool(
        _OWN_AGE_AFTER.match(low, kin_end) or (spaced and _SCHOOL_AFTER.match(low, kin_end))
    )


# "a 10 year old", "any 17 year olds": a person of that age, spoken of as a noun (not "I'm a 30
# year old guy", "as a 40 year old", nor "a 45 yr old bloke here", the respondent described).
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|any|every|each)\s+$")
_SELF_BEFORE = re.compile(r"\b(?:i'?m|i am|as|being|just|only|me|myself)\s+(?:a|an)\s+$")
_NOUN_AGE_AFTER = re.compile(
    r"\s*-?\s*(?:years?|yrs?|y/?o)(?:[ -]olds?)?\b(?![ -]old\b)"
    r"(?!\s+(?:guy|man|woman|bloke|lady|girl|lad|dude|gal|fella|chap|male|female|here|myself"
    r"|mum|mom|dad|grandma|grandad|granny|retiree|pensioner|student|from|in|living|who|with)\b)"
)
# "10岁的算吗", "我家10岁的算不算": a child of that age, asked about
_COUNTS_ZH_AFTER = re.compile(
    r"\s*(?:周岁|岁)(?:的)(?:孩子|小孩|娃)?\s*(?:也|还)?算(?:吗|不算|不|么|嘛)"
)


def _a_person_of_age(low: str, start: int, end: int) -> bool:
    """The age at `start`..`end` is of a person spoken of as "a 10 year old" or asked about as
    "10岁的算吗"."""
    if _COUNTS_ZH_AFTER.match(low, end):
        return True
    before = low[max(0, start - 16) : start]
    return bool(
        _ARTICLE_BEFORE.search(before)
        and not _SELF_BEFORE.search(before)
        and _NOUN_AGE_AFTER.match(low, end)
    )

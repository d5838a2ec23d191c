"""Two children told apart by birth order, each with an age or a stage: children at home.

Parents name their children as the elder and the younger and say how old each is: "大的不到十岁，
小的才两岁", "老大五岁，老二三岁", "eldest is 9, the youngest is 2", "one's at primary, the other's
in nappies". No word of the lexicon names a child there ("大的" is as often a size), yet the pair,
each with an age or a school stage, can only be children; when one of them is under 18 (or at
school, in nappies, a baby) the household has a child (True, in any answer). Two grown ages ("大的
三十了，小的二十五") say nothing here, and animals ("大的那只猫五岁") or somebody else's children
("my sister's two") are left out. One child named by birth order opening a clause, at a school
below university or still a baby ("老大读初二", "老二还在喂奶"), is a child at home too. Kept
apart from `young_children` (one child shown by a small child's words) because most of these
readings need the pair.
"""

from __future__ import annotations

import re

from bot.understanding.family.animals import PET_EN, PET_ZH
from bot.understanding.numerals.cn_numerals import cn_plain

_CUE = re.compile(
    r"大的|老大|大宝|大儿子|大女儿|大闺女|eldest|oldest|older|elder|big one|one's|one is"
)
_OTHERS = re.compile(
    PET_ZH + "|" + PET_EN + r"|孙|侄|外甥|他家|她家|邻居|亲戚|grand|niece|nephew"
    r"|\b(?:sister|brother|friend|neighbou?r|cousin|mate)'s\b"
)

_START_ZH = r"(?:^|(?<=[,，。;；、!！~\s])|(?<=我家|家里|俺家|咱家))"
_ELDER_ZH = r"(?:大的|老大|大宝|大儿子|大女儿|大闺女|大丫头|大小子)"
_YOUNGER_ZH = r"(?:小的|老二|老三|老幺|老小|二宝|小宝|小儿子|小女儿|小闺女|小丫头|小小子)"
_NUM_ZH = r"(?P<num>\d{1,2}|[一两二三四五六七八九十]{1,3})"
# an age: "不到十岁", "才两岁", "十二", "8岁了", "三个月"; or a child's stage
_SAID_ZH = (
    r"(?:是|今年|才|刚|都|已经|快|还|也)*(?:(?P<under>不到|不满|没到|还不到|还没到|不足))?"
    + _NUM_ZH
    + r"(?:(?P<months>个月)|(?:周)?岁)?(?:多|半)?(?:了|啦|不到)?(?=\s*(?:$|[,，。;；!！~、]))"
    r"|[^,，。;；]{0,6}?(?P<stage>小学|初中|高中|幼儿园|托班|年级|[初高][一二三]|吃奶|会走|会爬|会跑"
    r"|学走路|满月|刚出生|尿不湿|纸尿裤|襁褓|上学|奶粉|喂奶|吃母乳|哺乳|断奶|换尿布)"
)
_PAIR_ZH = re.compile(
    _START_ZH + _ELDER_ZH + r"(?:[^,，。;；]{0,2}?)(?:" + _SAID_ZH.replace("?P<", "?P<a_") + r")"
    r"[^。;；]{0,12}?[,，、\s]\s*" + _YOUNGER_ZH + r"(?:[^,，。;；]{0,2}?)(?:" + _SAID_ZH + r")"
)

_ELDER_EN = (
    r"(?:\b(?:the|my|our)\s+)?\b(?:eldest|oldest|older one|elder one|big one|first ?born"
    r"|older (?:boy|girl|lad|lass|son|daughter)|one)"
)
_YOUNGER_EN = (
    r"(?:\b(?:the|my|our)\s+)?\b(?:youngest|younger one|younger|little one|small one|wee one|baby"
    r"|younger (?:boy|girl|lad|lass|son|daughter)|other one|other)"
)
_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty"
).split()
_WORD_VALUE = {w: float(i + 1) for i, w in enumerate(_WORDS[:19])} | {
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
}
_NUM_EN = r"(?P<num>\d{1,2}|" + "|".join(_WORDS) + r")"
_SAID_EN = (
    r"(?:'s|\s+is|\s+turned|\s+turns|,)?\s+(?:just\s+|only\s+|nearly\s+|almost\s+|barely\s+)?"
    r"(?:(?P<under>under|not yet)\s+)?" + _NUM_EN + r"(?:\s*(?P<months>months?)(?:\s+old)?"
    r"|\s*(?:years?\s+old|yrs?|yo))?(?=\s*(?:$|[,.;!)&]|and\b|but\b))"
    r"|(?:'s|\s+is)\s+(?:still\s+|just\s+)?(?:(?:at|in|starting|started)\s+(?:a\s+)?)?"
    r"(?P<stage>primary|nursery|preschool|reception|kindergarten|daycare|year \d|grade \d"
    r"|nappies|diapers|middle school|secondary|high school|school|a baby|a toddler|a newborn)\b"
)
_PAIR_EN = re.compile(
    r"(?:^|(?<=[,.;:!?(])\s*|(?<=\s))"
    + _ELDER_EN
    + r"(?:"
    + _SAID_EN.replace("?P<", "?P<a_")
    + r")[^.;!?]{0,16}?(?:[,&]|\band\b|\bwhile\b)\s*"
    + _YOUNGER_EN
    + r"(?:"
    + _SAID_EN
    + r")"
)


def _minor(m: re.Match[str], prefix: str) -> bool | None:
    """Is the child the match told of under 18 (None when no age or stage was caught)?"""
    groups = m.groupdict()
    if groups.get(prefix + "stage"):
        return True
    if groups.get(prefix + "months"):
        return True
    number = groups.get(prefix + "num")
    if number is None:
        return None
    value = float(number) if number.isdigit() else _WORD_VALUE.get(number, cn_plain(number))
    if value is None:
        return None
    return value <= 18 if groups.get(prefix + "under") else value < 18


# One child by birth order, opening a clause, at school or still a baby: "老大读初二", "老二还在
# 喂奶", "我家老三上幼儿园" (not "老大读大学", nor "老大在深圳上班", nor "我是老大").
_ONE_ZH = re.compile(
    r"(?:" + _START_ZH + r"|(?<=我们|俺们))(?:老大|老二|老三|老四|老幺|老小|大宝|二宝|三宝)"
    r"(?:现在|今年|才|刚|都|也|还)*"
    r"(?:(?:在)?(?:读|上|念)(?:小学|初中|高中|幼儿园|托班|[一二三四五六]年级|[初高][一二三]|学前班)"
    r"|(?:在)?(?:吃奶|喂奶|吃母乳|哺乳|穿尿不湿|用纸尿裤|学走路|学说话))"
)


def spans(low: str) -> list[tuple[int, int]]:
    """Where two children of the respondent's are told apart by age, one of them a minor, or
    one of them is named by birth order at school or as a baby."""
    if not _CUE.search(low) and "老" not in low and "宝" not in low:
        return []
    if _OTHERS.search(low):
        return []
    found = [m.span() for m in _ONE_ZH.finditer(low)] if "老" in low or "宝" in low else []
    for pattern in (_PAIR_ZH, _PAIR_EN):
        for m in pattern.finditer(low):
            if _minor(m, "a_") or _minor(m, ""):
                found.append(m.span())
    return found

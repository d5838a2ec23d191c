"""Partner and child words in a figure of speech, a joke or a title, which name nobody.

People joke about the household questions: a phone, a games console or a cat is called a wife
or a boyfriend ("my cat is my partner", "手机就是我老婆", "my xbox is my girlfriend"), plants and
pets are called babies ("my plants are my babies", "我的猫就是我的孩子"), someone is "married to
the game" or "engaged to my phone", apprentices are "two kids... at work", an anime character is a
"纸片人老婆". None of these is a partner or a child, and a joke alone is no answer (vague, so the
question is asked again). "Married with Children" watched is a sitcom, and "the missus of the
house next door" somebody else's. Being married to one's job is read as single in the
vocabulary (`booleans`); here are only the jokes that say nothing either way. Each check runs
behind a literal test of the word itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.understanding.family.animals import PET_EN, PET_ZH

# Things, animals and people of work that are called a partner or a child in jest.
_THING_EN = (
    r"(?:(?:iphone|phone|mobile|laptop|computer|pc|xbox|playstation|ps[45]|switch|console|tv"
    r"|telly|bed|couch|sofa|pillow|car|bike|motorbike|guitar|gym|game|games|football|golf|netflix"
    r"|plants?|books?|coffee|wine|beer|pizza|fridge|garden|cactus|succulents?)\b|" + PET_EN + ")"
)
# ... and people of work, only as the subject: "my apprentices are my kids" (but "my wife is a
# student" is a wife)
_WORKER_EN = r"(?:apprentices|students|pupils|trainees|interns|staff|employees|team|players)\b"
_THING_ZH = (
    r"(?:手机|电脑|游戏|王者|吃鸡|被窝|沙发|键盘|显卡|电视|二次元|纸片人|多肉|花草|植物|绿植"
    r"|" + PET_ZH + ")"
)
_WORKER_ZH = r"(?:学生|徒弟|员工|队员)"
# the word ends its clause: "手机就是我老婆" (not "手机是我老公买的", "my phone is my husband's")
_ENDS_ZH = re.compile(r"(?=$|[,，。.!！~…?？\s]|啊|呀|吧|哈|嘛|呢|哦|啦|😂|🤣)")
_OWNED_AFTER = re.compile(r"['’]")
_FILLER_EN = r"(?:(?:basically|literally|like|kinda|pretty much|only|real|true|one true)\s+){0,2}"
# "my cat is my partner", "the xbox is basically my girlfriend", "my plants are my babies"
_THING_IS_EN = re.compile(
    r"\b(?:my|the|this|our|me)\s+(?:"
    + _THING_EN
    + "|"
    + _WORKER_EN
    + r")\s+(?:is|'s|are|=)\s+"
    + _FILLER_EN
    + r"(?:(?:my|our|me)\s+)?"
    + _FILLER_EN
    + r"$"
)
# "手机就是我老婆", "我的猫就是我的孩子", "游戏才是我对象"
_THING_IS_ZH = re.compile(
    r"(?:"
    + _THING_ZH
    + "|"
    + _WORKER_ZH
    + r")(?:们)?(?:都|就|才|便|也|其实)?(?:是|算)(?:我|俺)?(?:的|家)?"
    r"(?:唯一的?)?$"
)
# an anime or paper partner: "纸片人老婆", "二次元老公"
_PAPER_BEFORE = re.compile(r"(?:纸片人|二次元)的?$")
# "my girlfriend is my xbox", "我老婆是纸片人", "我对象是只猫"
_IS_THING_EN = re.compile(
    r"\s+(?:is|'s|=)\s+(?:basically\s+|literally\s+)?(?:my|a|an|the)\s+"
    + _THING_EN
    + r"(?=\s*(?:$|[^\w\s'’]|lol\b|haha\b|lmao\b|tbh\b))"
)
_IS_THING_ZH = re.compile(
    r"(?:就|其实)?是(?:一)?(?:只|条|个|台|部)?" + _THING_ZH + _ENDS_ZH.pattern
)
# "married to the game", "engaged to my phone" (not "married to Dan", "married, to my job too")
_WED_TO_THING = re.compile(r"\s+to\s+(?:my|the|this|a|me)\s+" + _THING_EN)
_WED = frozenset(("married", "engaged", "wedded", "hitched"))
# children at work: "two kids... at work (my apprentices)", "my kids at the office"
_CHILD_EN = frozenset(("kid", "kids", "children", "babies", "boys", "girls", "kiddos"))
_AT_WORK_AFTER = re.compile(
    r"[\s.…]*(?:at work|at the office|at the shop|on my team|in my team|at the firm)\b"
    r"|[^.!?]{0,12}\(\s*(?:my|the)\s+(?:apprentices|trainees|interns|students|pupils|staff"
    r"|team|employees|players)\b"
)
# the sitcom: "watching Married with Children", "reruns of married with children"
_SHOW_BEFORE = re.compile(r"\b(?:watch\w*|show|sitcom|reruns?|episodes?|series|tv|telly)\b")
# "the missus of the house next door", "the wife of my boss": another's
_OF_OTHER_AFTER = re.compile(r"\s+of\s+(?:the|my|his|her|their|our|that|this|a|an|\w+'s)\b")
_OF_WORDS = frozenset(("the wife", "the husband", "the missus", "the mrs", "the partner"))
# a former partner who married again: "我前夫再婚了", "前妻早就再婚了" (but "跟前夫复婚了" is the
# respondent's own remarriage)
_EX_REMARRIED_BEFORE = re.compile(
    r"(?<![跟和与同])(?:前夫|前妻|前任|ex)(?:都|也|早就|早|已经|又|去年|前年|刚|今年)*$"
)


def figure(low: str, start: int, end: int) -> bool:
    """The partner or child word at `start`..`end` names nobody of the household: a thing or an
    animal called so, a marriage to a thing, pupils at work, the sitcom, another's spouse."""
    word = low[start:end]
    before = low[max(0, start - 40) : start]
    if word.isascii():
        owned = _OWNED_AFTER.match(low, end) or _OWNED_AFTER.search(word[-2:])
        if _THING_IS_EN.search(before) and not owned:
            return True  # "my cat is my partner" (not "the car is my wife's")
    elif (_THING_IS_ZH.search(before) and _ENDS_ZH.match(low, end)) or _PAPER_BEFORE.search(before):
        return True  # "手机就是我老婆" (not "手机是我老公买的"), "纸片人老婆"
    if _IS_THING_EN.match(low, end) or (not word.isascii() and _IS_THING_ZH.match(low, end)):
        return True
    if word in _WED and _WED_TO_THING.match(low, end):
        return True
    if word in _CHILD_EN and _AT_WORK_AFTER.match(low, end):
        return True
    if word in _OF_WORDS and _OF_OTHER_AFTER.match(low, end):
        return True
    if word.startswith(("再婚", "复婚", "又复婚")) and _EX_REMARRIED_BEFORE.search(before):
        return True
    if word in ("两地分居", "分居两地") and low.startswith("的", end):
        return True  # "分居两地的爸妈": somebody else's marriage
    if "married with children" in low and word in ("married", "children"):
        return bool(_SHOW_BEFORE.search(low, 0, low.index("married with children")))
    return False


# The joke as an answer: said alone it answers nothing, so the question is asked again. Every
# joke holds a partner or child word or a marriage, so a literal scan comes first.
_GATE = re.compile(
    r"partner|friend|wife|husband|hubby|bab|kid|children|bf|gf|married|engaged|wedded|hitched"
    r"|老婆|老公|对象|媳妇|孩子|宝宝|娃|崽"
)
_WORD_EN = re.compile(
    r"\b(?:partner|boyfriend|girlfriend|bf|gf|wife|husband|wifey|hubby|baby|babies|kids|children)"
    r"\b(?!['’])"
)
_WORD_ZH = re.compile(r"(?:老婆|老公|对象|女朋友|男朋友|媳妇|孩子|宝宝|娃|崽)(?![的买用送给])")
_WED_SAID = re.compile(
    r"(?:married|engaged|wedded|hitched)\s+to\s+(?:my|the|this|a|me)\s+" + _THING_EN
)
_AT_WORK_SAID = re.compile(r"(?:kids|children|babies)[\s.…]*(?:at work|at the office)\b")


def figures_said(said: str) -> Iterator[re.Match[str]]:
    """Every joke of this module in `said` (a lower-cased message, questions blanked)."""
    if _GATE.search(said) is None:
        return
    for m in _WORD_EN.finditer(said):
        if _THING_IS_EN.search(said, max(0, m.start() - 40), m.start()):
            yield m  # "my cat is my partner"
    for m in _WORD_ZH.finditer(said):
        start = m.start()
        if _THING_IS_ZH.search(said, max(0, start - 16), start) or _PAPER_BEFORE.search(
            said, max(0, start - 4), start
        ):
            yield m  # "手机就是我老婆", "纸片人老婆"
    yield from _WED_SAID.finditer(said)  # "married to the game"
    yield from _AT_WORK_SAID.finditer(said)  # "two kids... at work"

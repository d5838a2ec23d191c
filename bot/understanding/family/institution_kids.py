"""Children of a school or nursery the respondent speaks for, who are pupils and no dependants.

Teachers and nursery staff speak of "our" kindergarten or class and of the children in it: "我们
幼儿园小朋友可多了", "我们班孩子都很乖", "俺们学校里的娃娃", "our kindergarten has loads of
kids", "the kids in my class". The respondent's workplace with children named before does the
same: "我在幼儿园上班 娃娃可多了", "以前在幼儿园当保育员，带过的孩子可老多了", "I work at a
nursery, the little ones are a handful", "Teach a class of 28 Year 3s, so kids all day". None of
these children is the respondent's. A child owned in the same clause stays one: "我家小朋友上幼儿园
了", "我们幼儿园的老师说我家孩子很乖", "my kids' school has lots of kids, and my two love it" (the
own children are judged as their own words).
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

_PLACE_ZH = (
    r"(?:幼儿园|托儿所|托班|早教(?:中心|班)?|学校|小学|中学|初中|高中|班级?|补习班|培训班|辅导班"
    r"|托管班?|园)"
)
# "我们幼儿园小朋友", "咱们班的孩子们", "俺们学校里那帮娃娃"
_OUR_PLACE_ZH = re.compile(
    r"(?:我们|咱们|俺们|我们的|咱们的)"
    + _PLACE_ZH
    + r"(?:里|上)?的?(?:[这那]?(?:些|群|帮|几个))?\s*$"
)
# "我在幼儿园上班", "在小学当老师", "我是幼师": a job among children, earlier in the message
# ("我是幼儿园老师", "我教小学嘅", "做中学老师": a teacher's job named)
_WORK_ZH = re.compile(
    r"在" + _PLACE_ZH + r"(?:里)?(?:上班|工作|教书|当老师|做老师|打工|带班|当保育员|做保育员)"
    r"|幼师|幼教|保育员"
    r"|(?:我是|我系|我做|当|做)(?:幼儿园|小学|中学|初中|高中)?(?:的)?老师"
    r"|我(?:是)?教(?:幼儿园|小学|中学|初中|高中|书)"
)
_PLACE_EN = (
    r"(?:kindergarten|kindy|kinder|nursery|pre-?school|daycare|day care|school|class|classroom"
    r"|creche|crèche|childcare cent(?:re|er))"
)
# "our kindergarten has loads of kids", "my class has so many kids"
_OUR_PLACE_EN = re.compile(
    r"\b(?:our|my)\s+" + _PLACE_EN + r"\s+(?:has|had|have|'s got|has got|is full of|gets)\s+"
    r"(?:(?:so|such|lots|loads|heaps|a lot|plenty|tons|a ton|a bunch|so many|many|too many)\s+"
    r"(?:of\s+)?)?(?:(?:little|young|small|wee|lovely|noisy|cheeky)\s+)?$"
)
# "the kids in my class", "the children at our nursery"
_IN_OUR_PLACE_EN = re.compile(r"\s+(?:in|at|of)\s+(?:my|our)\s+" + _PLACE_EN + r"\b")
# "I work at a nursery", "I teach at a kindergarten", "teach a class of 28 Year 3s"
_WORK_EN = re.compile(
    r"\bi\s+(?:work|teach|help out)\s+(?:at|in)\s+(?:a|an|the|our)\s+" + _PLACE_EN + r"\b"
    r"|\b(?:i\s+)?teach(?:ing)?\s+(?:a|the)\s+class\b|\bi'?m\s+a\s+(?:\w+\s+)?teacher\b"
)
_OWNED_BEFORE = re.compile(r"(?:我|俺|咱)家|自己(?:家|的)|\b(?:my|our)\s+(?:own\s+)?$")
# The place word itself, said as "our" place that holds children.
_OUR_BEFORE_EN = re.compile(r"\b(?:our|my)\s+$")
_HOLDS_AFTER_EN = re.compile(r"\s+(?:has|had|have|'s got|has got|is full of|gets)\b")
# After a job among children only a group of children is pupils, with nobody had in the clause.
_GROUP_WORDS = frozenset(
    ("小朋友", "孩子们", "娃娃", "娃娃们", "小孩子", "kids", "children", "little ones", "kiddies")
)
# ... or children dealt with as a crowd: "天天跟孩子打交道", "日日对住成班细路".
_DEALT_WORDS = frozenset(("孩子", "小孩", "细路", "细路仔", "学生", "学生仔"))
# ("带过的孩子": the ones looked after in the job)
_DEALT_BEFORE = re.compile(
    r"(?:带过|教过|带)的\s*$|(?:跟|同|和|对住|对着|面对)(?:一班|成班|一群|一帮|一堆|成群)?\s*$|(?:成班|一班|一群|一帮|一堆)\s*$"
)
_HAD_BEFORE = re.compile(
    r"有|家|我|俺|[\d一二两三四五六七八九俩仨]\s*个|\b(?:have|has|had|got|my|our|mine|two|three)\b"
)
_TRIGGERS = (
    "我们",
    "咱们",
    "俺们",
    "幼",
    "在",
    "老师",
    "教",
    "our",
    "my",
    "i work",
    "teach",
    "保育",
    "i help",
)


def pupils(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` names pupils of the respondent's school or nursery."""
    if not any(t in low for t in _TRIGGERS):
        return False
    before = clause_before(low, start)
    if (
        re.fullmatch(_PLACE_EN, low[start:end])
        and _OUR_BEFORE_EN.search(before)
        and _HOLDS_AFTER_EN.match(low, end)
    ):
        return True  # "our kindergarten has lots of kids": the place itself, no child at it
    if _OWNED_BEFORE.search(before):
        return False
    if _OUR_PLACE_ZH.search(before) or _OUR_PLACE_EN.search(before):
        return True
    if _IN_OUR_PLACE_EN.match(low, end):
        return True
    if low[start:end] not in _GROUP_WORDS and not (
        low[start:end] in _DEALT_WORDS and _DEALT_BEFORE.search(before)
    ):
        return False
    work = _WORK_ZH.search(low, 0, start) or _WORK_EN.search(low, 0, start)
    if work is None:
        return False
    # nobody had between the job and the word: "我在幼儿园上班，自己有两个孩子" are own
    return not _HAD_BEFORE.search(low, max(work.end(), start - len(before)), start)

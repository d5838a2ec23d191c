"""Chinese kin words that name nobody in the respondent's household.

A child or partner word in Chinese chat is often no household member at all: the respondent
calling themself a baby ("感觉自己还是宝宝"), children in general ("现在养孩子多难"), a child only
planned, feared or put off ("怕生完孩子要回娘家住", "等宝宝出生了再换", "娃的事还没顾上"), a
grown son or daughter whose word decides ("看我闺女咋说") or whose home the respondent moved
into ("跟儿子住城里"), and a spouse as a category of a company benefit ("benefit里有spouse的医疗
保险"). `household` skips these words; a missed value is better than a false one.
"""

from __future__ import annotations

import re

from bot.understanding.family import household_senses, people_en, people_zh, short_stays
from bot.understanding.family.adult_children import minor_named
from bot.understanding.people import clause_before

_CHILD = re.compile(r"孩子|小孩|娃|宝宝|儿子|女儿|闺女")
_SON_OR_DAUGHTER = re.compile(r"儿子|女儿|闺女")

# "感觉自己还是宝宝", "我还是个宝宝", "人家也是宝宝" (not "我是宝宝的妈", "我还是宝宝的时候").
_SELF_BEFORE = re.compile(r"(?:自己|我|俺|人家)(?:也|都|就|还|永远|依然|只)*(?:是|算)(?:个|一个)?$")
_OF_AFTER = re.compile(r"\s*的")
# "养孩子多难", "这年头带娃太累了": raising children in general, said with how hard it is (not
# "我养孩子太累了", "一个人带娃不容易", the respondent's own).
_RAISING_BEFORE = re.compile(r"(?<![我俺])(?<!一个人)(?<!自己)(?<!独自)(?:养|带|生|供|抚养)$")
_HARD_AFTER = re.compile(
    r"\s*(?:真的?|太|多|好|很|挺|可|也|是)*(?:难|贵|累|费钱|烧钱|不容易|辛苦|操心|花钱)"
)
# A child only planned or feared: "怕生完孩子", "打算生个娃", "等宝宝出生了".
_PLANNED_BIRTH_BEFORE = re.compile(
    r"(?:怕|担心|等|等到|打算|准备|计划)(?:以后|将来|明年)?生(?:完|了|下|好)?(?:个|一个)?$"
)
# A child as a matter put off: "娃的事还没顾上", "孩子的事以后再说", "要孩子的事还没考虑" (not
# "娃的事都是我管").
_PUT_OFF_AFTER = re.compile(
    r"\s*的事(?:情|儿)?(?:还|都|暂时|先|也)*(?:没|不)(?:顾上|顾得上|顾得过来|考虑|想|打算|着急|急)"
    r"|\s*的事(?:情|儿)?(?:以后|将来|过两年|过几年|再说|还早)"
)
_WAIT_BEFORE = re.compile(r"(?:等|等到)(?:我们?家?的?)?$")
_BORN_AFTER = re.compile(r"\s*(?:出生|生下来|生出来|落地|出来)")
# A grown son or daughter whose word decides: "看我闺女咋说", "听我儿子的", "等我女儿拿主意".
_DECIDES_BEFORE = re.compile(r"(?:看|听|等|问问?)(?:一下)?(?:我|俺)?(?:家)?的?$")
_DECIDES_AFTER = re.compile(
    r"(?:咋|怎么|怎样|啥时候)?(?:说|定|决定|安排)|的(?:意思|$|[,，。!！])|拿主意"
)
# The respondent living in a son's or daughter's home: "跟儿子住城里", "现在和女儿住她那".
_WITH_BEFORE = re.compile(r"(?:跟|和|同|随)(?:着)?$")
_LIVES_AFTER = re.compile(r"(?:一起|一块儿?)?住(?:在)?(?:城里|县城|市里|他那|她那|他家|她家|那边)")
# "benefit里有spouse的医疗保险", "配偶险": a spouse as a category of a policy (not "my spouse").
_SPOUSE = re.compile(r"spouses?|配偶")
_POLICY_AFTER = re.compile(
    r"\s*(?:的|'s)?\s*(?:医疗|health|medical)?\s*(?:保险|险|医保|福利|benefits?|coverage|insurance"
    r"|policy|plan)"
)
_OWN_BEFORE = re.compile(r"(?:我|俺|\bmy|\bour)\s*(?:的)?\s*$")


def not_household(low: str, start: int, end: int, role: str) -> bool:
    """The kin word at `start`..`end` names nobody in the respondent's household."""
    word = low[start:end]
    before = clause_before(low, start)
    if household_senses.other_sense(low, start, end):
        return True  # "a single room", "we partner with", "you kid me", "宝宝心里苦"
    if role == "partner" and people_en.not_partner(low, start, end):
        return True  # "half my family… the other half in Houston", "dating services"
    if role == "dependents" and people_en.not_dependent(low, start):
        return True  # "my grandmother who raised nine children", "expecting our first baby"
    if role == "partner" and people_zh.not_partner(low, start, end):
        return True  # "儿女都在外地成家了", "小张和小李在谈恋爱", "俺是俩娃他妈"
    if role == "dependents" and people_zh.not_dependent(low, start, end):
        return True  # "嘘——宝宝睡着了", "我儿子说用流量就够了", "孙子是他爸妈养"
    if role == "dependents" and short_stays.visits_only(low, start, end):
        return True  # "老人有时候过来住几天": a visitor
    if role == "partner":
        return bool(
            _SPOUSE.fullmatch(word)
            and _POLICY_AFTER.match(low, end)
            and not _OWN_BEFORE.search(before)
        )
    if role != "dependents" or not _CHILD.search(word):
        return False
    if word.endswith("宝宝") and _SELF_BEFORE.search(before) and not _OF_AFTER.match(low, end):
        return True
    if _RAISING_BEFORE.search(before) and _HARD_AFTER.match(low, end):
        return True
    if _PUT_OFF_AFTER.match(low, end):
        return True
    if _PLANNED_BIRTH_BEFORE.search(before) or (
        _WAIT_BEFORE.search(before) and _BORN_AFTER.match(low, end)
    ):
        return True
    if not _SON_OR_DAUGHTER.fullmatch(word) or minor_named(low, start):
        return False
    return bool(
        (_DECIDES_BEFORE.search(before) and _DECIDES_AFTER.match(low, end))
        or (_WITH_BEFORE.search(before) and _LIVES_AFTER.match(low, end))
    )

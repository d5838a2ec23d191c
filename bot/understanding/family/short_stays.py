"""Elders and grandchildren who come to stay for a spell: visitors, not dependents.

"老人有时候过来住几天", "老人家隔段时间来住一阵", "孙子暑假过来住一个月", "老人冬天来我这住几个
月": the kin word names somebody who comes over now and then and leaves again, which says
nothing of whom the respondent keeps. Not "老人跟我们一起住", "老人过来住了，以后就跟我们过"
(moved in), nor "老人过来帮忙带孩子" (the child is the respondent's). Own sons and daughters
coming home for a weekend ("儿子周末回来住两天") are left to the other readings: they may be
boarders at school.
"""

from __future__ import annotations

import re

_VISITOR = re.compile(r"老人家?|二老|两老|老的|(?:外)?孙[子女]")

# After the word, in its clause: now and then (optional), come over, stay for a spell.
_STAY_AFTER = re.compile(
    r"家?(?:们|俩|两个)?(?:都|也)?"
    r"(?P<now>有时候?|有的时候|偶尔|偶而|时不时|隔三差五|隔段时间|隔一阵|每年|每个月|一年|过年"
    r"|逢年过节|周末|暑假|寒假|放假|冬天|夏天|节假日|农忙完)?(?:的时候)?(?:会|就|才|也)?"
    r"(?:过来|来|到)(?:我这儿?|我家|我们家|俺家|俺这|我们这|城里)?(?:里)?"
    r"(?:住|待|呆)(?:上|个)?(?P<spell>几天|两天|三天|一阵子?|一段时间|段时间|几个月|一两个月|两个月"
    r"|个把月|一个月|几周|一周|一礼拜|几个礼拜|一两天|两三天|几晚)?"
)


def visits_only(low: str, start: int, end: int) -> bool:
    """The kin word at `start`..`end` names an elder or a grandchild who only comes to stay for
    a spell."""
    if _VISITOR.fullmatch(low[start:end]) is None:
        return False
    m = _STAY_AFTER.match(low, end)
    # ("老人过来住了": moved in; "偶尔来住", "来住几天": a spell)
    return m is not None and bool(m.group("now") or m.group("spell"))

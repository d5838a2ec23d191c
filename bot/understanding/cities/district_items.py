"""A city and its district as one item of the respondent's own: "临沂兰山的", "青岛黄岛区的".

People in China place themselves by city and district together, often as the last item of a
short profile: "王秀英，五十六岁，临沂兰山的", "李强，四十岁，青岛黄岛的", "刘芳，45，成都武侯区".
A bare "临沂的" is read by `places.home_cue` as an item of its own; with the district after the
city (two or three characters, perhaps with 区 or 县) it is the same item, and the conventions
give the district's city. Not a city with something else of it: a household register, an accent,
a number plate, a phone number or a firm ("北京户口的", "四川口音的", "上海牌照的", "深圳号码",
"杭州阿里的"), a trade ("临沂开店的", "济南做生意的"), nor an origin ("老家临沂兰山的" keeps
its 老家 before the city).
"""

from __future__ import annotations

import re

_DISTRICT = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff]{2,3}?)(?:区|县)?(?:这边|那边|那块|这块)?(?:的|人)?"
    r"(?:[\s啊呀哈吧呢了~～!！。.]*)$"
)
# Things of a city that are no district: "户口", "口音", "牌照", "号码", a firm or an institution.
_NOT_DISTRICT = re.compile(
    r"户口|户籍|口音|牌照|车牌|号码|手机|号|卡|话|大学|学院|医院|公司|银行|本地|土生|老家|工作|上班|出差"
    r"|打工|读书|上学|人民|电信|联通|移动|分公司|这边|那边|阿里|腾讯|华为"
    # a trade or a stay there: "临沂开店的", "青岛跑车的", "济南做生意的", "成都待过"
    r"|做|开店|卖|跑|干|搞|混|住|待|玩|带|过|来|去|回"
    # born or raised there: "上海出生的", "北京长大的"
    r"|出生|生|长大|土著|嫁"
)
# Before the city: only the break of a list, or nothing.
_BARE_BEFORE = re.compile(r"\s*(?:我是|俺是|我|俺)?\s*$")


def city_with_district(before: str, after: str) -> bool:
    """`before` and `after`, the words of the city's clause around it, make it the respondent's
    own city with its district after it ("临沂|兰山的")."""
    if not after or _BARE_BEFORE.fullmatch(before) is None:
        return False
    m = _DISTRICT.match(after)
    return m is not None and _NOT_DISTRICT.search(m.group("name")) is None

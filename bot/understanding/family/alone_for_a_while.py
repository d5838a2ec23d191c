""" "一个人" that is alone for a while, not a single life.

"一个人" is a no to the partner question when it tells a life alone ("一个人过", "离了，一个人带
娃"). It tells no such life when:
- the respondent raises a child alone at some place, the way "我一个人带娃" is read
  (`not_words`): "我一个人在东莞带孩子", "一个人在老家带两个娃" (but "一个人在东莞带俩孩子过",
  a way of life, and "一个人在东莞" with no child);
- a partner of theirs is said before it to be away: "老公在外地跑车，我一个人在东莞",
  "我老公又出差了，我一个人在家" (but "老公走了，现在一个人", a partner gone).
Either way the word says nothing of the partner, and the other words decide.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Entry, Hit

# at a place, then raising or minding a child or an elder
_RAISING_AT = re.compile(
    r"(?:在|呆在|待在|留在|守在)[^,，。;；!！?？\s]{0,8}?(?:带|养|照顾|照看|看|管|陪)着?"
    r"(?:[两俩三仨一几]个?)?(?:孩子|娃|小孩|儿子|女儿|闺女|宝宝|老人|老小|一家老小|俩娃|两个娃)"
    r"(?![^,，。;；!！?？]{0,3}过)"
)
_PARTNER = (
    r"(?:老公|老婆|丈夫|媳妇|爱人|对象|男朋友|女朋友|男友|女友|另一半|先生|太太|孩子他爸|孩子他妈"
    r"|孩子爸|孩子妈|娃他爸|娃他妈|当家的|老伴)"
)
# the partner away: working elsewhere, on the road, on a trip
_PARTNER_AWAY = re.compile(
    _PARTNER + r"[^,，。;；!！?？]{0,6}?(?:在外地|在外面|在外头|在外打工|在外|外地|出差|跑车|跑长途"
    r"|跑货车|开长途|跑运输|跑船|出海|打工|外出|不在家|在部队|当兵|驻外|在国外|出国|常年在|派驻|援建"
    r"|去了?[\u4e00-\u9fff]{1,4}(?:上班|工作|打工))"
)
# the partner gone for good, which "一个人" then confirms
_GONE = re.compile(r"走了|去世|过世|没了|离了|离婚|分了|分手|不在了|跑了")


def says_nothing(low: str, hit: Hit, entry: Entry) -> bool:
    """The "一个人" at `hit` is alone for a while, not single."""
    if entry.kind != "bool" or entry.value is not False or low[hit.start : hit.end] != "一个人":
        return False
    if _RAISING_AT.match(low, hit.end):
        return True  # "我一个人在东莞带孩子"
    away = _PARTNER_AWAY.search(low, 0, hit.start)
    return away is not None and _GONE.search(low, away.start(), hit.start) is None

"""Small cues around a city's name: the respondent placed there in passing, or "la" no city.

Said in passing, a city is the respondent's when the words around it make it "here" or "mine":
the city with a word for here after it ("开封这边刚通光纤", "天津这边都这么办", "西安本地的营业厅"),
the city come to for work or a life ("来银川打工这边反而差", "来杭州工作两年了"),
"I am of the city" ("俺是洛阳的，名字就不说了", "我们是烟台的") or a dwelling in the city
("living in halls in Sheffield", "in a dorm in Austin"). Not "北京那边" (there), "我是洛阳人"
(a native, who may live elsewhere), "我老公是洛阳的" or "从杭州这边过去" (the way out).

A lowercase "la" after another place and a comma is the Cantonese particle or Scouse "lad"
("Liverpool, la", "Tsuen Wan la"), not Los Angeles ("in la", "LA", "Boston, LA" still are).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understanding.cities import passing_cities
from bot.understanding.others import ANYONE_RE
from bot.understanding.people import clause_around

# A word for here right after the city: "大连这边", "苏州这儿", "沈阳这块", "西安本地".
_HERE_WORDS = ("这边", "这儿", "这里", "这块", "这一块", "本地", "当地")
_HERE_AFTER = re.compile(r"市?(?:这边|这儿|这里|这一?块|本地|当地)")
# ... unless the city is the way out or a yardstick: "从杭州这边过去", "比北京这边贵".
_AWAY_BEFORE = re.compile(r"(?:从|去|往|离开|出了|比|比起|不像|不比)\s*$")
# "我是洛阳的", "俺们是开封的", "本人也是烟台本地的", "我天津的", closing the clause; not "我是洛阳
# 的老师" (a role, read by `self_labels`), "我老公是洛阳的" or "我以前是洛阳的".
# (northwestern "额" is "我": "额是延安的")
_I_AM_OF_BEFORE = re.compile(
    r"(?:^|[^\u4e00-\u9fff])\s*(?:(?:我|俺|咱|额)们?|本人)(?:也|都|就)?是?\s*$"
)
# ... also of its countryside, or working the land or a trade there: "俺是周口农村种地的", "我是
# 开封下面一个村的", "我是南阳开出租的" (not "我是北京来的", "我是上海出生的": an origin).
_AREA_OF = (
    r"(?:(?:下面|底下|下边)?的?(?:一个|个)?(?:农村|乡下|村里|镇上|县城|县里|郊区|城里|[县乡镇村]))"
)
_TRADE = (
    r"(?:种地|种田|种菜|养殖|养猪|养鸡|卖菜|开车|跑车|开出租|跑出租|开滴滴|跑滴滴|跑外卖|送外卖"
    r"|送快递|教书|打工|上班|做生意|做买卖|开店|摆摊|搞装修|干装修|干活)"
)
# (a space may close the item before other words: "俺是南充的 宽带是你们家的光纤")
_I_AM_OF_AFTER = re.compile(
    r"市?(?:本地|当地|这边|这儿|" + _AREA_OF + r"?" + _TRADE + r"?)?"
    r"的[啊呀哈呢嘛啦哦噢吧哟]*(?:\s+\S.*)?\s*"
)
# The city as a clause of its own after other answers: "免贵姓李，叫李建国，开封的".
_OWN_ITEM_AFTER = re.compile(r"市?的[啊呀哈呢嘛啦哦噢吧哟]*\s*")
# A dwelling in the city, after a word of living there: "living in halls in Sheffield", "I'm in
# student accommodation in Leeds", "renting a room in Derby", "wife and I still in the same house
# in Morgantown". The respondent is the one there: the clause opens with the dwelling or with
# "I"/"we" ("my son's living in halls in Leeds" is the son's).
_DWELLING_IN_EN = re.compile(
    # ("me and the kids in a little flat in Kettering": the respondent with their household)
    # ("just me in my flat in Khulna": the respondent alone there)
    r"(?:^\s*|\b(?:i|we)\s+|\b(?:i'?m|i am|we'?re|we are)\s+|\bme and (?:the |my )?[a-z']+\s+"
    r"|\b(?:just|only)\s+(?:me|us)\s+|\b(?:i'?ve|we'?ve|i have|we have)\s+(?:lived|been)\s+)"
    r"(?:now\s+|currently\s+|still\s+)?"
    r"(?:(?:live|living|livin|staying|renting|rent|sharing|share)(?:\s+(?:in|at))?|in|at)\s+"
    r"(?:(?:a|an|the|this|my|our|student|uni|university|college|shared|private"
    r"|council|rented|tiny|small|little|cheap|new|same|old|family|own)\s+){0,3}"
    r"(?:halls?(?: of residence)?|dorms?"
    r"|dormitory|digs|bedsit|room|studio|condo|caravan|trailer|house ?share|flat ?share"
    r"|accommodation|accom|residence|townhouse|duplex|basement|annex|bungalow|cottage|semi|flat"
    r"|house|apartment|home)"
    r"\s+(?:in|near)\s*$"
)


# Came to the city to work or live: "来银川打工", "刚来深圳上班", "出来东莞打拼三年了" (the
# respondent lives there now; not "来北京出差", "来成都玩", nor "去深圳打工", said from elsewhere).
_CAME_BEFORE = re.compile(r"(?<![回])来了?\s*$")
_CAME_FOR_AFTER = re.compile(
    r"(?:打工|上班|工作|务工|打拼|闯荡?|发展|谋生|定居|安家|落户|生活|扎根|创业|做生意|开店"
    r"|读书|上学|念书|上大学|读大学|读研|养老|带娃|陪读"
    r"|(?:都|已经|快|有)?[一二两三四五六七八九十几\d]+年了)"
)


def placed_here(low: str, start: int, end: int) -> bool:
    """Not asked: the city at `start`..`end` is "here" or the respondent's own by the words
    around it ("大连这边冬天一冷网就不稳", "俺是洛阳的", "来银川打工", "living in halls in
    Sheffield")."""
    before, after = clause_around(low, start, end)
    if before.endswith(("来", "来了")) and _CAME_BEFORE.search(before):
        return _CAME_FOR_AFTER.match(after) is not None
    if after.startswith(_HERE_WORDS) or after.startswith(("市这", "市本", "市当")):
        return _HERE_AFTER.match(after) is not None and not _AWAY_BEFORE.search(before)
    if before.endswith(("是", "我", "俺", "咱", "额", "们", "人")) and _I_AM_OF_BEFORE.search(
        before
    ):
        return _I_AM_OF_AFTER.fullmatch(after) is not None
    if after.startswith(("的", "市的")) and not before.strip():
        # a clause of its own, with nobody else named before it ("介绍人是我表哥，开封的")
        return _OWN_ITEM_AFTER.fullmatch(after) is not None and not ANYONE_RE.search(low, 0, start)
    if " of" in before and _OWN_SIDE_OF.search(before):
        return True  # "fibre hasn't reached our side of Bloemfontein": where they live
    if " and " in before and before.endswith("in ") and _JUST_US_IN_EN.search(before):
        return not _STAY_AFTER_EN.match(after)  # "just me and the missus in Toowoomba"
    if before.endswith("in ") and _NOW_AFTER.match(after) and _BUT_IN_BEFORE.search(before):
        return not ANYONE_RE.search(low, 0, start)  # "from San Diego originally but in Fresno now"
    if "where" in low[end : end + 12] and _WHERE_WE_LIVE.match(low, end):
        return True  # "when we retired to Tenby, where we still live"
    # (an item of a list or "up in Fairbanks": `passing_cities`)
    return dwelling_before(before) or passing_cities.placed(low, start, end)


# The city said to be where the respondent lives, right after it: ", where we still live".
_WHERE_WE_LIVE = re.compile(
    r"\s*,?\s*where\s+(?:i|we)\s+(?:still\s+|now\s+|currently\s+)?(?:live|stay|reside)\b"
)


# Where the respondent is now, after where they were: "… but in Fresno now", ", in Leeds these days"
_BUT_IN_BEFORE = re.compile(r"(?:^\s*|\b(?:but|and|though|tho|yet)\s+)in\s*$")
_NOW_AFTER = re.compile(r"\s*(?:now|nowadays|these days)\b(?!\s+and\s+then)")


# The respondent's own part of the city: "our side of", "my end of", "our part of" (not "their
# side of", "the far side of").
_OWN_SIDE_OF = re.compile(
    r"\b(?:our|my)\s+(?:(?:little|own|quiet)\s+)?(?:side|part|end|area|corner|bit|suburb"
    r"|section)\s+of\s*$"
)


# A home the respondent bought there: "we just bought a place in", "I've bought my first flat
# near" (not "my son just bought a house in", "bought a holiday home in").
_BOUGHT_IN_EN = re.compile(
    r"(?:^\s*|\b(?:i|we)\s+|\b(?:i'?ve|we'?ve|i have|we have)\s+)"
    r"(?:just\s+|recently\s+|finally\s+|now\s+)?(?:bought|purchased)\s+(?:a|an|our|my)\s+"
    r"(?:(?:own|first|new|little|small|big|old)\s+)*"
    r"(?:place|house|home|flat|apartment|condo|townhouse|bungalow|cottage|unit)\s+(?:in|near)\s*$"
)


# The respondent and one of their household there together: "me and the wife are in", "the
# missus and I are now in", "my husband and me are both in" (not "my wife and kids are in", "me
# and the wife were in", "me and the wife are in agreement").
_WITH_ME_IN_EN = re.compile(
    r"(?:\bme and (?:the |my |our )?[a-z']+|\b(?:the|my|our) [a-z']+ and (?:i|me))"
    r"\s+(?:are|'re|r)\s+(?:(?:now|currently|still|both|all|based|living|settled|up|down|out"
    r"|over)\s+)*in\s*$"
)
# The household said without a verb: "just me and the missus in", "only me and my partner in",
# "me and the wife in" opening the clause (not "my wife and kids in"; not a stay after it: "me and
# the wife in Paris for our anniversary").
_JUST_US_IN_EN = re.compile(
    r"(?:^\s*|\b(?:just|only)\s+)(?:me and (?:the |my |our )?[a-z']+|(?:the|my|our) [a-z']+"
    r" and (?:i|me))\s+(?:(?:now|still|both|all|up|down|out|over)\s+)*in\s*$"
)
_STAY_AFTER_EN = re.compile(r"\s*(?:for|on|over|visiting|last|this|next|till|until)\b")


# The respondent's street or neighbourhood, or visitors coming to theirs: "our whole road in
# Falmouth", "our estate in Leeds", "when they visit us in Llandudno", "come and stay with us in"
# (not "their road in", "we visit them in").
_OURS_IN_EN = re.compile(
    r"\bour\s+(?:(?:whole|little|quiet|own|old|new)\s+)?(?:road|street|estate|close|avenue|lane"
    r"|cul-de-sac|crescent|block|building|neighbou?rhood|village|town|area|bit)\s+(?:in|near)\s*$"
    r"|\b(?:visit|visits|visited|visiting|see|sees|seeing|stay with|stays with|staying with)\s+"
    r"(?:us|me)\s+(?:here\s+|down\s+|up\s+|over\s+|out\s+)?(?:in|at)\s*$"
)


def dwelling_before(before: str) -> bool:
    """`before`, the words leading up to a city, has the respondent in a dwelling there ("I'm in
    student halls in", "renting a room in", "just bought a place in"), though the dwelling may
    name people ("student"), or there with their household ("me and the wife are in")."""
    if " in" not in before and " near" not in before:
        return False
    return (
        _DWELLING_IN_EN.search(before) is not None
        or _BOUGHT_IN_EN.search(before) is not None
        or (" and " in before and _WITH_ME_IN_EN.search(before) is not None)
        or _OURS_IN_EN.search(before) is not None
    )


# The city as one item of a short list, after "in": "Maggie, in Phoenix", "Rob, 45, in Wuhan"
# (not another person's: "my sister, in Leeds", "Mum, in Leeds").
_IN_ITEM = re.compile(r"\s*(?:in|now in|living in|based in)\s+")
_PERSON_BEFORE = re.compile(
    r"\b(?:my|his|her|their|our|mum|mom|mam|ma|dad|da|sister|brother|son|daughter|wife|husband"
    r"|partner|friend|gran|nan|grandma|grandad|aunt|uncle|cousin|boss)\b"
)


def listed_in(low: str, before: str, start: int) -> bool:
    """`before`, the clause's words up to the city at `start`, is only "in" after a comma that
    closes other items of the respondent's own."""
    return _IN_ITEM.fullmatch(before) is not None and not _PERSON_BEFORE.search(low, 0, start)


# A profile typed as a list of short items with an age among them: "Female. Nurse, 41yrs, Cork",
# "女，41岁，护士，大理". A city that is an ordinary word too ("Cork", "Reading") is the
# respondent's when it is one of those items ("reading, gardening, 2 hrs a day" has no age).
_ITEM_BREAK = re.compile(r"[,.;，。；、]")
_AGE_ITEM = re.compile(r"\d{2}\s*(?:(?:yrs?|years?)(?:\s+old)?|yo|y/o|y\.o|岁|周岁)?")
_SHORT_ITEM = re.compile(r"[^\s]+(?:\s+[^\s]+){0,2}")


def profile_item(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is an item of its own in a list of three or more short items of
    the respondent's own, one of them an age ("female. nurse, 41yrs, cork")."""
    if not any(ch.isdigit() for ch in low) or _PERSON_BEFORE.search(low):
        return False
    before = _ITEM_BREAK.split(low[:start])
    after = _ITEM_BREAK.split(low[end:])
    if before[-1].strip() or after[0].strip():
        return False  # the city shares its item with other words ("cork board, 41")
    others = [i.strip() for i in before[:-1] + after[1:] if i.strip()]
    return (
        len(others) >= 2
        and all(_SHORT_ITEM.fullmatch(i) for i in others)
        and any(_AGE_ITEM.fullmatch(i) for i in others)
    )


# "Liverpool, la": a comma and "la" closing the message or its clause, right after a place.
_LA_AFTER_PLACE = re.compile(r"\s*,\s*$")
_LA_AFTER_WORD = re.compile(r"[^\W\d_]\s*$")
_LA_PREPOSITION = re.compile(r"\b(?:in|to|from|at|near|of|for|around|outside)\s*$", re.IGNORECASE)


def particle_la(surface: str, start: int, end: int, place_ends: Iterable[int] = ()) -> bool:
    """The city hit at `start`..`end` is a lowercase "la" that is a particle: right after a word
    ("Tsuen Wan la") or after a place named just before it and a comma ("Liverpool, la");
    `place_ends` are where the other places named in the message end."""
    if surface[start:end] != "la":
        return False
    before = surface[:start]
    if _LA_PREPOSITION.search(before):
        return False
    if _LA_AFTER_WORD.search(before):
        return True
    comma = _LA_AFTER_PLACE.search(before)
    return comma is not None and comma.start() in set(place_ends)

"""A city the respondent tacks on in passing under another question, as an item of their own.

Respondents often end or pad an answer with where they are: "19岁 在读大专 盐城的", "男的 开网吧的
泸州" (Chinese items split by spaces, one of them an age or a sex), "fiber optic, up in Fairbanks"
("up/down/out/over in" a place), "two year deal, Minneapolis btw" (the city as an aside), "first
year at uni in Leeds" (studying there) or "mum, 38 yrs old, in Townsville" (a parent word
that is the respondent's own label, followed by their age).
Not: a city inside another item ("去过泸州", "泸州人"), a list naming somebody else ("我妈 60岁
泸州"), another person studying there ("my son's at uni in Leeds") or a city with no other item.
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.others import ANYONE_RE
from bot.understanding.people import clause_before

# --- Chinese items split by spaces ---------------------------------------------------------

_ZH_ITEM_BREAK = re.compile(r"[\s,，。；;、!！?？~～]+")
# The city's own item: the name, "市" and "的" at most ("盐城的", "泸州市").
_ZH_CITY_TAIL = re.compile(r"市?的?[啊呀哈呢嘛啦哦噢吧]*(?:[\s,，。；;、!！?？~～]|$)")
_ZH_PROFILE_ITEM = re.compile(r"\d{1,2}\s*(?:岁|周岁)|[男女](?:的|生|士|性)?")
_ZH_SHORT_ITEM = re.compile(r"[^\s]{1,8}")


def _zh_item(low: str, start: int, end: int) -> bool:
    """The city is an item of its own among short items split by spaces, one of them an age or a
    sex ("19岁 在读大专 盐城的", "女 兰州的")."""
    if " " not in low or (start and not _ZH_ITEM_BREAK.match(low, start - 1)):
        return False
    if not _ZH_CITY_TAIL.match(low, end) or ANYONE_RE.search(low):
        return False
    others = [i for i in _ZH_ITEM_BREAK.split(low[:start] + " " + low[end:]) if i]
    others = [i for i in others if not re.fullmatch(r"市?的?[啊呀哈呢嘛啦哦噢吧]*", i)]
    # (one other item will do when it is the sex or the age: "女 兰州的", "男 武汉")
    return (
        bool(others)
        and all(_ZH_SHORT_ITEM.fullmatch(i) and i not in CITIES for i in others)
        and any(_ZH_PROFILE_ITEM.fullmatch(i) for i in others)
    )


# --- English items -------------------------------------------------------------------------

# Where the respondent is, as an item: "up in Fairbanks", "down here in Hobart", "out in Perth".
_THERE_ITEM = re.compile(r"\s*(?:up|down|out|over|back)\s+(?:here\s+)?in\s+")
# The city closing the message as an aside: "..., Minneapolis btw", "Leeds fyi", "Leeds if you
# need to know", "Leeds, since you asked" (the last two about a question not asked).
_UNASKED_ASIDE = (
    r"if you (?:really )?(?:need|must|have|want|wanna|gotta) (?:to )?know|if you must"
    r"|since you (?:ask|asked|asking)|in case you(?:'re| are|re)? (?:wondering|asking)"
)
_ASIDE_AFTER = re.compile(
    r"\s*,?\s*(?:btw|fyi|by the way|if (?:that|it) (?:helps|matters)|" + _UNASKED_ASIDE + r")"
    r"\s*[.!]*\s*$"
)
_UNASKED_ASIDE_AFTER = re.compile(r"\s*,?\s*(?:" + _UNASKED_ASIDE + r")\s*[.!]*\s*$")


def unasked_aside_after(low: str, end: int) -> bool:
    """Only an aside about a question not asked closes the message after the place ending at
    `end` ("… if you need to know", "…, since you asked"); "btw" may follow a name as well."""
    return _UNASKED_ASIDE_AFTER.match(low, end) is not None


# A parent word opening the message as the respondent's own label, then an age: "mum, 38 yrs old".
_SELF_PARENT = re.compile(
    r"\s*(?:(?:a|single|stay at home|working)\s+)?(?:mum|mom|mam|mama|dad)(?:\s+of\s+\w+)?\s*"
    r",\s*\d{2}\s*(?:yrs?|years?|yo|y/o)?(?:\s+old)?\s*,"
)
# The city closes its item: not "up in Leeds for the week"; the household the respondent lives
# there with may close it ("up in Whangarei with the missus n 3 kids").
_ITEM_END = re.compile(
    r"(?:\s+with\s+(?:the\s+|my\s+|our\s+)?(?:missus|missis|wife|husband|hubby|partner|kids"
    r"|family|fam|other half)\b(?:\s+(?:n|and|&)\s+(?:the\s+|my\s+|our\s+)?(?:\d\s+|two\s+"
    r"|three\s+|four\s+)?(?:kids|boys|girls|baby|bubs|dog|dogs|cat|cats)\b)?)?"
    r"\s*(?:now|these days|btw|lol)?\s*[.!]*\s*(?:[,;]|$)"
)
# The respondent studying there: "first year at uni in Leeds", "I'm at college in Derby", "i go
# to uni in leeds now".
_STUDYING_IN = re.compile(
    r"(?:^\s*|\b(?:i'?m|i am|im)\s+(?:now\s+|currently\s+|still\s+)?)"
    r"(?:(?:first|second|third|final|fourth|\d(?:st|nd|rd|th))\s+year\s+)?"
    r"(?:at|studying at)\s+(?:uni|university|college|school)\s+(?:here\s+)?in\s*$"
    # "i go to uni in leeds now", "doing my masters in Brisbane"
    r"|(?:^\s*|\bi\s+)(?:now\s+|currently\s+|still\s+)?go\s+to\s+(?:uni|university|college)\s+in\s*$"
    r"|(?:^\s*|\b(?:i'?m|i am|im)\s+)(?:now\s+|currently\s+)?doing\s+(?:my\s+|a\s+)?"
    r"(?:masters?|master'?s|phd|degree|bachelor'?s|undergrad|postgrad|mba|msc|bsc)\s+in\s*$"
)


def _listed_after_self(low: str, before: str, start: int) -> bool:
    """The city is an "in" item after the respondent's own parent label and age."""
    opening = _SELF_PARENT.match(low)
    if opening is None or _THERE_ITEM.fullmatch(before) is None and not before.strip() == "in":
        return False
    return ANYONE_RE.search(low, opening.end(), start) is None


def placed(low: str, start: int, end: int) -> bool:
    """Not asked: the words around the city at `start`..`end` place the respondent there, as an
    item of their own ("up in Fairbanks", "first year at uni in Leeds", "19岁 在读大专 盐城的",
    "two year deal, Minneapolis btw")."""
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        return _zh_item(low, start, end)
    before = clause_before(low, start)
    if not before.strip() and _ASIDE_AFTER.match(low, end):
        return not ANYONE_RE.search(low, 0, start)  # "two year deal, Minneapolis btw"
    if not before.endswith("in ") or not _ITEM_END.match(low, end):
        return False
    if _THERE_ITEM.fullmatch(before):
        return not ANYONE_RE.search(low, 0, start) or _listed_after_self(low, before, start)
    if before.strip() == "in":
        return _listed_after_self(low, before, start)
    if _STUDYING_IN.search(before):
        opening = start - len(before)
        return ANYONE_RE.search(low, max(0, opening - 30), opening) is None
    return False

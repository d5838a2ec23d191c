"""A city named in passing, for something other than the respondent's home.

Read beside the city, and never a home, even when it is the only place named:
- on screen: a show filmed there or about it ("刚看完在苏州拍的那个综艺", "电视上正放新加坡的
  节目", "a documentary filmed in Cairo", "that show set in Lagos");
- changing planes there ("在吉隆坡机场转机的时候", "在迪拜中转");
- a yardstick of distance ("在绍兴 离杭州挺近的", "距离上海一个小时"): the home is near it;
- the company's own office there ("your London head office", "你们上海总部");
- a city beside an unnamed place the respondent is at now ("想考浙大 杭州yyds 不过我人现在还在
  老家备考");
- a place the respondent then says they do not live in ("I work in Manchester on weekdays. I
  do not live there", "born in Halifax, but I haven't lived there in twenty years").
Not "我在苏州拍照" (no show), "I live in Halifax and love it there", "我在上海机场上班" (work at
the airport, no change of planes), "离开北京" (leaving it).
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_around

# ---- on screen
_MEDIA_ZH = r"节目|综艺|电视剧|连续剧|纪录片|电影|短剧|宣传片|真人秀|新闻|vlog"
_MEDIA_AFTER_ZH = re.compile(
    rf"^\s*(?:拍的|拍摄的|取景的|录的)|^\s*的?(?:{_MEDIA_ZH})|^\s*(?:拍|录)的[^,，。]{{0,6}}(?:{_MEDIA_ZH})"
)
_MEDIA_EN = (
    r"shows?|films?|movies?|documentar(?:y|ies)|series|programmes?|programs?|episodes?|vlogs?"
    r"|videos?|dramas?|sitcoms?|docs?"
)
_MEDIA_BEFORE_EN = re.compile(
    rf"\b(?:{_MEDIA_EN})\b[^,.;!?]{{0,30}}?\b(?:filmed|shot|set|made|recorded)\s+(?:in|at)\s*$"
    rf"|\b(?:{_MEDIA_EN})\s+(?:about|on|set in|filmed in|shot in)\s*$"
)

# ---- changing planes: "在吉隆坡机场转机", "在迪拜中转" (not "在上海机场上班")
_CONNECTION_AFTER_ZH = re.compile(
    r"^\s*(?:国际)?(?:机场|火车站|高铁站|车站|站)?[^,，。]{0,3}?(?:转机|中转|经停|过境|转车|转乘|候机)"
)

# ---- a yardstick of distance: "离杭州挺近的", "距离上海一个小时" (not "离开")
_DISTANCE_BEFORE_ZH = re.compile(r"(?:(?<![分隔])离|距离|距)\s*$")

# ---- the company's office there: "your London head office", "你们上海总部"
_OFFICE_BEFORE = re.compile(r"\b(?:your|you guys'?|the company'?s|their|its)\s+$|你们\s*$")
_OFFICE_AFTER = re.compile(
    r"^\s*(?:head\s+office|headquarters|hq|office|offices|branch|call\s+cent(?:re|er)"
    r"|head office|team)\b|^\s*(?:的)?(?:总部|总公司|分公司|客服中心|办事处|公司)"
)

# ---- the respondent then says they do not live there
_DENIED_EN = re.compile(
    r"\b(?:i|we)\s+(?:(?:do not|don'?t|no longer|never|have not|haven'?t|have never|'ve never"
    r"|did not|didn'?t)\s+(?:actually\s+|really\s+|ever\s+)?(?:live|lived|stay|stayed|living"
    r"|been living|reside|resided)|(?:am|'m)\s+not\s+(?:living|based))\s+(?:there|in it)\b"
)
# Another place named between the city and the denial, which the denial then points to.
_OTHER_PLACE = re.compile(
    r"\b(?:in|at|to|from|near)\s+(?!the\b|a\b|an\b|my\b|our\b|there\b|it\b|by\b|on\b|train\b"
    r"|weekdays?\b|order\b|fact\b|case\b|person\b|twenty\b|years\b|ages\b|\d)[a-z]"
)
_DENIAL_REACH = 160
# ... or before it: "I haven't lived in Leeds for years", "we don't live in Leeds anymore"
_DENIED_BEFORE = re.compile(
    r"\b(?:i|we)\s+(?:do not|don'?t|no longer|never|have not|haven'?t|have never|'ve never"
    r"|did not|didn'?t)\s+(?:actually\s+|really\s+|ever\s+)?(?:live|lived|stay|stayed|living"
    r"|been living|reside|resided)\s+in\s*$"
)
# A short while there, which the denial measures: "haven't lived in Leeds long".
_SHORT_WHILE = re.compile(
    r"\s*(?:for\s+)?(?:very\s+|that\s+|too\s+|all that\s+)?long\b|\s*(?:more|over)\s+than\b"
)


def _denied_later(low: str, end: int) -> bool:
    """The respondent says after the city at `end` that they do not live there, and names no
    other place in between."""
    if "there" not in low and "in it" not in low:
        return False
    denied = _DENIED_EN.search(low, end, end + _DENIAL_REACH)
    return denied is not None and _OTHER_PLACE.search(low, end, denied.start()) is None


# ---- the respondent placed now at an unnamed place: "我人现在还在老家备考", "目前住村里"
NOW_UNNAMED_ZH = re.compile(
    r"(?:我|俺)?(?:人)?(?:现在|目前|眼下|这会儿?|暂时)(?:人)?(?:还|都|也|就)?"
    r"(?:在|住在?|待在|呆在|回到?了?)(?:老家|家里|乡下|村里|镇上|县城|农村|爸妈家|父母家|娘家)"
    # (not a visit for the holidays: "杭州，现在在老家过年")
    r"(?![^,，。]{0,2}(?:过年|过节|探亲|玩|度假|休假|看))"
)
NOW_CHEAP = ("现在", "目前", "眼下", "这会", "暂时")
# A word that places the respondent at the city itself, right before it.
_AT_CITY_ZH = re.compile(r"(?:在|住|到|回|来自|是)\s*$")


def _placed_elsewhere_now(low: str, before: str, start: int) -> bool:
    """The message places the respondent now at an unnamed place, apart from the city at
    `start`, which has no word placing them there ("想考浙大 杭州yyds 不过我人现在还在老家")."""
    if not any(w in low for w in NOW_CHEAP):
        return False
    now = NOW_UNNAMED_ZH.search(low)
    return (
        now is not None and not now.start() <= start < now.end() and not _AT_CITY_ZH.search(before)
    )


def aside(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is on screen, a change of planes, a yardstick of distance,
    the company's office or a place then denied as the home."""
    before, after = clause_around(low, start, end)
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        return bool(
            _MEDIA_AFTER_ZH.match(after)
            or _CONNECTION_AFTER_ZH.match(after)
            or _DISTANCE_BEFORE_ZH.search(before)
            or (_OFFICE_BEFORE.search(before) and _OFFICE_AFTER.match(after))
            or _placed_elsewhere_now(low, before, start)
        )
    if _MEDIA_BEFORE_EN.search(before):
        return True
    if _OFFICE_BEFORE.search(before) and _OFFICE_AFTER.match(after):
        return True
    return denied_home(low, start, end)


def denied_home(low: str, start: int, end: int) -> bool:
    """The respondent says they do not live at the (English) city at `start`..`end`: "I haven't
    lived in Leeds for years" (not "… in Leeds long"), "Halifax, but I don't live there"."""
    before, after = clause_around(low, start, end)
    if _DENIED_BEFORE.search(before) and not _SHORT_WHILE.match(after):
        return True
    return _denied_later(low, end)

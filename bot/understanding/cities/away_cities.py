"""A city named for something other than the respondent's home, even when it is the only one.

Read beside the city, in its clause, and never a home whatever else is said:
- a trip just ended or under way: "just back from a week in Lisbon", "刚从成都出差回来",
  "刚去完青岛回来", "flying to Dubai tomorrow", "I'm off to Berlin on a work trip", "heading up
  to Cairns for the footy", "in London for the weekend";
- where somebody rings the respondent from: "my son rings me every Sunday from Dubai";
- a place of the past or of somebody's origin: "i used to live in Dublin", "我在长沙当过兵",
  "我在深圳打过两年工", "我在北京出生的" (not "出生长大"), "我奶奶是扬州人",
  "my nan's from Leeds";
- a city in the news, on screen, in a title, a club or a dish: "新闻里说重庆今天40度",
  "《上海滩》", "the Olympics were in Tokyo", "a book about Rome", "I support Liverpool",
  "Leicester City are doing well", "Brooklyn Nine-Nine", "the Edinburgh fringe", "a Philly
  cheesesteak", "a Dublin coddle", "重庆火锅", "天津狗不理".
Not "just moved back from Leeds to York" (York), "born and raised in Glasgow", "我在北京出生长大",
"I live in London", "在杭州读大学".
"""

from __future__ import annotations

import re

from bot.understanding.cities.city_asides import aside
from bot.understanding.cities.remarked_places import remarked
from bot.understanding.cities.song_cities import sung
from bot.understanding.people import clause_around

_BEFORE_EN = re.compile(
    # back from a trip: "just back from a week in Lisbon", "got back from Leeds last night"
    r"\b(?:just|only just|finally|recently)?\s*(?:got |came |flew |am |i'?m |we'?re )?back from"
    r"(?:\s+(?:a|an|my|our|the|two|three|four|couple|of|few|long|short|quick|lovely|work)){0,3}"
    r"(?:\s+(?:week|weeks|weekend|fortnight|days?|nights?|trip|holiday|break|visit)(?:\s+(?:in|to|at))?)?\s*$"
    r"|\bflying (?:out |over |back )?to\s*$"
    # a past home and an origin: "i used to live in Dublin"; grandparents' origin
    r"|\bused to (?:live|stay|be based)\s+(?:in|at)\s*$"
    r"|\b(?:nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather"
    r"|grandparents)(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+(?:originally\s+)?from\s*$"
    # in the news, on screen, in a title or a club
    # a wish for later: "I'd love to retire to Lisbon someday"
    r"|\b(?:'d|would)\s+(?:love|like)\s+to\s+(?:retire|move|live)\s+(?:to|in)\s*$"
    r"|\bretire\s+(?:to|in)\s*$"
    r"|\b(?:on|in) the news\b[^,.!?]*$"
    r"|\bthe (?:olympics|world cup|euros|games)\s+(?:was|were|is|are)\s+(?:held\s+)?in\s*$"
    r"|\b(?:book|film|movie|documentary|show|programme|program|podcast|series|article)\s+"
    r"(?:about|on|set in)\s*$|\bi (?:support|follow)\s*$"
    # where somebody rings the respondent from: "he rings me every Sunday from Dubai"
    r"|\b(?:rings?|rang|calls?|called|phones?|phoned|texts?|texted|messages?|messaged|facetimes?"
    r"|skypes?|writes?|wrote|emails?|emailed)\s+(?:me|us)\b[^,.;!?]{0,30}?\bfrom\s*$"
)
# A trip under way, said after the city: "off to Berlin on a work trip", "heading to Cairns for
# the footy", "in London for the weekend".
_GOING_BEFORE = re.compile(
    r"\b(?:off|heading|headed|going|driving|travell?ing|popping)\s+(?:up\s+|down\s+|over\s+"
    r"|out\s+)?to\s*$|\bi'?m in\s*$|\bwe'?re in\s*$"
)
_TRIP_AFTER = re.compile(
    r"^\s*(?:on (?:a |my |our )?(?:work |business )?trip"
    # ("going to vegas for my cousins wedding this weekend": somebody's occasion)
    r"|for (?:the|a|my|our) (?:[\w']+ )?(?:weekend|week|night|few days|couple of days|footy"
    r"|match|game|gig|concert|conference|wedding|funeral)"
    r"|for (?:work|business) (?:tomorrow|next)|(?:tomorrow|tonight|next (?:week|month))\b)"
)
_AFTER_EN = re.compile(
    r"\s*(?:city (?:are|were|won|lost|fans?|supporters?|play|beat|game|match)\b"
    r"|\s*(?:nine[ -]nine|cheesesteaks?|coddle|fringe|the musical)\b)"
)
# Chinese, before the city: "刚从成都…回来", "去完青岛回来", "新闻里说", "《", grandparents' origin.
_BEFORE_ZH = re.compile(
    r"从\s*$|去完\s*$|新闻(?:里|上)?(?:说|讲|报道)?\s*$|电视(?:上|里)(?:说|讲|在放)?\s*$"
    r"|(?:奶奶|爷爷|姥姥|姥爷|外婆|外公)(?:老家)?(?:是|在)?\s*$"
)
# Inside a title in quotes (《》 is normalised to '"'), longer than the city: '"上海滩"',
# '"北京遇上西雅图"' (not '"上海"', the city itself quoted).
_TITLE_ZH = re.compile(r'["《][^"《》]{0,12}$')
_TITLE_AFTER_ZH = re.compile(r'^[^"《》]{0,12}["》]')
_FROM_TRIP_AFTER_ZH = re.compile(r"^[^，。,.!！?？]{0,6}回来")
_AFTER_ZH = re.compile(
    # a past stint: "当过兵", "打过两年工", "待过", "出生的" (not "出生长大")
    r"^(?:当|打|待|呆|干|念|读|上|住)过|^打过[^，。]{0,4}工|^出生的?(?!长大|、|和)"
    # a dish: "重庆火锅", "天津狗不理"
    r"|^(?:火锅|狗不理|串串|冒菜|煎饼)"
)


# An event there on a given day: "our footy club's playing in Ballarat Saturday", "got a gig in
# York on Friday", "a concert in Seattle tomorrow" (not "I play in a band in Leeds": no day).
_EVENT_BEFORE_EN = re.compile(
    r"\b(?:playing|plays|play|racing|competing|performing|concert|gig|match|game|fixture|final"
    r"|tournament|race|show|wedding|party)\b[^,.;!?]{0,24}?\b(?:in|at)\s*$"
)
_DAY_AFTER_EN = re.compile(
    r"^\s*(?:(?:on|this|next|this coming)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|tomorrow|tonight|this weekend|next weekend|next week)\b"
)
# Years spent there, then left: "在太原干了三十年，退休就回老家了", "在深圳打了十年工，后来回老家
# 了", "worked in Leeds for 30 years, then moved back home" (not "在太原干了三十年", still there).
_STINT_AFTER_ZH = re.compile(
    r"^(?:(?:干|住|待|呆|工作|上班|打工|生活)了?[^，。,]{0,6}?年|打了?[^，。,]{0,4}年[^，。,]{0,2}工)"
)
_STINT_BEFORE_EN = re.compile(
    r"\b(?:worked|lived|spent|was|were|taught|stayed)\b[^,.;!?]{0,20}?\bin\s*$"
)
_STINT_AFTER_EN = re.compile(r"^\s*(?:for\s+)?(?:\w+|\d+)\s+(?:years|yrs|decades)\b")
_LEFT_LATER = re.compile(
    r"(?:回了?(?:老家|家乡|乡下)|搬走|离开)了"
    r"|(?:退休|后来|然后|之后|最后|已经)[^，。,]{0,4}?(?:回了?(?:老家|家乡|乡下)|搬走|离开)"
    r"|\b(?:then|before|until|till|and)\b[^.;!?]{0,20}?\b(?:moved (?:back|away|out|home)"
    r"|retired (?:back )?(?:home|to)|(?<!never )(?<!n't )left)\b"
)


# The respondent said not to be there, right after the place: "户口在郑州，人不在那", "registered
# in Leeds but I don't live there" (not "不在那上班": the work, not the home, denied).
DENIED_THERE = re.compile(
    r"[^。！？!?]{0,12}?(?:人|我|但|可|现在)?(?:并|早就?|已经)?不(?:在|住)(?:在)?(?:那|那儿|那边|那里)"
    r"(?:住|生活|了|啊|呢|啦|哦)*(?=$|[，。,.!！~])"
    r"|[^.!?]{0,16}?\b(?:i\s+|we\s+)?(?:don'?t|do not|no longer|never)\s+(?:actually\s+)?"
    r"(?:live|stay|living)\s+there\b"
)


def stint_then_left(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where the respondent spent years, and then they left."""
    before, after = clause_around(low, start, end)
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        stint = _STINT_AFTER_ZH.match(after) is not None
    else:
        stint = bool(_STINT_BEFORE_EN.search(before) and _STINT_AFTER_EN.match(after))
    return stint and _LEFT_LATER.search(low, end) is not None


def away(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is a trip's, the past's, an origin's or a name's, not a home."""
    if sung(low, start, end) or stint_then_left(low, start, end):
        return True  # "I left my heart in San Francisco", "在太原干了三十年，退休就回老家了"
    if DENIED_THERE.match(low, end):
        return True  # "户口在郑州，人不在那"
    if remarked(low, start, end):
        return True  # "我在杭州读的大学", "上海的房价太高了", "离重庆近": talked about, no home
    if aside(low, start, end):
        return True  # "在苏州拍的综艺", "在吉隆坡机场转机", "离杭州挺近", "your London office"
    before, after = clause_around(low, start, end)
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        zh = _BEFORE_ZH.search(before)
        if zh is not None and zh.group().startswith(("从", "去完")):
            return _FROM_TRIP_AFTER_ZH.match(after) is not None
        opened, closed = _TITLE_ZH.search(before), _TITLE_AFTER_ZH.match(after)
        if opened and closed and len(opened.group()) + len(closed.group()) > 2:
            return True
        return zh is not None or _AFTER_ZH.match(after) is not None
    if _BEFORE_EN.search(before) or _AFTER_EN.match(low, end):
        return True
    if _EVENT_BEFORE_EN.search(before) and _DAY_AFTER_EN.match(after):
        return True  # "playing in Ballarat Saturday": an event on a day, a trip there
    return _GOING_BEFORE.search(before) is not None and _TRIP_AFTER.match(after) is not None

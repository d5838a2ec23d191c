"""A city the respondent has only seen, been to once, watched or heard of: never the home.

"佛山我去年去过一次", "深圳湾那个体验店我去过", "东莞厚街那个鞋厂我待过好几年" (the city put first,
then a visit or a stay of the past said of it), "去年去湛江看过一次海" (sightseeing), "刷到好多大理
的视频" (videos or photos of it), "台北101" (a landmark), "星联总部是在北京吗" (where the company
is, asked), "最近驻场在成都" (posted on site for a project), "重庆我住了二十年，前年搬走了" (a home
left); "Astros are playin' in Seattle" (a game there), "watching Derry Girls" (a show named after
it). Not "佛山我住了十年" (still there), "我去过北京，现在住天津" (Tianjin is still read) or "I'm
playing in Seattle this season" (said of the respondent's own work).
"""

from __future__ import annotations

import re

from bot.understanding.cities.echoed_places import echoed
from bot.understanding.cities.near_landmarks import near_landmark
from bot.understanding.cities.near_places import near_only
from bot.understanding.cities.place_refusals import home_kept_back
from bot.understanding.people import clause_around

# After a city put first: a visit or a past stay said of it, in the same clause.
_SEEN_AFTER_ZH = re.compile(
    r"[^，,。！？!?；;]{0,14}?(?:我|俺|咱)(?:们|俩)?"
    r"(?:去年|前年|以前|之前|上次|小时候|早年|年轻时|那年)?(?:也|都|还|就)?"
    r"(?:去过|来过|到过|玩过|逛过|待过|呆过|住过|干过|打过工)"
)
# Sightseeing right after going there: "去湛江看过一次海", "去厦门看了看海".
_SIGHTS_AFTER_ZH = re.compile(r"看(?:过|了)(?:一次|一回|几次|看)?(?:海|日出|雪|花|灯|展)?")
_GO_BEFORE_ZH = re.compile(r"(?:去|到|来)(?:过|了)?\s*$")
# Pictures or posts of it: "刷到好多大理的视频", "看了成都的照片".
_MEDIA_AFTER_ZH = re.compile(r"的?(?:视频|照片|图片|帖子|新闻|直播|vlog|攻略)")
# A landmark named after it: "台北101", "广州塔", "上海迪士尼".
# (not "广州塔旁边住": living beside it is living in the city)
_LANDMARK_AFTER = re.compile(
    r"\s*(?:101|塔|迪士尼|迪斯尼|环球影城|欢乐谷|大剧院)(?![^，,。]{0,2}?(?:旁边|附近|边上|对面|脚下))"
)
# Where the company is, asked: "星联总部是在北京吗？", "你们公司在上海吧？".
_COMPANY_BEFORE_ZH = re.compile(r"(?:总部|总公司|公司|客服中心)(?:是|也)?(?:在|设在)?\s*$")
_QUESTION_AFTER_ZH = re.compile(r"[^，,。]{0,6}?(?:吗|吧|么|嘛|[?？])")
# Posted on a site for a project: "最近驻场在成都", "驻场成都".
_ON_SITE_BEFORE_ZH = re.compile(r"驻场(?:在|于)?\s*$")
# A home left: "重庆我住了二十年，前年跟老伴搬走了".
_LEFT_AFTER_ZH = re.compile(
    r"(?:我|俺)(?:们)?(?:住|待|呆)了[^。！？!?]{0,20}?(?<![没不])(?:搬走|搬离|搬出来|搬家了|离开了)"
)
# A game played there by a team, a show named after it.
_PLAYED_BEFORE_EN = re.compile(
    r"\b(?:are|is|were|was|they'?re)\s+play(?:ing|in'?)\s+(?:in|at|away in|away at)\s*$"
)
# A move only thought of: "thinking of shifting to Tauranga", "fixin' to move to Nashville".
_THOUGHT_MOVE_BEFORE_EN = re.compile(
    r"\b(?:(?:thinking|thinkin'?|considering) (?:of|about) (?:shifting|moving|relocating)"
    r"|(?:fixin'?|fixing) to (?:move|shift))\s+(?:up |down |over |out )?to\s*$"
)
# A stay at somebody's for a while: "kipping at my cousin's in Birmingham for a few weeks".
_STAY_BEFORE_EN = re.compile(r"\b(?:kipping|crashing|dossing|staying|sleeping)\s+(?:at|with|on)\b")
_SHORT_AFTER_EN = re.compile(
    r"\s*(?:for (?:a few|a couple(?: of)?|the next few|a|some) (?:weeks?|days?|nights?)\b"
    r"|while (?:they|we|i|he|she)\b)"
)
# A parent called "me mam" in an Irish or British voice: "me mam's in Cork".
_ME_KIN_BEFORE_EN = re.compile(
    r"\bme (?:mam|mammy|mum|ma|da|dad|nan|nana|gran|sister|brother|missus|aul fella|oul fella)"
    r"(?:'s| is)\s+(?:(?:up|down|over|back|still) )?in\s*$"
)
# Formerly at a place: "本人原在北京某设计院工作" (原 "formerly", not 原来 "it turns out").
_FORMERLY_BEFORE_ZH = re.compile(r"(?<!来)原(?:先|本)?(?:在|于)\s*$")
_WORK_BEFORE_EN = re.compile(r"\b(?:work|works|working|job's|job is)\s+(?:in|at)\s*$")
_WATCHING_BEFORE_EN = re.compile(r"\b(?:watching|watched|bingeing|binging|streaming)\s+$")


def only_seen(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is one the respondent has only visited, seen, watched or asked
    about, or a home left ("佛山我去年去过一次", "watching Derry Girls")."""
    if near_landmark(low, start, end):
        return True  # "in LA, near Santa Monica": a landmark in the city named first
    if near_only(low, start, end) or echoed(low, start, end):
        return True  # "a village near Leeds", "Reading? what's that"
    before, after = clause_around(low, start, end)
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        if _SEEN_AFTER_ZH.match(low, end) or _MEDIA_AFTER_ZH.match(low, end):
            return True
        if _FORMERLY_BEFORE_ZH.search(before):
            return True  # "原在北京…工作，退休以后回到保定定居"
        if _LANDMARK_AFTER.match(low, end) or _ON_SITE_BEFORE_ZH.search(before):
            return True
        if _GO_BEFORE_ZH.search(before) and _SIGHTS_AFTER_ZH.match(low, end):
            return True
        if _COMPANY_BEFORE_ZH.search(before) and _QUESTION_AFTER_ZH.match(low, end):
            return True
        return _LEFT_AFTER_ZH.match(low, end) is not None
    if _WORK_BEFORE_EN.search(before) and home_kept_back(low):
        return True  # "I work in Manhattan. Where I sleep is none of your business."
    if _THOUGHT_MOVE_BEFORE_EN.search(before) or _ME_KIN_BEFORE_EN.search(before):
        return True  # "thinking of shifting to Tauranga", "me mam's in Cork"
    if _STAY_BEFORE_EN.search(before) and _SHORT_AFTER_EN.match(low, end):
        return True  # "kipping at my cousin's in Birmingham for a few weeks"
    if " play" in before and _PLAYED_BEFORE_EN.search(before):
        return True  # "Astros are playin' in Seattle"
    watched = "watch" in before or "bing" in before or "stream" in before
    return watched and _WATCHING_BEFORE_EN.search(before) is not None

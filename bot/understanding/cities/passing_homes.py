"""The respondent's city said in passing, beside the answer to another question.

Answers to the age, the gender or the household often close with where the respondent lives, in
a frame the other readers do not take for a home:
- "we in lancaster", "yea my wife. we in X": "we" and "in", with no verb between;
- "retired in Truro", "retired up in Tauranga now, golf mostly": the place the respondent retired
  to (not "my dad retired in Truro", "retired in 2019");
- "three kids and a husband, in Brandon": "in <city>" closing a household of several people
  (not "my son, in Leeds", "my son and his wife, in Leeds": theirs);
- "退休老师，在杭州住", "男，32岁，广州上班": Chinese profile items (a sex, an age, a self label)
  and then the place where the respondent lives or works (not "我朋友，在杭州住").
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.people import clause_before

# "we in", "we're all in", "we're up in"
_WE_IN = re.compile(
    r"(?:^|[\s,.;!?])(?:we|we'?re|we are)\s+(?:(?:all|both|now|still|currently|based|over|out"
    r"|up|down)\s+)*in\s*$"
)
# "retired in", "retired up in", "I retired here in", "just retired in"; opening the clause
_RETIRED_IN = re.compile(
    r"^\s*(?:(?:and|but|now|just|recently|happily)\s+)*(?:(?:i|we|i'?m|i am|im|we'?re)\s+)?"
    r"(?:(?:now|just|recently|happily)\s+)*retired\s+(?:(?:up|down|out|over|back)\s+)?"
    r"(?:here\s+)?in\s*$"
)
# The city closes its item: not "in Leeds for the week", "in Truro visiting".
_ITEM_END = re.compile(r"\s*(?:now|these days|btw|lol|tho|though)?\s*[.!]*\s*(?:[,;]|$)")
# A household of several people: "three kids and a husband", "wife and 2 kids", "the 4 of us".
_HOUSEHOLD = re.compile(
    r"\b(?:kids|children|boys|girls|sons|daughters|husband|hubby|wife|missus|partner|family"
    r"|us)\b"
)
_SEVERAL = re.compile(
    r"\band\b|&|\+|\b(?:\d|two|three|four|five|six)\s+(?:kids|children|boys|girls|of us)\b"
)
_THEIRS = re.compile(r"\b(?:his|her|their|he|she|they|he's|she's|they're)\b")
_OTHERS_FIRST = re.compile(
    r"\b(?:my|our)\s+(?:mum|mom|dad|mother|father|parents?|son|daughter|brother|sister|friend"
    r"|grand\w+|aunt|uncle|cousin|neighbou?r)\b"
)

# Chinese: a profile item of the respondent's own before the place.
_ZH_ITEM_BREAK = re.compile(r"[\s,，。；;、!！~～]+")
_ZH_PROFILE = re.compile(
    r"(?:我是|本人)?(?:[男女](?:的|生|士|性)?|\d{1,3}\s*(?:岁|周岁)?"
    r"|[一二两三四五六七八九十]{1,3}(?:岁|周岁)|(?:已经?)?退休了?"
    r"|(?:已|早)?(?:退休|退役|下岗)?(?:的)?(?:老|中学|小学|大学)?(?:老师|教师|工人|职工|干部|会计"
    r"|农民|司机|医生|护士|白领|宝妈|宝爸|学生|大学生|程序员|码农|公务员|个体户|上班族|打工人"
    r"|工程师|设计师|销售|厨师|保安|保洁))"
)
# ... then the place: "在杭州住", "住在杭州", "广州上班", "在苏州生活"
_ZH_BEFORE = re.compile(r"^\s*(?:现在|目前|一直|平时)?(?:在|住在|住|定居在?)?\s*$")
_ZH_AFTER = re.compile(
    r"(?:市)?(?:住|生活|定居|上班|工作|打工|养老)?(?:着|呢|了|哈|呀)?\s*(?:[，,。.!！~～;；]|$)"
)


def placed_in_passing(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where the respondent lives, said beside another answer."""
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        return _zh_after_profile(low, start, end)
    before = clause_before(low, start)
    if not before.endswith("in ") or not _ITEM_END.match(low, end):
        return False  # cheap: every such frame ends "… in" and the city closes its item
    if low[start:end] not in CITIES:
        return False  # a town the gazetteer knows: "we're in Sales" is a line of work
    if _WE_IN.search(before) or _RETIRED_IN.search(before):
        return not _OTHERS_FIRST.search(low, 0, start)
    if before.strip() == "in":
        return _household_before(low, start - len(before))
    return False


def _household_before(low: str, opening: int) -> bool:
    """The item before the bare "in" names a household of several people, not one person."""
    item = re.split(r"[,.;!?]", low[:opening].rstrip(" ,"))[-1]
    return bool(
        _HOUSEHOLD.search(item)
        and _SEVERAL.search(item)
        and not _THEIRS.search(item)
        and not _OTHERS_FIRST.search(item)
    )


def _zh_after_profile(low: str, start: int, end: int) -> bool:
    """A Chinese city clause ("在杭州住", "广州上班") after items of the respondent's profile."""
    before = clause_before(low, start)
    if not _ZH_BEFORE.match(before) or not _ZH_AFTER.match(low, end):
        return False
    if not before.strip() and not low[end:].lstrip("市").startswith(("住", "生活", "上班", "工作")):
        return False  # a bare city item is `passing_cities`' or the list readers' to judge
    items = [i for i in _ZH_ITEM_BREAK.split(low[: start - len(before)]) if i]
    return bool(items) and all(_ZH_PROFILE.fullmatch(i) for i in items)

"""A city talked about, not lived in: never the respondent's home, even when it is the only one.

Read beside the city, in its clause:
- the place of a past schooling: "我在杭州读的大学", "我在成都上的高中", "在南京念的书", "I went to
  uni in Leeds", "I studied in Leeds", "did my degree in York" (not "我在杭州读大学", "I'm studying
  in Leeds": studying there now is living there; not "在Melbourne读完master留下来工作了", "studied
  in Leeds and never left": the respondent stayed);
- the topic of a remark on its prices, with no word placing the respondent there:
  "上海的房价太高了", "深圳物价太贵", "Melbourne's too expensive for us", "the rent in Dubai is
  crazy" (not "我在上海，房价太高了", "上海这边房价太高", "我们上海的房价", "上海的，房价太高了":
  the home, then a remark).
A city the home is near is not read here: "a small town near Leeds" gives Leeds.
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_around

# ---- schooling done there, in the past
_SCHOOLED_AFTER_ZH = re.compile(
    r"^\s*(?:读|念|上|考)(?:的|完了?)\s*(?:大学|高中|初中|小学|中学|中专|大专|技校|本科|研究生|研|硕士"
    r"|博士|书|学|卫校|师范)?"
)
_SCHOOLED_BEFORE_EN = re.compile(
    r"\b(?:went to|did)\s+(?:uni|university|college|school|high school|grad school|my degree"
    r"|my masters|my master's|my phd|my undergrad|sixth form)\s+(?:in|at)\s*$"
    r"|\b(?:i|we)\s+(?:both\s+)?(?:studied|trained|graduated)\s+(?:in|at|from)\s*$"
    r"|\bwhen i was (?:at|in) (?:uni|university|college|school)\s+(?:in|at)\s*$"
)
# Stayed on after the schooling: the city is the home after all.
_STAYED = re.compile(
    r"留(?:下|在|了)|没走|没离开|定居|安家|扎根|工作|上班|一直|至今|到现在"
    r"|\b(?:stayed|stuck around|never left|still|settled|live|living|been here|been there|now)\b"
)

# ---- the topic of a remark on what things cost there
_PRICES_AFTER_ZH = re.compile(r"^的?(?:房价|房租|租金|物价|消费水平|消费|生活成本|开销)")
_PRICES_BEFORE_ZH = re.compile(
    r"^\s*(?:[嗯唉哎哇啊哦呃]+|感觉|觉得|说实话|说真的|真的|其实|现在|如今|这几年|最近)*\s*$"
)
_PRICES_EN = re.compile(
    r"^(?:'s|\s+is)\s+(?:just\s+|way\s+|far\s+|much\s+|a bit\s+|bit\s+|far\s+)?"
    r"(?:too|so|really|crazy|insanely|ridiculously|stupidly|very)?\s*(?:expensive|pricey|dear"
    r"|unaffordable|out of (?:our|my) (?:price range|budget|league))\b"
)
_PRICES_BEFORE_EN = re.compile(
    r"\b(?:rents?|house prices|housing|property prices|cost of living|prices)\s+(?:in|around)\s*$"
)
_PRICE_VERDICT_EN = re.compile(
    r"^\s*(?:is|are|'s)\s+(?:just\s+|so\s+|too\s+|way\s+|really\s+)*(?:crazy|insane|mad|nuts"
    r"|ridiculous|silly|stupid|absurd|a joke|through the roof|expensive|sky[- ]high|too high|high)"
)
_OWN_PLACE_BEFORE_EN = re.compile(r"\b(?:i|we)\s+(?:live|lived|am|'m|are|'re|rent|stay)\b|\bmy\b")


def remarked(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where the respondent studied or a topic of prices: no
    home."""
    before, after = clause_around(low, start, end)
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        return _remarked_zh(low, before, after, end)
    return _remarked_en(low, before, after, start, end)


def _remarked_zh(low: str, before: str, after: str, end: int) -> bool:
    if ("读" in after or "念" in after or "上" in after or "考" in after) and (
        _SCHOOLED_AFTER_ZH.match(after) and not _STAYED.search(low, end)
    ):
        return True
    return _PRICES_AFTER_ZH.match(after) is not None and _PRICES_BEFORE_ZH.match(before) is not None


def _remarked_en(low: str, before: str, after: str, start: int, end: int) -> bool:
    if (" in" in before or " at" in before or " from" in before) and (
        _SCHOOLED_BEFORE_EN.search(before) and not _STAYED.search(low, end)
    ):
        return True
    if _PRICES_BEFORE_EN.search(before) and _PRICE_VERDICT_EN.match(after):
        return True
    if low.endswith("'s", start, end):
        after = "'s" + after  # the name read with its "'s" ("Melbourne's too expensive")
    return _PRICES_EN.match(after) is not None and not _OWN_PLACE_BEFORE_EN.search(before)

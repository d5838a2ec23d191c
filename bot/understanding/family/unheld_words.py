"""Household and yes/no words that hold no answer of the respondent's about a partner or a child.

- A partner or a child supposed, in a question about a price or a plan:
  "有伴侣的话套餐能便宜点吗？", "要是有娃的话，儿童手表卡多少钱？", "if I had a partner would it be
  cheaper?"; so is a bare "有" made a condition, asked or not ("有的话能便宜吗", "有的话就好了").
  The household word is a condition, not a fact ("有伴侣，套餐能便宜点吗？", "有的，能便宜吗" still
  say yes).
- "对" as the start of another word: "对齐一下", "对接", "对比" (no "right").
- A mother or father "of the child" said by the respondent of herself or himself, beside the
  gender: "女，孩子他妈", "男的，娃他爸" (a husband's word for his wife, said here of oneself;
  "女，孩子他爸在外地打工" still has a husband).
- Somebody else's wedding: "我妹刚结婚，喜酒还没吃完呢", "my sister just got married" (the "没"
  of "还没吃完" negates the eating, no "no" either).
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Entry, Hit
from bot.understanding.people import clause_before
from bot.understanding.supposing import IF_ZH

# A condition around the word: "要是…", "如果…", "…的话", "if I had…".
_IF_BEFORE = re.compile(
    r"(?:" + IF_ZH + r")[^,，。;；]*$"
    r"|\bif\s+(?:i|we)\s+(?:had|have|got|was|were|get|ever)\b[^,.;]*$|\bif\s+$"
)
_IF_AFTER = re.compile(r"[^,，。;；?？]{0,8}?的话(?![费题筒术语])")
# A bare yes word made a condition, asked or not: "有的话能便宜吗", "有的话就好了" ("if I had
# one"; the lexicon's "有的" takes the "的" of "的话").
_IF_YES_AFTER = re.compile(r"(?:的话|(?<=的)话)(?![费题筒术语])")
_ASKED = re.compile(r"[?？吗么]|多少|几多|几钱|how much|would|cheaper|discount|优惠|便宜|能不能")
# "对" opening another word.
_DUI_WORD = re.compile(r"对(?:齐|接|比|账|焦|号|口|于|面|待|付|标)")
# The mother or father of the child, said of oneself.
_PARENT_OF_CHILD = re.compile(r"(?:孩子|娃|小孩|俩孩子|两个孩子|俩娃)(?:他|她|的)?(?P<who>妈|爸)")
_FEMALE_SAID = re.compile(
    r"(?:^|[,，。\s])(?:女|女的|女士|女性|我是女)(?:的|啦|呀|吧)?\s*[,，。\s]"
)
_MALE_SAID = re.compile(r"(?:^|[,，。\s])(?:男|男的|男士|男性|我是男)(?:的|啦|呀|吧)?\s*[,，。\s]")
# Somebody else marrying: "我妹刚结婚", "my sister just got married".
_KIN_SUBJECT = re.compile(
    r"(?:我|俺)?(?:妹|姐|哥|弟|表妹|表姐|表哥|表弟|堂妹|堂姐|堂哥|堂弟|闺蜜|朋友|同事|同学|儿子|女儿"
    r"|侄子|侄女|外甥|外甥女|邻居)(?:妹|姐|哥|弟)?(?:刚|刚刚|才|已经|上个?月|今年|去年)?\s*$"
    r"|\bmy\s+(?:sister|brother|cousin|friend|mate|son|daughter|niece|nephew|neighbour|neighbor"
    r"|colleague|best friend)\s+(?:just\s+|recently\s+|finally\s+)?(?:got\s+|is\s+getting\s+)?$"
)
_MARRYING = re.compile(r"结婚|结了婚|办婚礼|摆酒|married|wedding|engaged|订婚")
# "没" negating a deed, not a having: "还没吃完", "没去".
_DEED_AFTER = re.compile(r"[吃喝看做完回办弄搞玩睡]")


def says_nothing(low: str, hit: Hit, entry: Entry) -> bool:
    """The household or yes/no word at `hit` holds no answer about the respondent's household."""
    word = low[hit.start : hit.end]
    if _ASKED.search(low) and (
        _IF_BEFORE.search(clause_before(low, hit.start)) or _IF_AFTER.match(low, hit.end)
    ):
        return True  # "有伴侣的话套餐能便宜点吗？"
    if entry.kind == "yesno" and _IF_YES_AFTER.match(low, hit.end):
        return True  # "有的话能便宜吗": a partner or a child supposed
    if entry.kind == "yesno" and word == "对" and _DUI_WORD.match(low, hit.start):
        return True  # "对齐一下"
    if entry.kind == "bool" and "partner" in entry.slot and ("妈" in word or "爸" in word):
        found = _PARENT_OF_CHILD.search(word)
        if found and found.end() == len(word):
            said = _FEMALE_SAID if found.group("who") == "妈" else _MALE_SAID
            if said.search(low, 0, hit.start + 1) or low[: hit.start].endswith(("我是", "本人")):
                return True  # "女，孩子他妈": herself
    if entry.kind == "bool" and _MARRYING.search(word):
        if _KIN_SUBJECT.search(low, 0, hit.start) or _KIN_SUBJECT.search(
            clause_before(low, hit.start)
        ):
            return True  # "我妹刚结婚": somebody else's wedding
    if entry.kind == "yesno" and "没" in word and _DEED_AFTER.match(low, hit.end):
        return _MARRYING.search(low) is not None  # "我妹刚结婚，喜酒还没吃完呢"
    return False

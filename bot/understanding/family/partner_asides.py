"""Household words said in passing that answer nothing, and a few household facts said plainly.

Read beside `boolean_words` (at its size limit) before the household words are judged:

- the partner word asked back for its sense ("partner how?", "Partner like business partner or
  like girlfriend?"): every household word in that question is part of the question;
- a partner who is one for a game ("Only partner I've got is for doubles", "partner for tennis");
- "widow" / "divorced" said of somebody else ("my dance partner is 84 and a widow");
- "I do" with an object or after "while" ("while I do this survey"): no wedding vow;
- a show's title ("Married at First Sight");
- a rhetorical "难道…？" ("难道有对象网费能便宜点？") and the "有" of an A-not-A "有没有";
- a couple or a spouse of somebody else: "王叔两口子", "他老婆", "有人吐槽自己老公", "粉丝叫我老公"
  (what others call the respondent, not "叫我老公来接", "朋友叫我老公一起去钓鱼");
- "有人" doing something ("天天有人吐槽"): somebody, no yes (not "我有人了");
- "partner" in Chinese with a business said around it ("跟朋友合伙开了个工作室，partner有一个").

Under a household question, who handles the bills or the phone ("my partner at the firm handles
all the phone stuff", "hubby pays") hedges nothing: `without_handlers` blanks it before the vague
reading.

And facts: an engagement split by "的" / "了" ("刚订的婚", "订了婚"), and children named by a
dialect word with a count ("three young'uns", "two wee bairns"), found by `spans`.
"""

from __future__ import annotations

import re

from bot.understanding.identity import pet_names
from bot.understanding.lexicon import Entry, Hit

_GATE = re.compile(
    r"partner|spouse|widow|divorc|i do|married|fianc|bachelor"
    r"|难道|有|两口子|夫妻|夫妇|他|她|自己|叫|喊|称"
)
_CLAUSE_END = re.compile(r"[.!?。！？;；]")
# "partner how?", "partner like…", "partner as in…", "partner meaning…"
_SENSE_ASKED = re.compile(
    r"\s*(?:partner|spouse|significant other|other half)s?\s*,?\s*(?:how|like|as in|meaning"
    r"|you mean|in what sense|what kind|which kind|which one|which)\b"
)
_GAME_AFTER = re.compile(
    r"(?:\s+(?:i'?ve got|i have|i got|i've|i'?ve ever had))?\s+(?:is\s+|'s\s+)?(?:just\s+|only\s+)?"
    r"for\s+(?:the\s+)?(?:doubles|tennis|squash|badminton|golf|bridge|danc\w*|salsa|ballroom|bowls"
    r"|darts|pool|quiz\w*|cards|chess|padel|pickleball|table tennis|ping pong|running|gym|training"
    r"|work|business|the business|karaoke|trivia|whist|bingo)\b"
)
_OTHERS_STATE = re.compile(
    r"\b(?!i\b|it\b|that\b|this\b|what\b)[a-z]+(?:'s|\s+is|\s+was|\s+became|\s+being)\b[^,.;!?]*$"
)
_SELF = re.compile(r"\b(?:i|i'm|im|me|myself)\b")
_I_DO_OBJECT = re.compile(
    r"\s+(?:this|that|these|those|the|it|my|a|an|some|all|most|what|stuff|things|surveys?|not)\b"
)
_I_DO_BEFORE = re.compile(
    r"\b(?:while|when|whenever|as|if|before|after|till|until|because|cos|cause|what|how)\s+$"
)
_TITLES = re.compile(
    r"married at first sight|90 day fianc|love is blind|the bachelor(?:ette)?"
    r"|wife swap|say yes to the dress|my wife and kids|desperate housewives"
)
# a couple named after somebody else: "王叔两口子", "他们夫妻俩", "邻居两口子"
_OTHERS_COUPLE = re.compile(
    r"(?:叔|伯|姨|婶|舅|哥|姐|嫂|爷|奶|姑|爹|妈|弟|妹|邻居|同事|朋友|老板|师傅|他们|她们|人家"
    r"|他家|她家|leader|boss)的?\s*$"
)
_COUPLE = ("两口子", "夫妻", "夫妇", "小两口")
# "他老婆" (not "我是他老婆", "做他媳妇": the respondent is the spouse)
_HIS = re.compile(r"(?<![其我是做当])(?:他|她)的?\s*$")
# what other people call the respondent: "粉丝老叫我老公"
_CALLED_BY = re.compile(
    r"(?:粉丝|网友|观众|别人|大家|人家|他们|她们|学生|同事|朋友|孩子们|小朋友|顾客|客户|老铁们?|家人们"
    r"|宝宝们)[^,，。；;！!？?]{0,4}(?:叫|喊|称呼?)(?:我|俺)\s*$"
)
_OTHERS_OWN = re.compile(
    r"(?:有人|别人|人家|她们|他们|大家|谁|不少人|很多人|好多人)[^,，。；;！!？?]{0,10}自己的?\s*$"
)
_SOMEBODY_DOES = re.compile(r"人(?![了啊呀的吗么呢嘛,，。.！!？?~～\s]|$)")
_BUSINESS_ZH = re.compile(r"合伙|合作|生意|工作室|开店|创业|公司|店里")
_PARTNER_HAD = re.compile(r"partners?\s*(?:的话|嘛|呢)?[,，\s]*(?:倒是|倒|也|就|还)?\s*$")


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    marks = [m.end() for m in _CLAUSE_END.finditer(low, 0, start)]
    begin = marks[-1] if marks else 0
    stop = _CLAUSE_END.search(low, end)
    return begin, stop.end() if stop else len(low)


def says_nothing(low: str, hit: Hit, entry: Entry) -> bool:
    """The household or yes/no word at `hit` says nothing about the respondent's household."""
    if _GATE.search(low) is None:
        return False
    start, end = hit.start, hit.end
    word = low[start:end]
    begin, stop = _clause(low, start, end)
    clause = low[begin:stop].rstrip()
    if "partner" in low and clause.endswith(("?", "？")) and _SENSE_ASKED.match(clause):
        return True  # "Partner like business partner or like girlfriend?"
    if entry.kind == "bool":
        if "partner" in word and _GAME_AFTER.match(low, end):
            return True  # "Only partner I've got is for doubles"
        if ("widow" in word or "divorc" in word) and (
            _OTHERS_STATE.search(low, begin, start) and not _SELF.search(low, begin, start)
        ):
            return True  # "my dance partner is 84 and a widow"
        if any(t.start() <= start < t.end() for t in _TITLES.finditer(low)):
            return True  # "watched Married at First Sight"
        if word in _COUPLE and _OTHERS_COUPLE.search(low, max(0, start - 12), start):
            return True  # "王叔两口子"
        if word[:1] in "老媳丈妻爱对" and (
            _HIS.search(low, max(0, start - 3), start)
            or (
                _CALLED_BY.search(low, max(0, start - 14), start)
                and not pet_names.acts_after(low, end)  # "朋友叫我老公一起去钓鱼"
            )
            or _OTHERS_OWN.search(low, max(0, start - 20), start)
        ):
            return True  # "他老婆", "粉丝叫我老公", "有人吐槽自己老公"
        if word.startswith("partner") and _BUSINESS_ZH.search(low, 0, start):
            return True  # "跟朋友合伙开了个工作室，partner有一个"
    if "难道" in clause and clause.endswith(("?", "？")) and low.find("难道", begin) < start:
        return True  # "难道有对象网费能便宜点？": a rhetorical question
    if entry.kind == "yesno":
        if word == "i do" and (
            _I_DO_OBJECT.match(low, end) or _I_DO_BEFORE.search(low, max(0, start - 10), start)
        ):
            return True  # "while I do this survey"
        if word.startswith("有") and low.startswith(("没有", "没"), end):
            return True  # "问我有没有对象": A-not-A
        if word == "有" and _SOMEBODY_DOES.match(low, end):
            return True  # "天天有人吐槽": somebody does something
        if (
            word.startswith("有")
            and "partner" in low
            and _BUSINESS_ZH.search(low)
            and _PARTNER_HAD.search(low, max(0, start - 16), start)
        ):
            return True  # "合伙开了个工作室，partner有一个"
    return False


# "刚订的婚", "订了婚", "已经订过婚" (not "订婚宴", "我妹订的婚": the owner is judged later)
_ENGAGED = re.compile(r"订(?:的|了|过)婚(?![礼宴纱戒])")
_DIALECT_KIDS = re.compile(
    r"\b(?:one|two|three|four|five|six|[1-9]|a couple of|a few|my|our)\s+(?:wee\s+|little\s+)?"
    r"(?:young'?uns|youngins|little'?uns|wee'?uns|nippers|sprogs|kiddos|bairns|weans|rugrats"
    r"|ankle[- ]biters)\b"
)


def spans(low: str, role: str) -> list[tuple[int, int]]:
    """Where an engagement (role "partner") or children by a dialect word ("dependents") are
    said."""
    if role == "partner" and "订" in low:
        return [m.span() for m in _ENGAGED.finditer(low)]
    if role == "dependents" and ("un" in low or "ns" in low or "ers" in low or "os" in low):
        return [m.span() for m in _DIALECT_KIDS.finditer(low)]
    return []


_HANDLER = re.compile(
    r"\b(?:company|work|employer|boss|office|firm|parents?|folks|mum|mom|dad|wife|husband|hubby"
    r"|partner)(?:'s)?(?:\s+(?:at|in|from)\s+(?:the|a|my|our)\s+[a-z]+)?\s+(?:pays?|covers?"
    r"|handles?|sorts?|deals? with|does)\b"
)


def without_handlers(said: str) -> str:
    """`said` (same length) with who handles the bills or the phone blanked."""
    if "pay" not in said and "cover" not in said and "handle" not in said and "sort" not in said:
        return said
    return _HANDLER.sub(lambda m: " " * len(m.group()), said)

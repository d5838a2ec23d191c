"""The city question answered only with places the respondent has left, and says so.

"originally from Krakow" (a town known or not), "我是从哈尔滨搬过来的 那边冬天太冷受不了", "大學在
台北讀的，畢業就離開了", "以前在武汉读的大学，那会儿还没用你们家", "乡下系佛山，不过好耐冇返去"
(Cantonese: "my home town is Foshan, but I haven't been back for ages"),
"在苏州出差中，酒店信号超差": every city named is an origin, a place of schooling in the past or a
business trip, and the message says the respondent is no longer there (originally, left, moved
here, not been back, ages ago, a hotel), so the answer gives no current city: it is vague, and the
question is asked again. A place said alone ("I was born in Glasgow", "我老家是河南周口的",
"在广州出差") or a holiday trip ("上个月去三亚玩了一趟") is no such answer, and a message that ends
asking why the question is asked ("I studied in Aberystwyth a lifetime ago. Why do you ask?") waits
for the reply.

Read only when the city was asked and no city was taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understanding.cities import city_unsaid, whose_place
from bot.understanding.cities.away_cities import DENIED_THERE, stint_then_left
from bot.understanding.lexicon import Hit
from bot.understanding.people import clause_around

# Where the respondent comes from or went to school, before the city.
_FORMER_BEFORE = re.compile(
    r"\b(?:moved|came|relocated)\s+(?:[^\W_]+\s+){0,4}from\s*$"
    r"|\b(?:raised|brought up|grew up|born)\s+(?:[a-z\d']+\s+){0,2}(?:in|at)\s*$"
    r"|\b(?:studied|went to (?:uni|university|college|school)|did (?:my|a) (?:degree|masters|phd))"
    r"\s+(?:[a-z\d']+\s+){0,2}(?:in|at)\s*$"
    r"|\bnative (?:place|town|village)(?:'s|\s+is|\s+was)?\s*$"
    # a home town: "老家是青岛的", Cantonese "乡下系佛山"
    r"|(?:老家|家乡|乡下|祖籍|原籍)(?:系|係|喺|是|在)?\s*$"
    r"|(?:小学|初中|高中|中学|大学|本科|研究生|硕士|博士|中专|大专)(?:是|也是)?在\s*$"
)
_FORMER_AFTER = re.compile(
    r"^\s*(?:originally|by birth)\b|^\s*(?:搬|迁|调|嫁)(?:过)?来|^\s*(?:读|念|上)(?:完)?的"
)
# The respondent no longer there: "originally", "ages ago", "畢業就離開了" (normalised to simplified
# Chinese), "搬过来的", "好耐冇返去" (Cantonese, "not been back for ages"), a hotel.
_NOT_THERE = re.compile(
    r"\boriginally\b|\b(?:ages|years|decades|a lifetime|a long time|long) ago\b|\bleft\b"
    r"|\bmoved away\b|搬(?:过)?来|离开|冇返|没(?:再|怎么)?回去|酒店|宾馆|\bhotel\b"
    # schooling told as long past: "以前在武汉读的大学，那会儿还没用你们家"
    r"|以前|那会儿?|那时候?|当年|早年"
    # years spent there, then gone: "退休就回老家了", "then moved back home"
    r"|回了?(?:老家|家乡|乡下)|搬走|\bmoved (?:back|out)\b|\bretired (?:back )?(?:home|to)\b"
    r"|不(?:在|住)(?:在)?那|(?:后来|然后|之后|再后来)[^,，。]{0,6}?走了"
    r"|\b(?:don'?t|do not|no longer|never) (?:actually )?(?:live|stay|living) there\b"
)
# A home on paper: "户口在郑州", "registered in Leeds", "my address says Leeds".
_REGISTERED = re.compile(r"户口|户籍|身份证|地址|\bregistered\b|\baddress\b|\bon paper\b")
# Asking why the question is asked, at the end: "Why do you ask?", "问这个干嘛？".
_WHY_ASKED = re.compile(
    r"\bwhy (?:do|would|d') ?(?:you|u|ya) (?:ask|need to know|want to know|wanna know)\b"
    r"[^.!?]{0,20}\??\s*$"
    r"|(?:问|打听)(?:这个|这)?(?:干嘛|干啥|做什么|做啥|有什么用)[^,，。]{0,4}[?？]?\s*$"
)


def _former(low: str, hit: Hit) -> bool:
    """The city at `hit` is where the respondent comes from, studied or is on business."""
    if hit.past or whose_place.on_business(low, hit.start, hit.end):
        return True
    if stint_then_left(low, hit.start, hit.end):
        return True  # "在太原干了三十年，退休就回老家了"
    if DENIED_THERE.match(low, hit.end) and _REGISTERED.search(low, 0, hit.start):
        return True  # "户口在郑州，人不在那": a registered home, denied
    before, after = clause_around(low, hit.start, hit.end)
    return bool(_FORMER_BEFORE.search(before) or _FORMER_AFTER.match(after))


# The whole answer an origin, known to the gazetteer or not: "originally from Krakow", "Sligo
# originally", "Leeds, originally", "Leeds by birth", "老家是湖南邵阳的" (not "老家就在这边").
_ORIGIN_ONLY = re.compile(
    r"(?:i'?m |i am |we'?re |we are )?originally,?(?: from)? [^\W\d_][^,.;!?\d]{0,30}"
    r"|(?:from )?[^\W\d_][^,.;!?\d]{0,30}?,? (?:originally|by birth)"
    r"|(?:我|俺)?(?:的)?老家(?:是|在)?(?!.*(?:这|本地|此))[\u4e00-\u9fff]{2,8}?(?:的|人)?[啦呀啊哈吧呢]?"
)


def only_former(low: str, hits: Iterable[Hit]) -> bool:
    """Every city named is an origin, a past school's or a business trip's (or the answer leaves
    the home unsaid, `city_unsaid`), and the message does not end asking why it is asked."""
    if _ORIGIN_ONLY.fullmatch(low.strip(" .!~")):
        return True
    hits = list(hits)
    if city_unsaid.home_unsaid(low, hits) and _WHY_ASKED.search(low) is None:
        return True  # "可能明年搬去宁波吧", "I work in Leeds. I do not live there"
    cities = [h for h in hits if not h.negated and any(e.kind == "city" for e in h.entries)]
    return (
        bool(cities)
        and _NOT_THERE.search(low) is not None
        and all(_former(low, h) for h in cities)
        and _WHY_ASKED.search(low) is None
    )

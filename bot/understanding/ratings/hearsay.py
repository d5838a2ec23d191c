"""Judgements that people in general make, which are no rating of the respondent's.

Besides a named person ("我朋友说…", read by `rating_scope`), people quote what everybody around
them says: "我们这儿的人都说移动信号好一些", "村里人都讲电信快", "听说联通网速好", "people round
here say EE is good", "apparently Vodafone's great". The judgement after such a reporter, up to
the end of its sentence, is theirs, unless the respondent speaks again before the rating word
("别人都说你们信号好，我觉得一般" rates 一般; "everyone says it's good, I'd give it a 3").
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated
from bot.understanding.normalize import SENTENCE_END

# People of a place or in general, and what they say: "我们这儿的人都说", "村里人都讲",
# "身边人都觉得", "好多人说"; said by nobody in particular: "听说", "据说", "都说"
# (not "我都说了").
_REPORTER = gated(
    r"(?:(?:这儿|这里|这边|那边|那儿|村里|镇上|县里|当地|本地|周围|附近|身边|小区里?|楼里|单位里?"
    r"|公司里?|厂里)的?人|村民|老乡|街坊(?:邻居)?|乡亲们?|人们|好多人|很多人|许多人|不少人|大家伙?儿?"
    r"|别人|人家)[^,，。!！?？]{0,3}?(?:都|也|老|总|一直|普遍)?(?:说|讲|觉得|认为|反映|夸)"
    r"|听说|据说|听人说|(?<![我俺咱])都说"
    r"|\b(?:people|folks|everyone|everybody|locals|the locals|most people|lots of people"
    r"|a lot of people)(?:\s+(?:round|around|over|in|at|on)\s+(?:here|there|[a-z]+(?:\s+[a-z]+)?))?"
    r"\s+(?:all\s+|always\s+|keep\s+)?(?:says?|said|saying|reckons?|reckoned|thinks?|thought"
    r"|tells? me|told me|claims?|rave about|swear by)\b"
    r"|\b(?:apparently|supposedly|i(?:'ve)? heard|word is|rumou?r (?:is|has it))\b"
)
# The respondent speaking again after the reported words.
_SELF = re.compile(r"我|俺|咱|\b(?:i|i'm|i'd|i'll|i've|me|my|we|we'd|mine|personally)\b")


def said_by_people(low: str, start: int) -> bool:
    """The rating at `start` follows what people in general say, in its sentence, and the
    respondent has not spoken again in between."""
    ends = [m.end() for m in SENTENCE_END.finditer(low, 0, start)]
    begin = ends[-1] if ends else 0
    found = list(_REPORTER.finditer(low, begin, start))
    return bool(found) and _SELF.search(low, found[-1].end(), start) is None

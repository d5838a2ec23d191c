"""The respondent's own name or nickname, blanked before the city is read.

A name the respondent gives themselves often ends in a kinship word ("茶妹", "兰姐", "阿哥",
"飞哥"). Read as a person, it would make the place after it somebody else's: "大家都叫我茶妹，在
安顺种茶" is the respondent growing tea in Anshun, not a sister's place. Blanked are the name that
opens an answer to the name question ("飞哥 在成都跑单") and a name given after "叫我", "喊我",
"我叫" closing its clause ("村里人都喊我兰姐，在大理开客栈", "叫我阿哥就行，在桂林跑滴滴").
Not a person the respondent calls ("我叫我妹过来") or an errand ("她老叫我去苏州").
"""

from __future__ import annotations

import re

from bot.understanding.age.opening_labels import opening_label_end

_OPENING_NAME = re.compile(r"^\s*(?![我俺咱])[\u4e00-\u9fff]{1,4}(?=\s|[,，])")
# "叫我茶妹", "都喊我兰姐就行", "我叫小妹": the name and what may follow it up to the clause's end.
_CALLED = re.compile(r"(?:叫|喊|称呼?)(?:我|俺)|(?:我|俺)叫|人称")
_CALLED_NAME = re.compile(
    r"(?![我俺咱他她去来回到过把给帮])[\u4e00-\u9fff]{1,4}?"
    r"(?:就行了?|就好了?|就可以了?|好了|吧|呀|啊)?(?=\s|[,，。!！~～]|$)"
)


def _blank(low: str, start: int, end: int) -> str:
    return low[:start] + " " * (end - start) + low[end:]


def blank_own_name(low: str, name_asked: bool) -> str:
    """`low` with the respondent's own name, or the label they open with ("宝妈一枚，在海口",
    "小姐姐一枚，在海口上班", see `opening_labels`), blanked out, lengths kept."""
    if label := opening_label_end(low):
        low = _blank(low, 0, label)
    if name_asked:
        low = _OPENING_NAME.sub(lambda m: " " * len(m.group()), low, count=1)
    if "叫" not in low and "喊" not in low and "称" not in low:
        return low
    for called in _CALLED.finditer(low):
        name = _CALLED_NAME.match(low, called.end())
        if name is not None:
            return _blank(low, name.start(), name.end())
    return low

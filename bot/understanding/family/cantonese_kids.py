"""Children named in Cantonese without a lexicon word: "我仔读初中", "自己带住个女".

"仔" and "女" alone are a son and a daughter in Cantonese, but both are parts of many other words
("仔细", "女朋友", "女士"), so they are read only in three frames that show a child at home: the
respondent's own son or daughter at a school stage ("我仔读初中", "我个女读紧小学", "我仔今年
十二岁，读紧初一") or of a child's age ("我仔今年十二岁", "我个女八岁"), or a son or daughter the
respondent raises ("自己带住个女", "一个人湊住两个仔"). Each is a dependent in any answer, as
"我儿子读初中" is. Not "我个女朋友", "我仔细想想", a grown son ("我仔今年廿五岁"), nor a
daughter only met ("见住个女").
"""

from __future__ import annotations

import re

# "仔" / "女" as a son or a daughter, not the start of a longer word.
_CHILD = r"(?:仔(?![细裤])|女(?![朋友生士人的孩装式性儿])|仔女)"
_FOUND = re.compile(
    # the respondent's son or daughter at school
    r"(?:我|俺|我家|我哋)(?:个|阿|细|两个|几个)?"
    + _CHILD
    # (the school may follow the age: "我仔今年十二岁，读紧初一")
    + r"(?:[^。.!！?？;；]{0,10}?[,，\s])?(?:今年|而家|现在)?(?:读|上|念|升)(?:紧|着|了)?"
    r"(?:小学|初中|高中|中学|幼儿园|幼稚园|[一二三四五六]年级|初[一二三]|高[一二三]|小[一二三四五六]"
    r"|中[一二三四五六])"
    # the respondent's son or daughter of a child's age: "我仔今年十二岁" (not "廿五岁")
    r"|(?:我|俺|我家|我哋)(?:个|阿|细)?" + _CHILD + r"(?:今年|而家|现在|已经)?(?:啱啱|刚刚|刚)?满?"
    r"(?<![\d一二三四五六七八九十廿])(?:十[一二三四五六七]?|[一二三四五六七八九]|1[0-7]|[1-9])(?:岁|歲)"
    # a son or daughter raised by the respondent: "自己带住个女", "湊住两个仔"
    r"|(?:带|湊|凑|养|照顾)(?:住|着|紧)(?:个|两个|三个|一个|几个)" + _CHILD
)


def spans(low: str) -> list[tuple[int, int]]:
    """Where a Cantonese son or daughter at home is named."""
    if "仔" not in low and "女" not in low:
        return []
    return [m.span() for m in _FOUND.finditer(low)]

"""A DSL line said in Chinese as the respondent's own, under another question.

"DSL" is a short word and fills the line only when asked or cued ("I use DSL", "our adsl": the
English cues are in `model`). Said in Chinese after a verb of having or using it, it is the
respondent's own line all the same: "我用的是DSL，老小区只能拉电话线", "家里是DSL", "我们家装的
dsl"; and the phone line pulled in for it is the line: "只能拉电话线", "拉的电话线" (but "DSL是啥",
"DSL和光纤哪个好" ask about it, and "电话线路" is read by `inside_words`).
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

_LINE_WORDS = frozenset(("dsl", "adsl", "vdsl", "电话线", "铜线", "电话线宽带"))
# having or using it, right before it: "我用的是", "家里是", "装的", "只能拉"
_OWN_BEFORE = re.compile(
    r"(?:(?:我|俺|我们|俺们|我家|俺家|咱家|家里|家里头|屋里)(?:家)?(?:现在|一直|还是|也)?"
    r"(?:用的是|用的|用着|用|装的是|装的|装了|办的是|办的|拉的是|拉的|拉了|是)"
    r"|(?:只能|只有|只好|只可以|还是)(?:拉|装|用|走)(?:的)?|(?:拉|走)的是?)\s*$"
)
# asked about right after it: "DSL是啥", "dsl和光纤哪个好"
_ASKED_AFTER = re.compile(
    r"\s*(?:是(?:啥|什么|嘛)|(?:和|跟|还是)[^,，。]{0,6}(?:哪个|哪种)|吗|\?|？)"
)


def said_own(low: str, hit: Hit) -> bool:
    """The DSL word at `hit` is said in Chinese as the respondent's own line."""
    word = low[hit.start : hit.end]
    if word not in _LINE_WORDS or low.isascii():
        return False
    if _ASKED_AFTER.match(low, hit.end):
        return False
    return _OWN_BEFORE.search(low, max(0, hit.start - 12), hit.start) is not None

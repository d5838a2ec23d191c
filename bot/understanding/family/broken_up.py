"""A break-up said with "分" and a time: the respondent has no partner now.

"去年分了", "早就分了", "后来分开了", "跟他分了", "以前有过，去年分了": "分" alone is also to divide
or share ("分了三期", "钱分了", "分了家"), so it reads as a break-up only when it closes its clause
right after a time, "早", "后来" or the person left ("跟她分了"), never before an object, and
not after somebody else in its clause ("我女儿跟她男朋友分了", "他们早就分了"), nor as the end of
a story about somebody named before ("和他谈了五年，去年分了"). Said in any answer, as "分手了" is.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(
    r"(?:(?:去年|前年|上个?月|上周|上礼拜|前几年|几年前|好几年前|两年前|年前|那年|后来|早就|早|已经"
    r"|刚刚?|才)(?:就)?|(?:跟|和|同)(?:他|她|前任|男朋友|女朋友|男友|女友|对象|那个人)(?:早就|已经|早)?)"
    r"分(?:了|开了|开|掉了)(?=\s*(?:$|[,，。.;；!！?？~～…]|啦|啊|呀|哦|喔|嘛|的))"
)


_CLAUSE_END = re.compile(r"[,，。.;；!！?？]")
# Somebody else named before the break-up in its clause: "我女儿跟她男朋友分了", "他们早就分了".
_OTHER_BEFORE = re.compile(r"(?:他|她|它)们|女儿|儿子|闺女|孩子|姐|妹|哥|弟|朋友|同事|邻居|爸|妈")


# A person the story before was about: "和他谈了五年，去年分了", "前男友帮我装的网，现在早分了"
# close a story, saying nothing of now ("以前有过，去年分了" has no one named).
_STORY_PERSON = re.compile(r"他|她|男友|女友|男朋友|女朋友|前任|对象|老公|老婆")


def spans(low: str) -> list[tuple[int, int]]:
    """Where `low` says the respondent's relationship ended."""
    if "分" not in low:
        return []
    out = []
    for m in _SPLIT.finditer(low):
        marks = [c.end() for c in _CLAUSE_END.finditer(low, 0, m.start())]
        clause_start = marks[-1] if marks else 0
        if _OTHER_BEFORE.search(low, clause_start, m.start()) is None and not (
            _STORY_PERSON.search(low, 0, clause_start)
        ):
            out.append(m.span())
    return out

"""A parent word describing a spouse named just before it: the spouse's gender, not the
respondent's.

"我老婆，两个娃的妈", "我媳妇儿 俩孩子的妈", "我老公，三个孩子的爸", "my wife, mum of two", "the
hubby, dad of three": the parent phrase stands beside the spouse as a description of them. Not
"我是两个娃的妈", "两个娃的妈" or "mum of two" alone (the respondent's own), nor "我老婆管钱，我
是俩娃的爹" (the respondent's own clause, opened by "我是").

So does "孩子他爸" or "娃他妈" as the subject of a clause ("女，孩子他爸在外地打工"): the spouse
talked about.
"""

from __future__ import annotations

import re

_SPOUSE_ZH = (
    r"(?:我|俺|咱)(?:家)?(?:的)?"
    r"(?:老婆|媳妇儿?|爱人|老公|丈夫|妻子|太太|先生|对象|孩子他妈|孩子他爸|老伴儿?)"
)
# The spouse, a pause, then a count of children and 的: "我老婆，两个娃的", "我媳妇儿 俩孩子的".
_BEFORE_ZH = re.compile(
    _SPOUSE_ZH + r"(?:啊|呀|嘛)?\s*[，,、\s]\s*(?:是|也是)?\s*"
    r"(?:[一两二三四五六俩仨\d]+个?)?(?:娃|孩子|小孩|宝|孩儿|娃娃|闺女|儿子)的?\s*$"
)
_SPOUSE_EN = r"(?:my|the|our)\s+(?:wife|husband|missus|missis|hubby|partner|other half|spouse)"
_BEFORE_EN = re.compile(_SPOUSE_EN + r"\s*[,:\-–]\s*(?:a\s+|the\s+)?$")
_PARENT_EN = re.compile(r"(?:mum|mom|mam|mother|dad|father)(?:\s+of\b|\s+to\b)")


def spouse_described(low: str, start: int, end: int) -> bool:
    """The gender word at `low[start:end]` opens or closes a parent phrase set beside a spouse
    named before it ("我老婆，两个娃的妈", "my wife, mum of two")."""
    word = low[start:end]
    if word.isascii():
        if not _PARENT_EN.match(low, start):
            return False
        return _BEFORE_EN.search(low, 0, start) is not None
    if word[-1:] not in "妈爸爹娘":
        return False
    # (the word may hold the children too: "娃的妈")
    return _BEFORE_ZH.search(low, 0, end - 1) is not None


# "孩子他爸在外地打工", "娃他妈上班去了": the husband's or wife's word as the subject of what
# they do ("女，孩子他爸在外地打工" is a woman whose husband is away, not a man).
_SPOUSE_WORD = re.compile(r"(?:孩子|娃|小孩)(?:他|她|的)?(?:爸|妈|爹|娘)$")
_DOING_AFTER = re.compile(
    r"\s*(?:在|不在|去|出去|上班|出门|打工|管|说|常年|长期|天天|经常|跑|开|做|干|也|都|还|又|就|今天"
    r"|最近|回|没|不|已经|早就?|一直|平时)"
)


def spouse_subject(low: str, start: int, end: int) -> bool:
    """The gender word at `low[start:end]` is "孩子他爸" or "娃他妈" as the subject of a clause,
    a spouse talked about."""
    return (
        _SPOUSE_WORD.search(low, start, end) is not None
        and _DOING_AFTER.match(low, end) is not None
    )

"""The respondent describing themselves as a parent: "两个娃的妈", "俩孩子的爹", "二胎宝妈".

"女，两个娃的妈，在苏州": the mother of two is the respondent, whose city follows, not another
person's. Said as a clause of its own, opening the message or after a comma, with the number of
children or as "宝妈" / "二胎妈妈"; not "孩子他妈" (the wife, said by her husband), "我妈" or "她是
两个娃的妈" (somebody else).
"""

from __future__ import annotations

import re

_PARENT_SELF = re.compile(
    r"(?:^|(?<=[,，。;；\s]))\s*(?:我是|本人是?|俺是)?\s*"
    r"(?:(?:[一两二三四五俩仨\d]个?|二胎|三胎)(?:娃|孩子|小孩|宝宝|娃娃|崽)?的?(?:妈妈?|娘|爸爸?|爹|老妈|老爸)"
    r"|(?:二胎|三胎|全职)?(?:宝妈|宝爸))"
    r"(?=\s*(?:[,，。;；]|$))"
)


def as_self(clause: str) -> str:
    """`clause` with a self-description as a parent put as "我" ("两个娃的妈,在" -> "我,在")."""
    if not any(w in clause for w in ("妈", "爸", "爹", "娘")):
        return clause
    return _PARENT_SELF.sub("我", clause)

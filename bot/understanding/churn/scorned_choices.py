"""A choice scorned as a fool's: "谁续谁是冤大头" (whoever renews is a sucker) says leaving.

The saying "谁X谁是Y" with a fool as Y mocks doing X: said of renewing or staying it means the
respondent will not ("续约？谁续谁是冤大头" → leave), said of switching it means staying ("谁换谁
傻"). `intentions.STRONG_PATTERNS` holds these readings. An exception only a fool would meet,
"续约？除非我脑子坏了", "renew? only if I'd lost my mind" (`MAD`), is no condition but the same
scorn: `intentions.conditional` passes over it and `intention_phrasings` reads the option denied.
"""

from __future__ import annotations

import re

# The head that has taken water when one is a fool, in dialects too: "脑子进水", Sichuanese "脑壳进
# 水" / "脑壳有包", "脑袋坏了", "脑瓜子有病".
HEAD = r"(?:脑子|脑壳|脑袋|脑瓜子?)"
_FOOL = (
    r"(?:是|就是|才是)?(?:个|一个)?(?:冤大头|大冤种|冤种|傻子?|傻瓜|傻帽|大傻子?|二百五|憨憨?|笨蛋|韭菜"
    r"|猪|棒槌|" + HEAD + r"(?:进水|有病|有坑|有包))"
)


def _scorned(verbs: str) -> re.Pattern[str]:
    return re.compile(r"谁(?P<v>" + verbs + r")[^,，。？?！!]{0,4}?谁" + _FOOL)


# ("谁续谁是冤大头", "谁继续用谁傻"): renewing scorned
RENEWING_SCORNED = _scorned(r"续约?|续费|续签|继续用|接着用|留下?")
# ("谁换谁傻", "谁转网谁是傻子"): switching scorned
SWITCHING_SCORNED = _scorned(r"换|转网|走|退网|销户|携号转网")

# The respondent gone mad, the only case in which the option would be taken: "除非我脑子坏了",
# "除非我疯了", "unless I've lost my mind", "only if I'd gone mad" (said after the "unless").
MAD = (
    r"(?:(?:我|俺)(?:是|真|真的)?(?:疯了|傻了|有病|脑残|"
    + HEAD
    + r"(?:坏|进水|有病|有包|抽|秀逗)了?)"
    r"|(?:i'?d|i had|i have|i'?ve|i was|i were|i'?m|i am)\s+(?:gone\s+|been\s+|going\s+)?(?:mad"
    r"|crazy|insane|nuts|bonkers|stupid|daft|out of my (?:mind|head|tree)|off my (?:head|rocker)"
    r"|lost my (?:mind|marbles|head))\b"
    r"|i (?:lose|lost|go|went) (?:my (?:mind|marbles)|mad|crazy|insane|nuts)\b)"
)
MAD_AFTER = re.compile(r"\s*" + MAD)

"""A choice scorned as a fool's: "谁续谁是冤大头" (whoever renews is a sucker) says leaving.

The saying "谁X谁是Y" with a fool as Y mocks doing X: said of renewing or staying it means the
respondent will not ("续约？谁续谁是冤大头" → leave), said of switching it means staying ("谁换谁
傻"). `intentions.STRONG_PATTERNS` holds these readings.
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

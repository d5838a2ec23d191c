"""Travel said as getting about for fun, with no word of travel: read for the interests question.

"现在全国各地跑着玩", "退休了到处走走看看", "满世界跑", "seeing the world", "globetrotting",
"we live in the campervan now": roaming for pleasure is travel, as "到处玩" and "自驾" are in the
survey's synonyms. Getting about for work is no pastime ("全国各地跑业务", "满世界跑项目",
"I travel for work"), and a bare "到处跑" (running about) says nothing of pleasure.
"""

from __future__ import annotations

import re

_WORK = r"(?:业务|生意|项目|出差|工作|上班|客户|拉货|送货|跑车|外卖|快递|摆摊)"
# Work words right after the roaming, in its clause: "跑业务", "跑项目".
_WORK_AFTER = r"(?![^,，。；;!！]{0,4}" + _WORK + ")"
# ... or in the next few words after a bare "跑": "天天全国各地跑，出差".
_WORK_NEXT = r"(?![^。；;!！]{0,8}" + _WORK + ")"
# ... or right before it: "出差全国各地跑", "为了工作满世界飞".
_WORK_BEFORE = r"(?<!出差)(?<!工作)(?<!业务)(?<!生意)(?<!上班)"

TRAVEL_PATTERNS: tuple[re.Pattern[str], ...] = (
    # all over, getting about for fun: "到处跑着玩", "四处走走看看", "全国各地逛逛" (not "到处溜达",
    # a stroll about the neighbourhood)
    re.compile(
        _WORK_BEFORE + r"(?:(?:到处|四处)(?:[跑走飞转]着?|溜达着)?(?:玩|走走看看|走走逛逛|旅居)"
        r"|(?:满世界|全国各地|世界各地|天南海北|全世界|全国(?!各地))(?:[跑走飞转]着?)?"
        r"(?:玩|逛|走走|转转|看看|溜达|旅居))" + _WORK_AFTER
    ),
    # the whole world, or the country, gone round: "满世界跑", "全国各地都跑遍了"
    re.compile(
        _WORK_BEFORE
        + r"(?:满世界|全世界|世界各地|全国各地|大江南北)(?:都|基本)?(?:[跑飞转逛]|走遍|跑遍|玩遍)"
        + _WORK_NEXT
    ),
    re.compile(
        r"\b(?:see|seeing|saw|explore|exploring|roam|roaming)\s+the\s+(?:world|globe|country)\b"
        r"|\bglobe-?trott(?:ing|er|ers)\b"
        r"|\b(?:live|living|lives|tour|touring|travel|travelling|traveling|get(?:ting)? about)"
        r"\s+in\s+(?:a|an|the|our|my)\s+(?:camper(?:van)?|motorhome|motor home|rv|caravan|van)\b"
        r"|\bgrey\s+nomads?\b|\bcaravann?ing\b"
    ),
)

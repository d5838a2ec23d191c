"""Chinese interest words that name a pastime the respondent disowns, beside `unkept_pastimes`.

A pastime word is no interest when it is disliked, said after the dislike ("最烦足球", "我最讨厌
跑步"); a card bought and hardly used ("健身卡倒是办了，一年就去了两回", "健身卡办了一年，去了两
次"; not "每周去了两次") or wasted ("健身卡白办了"); a thing given away or uninstalled ("相机都送
人了", "游戏卸载了"); a plan never carried out ("原本打算学摄影……一直没下决心买"; not "本来打算
学摄影，后来真学了"); or clothes washed and meals cooked as housework ("洗衣服、拖地", "洗衣服做饭
带娃"; not "买衣服", "带娃、做饭、看书"). Read from `not_hobbies` for interest options only.
"""

from __future__ import annotations

import re

_DISLIKED_BEFORE = re.compile(
    r"(?:^|[,，。\s；;!！?？]|我|俺)(?:是)?(?:最|真|真的|很|特别|超|超级|一直)*(?:烦|讨厌|反感)$"
)
# Hardly used: "卡……一年就去了两回", "去了两次😂" closing the clause.
_CARD_AFTER = re.compile(
    r"(?:会员)?卡[^。！？!?]{0,12}?(?P<pre>.{0,3})去了(?:一|两|二|几|一两|两三)(?:次|回)"
)
_PER = re.compile(r"每|(?:一|个)(?:周|星期|礼拜)")
_TOOK_TO = re.compile(r"就(?:爱上|喜欢上|迷上|上瘾)")
# Given away or uninstalled: "相机都送人了", "游戏卸载了", "琴早卖了".
_GONE_AFTER = re.compile(
    r"(?:都|也|早就?|已经)?(?:送人|卖掉?|卸载|卸掉|删掉?)了(?![又再])|(?:卡|会员)?(?:白办|白买|白花钱)了"
)
# A plan never carried out: "原本打算学摄影", then "一直没下决心买".
_PLAN_BEFORE = re.compile(
    r"(?:原本|本来|原来)(?:打算|想|计划)(?:要)?(?:去)?(?:学|买|报|练|试试|玩)?$"
)
_NOT_DONE_AFTER = re.compile(r"[^。！？!?]{0,24}?(?:一直没|还没|没下决心|没舍得|没去成|没开始)")
# Clothes as a chore: "洗衣服", "晾衣服".
_CLOTHES = frozenset(("衣服", "衣裳"))
_CHORE_BEFORE = re.compile(r"(?:洗|晾|叠|熨|补|收)$")
# Cooking in a list of housework: "洗衣服做饭带娃", "做饭、拖地" (not "带娃、做饭、看书").
_COOKING = frozenset(("做饭", "煮饭", "烧饭", "做菜", "烧菜"))
_HOUSEWORK = r"(?:洗衣服?|晾衣服|拖地|扫地|洗碗|刷碗|搞卫生|打扫(?:卫生)?|收拾屋子)"
_HOUSEWORK_BEFORE = re.compile(_HOUSEWORK + r"[、，,\s]*$")
_HOUSEWORK_AFTER = re.compile(r"[、\s]?" + _HOUSEWORK)
_LIKED_BEFORE = re.compile(r"喜欢|爱|享受|中意|热爱")


def disowned(low: str, start: int, end: int, before: str) -> bool:
    """The interest word at `start`..`end` (`before`: its clause up to it) is, in Chinese, a
    pastime the respondent disowns."""
    if low.isascii():
        return False
    word = low[start:end]
    if word in _CLOTHES:
        return _CHORE_BEFORE.search(before) is not None
    if (
        word in _COOKING
        and not _LIKED_BEFORE.search(before)
        and (_HOUSEWORK_BEFORE.search(before) or _HOUSEWORK_AFTER.match(low, end))
    ):
        return True  # "洗衣服做饭带娃": housework
    if _DISLIKED_BEFORE.search(before) or _GONE_AFTER.match(low, end):
        return True
    card = _CARD_AFTER.match(low, end)
    if card and not _PER.search(card.group("pre")) and not _TOOK_TO.match(low, card.end()):
        return True  # "健身卡办了一年，去了两次"
    return _PLAN_BEFORE.search(before) is not None and _NOT_DONE_AFTER.match(low, end) is not None

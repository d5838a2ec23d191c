"""Chinese interest words that name a pastime the respondent does not keep up, or no pastime.

Asked for hobbies, people name an activity only to say it never took: a gym card bought and never
used ("办了张健身卡，一次都没去过"), a class dropped after one go ("报了个游泳班，去了一次就放弃
了"), a guitar gathering dust ("吉他买了就在吃灰"); or one they dislike, said topic first ("足球我
最讨厌了", "看书？我一看书就犯困"). Other words of a pastime stand for something else: "读书的时候"
is the school years, not reading; "天天给一家人做饭" and "下班还得做饭" are a chore, not a love of
food; "天天对着电脑回邮件" is office work, not technology; "猫冬" and "在家猫着" are lying low at
home, not a cat. Each is no interest of the respondent's. A pastime taken up after all ("去了一次
就爱上了", "足球我最喜欢了", "喜欢给家人做饭") still counts.

A pastime word is no interest either when it is disliked, said after the dislike
("最烦足球", "我最讨厌跑步"); a card bought and hardly used ("健身卡倒是办了，一年就去了两回",
"健身卡办了一年，去了两次"; not "每周去了两次") or wasted ("健身卡白办了"); a thing given away
or uninstalled ("相机都送人了", "游戏卸载了"); a plan never carried out ("原本打算学摄影……
一直没下决心买"; not "本来打算学摄影，后来真学了"); or clothes washed and meals cooked as
housework ("洗衣服、拖地", "洗衣服做饭带娃"; not "买衣服", "带娃、做饭、看书").

Read from `not_hobbies` for interest options only.
"""

from __future__ import annotations

import re

# Signed up and never, or hardly ever, went: "健身卡 一次都没去过", "游泳班 去了一次就放弃了",
# "吉他买了半年一直在吃灰" (not "去了一次就爱上了", "每周去三次").
_NEVER_USED_AFTER = re.compile(
    r"[^。！？!?]{0,14}?(?:一次(?:都|也)没(?:去|上|练|用|弹|碰|玩|打|看|跳)过?"
    r"|(?:去|上|练|学|玩|弹|用|跳)了(?:一|两|几|一两|两三|三)(?:次|回|天|节课?|个月|周)就"
    r"(?:放弃|不(?:去|练|学|玩|弹|用|跳)了|没(?:再)?(?:去|练|学|玩|弹|用|跳)|扔|荒|搁|退)"
    r"|(?:就|后来|早就?|都|也)放弃了|(?:在|就|一直)?(?:吃灰|落灰|积灰))"
)
# Disliked, said after the activity: "足球我最讨厌了", "游戏？最烦了", "运动我是真不喜欢"
# (not "看书不喜欢被打扰": the dislike closes its clause).
_DISLIKED_AFTER = re.compile(
    r"\s*(?:[?？]+\s*)?(?:我|俺)?(?:是)?(?:最|真|真的|很|特别|超|超级|一直|从来|向来|实在|一向"
    r"|一点都|根本)*(?:讨厌|烦|反感|不喜欢|不爱|受不了|没兴趣|不感兴趣)(?:了|啦|的|死了)?"
    r"(?=\s*(?:$|[,，。.!！~…]))"
)
# Put to sleep by it: "我一看书就犯困"; and the activity echoed first: "看书？我一看书就犯困".
_BORED = r"就(?:犯困|困|想睡|打瞌睡|睡着|头疼|头大|头晕|烦|心烦|想吐|恶心)"
_BORED_AFTER = re.compile(_BORED)
_ECHO_BORED_AFTER = re.compile(r"\s*[?？]+\s*(?:我|俺)?一[^,，。？?]{1,4}?" + _BORED)
# The school years: "读书的时候", "念书那会儿", "读书时".
_SCHOOL_AFTER = re.compile(r"(?:的|那)?(?:时候|那会儿?|那阵子?|时期?|那几年)")
_SCHOOL_WORDS = frozenset(("读书", "念书"))
# Cooking as a chore: "天天给一家人做饭", "下班还得做饭" (not "喜欢给家人做饭").
_COOKING = frozenset(("做饭", "煮饭", "烧饭", "做菜", "烧菜"))
_CHORE_BEFORE = re.compile(r"给[^,，。喜爱]{1,6}$|(?:要|得|还得|还要|负责|忙着)$")
_LIKED_BEFORE = re.compile(r"喜欢|爱|享受|中意|热爱")
# Office work at a screen: "天天对着电脑回邮件", "上班对着电脑" (not "对着电脑打游戏": a game
# is read on its own).
_SCREENS = frozenset(("电脑", "手机", "电子产品"))
_WORK_AFTER = re.compile(
    r"(?:回|写|发|处理|做|弄|改|看|画)(?:邮件|报表|表格|报告|文件|方案|图纸|材料|单子|账|ppt|代码|消息)"
    r"|(?:上班|工作|办公|干活|加班)"
)
_WORK_BEFORE = re.compile(r"(?:上班|工作|办公|干活|加班)[^,，。]{0,4}对着$")
# Lying low at home, no cat: "在家猫冬", "在家猫着", "天天猫在家里".
_HOME_BEFORE = re.compile(r"(?:在家|家里|屋里|屋头|被窝里?|窝里)$")
_STAYING_BEFORE = re.compile(r"(?:就|天天|整天|成天|都|只|我|俺)$")


def _not_kept_up(low: str, start: int, end: int, before: str) -> bool:
    """The interest word at `start`..`end` (`before`: its clause up to it) is, in Chinese, no
    pastime the respondent keeps."""
    if low.isascii():
        return False
    word = low[start:end]
    if word == "猫":
        after = low[end : end + 2]
        return after.startswith("冬") or (
            (_HOME_BEFORE.search(before) is not None and after.startswith(("着", "在")))
            or (_STAYING_BEFORE.search(before) is not None and after.startswith("在家"))
        )
    if word == "吃" and low.startswith("灰", end):
        return True  # "吉他一直在吃灰": gathering dust
    if word in _SCHOOL_WORDS and _SCHOOL_AFTER.match(low, end):
        return True  # "读书的时候爱画画": the school years
    if word in _COOKING and _CHORE_BEFORE.search(before) and not _LIKED_BEFORE.search(before):
        return True  # "天天给一家人做饭": a chore
    if (
        word in _SCREENS
        and before.endswith("对着")
        and (_WORK_AFTER.match(low, end) or _WORK_BEFORE.search(before))
    ):
        return True  # "天天对着电脑回邮件": office work
    return bool(
        _NEVER_USED_AFTER.match(low, end)
        or _DISLIKED_AFTER.match(low, end)
        or (before.endswith("一") and _BORED_AFTER.match(low, end))
        or _ECHO_BORED_AFTER.match(low, end)
    )


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
_CLOTHES_CHORE_BEFORE = re.compile(r"(?:洗|晾|叠|熨|补|收)$")
# Cooking in a list of housework: "洗衣服做饭带娃", "做饭、拖地" (not "带娃、做饭、看书").
_HOUSEWORK = r"(?:洗衣服?|晾衣服|拖地|扫地|洗碗|刷碗|搞卫生|打扫(?:卫生)?|收拾屋子)"
_HOUSEWORK_BEFORE = re.compile(_HOUSEWORK + r"[、，,\s]*$")
_HOUSEWORK_AFTER = re.compile(r"[、\s]?" + _HOUSEWORK)


def _disowned(low: str, start: int, end: int, before: str) -> bool:
    """The interest word at `start`..`end` (`before`: its clause up to it) is, in Chinese, a
    pastime the respondent disowns."""
    if low.isascii():
        return False
    word = low[start:end]
    if word in _CLOTHES:
        return _CLOTHES_CHORE_BEFORE.search(before) is not None
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


def not_kept(low: str, start: int, end: int, before: str) -> bool:
    """The interest word at `start`..`end` (`before`: its clause up to it) is, in Chinese, no
    pastime the respondent keeps up or owns to."""
    return _not_kept_up(low, start, end, before) or _disowned(low, start, end, before)

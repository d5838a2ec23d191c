"""More Chinese answers to the interests question that name no pastime of the respondent's: vague.

Beside the shapes read in `no_pastime_zh`, people answer with a pastime of the past given up
anywhere after it, with or without a turn of life ("以前踢足球，膝盖伤了就不踢了", "小時候學過
鋼琴，早就放棄了", "年轻时候喜欢拍照，现在眼睛花了，相机都送人了"); pastimes dropped one by one
("游戏卸载了，番也不追了"); a dislike said first, with more said after it ("最烦足球，我老公一看
球我就躲进房间"; a bare "我最讨厌旅游" only turns one pastime down); no free time, days that go
on work or chores ("我们当老师的哪有业余时间", "全是工作", "周末一般在加班", "一天到晚停不下来",
"收拾收拾就一天了", "一直在忙别的"); a joke that the hobby is work or money ("打工人的爱好就是
下班", "我的爱好就是赚钱"); nowhere to go ("想玩也没地方玩"); nothing they can or will do ("看
不了书", "球也不打，怕累"); nothing kept up ("三分钟热度，没有坚持下来的"); a plan never carried
out ("原本打算学摄影……一直没下决心买"); a card paid for and wasted ("钱白花了", "健身卡办了一年，
去了两次", "应该不算爱好吧"); or only sitting by while somebody else watches ("都是我老伴在看，我
就坐旁边剥花生"; "我就在旁边看" is watching along, not this). Read only when no interest was
found, and not of somebody else ("我老公以前爱钓鱼，现在不钓了", "他的爱好就是赚钱").
"""

from __future__ import annotations

import re

from bot.understanding.others import said_of_other
from bot.understanding.people import clause_before

_PAST = re.compile(
    r"以前|之前|从前|过去|早年|当年|年轻(?:的?时候|那会儿?|时)|小时候|小時候"
    r"|(?:读书|念书|上学|上大学|学生)(?:的时候|那会儿?|时(?:候|期)?)"
)
_GIVEN_UP = re.compile(
    r"放弃|放棄|荒废|送人了|(?:卖|賣)(?:掉)?了|再(?:也)?没(?:碰|摸|玩|打|练|弹|彈|拍|去)"
    r"|(?:就|也|都|早就?|再也)?不(?:再)?(?:去|玩|打|弄|搞|练|弹|彈|画|碰|踢|跑|唱|拍|跳|钓)了"
)
# Pastimes dropped one by one: "游戏卸载了，番也不追了".
_DROPPED = re.compile(r"(?:卸载|删)了(?![又再])|(?:也|都|早就?)不(?:追|玩|刷|看|打)了|戒了")
# A dislike said first by the respondent: "最烦足球", "最讨厌足球", "足球我最讨厌了".
_DISLIKE = re.compile(
    r"(?:^|[,，。\s；;]|我|俺)(?:最|真|很|特别|超)(?:烦|讨厌|反感)|我(?:最|真的?|很|特别)?讨厌"
    r"|(?:最|真|很|特别)?讨厌(?:了|死了)?(?=\s*(?:$|[,，。.!！~…]))"
)
# ... and the answer goes on past it: a bare dislike only turns one pastime down.
_GOES_ON = re.compile(r"[,，。；;!！~…\s]+[^,，。；;!！~…\s]")
_BUSY = re.compile(
    r"哪(?:有|来)(?:的|什么|啥)?(?:业余|空闲|空余|闲)?时间|没有?(?:什么|啥)?(?:业余|空闲|空余)时间"
    r"|(?:全|都)是(?:工作|干活|上班)|(?:都|一般|基本)(?:在|是)加班|加班的路上"
    r"|停不下来|就一天了|一天就(?:过去|没)了|(?:一直|都|整天)在?忙(?:别的|其他的?|活儿?)"
    r"|当(?:个)?(?:响动|背景音?)"
    r"|爱好就是(?:下班|赚钱|挣钱|搞钱|上班|加班|搬砖|打工|数钱|存钱)"
    r"|没(?:有)?地方(?:玩|去)|三分钟热度|没(?:有)?(?:一样|一个)?坚持下来"
    r"|(?:看|玩|打|弹|唱|跳)不了|怕累|怕麻烦"
    r"|(?:钱|卡)白(?:花|办)了|(?:应该|估计|可能)?不算(?:是)?(?:什么)?爱好吧"
    r"|我就坐(?:在)?(?:旁边|边上|一边)(?!看)"
)
# A card paid for and hardly used: "健身卡办了一年，去了两次" (not "每周去了两次").
_CARD_USED = re.compile(
    r"卡[^。！？!?]{0,12}?(?P<pre>.{0,3})去了(?:一|两|二|几|一两|两三)(?:次|回)(?!就(?:爱|喜欢|迷))"
)
_PER = re.compile(r"每|(?:一|个)(?:周|星期|礼拜)")
# A plan never carried out: "原本打算学摄影……一直没下决心买".
_PLAN = re.compile(r"(?:原本|本来|原来|一直)(?:打算|想|计划)")
_NOT_DONE = re.compile(r"没(?:下决心|舍得|去|学|买|开始|行动)|还没|一直没")
_THIRD_BEFORE = re.compile(r"[他她它]")
_GATE = re.compile(
    r"不|没|弃|棄|了|烦|讨厌|反感|时间|忙|响动|背景|爱好|热度|坐|工作|上班|干活|加班"
)


def names_none_zh(low: str) -> bool:
    """The (lower-cased) Chinese answer to the interests question names no pastime of the
    respondent's, in one of the shapes above."""
    if low.isascii() or _GATE.search(low) is None:
        return False
    past = _PAST.search(low)
    if past is not None and not said_of_other(low, past.start(), household=True):
        if _GIVEN_UP.search(low, past.end()):
            return True  # "以前踢足球，膝盖伤了就不踢了"
    card = _CARD_USED.search(low) if "卡" in low else None
    if (
        card
        and not _PER.search(card.group("pre"))
        and not said_of_other(low, card.start(), household=True)
    ):
        return True  # "健身卡办了一年，去了两次"
    if _own(low, _DROPPED) or _own(low, _BUSY):
        return True
    if _own(low, _DISLIKE) and _GOES_ON.search(low):
        return True  # "最烦足球，我老公一看球我就躲进房间" (a bare "我最讨厌旅游" turns one down)
    plan = _PLAN.search(low)
    return (
        plan is not None
        and not said_of_other(low, plan.start(), household=True)
        and _NOT_DONE.search(low, plan.end()) is not None
    )


def _own(low: str, pattern: re.Pattern[str]) -> bool:
    """`pattern` is found said by the respondent, not of somebody else (nor of "他", "她")."""
    return any(
        not said_of_other(low, m.start() + 1, household=True)
        and not _THIRD_BEFORE.search(clause_before(low, m.start()))
        for m in pattern.finditer(low)
    )

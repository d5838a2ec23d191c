"""Chinese answers to the interests question that name no pastime of the respondent's: vague.

Besides a plain "没啥爱好" (in `vague`), people say they have none in other shapes: the topic
first ("爱好的话真没有", "要说爱好真没有"), in dialect ("𠊎冇么个爱好", Hakka), or as a joke ("hobby
是什么，能吃吗"); a pastime of the past, given up in the last clause ("以前喜欢打篮球 毕业后就再没
摸过球了", "读书的时候爱画画，现在上班了啥都不搞了"); a class or card paid for and never used
("办了张健身卡，一次都没去过"); days of work and sleep only ("平时要加班 周末补觉 没了"); no leisure
at all (Minnan "无闲", Cantonese "唔得闲"); idling ("也就发发呆"); or only keeping somebody else
company in theirs ("女儿在学钢琴 我只负责坐旁边陪着"). Each answers the question with no option in
it. Read only when no interest was found, and not of somebody else ("我老公以前爱钓鱼，现在不钓
了" tells nothing of the respondent's own).
"""

from __future__ import annotations

import re

from bot.understanding.others import said_of_other
from bot.understanding.people import clause_before

_END = r"(?:了|啦|喽|咯|呢|啊|呀|哈+|吧|耶|诶|嘛)*[\s.。!！~…]*"
_CLOSE = r"(?=\s*(?:$|[,，。.!！~…]))"

# Hobbies as the topic, then none: "爱好的话真没有", "要说爱好真没有", "兴趣爱好嘛，真没啥";
# in dialect: "没么个爱好" (Hakka 冇么个), "没甚爱好".
_NONE = re.compile(
    r"(?:爱好|兴趣|嗜好)(?:的话|嘛|呢|啊|吧|这(?:个|块|方面|东西)|方面)?[?？,，\s]*(?:我|俺)?"
    r"(?:是|倒是|还)?(?:真|真的|确实|实在|基本|基本上|压根|根本|好像|也|都|还真|暂时)*"
    r"(?:没有|没啥|没什么|没|谈不上|说不上)(?:啥|什么)?"
    + _END
    + _CLOSE
    + r"|没(?:有|得)?(?:么个|么|甚么?|嘛|个|乜)(?:特别的?)?(?:爱好|兴趣|嗜好)"
)
# The joke "X是什么，能吃吗": "hobby是什么，能吃吗", "爱好是啥？能吃不".
_JOKE = re.compile(
    r"(?:爱好|兴趣|嗜好|hobby|hobbies|业余(?:时间|生活)|休闲|娱乐)(?:是|是个|为)?(?:什么|啥|甚么)"
    r"(?:东西|玩意儿?)?[\s?？,，!！]*(?:能|可以|好)吃(?:吗|不|么)"
)
# No leisure at all: Minnan "无闲", Cantonese "唔得闲" (read 不得闲), "没闲" (not "没闲着").
_NOT_FREE = re.compile(
    r"(?:^|[,，。\s])(?:我|俺)?(?:真|很|太|都|就|实在)?(?:无闲|没闲|不得闲)(?!着)" + _END + _CLOSE
)
# A pastime of the past (`_PAST`), given up in the last clause (`_STOPPED_END`).
_PAST = re.compile(
    r"以前|之前|从前|过去|早年|当年|年轻(?:的?时候|那会儿?|时)|小时候"
    r"|(?:读书|念书|上学|上大学|学生)(?:的时候|那会儿?|那阵子?|时(?:候|期)?)|学生时代"
)
# ... after a turn of life or time: "现在", "后来", "毕业后", "上班了" (a stop with no turn,
# "以前踢足球，膝盖伤了就不踢了", is read in `pastimes_none_zh`).
_TURN = re.compile(
    r"现在|而家|如今|这几年|这些年|后来|毕业|(?:工作|上班)(?:了|后|以后)|结婚|成家|退休"
    r"|有了?(?:孩子|娃)|生了?(?:孩子|娃)|年纪大|老了"
)
_STOPPED_END = re.compile(
    r"(?:^|[,，。\s])[^,，。\s]{0,10}?(?:"
    r"(?:就|也|都|早就?|再也|一直)?(?:再)?没(?:再|怎么)?(?:摸|碰|玩|打|去|弄|搞|练|弹|画|踢|跑|唱)过?"
    r"|(?:就|也|都|早就?|再也)?不(?:再)?(?:去|玩|打|弄|搞|练|弹|画|碰|踢|跑|唱)了"
    r"|(?:啥|什么)(?:都|也)不(?:搞|玩|弄|干|做)了|放弃了|荒废了|(?:撂|丢|搁|放)下了)"
    r"[\u4e00-\u9fff]{0,3}?" + _END + "$"
)
# A class or card paid for, then never or hardly used: "办了张健身卡，一次都没去过", "上个月报了个
# 游泳班 去了一次就放弃了" (the respondent's own: "室友天天喊我去健身房，我一次都没去过" is an
# invitation turned down, no answer).
_NEVER_USED = re.compile(
    r"(?:^|[,，。\s]|我|俺|上个?月|去年|前年|之前|年初)(?:也|还)?(?:办|报|买|充|开)了(?:张|个|一张|一个"
    r"|一年的?|半年的?)?[^,，。]{0,6}?(?:卡|班|课|会员)[^。！？!?]{0,4}?[,，\s]+(?:但是?|可是?|结果"
    r"|然后)?(?:我|俺)?(?:一次(?:都|也)没(?:去|上|练|用)过?|(?:去|上|练|学)了(?:一|两|几|一两|两三)"
    r"(?:次|回|天|节课?)就(?:放弃|不(?:去|练|学)了|没(?:再)?(?:去|练|学)))"
)
# Days of work and sleep, and nothing else: "平时要加班 周末补觉 没了", "上班，睡觉".
_WHEN = (
    r"(?:平时|平常|平日|每天|天天|白天|晚上|周末|休息日|休息天|放假|假期|下班|下了班|回家|工作日)?"
    r"(?:后|了|的话)?(?:要|得|就|都|也|就是|只|只能|光|净|还要|还得|在)*"
)
_WORK = r"(?:加班|上班|工作|干活|搬砖|打工|做事|上课|赶(?:实验|工|活|稿|论文|项目)|看铺|看店)"
_REST = r"(?:睡觉|补觉|睡懒觉|补补觉|睡大觉|躺着|躺平|休息|歇着|歇歇|发呆|发发呆)"
_ITEM = re.compile(_WHEN + r"(?P<what>" + _WORK + "|" + _REST + r")(?:呗|吧|了|啊|呀)*")
_THATS_ALL = re.compile(r"(?:就|别的|其他的?)?(?:没了|没别的了?|就这些了?|就这样|就这么多|完了)")
_CLAUSES = re.compile(r"[,，。.!！~…、；;\s]+")
# Idling, said twice over: "平时也就发发呆", "我就在家躺躺" (no pastime follows).
_IDLE = re.compile(
    r"(?:^|[,，。\s]|我|俺)(?:平时|平常|每天|天天|一般|没事)?(?:也)?(?:就|只)(?:是)?(?:在家)?"
    r"(?:发发呆|躺躺|歇歇|坐坐|待待|呆呆)" + _END + "$"
)
# Only keeping somebody company in theirs: "我只负责坐旁边陪着", "我就负责接送" (not "我每周陪着
# 去": a day out shared).
_COMPANY = re.compile(
    r"(?:我|俺)(?:就|只|只是|也就)(?:负责)?(?:在)?(?:坐)?(?:旁边|边上|一边)?(?:陪着|陪|看着|接送|当观众"
    r"|当司机|付钱|掏钱)(?:她|他|他们|孩子|娃)?(?:呗|而已|罢了|了)*(?=$|\s|[,，。.!！~…])"
)

_IDLE_GATE = re.compile(r"发发呆|躺躺|歇歇|坐坐|待待|呆呆")
_COMPANY_GATE = re.compile(r"陪|接送|看着|观众|司机|钱")
_USED_GATE = re.compile(r"[卡班课]|会员")


def names_no_pastime_zh(low: str) -> bool:
    """The (lower-cased) Chinese answer to the interests question names no pastime of the
    respondent's."""
    if low.isascii():
        return False
    if "爱好" in low or "兴趣" in low or "嗜好" in low or "hobb" in low:
        if _no_hobby(low) or _JOKE.search(low):
            return True  # "爱好的话真没有" (not "我老公说他爱好没有")
    if "闲" in low and _NOT_FREE.search(low):
        return True
    if _IDLE_GATE.search(low) and _own(low, _IDLE):
        return True  # "平时也就发发呆"
    if _COMPANY_GATE.search(low) and _own(low, _COMPANY):
        return True  # "我只负责坐旁边陪着"
    if "了" in low and _USED_GATE.search(low) and _own(low, _NEVER_USED):
        return True  # "办了张健身卡，一次都没去过"
    if _work_and_sleep(low):
        return True
    past = _PAST.search(low)
    if past is None or said_of_other(low, past.start(), household=True):
        return False
    stop = _STOPPED_END.search(low, past.end())
    return stop is not None and _TURN.search(low, past.end(), stop.end()) is not None


def _no_hobby(low: str) -> bool:
    """No hobby at all said by the respondent; no interest in one thing ("我对运动一点兴趣都
    没有") is a dislike, not this."""
    return any(
        not said_of_other(low, m.start() + 1, household=True)
        and "对" not in clause_before(low, m.start())
        for m in _NONE.finditer(low)
    )


def _own(low: str, pattern: re.Pattern[str]) -> bool:
    """`pattern` is found said by the respondent, not of somebody else."""
    return any(not said_of_other(low, m.start() + 1, household=True) for m in pattern.finditer(low))


def _work_and_sleep(low: str) -> bool:
    """Every clause is work, sleep or "that's all", with some sleep or "that's all" in it."""
    if not any(w in low for w in ("班", "觉", "休息", "歇", "躺", "干活", "做事")):
        return False
    rest = closed = False
    clauses = [c for c in _CLAUSES.split(low) if c]
    for clause in clauses:
        if _THATS_ALL.fullmatch(clause):
            closed = True
            continue
        item = _ITEM.fullmatch(clause)
        if item is None:
            return False
        rest = rest or re.fullmatch(_REST, item.group("what")) is not None
    return len(clauses) > 1 and (rest or closed)

"""Chinese clauses that `cleared_zh` does not know, retold in words it does.

Asked "有哪些地方让你不太满意？", people with nothing to complain about also say:

- who they are and what they need, before saying all is fine ("我做直播的，对网要求高，目前还没
  遇到过问题"): no grievance, set aside;
- what they will do later or ask by the way ("下次遇到再跟你们说", "就是想问下有没有新人优惠"),
  or their relief at not having the rival ("幸好我没装他们家的"): set aside;
- another person's line and, in the next clause without a subject of its own, its faults ("隔壁
  老王家用电信的，天天断", "我表妹用的别家，老说卡"): the fault is still theirs, set aside;
- "nothing" in more formal or turned-round words ("各项指标均在预期范围之内", "暂无需要反馈的
  问题", "问题倒没有"), praise of the provider as a whole ("你们还算良心了"), and a member of the
  family who finds no fault ("我孙子说你们的网打游戏不卡"): retold as "没问题";
- an unease they cannot name ("就是感觉哪里不太对劲"): retold as "说不上来".

`retold` gives the answer in those words, or None when no clause was retold or a question or
sarcasm is said outside the clauses set aside ("你们还算良心了？"). A clause with a fault of the
respondent's own or of the provider ("我家也天天断", "你们的也老卡") is never set aside.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, OTHER_PARTY, YOU
from bot.understanding.complaints.gripes_not_ours import _OTHER_PROVIDER

# A clause with the mark that ends it: "你们还算良心了？" keeps its question mark.
_CLAUSE = re.compile(r"([^,.!?;:，。！？；：~、…\s]+)([,.!?;:，。！？；：~、…\s]*)")
_FINE = "没问题"
_UNSURE = "说不上来"
# Who the respondent is and what they need: "我做直播的", "我是开网店的", "对网要求高".
_WHO = re.compile(
    r"^(?:我|俺)(?:是|平时|平常|主要)?(?:做|搞|干|开|跑|当)[^,，。不没卡慢断贵]{1,6}的$"
    r"|^(?:我|俺)?(?:对|用)(?:网|网络|网速|信号|宽带)(?:的)?(?:要求|需求)(?:比较|挺|很|特别|蛮|还挺)?"
    r"(?:高|大|多)(?:的|了)?$"
    r"|^(?:我|俺)?(?:平时)?(?:流量|网)?(?:用得?|用的)(?:流量|网)?(?:比较|挺|很|特别|蛮)?(?:多|大)(?:的)?$"
)
# Put off or asked by the way: "下次遇到再跟你们说", "就是想问下有没有新人优惠",
# "幸好我没装他们家的".
_PUT_OFF = re.compile(
    r"^(?:等|那)?(?:下次|以后|回头|到时候?)(?:遇到|碰到|有|想到|想起来)?(?:了|的话)?(?:问题)?(?:再|就)"
    r"(?:跟|和|给|找)?(?:你们|你)?(?:说|讲|反馈|反映|联系)(?:吧|哈|哦|啦)?$"
)
_ASIDE = re.compile(
    r"^(?:就是|只是|不过|但是?)?(?:我)?(?:想|要)?(?:问下|问一下|咨询一下|打听一下|问问)"
    r"(?:你们)?(?:有没有|还有没有|现在有没有|有啥|有什么)[^,，。不没]{0,8}?"
    r"(?:优惠|活动|折扣|福利|套餐|礼品|赠品)(?:吗|呢|啊)?$"
    r"|^(?:幸好|幸亏|还好|好在)(?:我|我们|咱|咱们)(?:家)?(?:当初)?(?:没|没有)(?:装|用|办|选|买)"
    r"(?:他们|她们|那|那个|他|她)(?:家)?(?:的)?(?:了|啊|呀)?$"
)
# Another person or household: "隔壁老王家", "我表妹".
_SOMEBODY = re.compile(
    OTHER_PARTY.pattern + r"|隔壁|邻居|别人|人家|老[李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗]"
)
# A word that makes the clause the respondent's own: "我家也天天断".
_OWN = re.compile(r"我|俺|咱|自己|家里")
# A fault told with no subject: "天天断", "老说卡", "天天断网".
_BARE_FAULT = re.compile(r"^[^,，。]{0,8}$")
_BAD = re.compile(r"差|烂|垃圾|不稳|不行|不好用|没信号|老断")
# "Nothing" in formal or turned-round words: "各项指标均在预期范围之内", "暂无需要反馈的问题",
# "问题倒没有", "毛病倒是没啥".
_NONE = re.compile(
    r"^(?:各项|所有|一切)?(?:指标|数据|参数|网速|速度)?(?:都|均|也)?(?:在|处于)(?:预期|正常|合理|可接受)"
    r"(?:的)?范围(?:之?内)?(?:的|了)?$"
    r"|^(?:目前|现在|暂时|暂)?(?:无|没有|没)(?:需要|要|可以|值得|什么|啥)?(?:反馈|反映|投诉|吐槽|说)"
    r"的?(?:问题|地方|意见|事情?)?$"
    r"|^(?:问题|毛病|不满|意见|大问题)(?:倒|倒是|其实|真|也|都|是)*(?:没有|没啥|没什么|没)(?:的|啊|呢|哈)?$"
)
# The provider praised as a whole: "你们还算良心了", "你们家挺厚道的".
_PRAISED = re.compile(
    r"^(?:但是?|不过|可)?(?:你们|你家)(?:家|这边|这家)?(?:还|也|都|算|挺|真|倒|倒是|很|蛮|够|是)*"
    r"(?:良心|厚道|实在|讲究|有良心|有诚意|靠谱|给力|可以|不错|挺好)(?:的|了|啦|呀|啊|哦)*$"
)
# Family who find no fault: "我孙子说你们的网打游戏不卡", "我女儿觉得网速挺快".
_KIN_FINE = re.compile(
    r"^(?:我|俺)(?:家)?(?:孙子|孙女|外孙女?|儿子|女儿|闺女|老伴|老公|老婆|媳妇|孩子|妈|爸|爸妈|儿媳妇?"
    r"|女婿)(?:用着|也|都)*(?:说|觉得|讲)(?:你们|你家)?(?:的)?[^,，。不没]{0,8}?"
    r"(?:不卡|不慢|不断|不掉线|挺快|很快|蛮快|挺稳|很稳|流畅|好用|不错|挺好|没问题)(?:的|呢|啊|哦)*$"
)
# An unease that has no name: "就是感觉哪里不太对劲", "总觉得哪儿怪怪的".
_UNEASE = re.compile(
    r"^(?:就是|只是|反正|但|但是)?(?:总|就)?(?:感觉|觉得)(?:哪里|哪儿|哪|有点|有些|哪里有点)"
    r"(?:不太|不大|不怎么|不)(?:对劲|得劲|舒服)(?:的|吧|啊)?$"
)
_NOT_MEANT = re.compile(r"呵呵|才怪")


def _set_aside(part: str, after_other: bool) -> bool:
    """The clause tells nothing about the service of the respondent's own."""
    if _WHO.search(part) or _ASIDE.search(part) or _PUT_OFF.search(part):
        return True
    return (
        after_other
        and (FAULT.search(part) is not None or _BAD.search(part) is not None)
        and _BARE_FAULT.search(part) is not None
        and YOU.search(part) is None
        and _OWN.search(part) is None
    )


def retold(text: str) -> str | None:
    """The answer with the clauses above set aside or retold, or None when nothing was."""
    if _NOT_MEANT.search(text):
        return None
    kept: list[str] = []
    changed = after_other = put_off = False
    for m in _CLAUSE.finditer(text):
        part, mark = m.group(1), m.group(2)
        asks = "?" in mark or "？" in mark
        if _set_aside(part, after_other):
            changed = True
            put_off = put_off or _PUT_OFF.search(part) is not None
            continue
        others = YOU.search(part) is None and (_SOMEBODY.search(part) is not None or "别家" in part)
        # (somebody else's line: "隔壁老王家用电信的", "我表妹用的别家")
        after_other = others and ("用" in part or _OTHER_PROVIDER.search(part) is not None)
        if asks:
            return None
        if _NONE.search(part) or _PRAISED.search(part) or _KIN_FINE.search(part):
            kept.append(_FINE)
        elif _UNEASE.search(part):
            kept.append(_UNSURE)
        else:
            kept.append(part)
            continue
        changed = True
    if changed and not kept and put_off:
        return _UNSURE  # "下次遇到再跟你们说吧": nothing to name now
    if not changed or not kept:
        return None
    return "，".join(kept)

"""Chinese answers to the complaint question that clear the provider, told in more ways than
`open_answers` and `settled_gripes` read.

Asked "有哪些地方让你不太满意？", people with nothing to complain about still tell a little story
or set the provider against somebody else. Each clause (a space between words ends one, as a
comma does) is one of these kinds:

- nothing, fine, or "I can't say", also behind a hedge ("硬要挑的话也挑不出来", "非要说的话…也没有",
  "目前来说 一切正常", "说不上来，反正就是感觉哪里怪怪的", "其他没啥");
- praise of the service or its staff ("网蛮快的", "宽带也稳", "店里的阿姨态度好", "效率可以",
  "这点要夸一下", "我妈用着也说好");
- a fault told in the past and its repair ("之前断网报修 师傅第二天就上门修好了");
- a rival provider's failings ("移动的信号才叫烂", "电信那边套路太多了", "新加坡那边的电讯贵到死")
  and the move away from it ("所以才换到你们这的");
- another person's trouble ("隔壁邻居家的网老断") or what somebody says of the provider ("隔壁老李讲
  你们网差"), which needs the respondent's own word against it ("我家倒是没事", "我倒没觉着");
- the provider or the respondent's own line said to be fine ("你们家还行", "你们算okay啦").

When every clause is one of these and one says all is fine, the answer is the vague "nothing to
complain about". A clause of any other kind ("就是贵了点", "我家的网也老断", "你们的也好不到哪去")
keeps the complaint, and so does sarcasm ("挺好的呵呵") or a question.

The other way round, praise of the provider said by somebody else is not the respondent's: "隔壁
说你们挺好，我家就是慢" complains of the respondent's own line (`heard`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.complaints import cleared_told_zh, others_lines
from bot.understanding.complaints.grievances import FAULT, OTHER_PARTY, YOU, about_other
from bot.understanding.complaints.gripes_not_ours import _OTHER_PROVIDER
from bot.understanding.complaints.open_answers import _VAGUE_CORE, _blanked, _empty
from bot.understanding.complaints.praised_only import _PRICE, _TURN
from bot.understanding.complaints.settled_gripes import _past_fault, _repaired

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PARTS = re.compile(r"[,.!?;:，。！？；：~、…]+|(?<![a-z])\s+|\s+(?![a-z])")
# Sarcasm and questions: "挺好的呵呵", "你们家还行吗？"
_NOT_MEANT = re.compile(r"呵呵|才怪|[?？]|吗|\b(?:lol|yeah right)\b")
# Hesitation, laughter and hedges that set up an answer: "emmm", "哈哈", "硬要挑的话", "要说的话".
_HEDGE = re.compile(
    r"\bem+\b|\be+m+\b|\bumm*\b|额+|呃+|嗯+|哈{2,}|嘿嘿|😂|🤣|😅|👌|👍|😊|😄|🙂"
    r"|(?:如果|真|硬|非|一定|实在|真的)?(?:要|让我)(?:挑|说|讲)(?:毛病|问题|缺点)?(?:的话)"
    r"|(?:硬|非|一定|实在)要(?:挑|说|讲)(?:毛病|问题|缺点)?"
)
# Nothing said in words `open_answers` does not strip: "一切正常", "挑不出来", "其他没啥".
_MORE_NONE = re.compile(
    r"一切(?:都)?(?:正常|挺?好|顺利|ok|okay)|挑不出(?:啥|什么)?(?:毛病|问题|刺|来)?"
    r"|(?:其[他它]|别的|其余)(?:的|方面)?(?:都|也)?(?:没啥|没什么|没有|还好|挺好|都好|还行|正常)"
    r"|(?:哪里|哪儿|哪)?怪怪的|目前来说|来说"
)
# What says all is fine, in a clause with nothing else.
_NONE_SAID = re.compile(
    r"没|无|不满|好(?![累困忙烦饿晕慢卡贵差])|行|满意|不错|可以|凑合|顺|稳|正常|挑不出|怪怪的|不得劲"
    r"|那样|老样子|\b(?:no|nothing|none|fine|ok|okay|good)\b"
)
_ADVERBS = r"(?:也|都|还|挺|很|蛮|超|特别|非常|一直|算|真的?|倒是?|可)*"
_TAIL = r"(?:的|了|啦|呀|啊|哦|呢|嘛|哈)*$"
# The service praised, the whole clause: "网蛮快的", "宽带也稳", "效率可以", "客服回复很及时".
_PRAISED = re.compile(
    r"^[^,，。不没]{0,8}?(?:网速?|网络|信号|宽带|光纤|wi-?fi|客服|师傅|服务|速度|效率|流量|套餐"
    r"|价格|资费)[^,，。不没]{0,4}?"
    + _ADVERBS
    + r"(?:稳定?|快|好(?![累困忙烦饿晕慢卡贵差])|给力|流畅|顺畅?|可以|不错|靠谱|实惠|便宜|高|及时"
    r"|专业|耐心|热情|负责|细心|认真|到位)" + _TAIL
)
# The staff praised: "店里的阿姨态度好", "客服小姐姐态度很好" (not "态度好差", "态度可差").
_MANNER = re.compile(
    r"^[^,，。不没]{0,10}?态度" + _ADVERBS + r"(?:好|不错|热情|耐心|可以|没得说|nice)" + _TAIL
)
# Praise given: "这点要夸一下", "必须点赞".
_KUDOS = re.compile(
    r"^(?:这点|这个|这一点)?(?:要|得|必须|值得|真得|真要|我要|我得)?(?:夸|表扬|点赞|赞)"
    r"(?:一下|一个|一句|下)?(?:你们)?" + _TAIL
)
# A member of the household who says it is good too: "我妈用着也说好".
_KIN_SAYS_GOOD = re.compile(
    r"(?:我|俺)?(?:妈|爸|老公|老婆|媳妇|家里人|家人|爸妈|父母|孩子|儿子|女儿)(?:用着|用了|用过|用)?"
    r"(?:也|都)?(?:说|觉得|讲|夸)(?:挺|很|蛮|还)?(?:好用|好|不错|方便|快|稳)(?:的|呢|啊|哦)*$"
)
# The respondent's own line or the provider, said to be fine: "我家倒是没事", "你们算okay啦",
# "我倒没觉着" (against what somebody says).
_OWN_FINE = re.compile(
    r"^(?:但是?|不过|可)?(?:(?:我|俺|咱)(?:们)?(?:自己)?(?:家的?|这边|这里|这儿|的)?(?:用着|用起来)?"
    r"|(?:你们|你家)(?:家|这边?|这里)?)"
    + _ADVERBS
    + r"(?:目前|现在)?"
    + _ADVERBS
    + r"(?:没事|没问题|没毛病|还好|挺好|好好的|正常|可以|还行|稳|不错|okay|ok|靠谱"
    r"|(?:没|不)(?:怎么)?(?:觉着|觉得|感觉(?:到|出来)?|发现|遇到)(?:过)?)" + _TAIL
)
_OWN_WORD = re.compile(r"我|俺|咱|你们|你家")
# The move away from a rival: "所以才换到你们这的", "后来就转到你们家了".
_MOVED_HERE = re.compile(
    r"^(?:所以|因此|于是|后来)?(?:才|就)?(?:换|转|搬|跳)(?:到|来|过来|成)?(?:了)?(?:你们|你家)"
    r"(?:这|这边|家|这里)?(?:来)?" + _TAIL
)
# A provider elsewhere, by its regional word: "新加坡那边的电讯", "香港的电讯公司".
_FOREIGN_TELCO = re.compile(
    r"(?<![我家])(?:那边|那里|那儿)?的?电讯|(?<![我家])那边的(?:运营商|电话公司)"
)
# Somebody who says something of the provider: "隔壁老李讲你们网差", "我室友老说你们贵".
_SPEAKER = (
    r"(?:隔壁|别人|人家|大家|有人|网上|老[李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗]"
    r"|" + OTHER_PARTY.pattern + r")"
)
_HEARSAY = re.compile(_SPEAKER + r"[^,，。]{0,6}?(?:说|讲|嫌|抱怨|吐槽|骂|都说)")
_HEARD_PRAISE = re.compile(
    _SPEAKER + r"[^,，。]{0,6}?(?:说|讲|夸|都说|觉得)[^,，。]{0,4}?(?:你们|你家)[^,，。]{0,6}?"
    r"(?:挺好|很好|不错|还行|好|可以|靠谱)"
)


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _PARTS.split(text) if p and p.strip()]


def _praises(part: str) -> bool:
    """Praise of the provider's own, not of somebody else's nor in a comparison ("隔壁用你们的网
    都比我快")."""
    if _TURN.search(part) or FAULT.search(_PRICE.sub(" ", part).replace("态度", " ")):
        return False
    if "比" in part or about_other(part):
        return False
    return bool(_PRAISED.search(part) or _MANNER.search(part) or _KUDOS.search(part))


def cleared(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    """Every clause clears the provider, praises it, tells of others' or past trouble, or says
    nothing, and one says all is fine: the vague "nothing to complain about" (also once the
    clauses `cleared_told_zh` knows are retold: "我做直播的，对网要求高，目前还没遇到过问题")."""
    if _cleared(low, explained):
        return True
    if _CJK.search(low) is None:
        return False
    told = cleared_told_zh.retold(_blanked(low, explained))
    return told is not None and _cleared(told)


def _cleared(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    if _CJK.search(low) is None or _NOT_MEANT.search(low):
        return False
    text = _HEDGE.sub(" ", _blanked(low, explained))
    parts = _parts(text)
    if not parts:
        return False
    fine = own = others = past = repair = False
    vague_only = True  # every clause says nothing or "I can't say"
    for part in parts:
        said = _NONE_SAID.search(part) is not None
        kin = _KIN_SAYS_GOOD.search(part)
        bare = part[: kin.start()] if kin else part
        if _OWN_FINE.search(part):
            fine = own = True
            continue
        # (a fault in one word is no "nothing": "就是贵")
        if _empty(_MORE_NONE.sub(" ", bare)) and (said or not FAULT.search(part)):
            fine = fine or said or kin is not None
            own = own or (said and _OWN_WORD.search(part) is not None)
            continue
        vague_only = False
        if _praises(part):
            fine = True
        elif _repaired(part):
            fine = repair = True
        elif _MOVED_HERE.search(part):
            continue
        elif YOU.search(part) is None and (
            _OTHER_PROVIDER.search(part) or _FOREIGN_TELCO.search(part)
        ):
            continue  # a rival's failings
        elif _past_fault(part):
            past = True
        elif (about_other(part) and YOU.search(part) is None) or _HEARSAY.search(part):
            others = True
        else:
            return False
    if vague_only:
        # (only hedges and "nothing" or "I can't say": not a bare laugh)
        return fine or _VAGUE_CORE.search(low) is not None
    return fine and (own or not others) and (repair or not past)


def heard(low: str) -> bool:
    """Somebody else praises the provider, and the respondent names a fault of their own:
    "隔壁说你们挺好，我家就是慢" is a complaint, whatever the neighbour says; so is somebody
    else's trouble that the respondent has too ("邻居家的网老断，我家也是", `others_lines`)."""
    if others_lines.mine_too(low):
        return True
    if ("你们" not in low and "你家" not in low) or _HEARD_PRAISE.search(low) is None:
        return False
    return any(
        FAULT.search(p) and not _HEARD_PRAISE.search(p) and not about_other(p) for p in _parts(low)
    )

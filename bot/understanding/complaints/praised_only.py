"""Answers to the complaint question that only praise the service: vague, no complaint.

Asked "anything you're unhappy with?", some people answer with praise and never say "nothing":
"4G信号在我们村挺好", "网速挺快的", "the wifi works fine here", "signal in our village is great".
The service is named, so `complaint_scope` would take the text for a complaint; but nothing is
wrong with it, which is the "nothing to complain about" answer (vague), as "I'm on fiber and it
works fine" is. Every clause must praise the service, say there is nothing ("真没啥，信号一直都
好好的") or be small talk; a clause with a fault, a negation or a turn ("信号挺好，就是网速慢",
"wifi is fine except at night", "以前挺好的", "it used to be great", "great, another outage")
keeps the complaint. A fault denied is praise too ("it works great, never drops", "从来没卡过",
"no crackle at all, crystal clear", "没有杂音"), unless a fault is left beside it ("never drops,
but it's slow", "没卡过，就是贵").
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, SERVICE, names_a_grievance

# (a price praised names no fault: "价格也可以", "the price is fair")
_PRICE = re.compile(r"价格|资费|费用|价钱|\bprices?\b")
_PRAISE = re.compile(
    r"挺好|很好|真好|蛮好|不错|好用|稳定|挺稳|很稳|流畅|顺畅|给力|满意|挺快|很快|飞快|杠杠的|没问题"
    # (said last: not "价格也可以便宜点", a wish)
    r"|(?:(?:也|还|挺|都)可以|合理|公道|实惠|划算)(?=[的啦了吧呀啊]*\s*(?:$|[,，。.!！~]))"
    # "信号一直都好好的" (said last: not "好好的网说断就断")
    r"|好好的(?=[啦了吧呀啊呢哦]*\s*(?:$|[,，。.!！~]))"
    r"|\b(?:fair|reasonable|fine|great|good|solid|excellent|brilliant|reliable|fast|quick|decent"
    r"|perfect|grand|lekker|spot on|top notch|no problems?|works? (?:well|fine|great|perfectly)"
    r"|(?:stays?|is|'s|been) strong)\b"
)
_PRAISE_CHEAP = (
    "好 不错 稳 流畅 顺畅 给力 满意 快 杠杠 没问题 可以 合理 公道 实惠 划算 fair reasonable fine"
    " great good solid excellent brilliant reliable fast quick decent perfect grand lekker spot"
    " top problem works strong"
).split()
# Words that turn or narrow the praise, or put it in the past or in a wish.
_TURN = re.compile(
    r"不(?!错)|没(?!问题)|但|就是|只是|可惜|除了|以前|之前|原来|本来|过去|曾经|直到|反而|倒是|偶尔|有时|要是"
    r"|如果|希望|能不能|才怪|呵呵|吗|么|太|用完|用光"
    r"|\b(?:not|never|no(?! problems?\b)|but|except|apart from|other than|until|till|used to"
    r"|anymore|any more|sometimes|though|however|only|if|when it|was|were|wish|could|should"
    r"|would|supposed|supposedly|yeah right|lol|apparently|too|runs? out|ran out|running out)\b"
    r"|n't|[?？]"
)
# A clause that only says there is nothing: "真没啥", "没什么", "也没有啥".
_NOTHING = re.compile(
    r"(?:真的?|其实|也|倒|暂时|目前|基本上?)*(?:没(?:啥|什么|有)(?:啥|什么)?|没|啥也没有|什么都没有|没啥说的)"
    r"(?:好说的|可说的|要说的|意见|问题)?[了的啊呀吧哈哦呢啦]*"
)
_CLAUSES = re.compile(r"[^,.!;:，。！；：~…]+")
# A fault said never to happen: "never drops", "hasn't cut out once", "no crackle at all",
# "从来没卡过", "一次都没断过", "没有杂音", "不卡".
_DENIED = re.compile(
    r"\b(?:never|not once|hasn'?t|has not|haven'?t|doesn'?t|does not|don'?t|no longer)\s+"
    r"(?:(?:ever|once|really|even|actually)\s+)?(?:drops?|dropped|cut out|cuts out|crackled"
    r"|crackles|crackle|froze|freezes|freeze|frozen|lags?|lagged|buffers?|buffered|hiss(?:es|ed)?"
    r"|echoe?[sd]?|stutter(?:s|ed)?|glitch(?:es|ed)?|(?:gone|goes|go|went|been) down"
    r"|disconnect(?:s|ed)?)\b(?:\s+(?:once|at all|on me|ever))?"
    r"|\b(?:no|zero|not a (?:single|bit of)|not an?)\s+(?:crackl\w*|hiss\w*|static|echo\w*|buzz\w*"
    r"|lag|buffering|drop-?outs?|dropouts?|outages?|glitch\w*|freez\w*)\b(?:\s+(?:at all|whatsoever"
    r"|ever))?"
    r"|(?:从来|从|一直|一次)?(?:都|也)?(?:没|不)(?:有)?(?:怎么)?(?:掉过?线|断过?网|卡顿|掉|断|卡|杂音"
    r"|回音|花屏)(?:过)?(?:线|网)?"
)
_DENIED_CHEAP = ("没", "不", "never", "not", "n't", "no")


def praise_only(low: str) -> bool:
    """Every clause praises the service or says nothing of it, and one names and praises it."""
    denied = any(w in low for w in _DENIED_CHEAP) and _DENIED.search(low) is not None
    if not denied and (not any(w in low for w in _PRAISE_CHEAP) or _PRAISE.search(low) is None):
        return False
    praised = False
    for clause in _CLAUSES.findall(low):
        if not clause.strip() or _NOTHING.fullmatch(clause.strip()):
            continue  # ("真没啥，信号一直都好好的": nothing, then the praise)
        if denied and _fault_denied(clause):
            praised = True  # "never drops": the fault named is said not to happen
            continue
        if _praises(clause):
            praised = praised or SERVICE.search(clause) is not None
        elif names_a_grievance(clause) or _TURN.search(clause):
            return False
    return praised


def _praises(clause: str) -> bool:
    if _PRAISE.search(clause) is None or _TURN.search(clause) is not None:
        return False
    return FAULT.search(_PRICE.sub(" ", clause)) is None


def _fault_denied(clause: str) -> bool:
    """The clause denies a fault and says nothing else against the service."""
    if _DENIED.search(clause) is None:
        return False
    rest = _DENIED.sub(" ", clause)
    return FAULT.search(rest) is None and not _TURN.search(rest) and not names_a_grievance(rest)

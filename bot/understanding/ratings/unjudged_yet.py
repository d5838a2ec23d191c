"""Rating answers that say the service cannot be judged yet, or not by a number.

Asked for the rating, "刚办了三天 还没法评价", "还得再用一阵子才知道", "你们嘛 还在观察",
"你们的网还没怎么用", "the internet itself I'm still testing", "I have not yet formed a view on
the service", "the service I'd have to think about" and "can't put a number on it" answer
without a level: vague. Read (by `unpinned.judged_later`) only when the rating got no value,
so "还在观察，目前3分" keeps its 3.
"""

from __future__ import annotations

import re

from bot.understanding.unanswered import vague

_NOT_YET = re.compile(
    # no judging possible yet: "还没法评价", "评价不了", "还打不了分"
    r"(?:还|暂时|目前)?(?:没法|无法|不能|没办法)(?:评价|评分|打分|说|判断)|评价不了|(?:还)?打不了分"
    # known only after more use: "还得再用一阵子才知道", "用一段时间才知道"
    r"|用(?:一阵子?|一段时间|段时间|几天|些日子|一两个月|几个月|几周)?(?:以?后)?才(?:知道|晓得|能说|好说)"
    r"|还在(?:观察|考察|体验|试用|适应)"
    r"|还没(?:怎么|咋|正式|好好|真正)?用(?:过|上|呢|起来)?(?=\s*(?:呢|啊|哦|吧)?\s*(?:$|[,，。.!！~…]))"
    r"|(?:才|刚)用(?:了)?(?:几天|两天|三天|一周|一个?礼拜)(?=\s*(?:$|[,，。.!！~…\s]))"
    r"|\bstill (?:testing|trying|trialling|checking|figuring) (?:it|things|it out|out)?\b"
    r"|\bi'?m still testing\b"
    r"|\b(?:haven'?t|have not|not)\s+(?:yet\s+)?(?:formed|got|made)\s+(?:a|an|my)\s+(?:view"
    r"|opinion|mind up)\b"
    r"|\b(?:haven'?t|have not)\s+(?:really\s+)?(?:used|tried) it (?:much|enough|yet|properly)\b"
    r"|\b(?:i'?d|i would|i'?ll|i will) (?:have|need) to think about(?=\s*(?:$|[,.!?;]))"
    r"|\b(?:can'?t|cannot|couldn'?t|could not) (?:really )?(?:put|give|pin) (?:a )?(?:number"
    r"|score|rating|figure) on (?:it|that|you|them)\b"
)
_TRIGGER = re.compile(
    r"没法|无法|不能|没办法|不了|才|还在|还没|still|formed|got|made|used|tried|think|number|score"
    r"|rating|figure"
)


def not_yet(low: str) -> bool:
    """The rating is said to be unknowable yet, or not to be put in a number."""
    if _TRIGGER.search(low) is None:
        return False
    return _NOT_YET.search(vague.without_questions(low)) is not None

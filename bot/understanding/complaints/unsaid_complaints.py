"""Complaints claimed but not said, and complaints only announced.

An answer to the complaint question can say that there is something wrong without saying what.
There are too many to tell ("too many to list", "问题太多了，说不过来", "多了去了", "一箩筐"); it
is the old trouble, unnamed ("老问题了", "same old problem", "跟上次一样"); it was told elsewhere
("I already told the call centre", "read my last email", "看我上次的投诉", "去问客服吧，我都反映过
好几次了"); the asker should know ("你们自己心里没数吗", "you know what it is"); saying it is no use
("说了也没用", "what's the point, nothing changes"); or it is a joke about complaining ("my only
complaint is that I can't complain more lol"). Nothing is left to store: the answer is vague. A
trouble named however briefly keeps the whole answer ("老问题了，还是断网", "same as before, the
speed", "跟上次一样，网速慢"), and so does a refusal said with it ("不想说了，说了也没用" declines).

Announcing the complaints before giving them ("a few things actually", "有几点", "where to
begin…", like "ok where do I start 😂") answers nothing yet: neither a value nor vague.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import names_a_grievance
from bot.understanding.literal_gates import Gated, gated

_UNSAID = gated(
    # too many to tell
    r"\b(?:(?:there(?:'s| are| is)|i(?:'ve| have) got|i have|got)\s+)?(?:way\s+|far\s+)?too many"
    r"(?: (?:things|problems|issues|complaints))? to (?:list|count|mention|name|go into)\b"
    r"|\b(?:so|too) many (?:things|problems|issues|complaints)\b|\bmore than i can count\b"
    r"|\bthe list (?:is endless|goes on(?: and on)?|is (?:too )?long)\b|\bcountless\b"
    r"|(?:问题|毛病|槽点|不满意的(?:地方)?)?(?:太多了?|多了去了?|多得(?:很|要命|数不清|说不完))"
    r"|(?:数|说|讲)(?:都|也)?(?:数|说|讲)?不(?:过来|完)|数不清|一箩筐|一大堆"
    # the old trouble, unnamed
    r"|(?:还是)?老(?:问题|毛病)(?:了|呗|啊)?|还是(?:那个|那些|同样的?)(?:问题|毛病)"
    r"|(?:跟|和|同)(?:上次|之前|以前|原来)(?:说的)?一样|同样的问题"
    r"|\bsame old (?:problems?|issues?|story|thing|stuff|same)\b|\bsame (?:problems?|issues?)"
    r"(?: as (?:always|ever|before|last time|usual))?\b"
    r"|\b(?:the )?same as (?:always|before|last time|usual|i said before)\b"
    r"|\bthe usual (?:problems?|issues?|stuff|suspects)\b"
    # told elsewhere
    r"|\bi(?:'ve| have)? (?:already |all )?(?:told|reported it to|explained it to|complained to"
    r"|said it (?:all )?to)\s+(?:the |your |you(?:r)? )?(?:call cent(?:re|er)|customer service"
    r"|support|helpline|people|staff|guys|lot|agents?|you|them)(?: (?:already|before|guys|lot"
    r"|(?:many|several|a few|three|two|loads of) times|twice|enough))*\b"
    r"|\b(?:read|see|check) (?:my |the )?(?:last |previous |earlier )?(?:email|complaint|letter"
    r"|message|ticket|records?|notes)\b|\bit'?s all in my (?:last )?(?:email|complaint|letter)\b"
    r"|看(?:一下|下)?(?:我)?(?:上次|之前|以前|上回)的?(?:投诉|反馈|留言|记录|工单)"
    r"|(?:去)?问(?:你们)?客服(?:去)?吧?"
    r"|(?:我)?(?:都|早就?|已经)(?:跟你们)?(?:反映|投诉|反馈|说|讲|提)过?(?:好几|很多|无数|[一两三四五几])?"
    r"(?:次|回|遍)?了"
    # the asker should know
    r"|(?:你们)?(?:自己)?心里(?:没|有)数(?:吗|吧|嘛)?|(?:你们)?自己(?:不)?知道(?:吧|吗|嘛)?|明知故问"
    r"|还用(?:我)?(?:说|问)(?:吗|嘛)?"
    r"|\byou (?:already |all )?know (?:exactly |full well |fine well )?what (?:it is|the problem is"
    r"|i mean|i'?m (?:gonna|going to) say|i'?m talking about)\b"
    r"|\bdo i (?:really )?(?:need|have) to (?:say|spell it out)\b"
    # no use saying it
    r"|(?:说|讲|反映|投诉)了?也(?:没用|白说|白搭|不管用)|有(?:什么|啥)用"
    r"|\bwhat'?s the point\b|\bnothing (?:ever )?changes\b|\bno point (?:complaining|saying)\b"
    r"|\bcomplaining (?:gets|got|will get) (?:me )?nowhere\b"
    # a joke about complaining
    r"|\bmy (?:only|one|biggest|main) complaint is (?:that )?(?:i (?:can'?t|don'?t get to) complain"
    r"(?: more| enough)?|i (?:have|'ve got) (?:no|nothing to) complain\w*(?: about)?|there'?s"
    r" nothing to complain about)\b"
    r"|(?:要说|唯一的?)不满意?的?(?:地方)?(?:就)?是没(?:有)?(?:什么|啥)(?:可|好)?(?:不满意?|吐槽|抱怨)的?"
)
# Complaints announced, to come: "a few things actually", "有几点", "where to begin…".
_ANNOUNCED = gated(
    r"\bwhere (?:do|shall|should|would|to) (?:i )?(?:even )?(?:start|begin)\b"
    r"|\bhow long have you got\b|\blet me count the ways\b"
    r"|\b(?:(?:there are|i have|i'?ve got|got)\s+)?(?:a few|a couple of|a couple|some|several)"
    r" (?:things|points|issues|complaints)\b"
    r"|(?:我)?有(?:几|两|三)(?:点|个(?:地方|点))|(?:从|不知道从)(?:哪|何)(?:儿|里)?(?:说|讲)起"
)
# What may be left of a message that only claims or announces: fillers, chat particles, laughs.
_FILLERS = re.compile(
    r"\b(?:ok|okay|well|oh|ah|ugh|oof|hmm+|um+|lol|lmao|haha+|honestly|actually|really|seriously"
    r"|tbh|mate|love|man|just|i|mean|yeah|yes|look|the|it|that|is|to be honest|even|again|by"
    r"|now|already|so)\b"
    r"|哈+|呵+|唉|哎|嗯|啊|呀|吧|呢|嘛|了|的|我|都|也|就|真是?|其实|说实话|反正|这个|那个"
)


def claimed_unsaid(low: str) -> bool:
    """The whole message claims a complaint without saying it: vague."""
    return _only(_UNSAID, low)


def only_announced(low: str) -> bool:
    """The whole message announces complaints still to come: no answer yet."""
    return _only(_ANNOUNCED, low)


def _only(pattern: Gated, low: str) -> bool:
    rest = pattern.sub(" ", low)
    if rest == low:
        return False
    rest = _FILLERS.sub(" ", rest)
    # punctuation and emoji are no content
    if re.search(r"[a-z\u4e00-\u9fff]", rest) is None:
        return True
    return not names_a_grievance(rest) and len(re.findall(r"[a-z']+|[\u4e00-\u9fff]", rest)) <= 2

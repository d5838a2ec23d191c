"""A judgement of the whole service that names nothing wrong: vague under the complaint question.

"just not great overall", "could be better in general", "pretty mediocre tbh", "整体不太好",
"总的来说不怎么样", "说不上来，就是感觉不好用", "用着不太顺手", "just clunky to use" say the
respondent is unhappy but not with what, so no complaint can be stored; the whole message has to
be the judgement,
so "signal not great overall" (a part named) and "not great overall, the bill keeps going up" (a
fault after it) stay complaints.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(
    r"not|better|mediocre|average|so-so|poor|bad|lacking|underwhelm|meh|use|clunky|fiddly|不|差"
    r"|一般|有待|难用"
)

_EN_LEAD = (
    r"(?:(?:just|honestly|tbh|well|meh|eh|um+|hmm+|i'?d say|i guess|i mean|generally|overall"
    r"|can'?t (?:quite |really )?put my finger on it"
    r"|in general|on the whole|all in all|all round|everything|things|it|you|you guys|the service"
    r"|service|(?:it|everything|things|you)(?:'s| is| are|'re|'ve been| has been|'s been)"
    r"|(?:it|that)'?s|is|are|been|kinda|kind of|pretty|fairly|quite|a bit|really|just)[\s,]+)*"
)
_EN_JUDGED = (
    r"(?:not (?:(?:that|so|very|all that|too|really|exactly) )?(?:great|good|amazing|brilliant"
    r"|ideal|fantastic|impressive|the best|up to much|up to scratch)|could (?:be|have been)"
    r" (?:a lot |much |a bit |way )?better|mediocre|average|so-so|poor|bad|rubbish|crap|lacking"
    r"|underwhelming|disappointing|meh|nothing special|nothing to write home about"
    r"|(?:not (?:that |very |really |so )?easy|hard|awkward|a pain) to use"
    r"|(?:clunky|fiddly)(?: to use)?)"
)
_EN_TAIL = (
    r"(?:[\s,]+(?:overall|in general|generally|on the whole|all round|across the board|really"
    r"|tbh|to be honest|honestly|lol|haha|i guess|i suppose|i'd say|i think|tho|though"
    r"|if i'?m honest|these days|lately|to be fair))*"
)
_ZH_LEAD = (
    r"(?:(?:就是|感觉|总的来说|总体来说|整体来说|总体上?|整体上?|总的|反正|说实话|讲真|我觉得|我感觉|其实"
    r"|你们|服务|都|也|就|说不上来|说不清|说不好|讲不出来|用着|用起来)[,，\s]*)*"
)
_ZH_JUDGED = (
    r"(?:不(?:太|怎么|是很|大|咋)(?:好用|好使|好|行|满意|样|理想|咋样|怎么样|靠谱|给力|顺手|得劲|称心)"
    r"|不(?:怎么|咋)样|不咋地|不(?:顺手|得劲|称心)"
    r"|(?:很|挺|比较|太)?差(?:劲)?|(?:很|挺|比较)?一般(?:般)?|(?:不够|还不够)好|有待(?:提高|改进|加强)"
    # hard to use, with nothing named: "就是感觉不好用", "反正挺难用的"
    r"|不好(?:用|使)|(?:很|挺|比较|太|有点)?难用)"
)
_EN = _EN_LEAD + _EN_JUDGED + _EN_TAIL
_ZH = _ZH_LEAD + _ZH_JUDGED + r"(?:吧|啊|呢|了|的|哈|呀)*"
# (one judgement or more: "nothing special, could be better", "整体一般，有待提高")
_WHOLE = re.compile(
    r"\s*(?:"
    + _EN
    + r"(?:[\s,.;]+(?:and |but )?"
    + _EN
    + r")*|"
    + _ZH
    + r"(?:[,，。\s]+"
    + _ZH
    + r")*)[\s.!。！~…]*"
)


def judged_whole(low: str) -> bool:
    """The whole message is a judgement of the service with nothing named: "just not great
    overall", "整体不太好"."""
    return _TRIGGER.search(low) is not None and _WHOLE.fullmatch(low) is not None

"""An elder the respondent looks after, named in one clause and cared for in a later one.

"跟我爸妈住一块，他们身体不好我照顾着", "我妈中风了，现在我伺候她", "just me and my dad, I look
after him full time", "my nan lives with us, I'm her carer", "I'm my dad's carer": a parent or
grandparent is named, and then the respondent cares for them, said with a word for them ("她",
"him") or with "着". That is a dependent in an answer to any question. Not "爸妈照顾我", "my
dad looks after me", "我哥照顾着", "I look after it" (a pet), nor care that is over ("I looked
after him till he passed": past, judged by `household`). Searched only when a cheap literal is in
the message.
"""

from __future__ import annotations

import re

_ELDER_ZH = (
    r"爸妈|父母|爹娘|二老|老爸|老妈|(?:我|俺)(?:爸|妈|爹|娘|奶奶|爷爷|姥姥|姥爷|外婆|外公)"
    r"|公婆|公公|婆婆|岳父|岳母|丈母娘|老丈人|老母亲|老父亲|母亲|父亲"
)
_ELDER_EN = (
    r"\b(?:my|our)\s+(?:old\s+|elderly\s+|poor\s+)?(?:mum|mom|mam|mother|dad|father|parents"
    r"|folks|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa"
    r"|grandfather|grandparents|mother[- ]in[- ]law|father[- ]in[- ]law|in-laws|old man"
    r"|old dear)\b"
)
# The respondent as the carer of someone said just before: "我照顾着", "我伺候她", "都是我在照顾
# 他们", "吃喝拉撒都是我伺候" (not "我照顾好自己", "我照顾孩子" — a child is judged by the child
# words).
_CARE_ZH = (
    r"(?<![让叫帮替教劝请])(?:我|俺)(?:在|一直|天天|每天|来|一个人|全职|专门)?(?:在)?"
    r"(?:照顾|伺候|照看|护理|陪护)(?:着(?!孩子|娃|自己)|(?:他们|她们|他|她|二老|老人家?)"
    r"(?![^,，。.!！?？]{0,4}?(?:不|别|吧|吗))"
    # the elder left unsaid at the clause's end: "吃喝拉撒都是我伺候", "都是我在照顾的" (not "不用我
    # 照顾", "用不着我照顾")
    r"|(?<![用要着需]我..)(?:的)?(?=\s*(?:$|[,，。.!！~～…]|[啊呀嘛哈](?:$|[,，。.!！~～…]))))"
)
_CARE_EN = (
    r"\bi(?:'m| am)?\s+(?:(?:basically|pretty much|now|also|still|really|kind of|sort of"
    r"|the one who|the one that)\s+)?(?:look(?:ing)?\s+after|take\s+care\s+of|taking\s+care\s+of"
    r"|care\s+for|caring\s+for|nurse|nursing)\s+(?:him|her|them|the (?:both|two) of them"
    r"|both of them)\b(?=\s*(?:$|[,.;!?)]|full[- ]?time|now|these days|mostly|myself|and\b"
    r"|as\b|since|because|cos|so\b|too|at\b|day|24|every|most|basically|alone|on my own"
    r"|really|a lot|properly|while|when|after|with\b))"
    r"|\bi'?m\s+(?:his|her|their)\s+(?:full[- ]time\s+|main\s+|primary\s+|live[- ]in\s+|only\s+)?"
    r"(?:carer|caregiver|caretaker)\b"
)
_CARED = re.compile(
    rf"(?:{_ELDER_ZH})[^。.!！?？]{{0,24}}?(?P<zh>{_CARE_ZH})"
    rf"|(?:{_ELDER_EN})[^.!?]{{0,60}}?(?P<en>{_CARE_EN})"
    # the carer of the elder named in the same words: "I'm my dad's carer"
    rf"|(?P<own>\bi(?:'m| am)\s+(?:{_ELDER_EN})(?:'s|')\s+"
    r"(?:full[- ]time\s+|main\s+|primary\s+|live[- ]in\s+|only\s+)?(?:carer|caregiver|caretaker)\b)"
)
_TRIGGER = re.compile(r"照|伺|护|look|care|nurs")


def spans(low: str) -> list[tuple[int, int]]:
    """Where the respondent is said to care for an elder named before it: the care words."""
    if _TRIGGER.search(low) is None:
        return []
    out = []
    for m in _CARED.finditer(low):
        group = "zh" if m.group("zh") else "en" if m.group("en") else "own"
        out.append(m.span(group))
    return out

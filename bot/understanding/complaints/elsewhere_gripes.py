"""Answers to the complaint question that gripe about something other than the service, ask the
asker something, or only praise.

A short answer with a general word of grievance ("always", "never", "again", "差", "烦") is taken
for a complaint though it names no service ("still not fixed"). That misreads a gripe about the
rest of life, said with the same words: the weather ("it's lashing rain here again", "今天天气太差
了"), transport ("the trains were late again", "公交车老是不准时"), the council or the landlord
("the council never empties our bins", "房东不给修热水器", "物业太差劲了"), the neighbours' noise
("隔壁装修吵死了"), sport ("the footy was rubbish on Saturday"), the post office or the survey
itself ("this survey is way too long", "your questions are a bit repetitive"). With no word of
the service, its phones and lines, and no fault of it, such an answer is no complaint (neither
answer nor vague): "the trains were late and so was your engineer", "物业不让装光纤" and
"下雨天网就断" stay complaints.

A question to the asker ("why do you ask?", "can you be more specific?", "你们是真人吗？") or a
time to ring back ("call me after 6") answers nothing; praise with nothing wrong ("keep up the good
work", "honestly can't fault you", "the engineer was lovely, very helpful", "继续保持", "点个赞",
"I'm happy with everything, thanks", Scottish "nae bother, it's aw fine", Nigerian "e dey okay, no
wahala", Minnan "攏無問題啦", read after traditional characters are simplified) is the vague
"nothing to complain about".
"""

from __future__ import annotations

import re

from bot.understanding.complaints import cleared_en, complaints_en
from bot.understanding.complaints.grievances import FAULT, SERVICE

# Things and parties other than the provider, griped about.
_ELSEWHERE = re.compile(
    r"\b(?:the weather|rain(?:ing|y)?|lashing|snow(?:ing)?|heatwave|trains?|buses|bus drivers?"
    r"|the bus|the tube|traffic|the council|bins|potholes|landlord|landlady|footy|football"
    r"|referee|the match|the post office|survey|questionnaire|(?:these|your|the)"
    r" questions)\b"
    r"|天气|下雨|下雪|雾霾|公交|地铁|堵车|房东|物业|老板|领导|隔壁|楼上|装修|国足|裁判|问卷"
)
_CHEAP = (
    "weather rain lashing snow heatwave train bus tube traffic council bins pothole landlord"
    " footy football referee match post survey questionnaire questions"
    " 天气 下雨 下雪 雾霾 公交 地铁 堵车 房东 物业 老板 领导 隔壁 楼上 装修 国足 裁判 问卷"
).split()
# Words of the service beyond `SERVICE`: its phones, calls and lines.
_SERVICE_MORE = re.compile(
    r"手机|电话|短信|号码|电视|\b(?:phones?|mobile|calls?|texts?|landline|line|tv|channels?"
    r"|emails?|sim|modem|fib(?:re|er)|network|engineer|technician)\b"
)
# "you" and "your" are the asker of the survey when the survey is what is griped about.
_SURVEY = re.compile(r"\b(?:survey|questionnaire|questions)\b|问卷")


def elsewhere_only(low: str) -> bool:
    """The answer gripes about something other than the service, naming neither the service
    nor a fault of it."""
    if not any(w in low for w in _CHEAP) or _ELSEWHERE.search(low) is None:
        return False
    if FAULT.search(low) or _SERVICE_MORE.search(low):
        return False
    survey = _SURVEY.search(low) is not None
    return all(survey and m.group() in ("you", "your") for m in SERVICE.finditer(low))


# A question to the asker, or a time to ring back, as the whole answer.
_ASKS_ASKER = re.compile(
    r"^(?:but |and |um+,? |so,? )?(?:why (?:do|would|d) (?:you|u) (?:ask|want to know|need to know"
    r"|wanna know)|(?:can|could) (?:you|u) be (?:a bit |more |a little )*(?:more )?specific"
    r"|(?:are|r) (?:you|u) (?:a )?(?:real person|real|human|bot|robot|an? ai)"
    r"|(?:please |pls |can you |could you )?(?:call|ring|phone) me (?:back )?(?:after|at|later"
    r"|tomorrow|tonight|in the (?:morning|evening)))"
    r"[^,.;!]{0,12}[?.!\s]*$"
    r"|^(?:你们?|您)(?:是)?(?:真人|机器人|人工智能|ai)(?:吗|么|嘛|啊)?[?？\s]*$"
)


def asks_the_asker(low: str) -> bool:
    """The whole answer asks the asker something or sets a time to ring back, or (English) asks how
    to complain or holds the conversation (`complaints_en`)."""
    return (
        _ASKS_ASKER.search(low.strip()) is not None
        or complaints_en.asks_or_holds(low)
        or cleared_en.holds(low)
    )


# Set phrases of contentment, each clause of the answer one of them: "I'm happy with everything,
# thanks", Scottish "nae bother, it's aw fine", Nigerian "e dey okay, no wahala", "点个赞".
_CONTENT_CLAUSE = re.compile(
    r"(?:i'?m|we'?re|i am|we are)\s+(?:really\s+|very\s+|quite\s+|pretty\s+)?(?:happy|content"
    r"|satisfied)\s+with\s+(?:everything|it all|the service|it)|nae bother|no wahala"
    r"|e dey (?:okay|ok|fine|alright|good)|(?:it'?s\s+|it is\s+)?aw fine|thanks|thank you|cheers"
    r"|(?:给你们)?点个?赞|好评"
)
_CLAUSES = re.compile(r"[^,.;!，。；！~]+")

_PRAISE_ONLY = re.compile(
    r"^(?:honestly,?\s+|to be fair,?\s+|tbh,?\s+)?(?:keep up the (?:good|great) work"
    r"|(?:i\s+)?can'?t fault (?:you|it|them|the service)(?: guys| lot)?"
    r"|(?:the\s+)?(?:engineer|technician|installer|tech|fitter)\s+(?:was|were)\s+(?:lovely|great"
    r"|brilliant|amazing|fantastic|really nice|so nice|very nice|(?:very |really |so )?helpful)"
    r"(?:,?\s+(?:and\s+)?(?:very|really|so)\s+(?:helpful|friendly|nice|polite|quick))?)"
    r"(?:,?\s+(?:thanks|thank you|cheers))?[\s.!]*$"
    r"|^(?:继续保持|继续加油|(?:攏|拢|嘛)(?:无|没)(?:啥|什么)?问题)(?:啦|喔|哦|啊|呀)?[\s.!。！~]*$"
)


def praised_only(low: str) -> bool:
    """The whole answer praises or says in a set phrase that nothing is wrong."""
    if _PRAISE_ONLY.search(low.strip()) is not None:
        return True
    clauses = [c.strip() for c in _CLAUSES.findall(low) if c.strip()]
    return (
        bool(clauses)
        and all(_CONTENT_CLAUSE.fullmatch(c) for c in clauses)
        and not all(c in ("thanks", "thank you", "cheers") for c in clauses)
    )

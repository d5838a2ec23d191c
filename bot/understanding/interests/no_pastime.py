"""Answers to the interests question that name no pastime at all: vague.

Asked what they like to do, some people answer without naming anything: a shrug at a mixture
("a little of this, a little of that", "bits and bobs", "this and that", "odds and ends"), a
plain "nothing really" or "not a lot tbh", a life called too dull for hobbies ("I'm pretty
boring", "boring old me"), or free time that goes on sleep ("I just sleep when I'm not working",
"on my days off I sleep", "i just sleep on my days off"), days idled away ("我就在家待着",
"I just chill at home"), or "啥也不干" and "啥都不爱". Each answers the question, with no option
in it, so it is vague.
Read only for the interests question and only when no interest was found ("this and that,
mostly gaming" gives gaming; "I'm pretty boring, I just read" gives reading). Kept apart from
`vague` and `free_time` (the latter is about having no time), and searched only when a cheap
literal is in the message.
"""

from __future__ import annotations

import re

from bot.understanding.interests import (
    missed_pastimes,
    no_hobby_en,
    no_own_pastime,
    no_pastime_zh,
    pastimes_none_zh,
)

_TRIGGER = re.compile(r"this|that|bits|odds|nothin|not a lot|not much|none|boring|dull|sleep")

# fillers that may close the phrase: "nothing really tbh", "bits and bobs lol"
_END = (
    r"(?=\s*(?:(?:really|tbh|honestly|lol|haha|mate|ya know|you know|to be honest|these days"
    r"|i guess|i suppose)\b[\s,]*)*(?:$|[,.!;…]))"
)

_NO_PASTIME = re.compile(
    # a mixture with nothing named: "a little of this, a little of that", "bit of this and that"
    r"\b(?:a )?(?:little|bit|little bit) (?:of )?this,? (?:and |&\s*)?(?:(?:a )?(?:little|bit"
    r"|little bit) (?:of )?)?that\b"
    r"|(?:^|[,.;!]\s*|\bjust\s+|\bdo\s+)(?:this and that|bits and (?:bobs|pieces)|odds and ends)"
    + _END
    # nothing at all, as the whole first clause: "nothing really", "not a lot tbh", "none really"
    + r"|^(?:(?:um+|hmm+|honestly|well|ya know|you know|eh|ah|oh)[\s,]+)*(?:nothing|nothin'?"
    r"|not a lot|not much|none)(?:\s+(?:special|in particular|exciting|to speak of|much))?"
    + _END
    # too dull for hobbies: "I'm pretty boring", "boring old me", "I'm a dull person"
    + r"|\b(?:i'?m|i am)\s+(?:(?:pretty|really|very|quite|just|a bit|kinda|kind of|so|rather"
    r"|fairly|super|too|a)\s+)*(?:boring|dull)(?:\s+(?:person|guy|girl|bloke|fella|one|lol))?"
    + _END
    + r"|\b(?:boring|dull) old (?:me|me lol)\b"
    # free time slept away: "I just sleep when I'm not working", "on my days off I sleep"
    r"|\b(?:i|we) (?:just |only |mostly |mainly |basically )?sleep (?:when|whenever|if)"
    r" (?:i'?m|i am|we'?re|we are) (?:not (?:working|at work|on shift)|off(?: work)?)\b"
    r"|\bwhen (?:i'?m|i am|we'?re|we are) (?:not (?:working|at work|on shift)|off(?: work)?),?"
    r" (?:i |we )?(?:just |only |mostly |mainly |basically )?sleep\b"
    r"|\b(?:days? off|off days|weekends?|time off|free time|spare time),? (?:i |we )?(?:just |only"
    r" |mostly |mainly |basically )?sleep\b"
    # "ngl i just sleep on my days off", "we mostly sleep in at weekends"
    r"|\b(?:i|we) (?:just |only |mostly |mainly |basically |literally )?sleep(?: in| a lot)?"
    r" (?:on|during|through|at|over|all) (?:my |our |the )?(?:days? off|off days|weekends?"
    r"|time off|free time|spare time)\b"
)


# Doing nothing at all, told by the respondent as the last words: "现在腿不行了，啥也不干",
# "平时什么都不玩" (not "老公啥也不干", somebody else's idleness, nor "啥也不干，搁家躺着", where
# what they do follows).
# ... or liking nothing: "我嘛啥都不爱", "啥也不喜欢" (not "老公啥都不爱").
_NOTHING_DONE_ZH = re.compile(
    r"(?:^|[,，。；;!！…\s]|我|俺|现在|平时|平常|如今|基本上?|一般|就|在家|下班)(?:嘛|呢|啊|吧)?"
    r"(?:啥|什么|啥子|么子|嘛)(?:也|都)不(?:干|做|玩|搞|弄|爱|喜欢)(?:了|啦|呀|啊|哈|咯)*"
    r"(?=[。.!！~…\s]*$)"
)
# Days idled away by the respondent, as the last words: "我就在家待着", "平时就瞎溜达", "I just
# chill at home" (not "老公就在家待着", nor "我就在家待着看书", where the pastime follows).
_IDLE = re.compile(
    r"(?:^|[,，。；;!！…\s]|我|俺)(?:平时|平常|每天|天天|一般|没事)?(?:就|只|也就)(?:是)?"
    r"(?:在家里?|在屋里|家里)?(?:待着|呆着|闲着|宅着|窝着|发呆|瞎溜达|瞎转悠|瞎逛)(?:呗|啦|了|吧)*"
    r"(?=[。.!！~…\s]*$)"
    r"|\b(?:i|me)\s+(?:just|mostly|mainly|usually|only)\s+(?:chill|relax|stay (?:at )?home"
    r"|sit (?:at home|around)|lounge around|veg out|hang (?:out )?at home)"
    r"(?:\s+(?:at home|around|on the (?:couch|sofa)))?" + _END
)
_IDLE_GATE = re.compile(r"待着|呆着|闲着|宅着|窝着|发呆|瞎|chill|relax|stay|sit|lounge|veg|hang")


def names_no_pastime(low: str) -> bool:
    """The (lower-cased) answer to the interests question names no pastime, vaguely."""
    if "不" in low and _NOTHING_DONE_ZH.search(low):
        return True
    if _IDLE_GATE.search(low) and _IDLE.search(low):
        return True  # "我就在家待着", "I just chill at home"
    if no_own_pastime.names_none_now(low):
        return True  # "used to play guitar but haven't in years", "me nothing really"
    if missed_pastimes.names_out_of_reach(low):
        return True  # "以前爱打篮球，现在也打不动了", "used to play football, still miss it"
    if no_hobby_en.names_none_en(low):
        return True  # "I have bills, not hobbies", "my wife's into pilates, me not so much"
    if no_pastime_zh.names_no_pastime_zh(low):
        return True  # "爱好的话真没有", "以前爱画画，现在啥都不搞了", "平时要加班 周末补觉 没了"
    if pastimes_none_zh.names_none_zh(low):
        return True  # "最烦足球", "哪有业余时间", "游戏卸载了，番也不追了"
    if _TRIGGER.search(low) is None:
        return False
    return _NO_PASTIME.search(low) is not None

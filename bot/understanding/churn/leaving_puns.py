"""Words of leaving that leave nothing of the provider: puns, hypotheses and other switches.

- A leaving echoed and answered with being home or just in ("leave? I just got home", "leave? I
  only just got in", "走？我刚到家", "走？我才下班回来"): a pun on going out, no plan (unlike
  "leave? I only just got here", "走？我才刚来", which say the respondent has just joined).
- What switching would be: after an idiom ("out of the frying pan into the fire, that's what
  switching would be") no plan, the idiom read by `intention_echoes.FATALISM`; judged no better
  ("switching would be worse", "leaving would be a mistake") the option is waved away
  (`waved_away` asks `judged_worse_after`), as "换太麻烦了" is.
- Switching a thing off or on ("I'm switching off the TV", "switch it off and on again"), or
  switching something else ("switched sides", "switching to decaf"), also after the echoed word
  ("switch? I just switched jobs", "换？我刚换了工作").
- A goodbye to the chat ("我要走了，拜拜", "gotta go, bye", "leaving now, bye"): the chat is left.

`not_plans.not_a_plan` asks `not_leaving` of every word of leaving.
"""

from __future__ import annotations

import re

# After the echoed word: home or just in. ("got here" is the joining read by `intention_echoes`.)
_HOME_AFTER = re.compile(
    r"\s*\?+\s*(?:(?:lol|haha|mate|but|er|um|erm|sorry)[,\s]+)?(?:i|we)(?:'ve| have|'m| am|'re"
    r"| are)?\s+(?:only\s+)?(?:just\s+)?(?:got|gotten|come|came|walked|arrived|sat)\s+"
    r"(?:home|in|back(?:\s+from\s+(?:work|the shops|school|holiday))?|through the door|down)\b"
    r"|\s*[?？]+\s*(?:我|俺)?们?(?:这|都)?(?:才|刚)+(?:刚)?(?:到家|回家|回到家|进门|进家门|坐下|躺下"
    r"|下班(?:回来|到家)?|回来)"
)
# After the echoed word: something else switched or left ("switch? I just switched jobs",
# "leave? I just left my job", "换？我刚换了工作").
_ELSE_ECHO_AFTER = re.compile(
    r"\s*\?+\s*(?:(?:lol|haha|mate|but|er|um|erm)[,\s]+)?(?:i|we)(?:'ve| have)?\s+(?:only\s+)?"
    r"(?:just\s+|recently\s+)?(?:switched|changed|left|quit)\s+(?:my\s+|our\s+)?(?:jobs?|careers?"
    r"|schools?|teams?|sides|gyms?|banks?|phones?|cars?|houses?|flats?|uni|course)\b"
    r"|\s*[?？]+\s*(?:我|俺)?们?(?:才|刚)+(?:刚)?(?:换了|辞了|换)(?:个|份)?(?:工作|单位|手机|房子|学校)"
)
# After the word: what it would be, judged no better ("switching would be worse", "leaving'd
# be a mistake"): the option waved away (`waved_away`), so staying may answer. (A hassle is read
# by `waved_away` itself.)
_WORSE_AFTER = re.compile(
    r"(?:\s+(?:would|wou?ld|will)|'d)\s+(?:just\s+|only\s+|really\s+|probably\s+)?be\s+"
    r"(?:(?:even|much|far|way|just|a bit|so much|a)\s+)*(?:worse|pointless|(?:big |huge )?mistake"
    r"|daft|stupid|mad|madness|silly|waste of time|downgrade|no better|not (?:any )?better|as bad"
    r"|the same|out of the frying pan|jumping from|more (?:hassle|faff|bother|trouble|grief))\b"
    # "换了只会更差", "换别家更糟", "换？那是出了狼窝又进虎穴", "换了就是自找罪受"
    r"|(?:了|到别家|别家|过去|去别家)?\s*[?？]*\s*(?:那|也|只会|反而|就是|那是|会|准|肯定)*"
    r"(?:(?:更|还要|只会更)(?:差|糟|烂|惨|坑|麻烦)|(?:刚|才)?出了?狼窝又?(?:入|进)(?:了)?虎(?:口|穴)"
    r"|前门拒虎后门进狼|自找(?:麻烦|罪受|苦吃)|找罪受|得不偿失)"
)


def judged_worse_after(low: str, end: int) -> bool:
    """The option ending at `end` is said to be no better than staying ("switching would be
    worse")."""
    return _WORSE_AFTER.match(low, end) is not None


# ... or what the idiom before it said ("…into the fire, that's what switching would be").
_WHAT_IT_WOULD_BE = re.compile(r"\b(?:that'?s|that is|which is|it'?s)\s+what\s+$")
_WOULD_BE_END = re.compile(r"(?:\s+(?:would|will)|'d)\s+be\s*(?:$|[,.;!?，。])")
# After a switch: a thing turned off or on, or something else switched.
_SWITCH_WORDS = ("switch", "switching", "switched", "switches")
_SWITCHED_ELSE_AFTER = re.compile(
    r"\s+(?:(?:it|them|that|this|everything|the\s+[a-z]+|my\s+[a-z]+)\s+)?(?:off|on)\b(?!\s*to\b)"
    r"(?!\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec|first|1st|end))"
    r"|\s+(?:jobs|careers|schools|teams|sides|seats|shifts|lanes|gyms|doctors|dentists|banks"
    r"|phones|cars|houses|flats|rooms|desks|places|hands|gears|clubs|courses|majors|uni"
    r"|universities|to decaf)\b"
)
# The whole message a goodbye to the chat ("我要走了，拜拜", "gotta go, bye").
_BYE = re.compile(
    r"(?:好的?|ok|okay|行)?[,，\s]*(?:我|俺)?(?:要|得|先|该|也)*(?:走|撤|闪)(?:了|啦|咯|喽)?[,，.。!！~…\s]*"
    r"(?:拜拜|再见|88|886|下次聊|回头聊)[!！~。.\s]*"
    r"|(?:ok|okay|right)?[,\s]*(?:i'?m|i am|gotta|got to|have to|i have to|i need to|need to"
    r"|i must|i'?ve got to)\s+(?:leave|go|be off|be leaving|leaving|off|head off|heading off)"
    r"(?:\s+now)?[,.!\s]*(?:bye|cya|see ya|ttyl|later|cheers)[!.\s]*"
)


def not_leaving(low: str, before: str, end: int) -> bool:
    """The word of leaving ending at `end` (`before` its clause so far) is a pun on going home,
    what an idiom said switching would be, a switch of something else or a goodbye."""
    if _WHAT_IT_WOULD_BE.search(before) and _WOULD_BE_END.match(low, end):
        return True
    if _HOME_AFTER.match(low, end) or _ELSE_ECHO_AFTER.match(low, end):
        return True
    if low.endswith(_SWITCH_WORDS, 0, end) and _SWITCHED_ELSE_AFTER.match(low, end):
        return True
    return len(low) < 40 and _BYE.fullmatch(low.strip()) is not None

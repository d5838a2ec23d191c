"""Leaving the survey or the chat, which is no leaving of the provider.

Respondents close a survey the way they would close a contract: "I'm done with this survey", "one
more question and I'm out", "leaving this chat after this one", "问卷做完我就走了", "答完这题我就撤
了". The word of leaving is about the conversation, so it states no intention; a rival or the
service named with it still does ("one more question and I'm switching to Vodafone" is read as
said, since only bare words of going are set aside here).
"""

from __future__ import annotations

import re

# The bare words of going that a survey may be the object of.
_BARE_LEAVING = (
    "i'm out",
    "im out",
    "i'm done with",
    "im done with",
    "done with",
    "leave",
    "leaving",
    "i'm off",
    "outta here",
    "out of here",
    "走",
    "撤",
    "溜",
    "闪",
    "下线",
)
_SURVEY_EN = r"(?:survey|questionnaire|questions?|quiz|form|chat|conversation|interview|poll)s?"
# The survey as the object after the word: "done with this survey", "leaving the chat".
_SURVEY_AFTER = re.compile(
    r"\s+(?:(?:right\s+)?(?:after|once|when)\s+)?(?:this|the|these|your|ur|all\s+(?:these|this"
    r"|the))\s+(?:[a-z]+\s+)?" + _SURVEY_EN + r"\b"
)
# The survey finished first, then the going: "one more question and I'm out", "问卷做完我就走",
# "做完这个问卷就撤".
_SURVEY_BEFORE = re.compile(
    r"\b" + _SURVEY_EN + r"\b[^,.;!?]{0,16}?\b(?:and|then|after that)\s+(?:i'?m|i am|i'?ll be"
    r"|i will be|i'?ll|i will)?\s*$"
    r"|(?:问卷|调查|题目?|问题)[^,，。]{0,6}?(?:做|填|答|弄|搞|问|写|整|听)完了?[^,，。]{0,4}$"
    r"|(?:做|填|答|弄|搞|问|写|整|听)完(?:这个|这份|这些|这道|这几道|这几个|剩下的)?[^,，。]{0,3}?"
    r"(?:问卷|调查|题|问题)[^,，。]{0,4}$"
)


def survey_left(low: str, before: str, end: int) -> bool:
    """The bare word of leaving ending at `end`, `before` its clause so far, leaves the survey
    or the chat."""
    if not low.endswith(_BARE_LEAVING, 0, end):
        return False
    return bool(_SURVEY_AFTER.match(low, end) or _SURVEY_BEFORE.search(before))

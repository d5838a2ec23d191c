"""Refusals by kind of question, and the bare privacy word: kept apart from `refusals` (near its
size limit).

A habit of not answering a kind of question declines this one: "I don't answer relationship
questions", "we never answer personal questions online", "感情问题一律不答", "这类问题我从不回答"
(not "they never answer my questions", a grievance, nor "I don't answer calls from numbers I
don't know"). The question said not to matter and skipped: "not relevant, skipping", "irrelevant,
I'll skip this one" (not "not relevant, I'm single"). A privacy word as the whole answer, with
an apology or thanks at most: "private, sorry", "personal, thanks", "confidential tbh" (not
"private school", "personal trainer, mostly"). Searched only when a cheap literal is in the
message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"question|问题|relevant|private|personal|confidential|secret")

_DECLINED = re.compile(
    # a kind of question the respondent never answers
    r"(?<!but )(?<!and )(?:^|\b(?:i|we)\s+)(?:just\s+)?(?:don'?t|do not|never|won'?t|dont)\s+"
    r"(?:really\s+|ever\s+|usually\s+|normally\s+)?(?:answer|do|respond to|reply to)\s+"
    r"(?:(?:any|those|these|such|personal|private|relationship|family|money|financial|age"
    r"|[a-z]+-related|that kind of|this kind of|that sort of|this sort of|questions like)\s+){0,3}"
    r"questions?(?:\s+(?:about|on|like)\s+(?:that|this|it|my [a-z]+|[a-z]+))?"
    r"(?:\s+(?:online|here|on (?:surveys?|chat|here)|from (?:companies|strangers|bots?)))?"
    r"(?=\s*(?:$|[,.!?;]|sorry\b|mate\b|tbh\b|lol\b|thanks\b))"
    r"|(?:这类|这种|此类|这样的|感情|婚姻|家庭|家里的?|个人|私人)(?:的)?问题[,，]?(?:我|俺)?"
    r"(?:一律|从来|从|向来|一般|都|概|一概)(?:都|也)?不(?:答|回答|回|聊|谈)"
    # the question said not to matter, and skipped
    r"|(?:^|[,.!?;]\s*)(?:that'?s |it'?s |this is |that is )?(?:(?:not|hardly) relevant|irrelevant)"
    r"(?: (?:to (?:you|this|the survey)|here))?[,.!\s]*(?:(?:i'?ll |i will |just )?skip(?:ping)?"
    r"|(?:i'?ll )?pass(?:ing)?)(?: (?:it|this|that)(?: one)?)?(?=\s*(?:$|[,.!?;]))"
    # a privacy word as the whole answer
    r"|^(?:(?:um+|erm|eh|hmm+|sorry|nah|it'?s|that'?s|thats)[,\s]+)*(?:private|personal"
    r"|confidential|secret)(?:[,.!\s]+(?:sorry|sry|soz|thanks|thank you|thx|cheers|mate|lol"
    r"|tbh|love))*[.!\s]*$"
)


def declined_kinds(low: str) -> list[re.Match[str]]:
    """Every refusal of a kind of question or by a bare privacy word in the message."""
    if _TRIGGER.search(low) is None:
        return []
    return list(_DECLINED.finditer(low))

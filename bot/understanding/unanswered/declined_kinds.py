"""Refusals by kind of question, and the bare privacy word: kept apart from `refusals` (near its
size limit).

A habit of not answering a kind of question declines this one: "I don't answer relationship
questions", "we never answer personal questions online", "感情问题一律不答", "这类问题我从不回答"
(not "they never answer my questions", a grievance, nor "I don't answer calls from numbers I
don't know"). The question said not to matter and skipped: "not relevant, skipping", "irrelevant,
I'll skip this one" (not "not relevant, I'm single"). A privacy word as the whole answer, with
an apology or thanks at most: "private, sorry", "personal, thanks", "confidential tbh" (not
"private school", "personal trainer, mostly"). Rating as a chore not taken on: "打分的事不想弄",
"评分这个懒得弄" (not "打分的事不想弄错，给4分"). The topic closed as the last words: "爱好是私事，
不聊这个", "这些就不谈了" (not "不聊这个了，我平时爱看电影", which goes on to answer). Searched
only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"question|问题|relevant|private|personal|confidential|secret")

# Kinds of facts or of asking the respondent never gives: ratings ("I don't do ratings", "I never
# rate stuff", "我从不打分", "我不打分的") and money ("I don't share money stuff", "I don't talk
# about money", "钱的事我一般不聊"). Not "I don't rate them" (British for a low opinion), "I don't
# do contracts" (an answer), "we don't share money, we're housemates" (shared finances), nor
# a habit broken for this answer ("I don't do ratings but it's fine, 4").
_HABIT_TRIGGER = re.compile(
    r"rat|review|score|star|money|financ|spend|pay|打分|评分|打星|钱|收入|工资"
)
_HABITS = re.compile(
    r"(?:^|\b(?:i|we)\s+|[,.;!?]\s*)(?:just\s+)?(?:don'?t|do not|never|won'?t|dont)\s+"
    r"(?:really\s+|ever\s+|usually\s+|normally\s+)?(?:do|give(?: out)?|leave|hand out)\s+"
    r"(?:any\s+|star\s+|online\s+)?(?:ratings?|reviews|scores|stars|star ratings)\b"
    r"|(?:^|\b(?:i|we)\s+|[,.;!?]\s*)(?:just\s+)?(?:don'?t|do not|never|dont)\s+"
    r"(?:really\s+|ever\s+|usually\s+)?rate\s+(?:things|stuff|anything|anyone|companies"
    r"|services|providers|businesses)\b"
    r"|(?:^|\b(?:i|we)\s+|[,.;!?]\s*)(?:just\s+)?(?:don'?t|do not|never|won'?t|dont)\s+"
    r"(?:really\s+|ever\s+|usually\s+)?(?:share|discuss|disclose|give out|talk about|do|tell"
    r" (?:people|anyone|strangers))\s+(?:my\s+|any\s+|our\s+)?(?:money|financial|finance)"
    r"\s+(?:stuff|things|matters|details|info|information|talk)\b"
    r"|(?:^|\b(?:i|we)\s+|[,.;!?]\s*)(?:just\s+)?(?:don'?t|do not|never|won'?t|dont)\s+"
    r"(?:really\s+|ever\s+|usually\s+)?(?:talk about|discuss)\s+(?:money|finances)\b"
    r"|(?:^|\b(?:i|we)\s+|[,.;!?]\s*)(?:just\s+)?(?:don'?t|do not|never|won'?t|dont)\s+"
    r"(?:share|discuss|disclose|tell (?:people|anyone|strangers))\s+(?:my\s+)?finances\b"
    r"|(?:^|\b(?:i|we)\s+|[,.;!?]\s*)(?:just\s+)?(?:don'?t|do not|never|won'?t|dont)\s+"
    r"(?:share|discuss|disclose|tell (?:people|anyone|strangers))\s+(?:what|how much) (?:i|we)"
    r" (?:pay|spend|earn)\b"
    r"|(?:我|俺)(?:一般|向来|从来|从|一向|都|也)*不(?:给|参与)?(?:打分|评分|打星)(?:的|了|啦|哈|哦)*"
    r"(?=$|[,，。.!！~…])"
    r"|(?:钱|收入|工资|花销|开销|消费)(?:的事(?:儿|情)?|方面的?(?:事|问题)?)(?:我|俺)?(?:一般|向来|从来|从"
    r"|一向|都|也)*不(?:说|聊|谈|讲|透露|公开)(?:的|了|啦|哈|哦)*(?=$|[,，。.!！~…])"
)

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

_CHORE_TRIGGER = re.compile(r"弄|搞|整|聊|谈")
_CHORES = re.compile(
    # rating as a chore not taken on
    r"(?:打分|评分|打星|评价|问卷|填表)(?:的事(?:儿|情)?|这(?:个|事儿?|种事|块))?[,，]?(?:我|俺)?"
    r"(?:就|也|都|真|实在)?(?:不(?:太|大)?(?:想|愿意?)|懒得|没空|没心思)(?:去)?(?:弄|搞|整|管)"
    r"(?![错坏砸乱混])"
    # the topic closed, as the last words
    r"|(?:^|[,，。!！?？]\s*)(?:我|俺|咱)?们?(?:就|先|还是)?不(?:聊|谈|说|讲)(?:这个|这些|这事儿?"
    r"|这种事|这方面(?:的)?)(?:了|吧|啦|哈|哦)*[。.!！~…\s]*$"
)

_BUT_AFTER = re.compile(
    r"[^.!?。！？]{0,24}?(?:\b(?:but|though|although|however|except)\b|不过|但)"
)


def declined_kinds(low: str) -> list[re.Match[str]]:
    """Every refusal of a kind of question or by a bare privacy word in the message."""
    found = list(_CHORES.finditer(low)) if _CHORE_TRIGGER.search(low) else []
    if _HABIT_TRIGGER.search(low):
        # ("I don't do ratings but it's fine, 4": the habit broken, the answer follows)
        found += [m for m in _HABITS.finditer(low) if not _BUT_AFTER.match(low, m.end())]
    if _TRIGGER.search(low) is None:
        return found
    return list(_DECLINED.finditer(low)) + found

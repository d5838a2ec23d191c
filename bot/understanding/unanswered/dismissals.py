"""Refusals that wave the question away as needless or none of the asker's concern.

"没必要知道吧", "没有必要问这个", "这个没法说", "no need to know that", "no reason to tell you",
"not really your concern mate", "not that it's any of your business", "don't see why that's any
of your business", "what business is it of yours", "don't ask" (the whole answer). What is waved
away ends its clause, so a need denied with more to say is no refusal:
"没必要问客服，他们也不知道", "没法说清楚", "don't ask me, ask my wife", "no need to ask my wife,
she is fine"; said after an answer it is an aside ("Married, not that it's any of your business").
The asked thing said to be the respondent's own affair: "花多少钱是我自己的事",
"住哪是我个人的事吧", "爱好是私事", "这属于私事", "我的事你别管" (not "带孩子是我自己的事，
我有两个娃", which tells, nor "家里有点私事", an errand). Searched only when a cheap literal
is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(
    r"必要|需要|法说|法讲|法回答|need|reason|concern|business|lookout|ask|私事|的事"
)

# Words that may close the refusal's clause: "没必要知道吧", "not your concern mate".
_END_ZH = (
    r"(?=(?:这个|这些|那么多|这么多|吧|了|啊|哈|嘛|呢|的|哦|呀|啦|哎|诶)*"
    r"\s*(?:$|[,，。.!！?？~…]))"
)
_END_EN = (
    r"(?=\s*(?:(?:mate|pal|love|lol|haha|tbh|sorry|really|though|buddy|dude|thanks|innit)\b\s*)*"
    r"(?:$|[,.!?;]))"
)

# (a clause opening, for the own affairs below: "|" first, so that it joins the alternatives)
_OPENS_ZH = r"|(?:^|(?<=[,，。!！?？~…\s]))"

_DISMISSALS = re.compile(
    # no need for the asker to know or ask: "没必要知道吧", "不需要你知道", "没有必要让你们了解"
    r"(?:没(?:有)?|不)(?:必要|需要)(?:(?:让|给|跟|同)?(?:你|您)们?)?(?:知道|问|打听|了解|说|讲)"
    + _END_ZH
    # cannot be said: "这个没法说", "没办法回答" (not "没法说清楚")
    + r"|没(?:法|办法)(?:说|讲|回答|答)"
    + _END_ZH
    + r"|\bno (?:(?:real|good|particular|earthly) )?(?:need|reason) (?:for (?:you|u|ya|me) )?"
    r"to (?:know|ask|tell|say|share)"
    r"(?: (?:you|u|ya|that|this|it|about that))*"
    + _END_EN
    # the asker's business: "not really your concern", "that's not your business"
    + r"|(?:^|[,.!?;]\s*|\b(?:that'?s|it'?s|that is|it is|which is)\s+)(?:not|none of)"
    r" (?:really |exactly |actually )?(?:your|ya|yer|ur) (?:concern|business|lookout|affair)"
    + _END_EN
    + r"|\b(?:not that it'?s|is that|that'?s not) any of (?:your|ya|yer|ur) (?:business|concern)\b"
    # the asker's business doubted: "don't see why that's any of your business", "how is that
    # really any of your concern", "what business is it of yours"
    r"|\b(?:(?:don'?t|do not|can'?t|cannot|fail to) see (?:why|how)|how) (?:that|this|it)(?:'s| is)"
    r" (?:(?:really|even|at all) )?any of (?:your|ya|yer|ur) (?:business|concern)\b"
    r"|\bis (?:that|this|it) (?:really|even) any of (?:your|ya|yer|ur) (?:business|concern)\b"
    r"|\bwhat business is (?:it|that|this) of (?:yours|urs|ya|yers)\b"
    # the respondent's own affair, the asked thing as its topic (a question word or a topic
    # word): "花多少钱是我自己的事", "我几岁是我个人的事", "这是我自己的事情"
    + _OPENS_ZH
    + r"(?:[^,，。?？]{0,8}?(?:多少|多大|几|哪|什么|啥|怎么|咋|谁)[^,，。?？]{0,4}?|这个?|那个?"
    r"|这些|年龄|年纪|岁数|名字|姓名|收入|工资|爱好|兴趣|住址|地址|感情|婚姻)?(?:是|属于|算)(?:我|俺)"
    r"(?:自己|个人|自个儿?)?的(?:私)?事(?:情|儿)?"
    + _END_ZH
    # ... the asker told to keep out of it: "我的事你别管", "这事儿你们少管"
    + _OPENS_ZH
    + r"(?:我的事(?:情|儿)?|这事儿?)(?:你|您)们?(?:就)?(?:别|少|甭|不用)管"
    + _END_ZH
    # ... or a private one, whatever the topic: "爱好是私事", "这属于私事" (not "家里有点私事")
    + _OPENS_ZH
    + r"[^,，。?？]{0,6}?(?:是|属于|算)(?:我的?|个人的?|我个人的?|私人的?)?私事(?:情|儿)?"
    + _END_ZH
    # "don't ask" as the whole answer (not "don't ask me, ask my wife")
    + r"|^\s*(?:(?:oh|ugh|lol|haha|man|mate|god|please|pls|just)[\s,.!]+)*don'?t (?:even )?ask"
    r"(?:\s+(?:lol|haha|mate|pal|please|pls))*[.!]*$"
)


# Only fillers may come before the dismissal: after an answer it is an aside ("Married, not that
# it's any of your business"), and the answer stands.
_FILLERS_BEFORE = re.compile(
    r"(?:[\s,，。.!！?？~…]|嗯|哦|噢|呃|额|唉|哎|啊|哈|这个|\b(?:um+|uh+|hmm+|erm|eh|oh|well|lol|haha"
    r"|mate|sorry|look|honestly|i mean)\b)*"
)


def dismissals(low: str) -> list[re.Match[str]]:
    """Every dismissal of the question in the (lower-cased) message that opens its answer."""
    if _TRIGGER.search(low) is None:
        return []
    return [
        m
        for m in _DISMISSALS.finditer(low)
        if _FILLERS_BEFORE.fullmatch(low, 0, _clause_start(low, m.start()))
    ]


_BREAK = re.compile(r"[,，。.!！?？;；~…]")


def _clause_start(low: str, pos: int) -> int:
    breaks = [m.end() for m in _BREAK.finditer(low, 0, pos)]
    return breaks[-1] if breaks else 0

"""Refusals that tell the asker to leave the topic alone, or wave the question off as a kind.

- The asker told not to ask, in the dialect "莫" for "别": "名字就莫问了哈", "莫问了", "莫问年龄，问
  别的", "年龄莫问" (not "莫问我，问我老公", the question passed to someone, nor "莫急，我35").
- The question waved off as a kind of thing: "打分这种就算了", "名字这类的就免了" (the plain
  "打分就算了" is read by `refusals`).
- A rating not given, the respondent as subject, after the rating was named: "打分这种就算了，我
  不打", "分数嘛，我就不给了" ("我不打" alone may be a game not played: "打篮球？我不打").
- "skip" as the last word after an emoji or a sign: "names are for friends 😉 skip" (not "we hired
  a skip", "Skipton").
- The thing asked kept for friends: "names are for friends", "my age is only for family".

Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER_ZH = re.compile(r"莫|算了|免了|不[打给评]")
_TRIGGER_EN = re.compile(r"skip|for (?:my )?(?:friends|mates|family|people)")

_TOPIC_ZH = (
    r"(?:名字|姓名|称呼|年龄|年纪|岁数|多大|收入|工资|住址|地址|住哪儿?|这个问题|这个|这题|这些|打分|评分"
    r"|打星|评价|家里(?:的)?情况|感情(?:的事)?|婚姻)"
)
_END_ZH = r"(?=[了啦咯哈嘛喽啊呀吧哦]*\s*(?:$|[,，。.!！~…]))"

_LEFT_UNASKED_ZH = re.compile(
    # "莫问了", "名字就莫问了哈", "莫再问了"
    r"莫(?:再|多)?问(?:了|啦|咯|喽)"
    + _END_ZH
    + r"|(?:^|(?<=[,，。.!！~…\s]))莫(?:再|多)?问"
    + _END_ZH
    # the topic named: "莫问年龄", "年龄就莫问", "名字你莫问了"
    + r"|莫(?:再|多)?(?:问|打听)(?:我的?|俺的?)?"
    + _TOPIC_ZH
    + r"|"
    + _TOPIC_ZH
    + r"(?:你|您)?(?:就|也|还是)?莫(?:再|多)?(?:问|打听)"
    # waved off as a kind: "打分这种就算了", "名字这类的就免了"
    + r"|"
    + _TOPIC_ZH
    + r"(?:这种|这类|这些|这样|那种|那类|啥的|什么的|之类)(?:的)?(?:事情?|东西|问题)?"
    r"(?:嘛|呢|的话)?[,，]?(?:我|俺)?(?:就|还是|也)?(?:算了|免了)"
)
# A rating not given by the respondent, once the rating was named before it.
# ("打分看心情的，今天心情不好，不打了": the subject left off when a clause of its own says so;
# "評分這種東西我一向不給的": never given, as a habit)
_NOT_RATED_ZH = re.compile(
    r"(?:^|(?<=[,，。.!！?？~…\s]))(?:(?:我|俺)(?:就|可|也|还是)?|(?:今天|今儿|那就|就)?)不(?:打|给|评)"
    r"(?:了|啦|咯)?(?=[哈吧啊呀哦嘛]*\s*[!！。.~…]*\s*$)"
    r"|(?:我|俺)(?:一向|向来|从来|一直|历来)(?:都|就)?不(?:打|给|評|评)(?:的|了)?"
    r"(?=[哈吧啊呀哦嘛]*\s*[!！。.~…]*\s*$)"
)
_RATING_ZH = re.compile(r"打分|评分|評分|打星|分数|评价|評價|几分|给分|打个分")

_LEFT_UNASKED_EN = re.compile(
    # "names are for friends 😉 skip", "…skip", "(skip)"
    r"(?:^|[^\w\s',.?!])\s*(?:just\s+|i'?ll\s+|let'?s\s+)?skip(?:\s+(?:it|this|that|this one"
    r"|that one|pls|please|thx|thanks))?[\s.!)]*$"
    # kept for friends: "names are for friends", "my age is only for family"
    r"|\b(?:(?:my |first |real |full )?names?|(?:my )?age|(?:my )?address"
    r"|(?:my )?(?:phone )?number)"
    r"(?:'s| is| are) (?:only |just |strictly |reserved )?for (?:my )?(?:friends|mates|family"
    r"|close friends|people i know)\b"
)


def left_unasked(low: str) -> list[re.Match[str]]:
    """Every refusal of these kinds in the (lower-cased) message."""
    found: list[re.Match[str]] = []
    if _TRIGGER_ZH.search(low):
        found += _LEFT_UNASKED_ZH.finditer(low)
        for m in _NOT_RATED_ZH.finditer(low):
            if _RATING_ZH.search(low, 0, m.start()):
                found.append(m)
    if _TRIGGER_EN.search(low):
        found += _LEFT_UNASKED_EN.finditer(low)
    return found

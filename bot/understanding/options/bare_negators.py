"""A bare negator that negates another word after it, not the question asked.

A bare "没有", "no" or "not really" answers a yes/no question when it is the answer itself ("没有",
"not really, we split up", "没呢", "nah mate", "no kids"). Opening a phrase that negates something
else in its own clause it answers nothing: "没必要知道吧" (no need), "没什么好说的" (nothing to
say), "这个没法说", "没错" (right), "not really your concern mate", "no need to know that", "no clue
what you mean", "nothing to say about that". A topic word later in that clause keeps it, for the
negation may reach it: "no time for a relationship", "没兴趣谈恋爱", "no need to support anyone".
"""

from __future__ import annotations

import re

from bot.understanding.options.consent_only import consent_only

# The negators read as a bare answer ("没有", "nope"), as the lexicon spans them.
BARE = frozenset(
    (
        "没有",
        "没",
        "无",
        "不",
        "没得",
        "木有",
        "none",
        "nothing",
        "nowt",
        "no",
        "nope",
        "nah",
        "not",
        "not really",
        "not at all",
    )
)

# What the negator negates instead of the question: a need, a stance on answering, knowledge,
# relevance, time or interest, or the asker's business ("not that it's any of your business").
_OTHER_EN = re.compile(
    r"\s+(?:(?:really|very|too|so|that|all that|particularly|exactly|entirely|totally|overly"
    r"|super|remotely|terribly|especially|quite|even|actually|honestly|much|any|the|a|big|real"
    r"|earthly|good|bloody|f\w*ing)\s+)*"
    r"(?:needs?|needed|necessary|comfortable|comfy|keen|willing|prepared|relevant|related"
    r"|important|appropriate|sure|certain|idea|clue|point|reason|time(?!\s+soon)|interest"
    r"|interested|bothered|fussed|worth|(?:any|none) of|of (?:your|ya|yer|ur|yo)"
    r"|(?:your|ya|yer|ur|yo) (?:business|concern|problem|affair|lookout|place|job|beeswax|biz)"
    r"|that it(?:'?s| is| was| matters)|something|anything (?:i|we)|a (?:question|topic|thing)"
    r"|comment|answering|saying|telling|sharing|discussing|to (?:say|tell|add|share|discuss)"
    r"|going (?:there|into)|(?:going|gonna) (?:to )?(?:say|tell|answer|share))\b"
)
_OTHER_ZH = re.compile(
    r"(?:什么|啥|啥子|太|那么|这个|那个|多大|多少)?"
    r"(?:必要|需要(?:知道|问|说|讲|了解|告诉|打听)|(?:好|可)(?:说|讲|聊)|说的|讲的"
    r"|法子?(?:说|讲|回答|答)|办法(?:说|讲|回答)|想好|想过|想到|空|时间|兴趣|意思|关系|所谓"
    r"|可奉告|错|方便|理由|道理|意义|心思|准|确定|清楚)"
)
# A topic word of a yes/no question after the negated word: the negation may reach it.
_TOPIC = re.compile(
    r"relationship|romance|dating|\bdate|partner|girlfriend|boyfriend|wife|husband|marr"
    r"|\bkids?\b|child|family|bab(?:y|ies)|anyone|anybody|someone|somebody|support|look after"
    r"|care for|internet|broadband|wi-?fi|恋爱|对象|谈|找|结婚|孩子|小孩|娃|生|养|宽带|网"
)
_BREAK = re.compile(r"[,.;!?，。；！？]")
# "有…没有" put as a question, in Sichuan "有…没得": "你们有儿童套餐没有？", "有情侣卡没得" (not
# "孩子有 老人没有", two answers, nor "没有孩子没有", a denial).
_HAVE_OR_NOT = re.compile(r"(?<![没])有[^\s,.;!?，。；！？有]{1,12}(?:没有|没得|没)$")
_TAG_END = re.compile(r"\s*(?:嘛|哦|啊|呀|喃|哇|呢)?\s*(?:[?？]|$)")


def negates_other(low: str, start: int, end: int) -> bool:
    """The bare negator at `start`..`end` negates another word in its clause ("没必要知道吧")."""
    word = low[start:end]
    if word not in BARE:
        return False
    if word[0] == "没" and _HAVE_OR_NOT.search(low, 0, end) and _TAG_END.match(low, end):
        return True  # "你们有儿童手表卡没得": "有…没有" asks, it answers nothing
    if consent_only(low):
        return True  # "没事", "没问题": it's fine, no "没" of the asked thing
    found = (_OTHER_EN if word.isascii() else _OTHER_ZH).match(low, end)
    if found is None:
        return False
    stop = _BREAK.search(low, found.end())
    return _TOPIC.search(low, found.end(), stop.start() if stop else len(low)) is None

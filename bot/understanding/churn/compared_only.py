"""Answers that only compare, with no level or amount of their own.

Asked for the rating, "better than Digicel, I'll say that" or "比移动强点" rates the service
against a rival and gives no level, and "my flatmate gave you a 1, I'm not as harsh" sets the
respondent against another's score; asked for the spend, "same as last month I think" or "跟上个月
一样" points at a bill without its amount. Both answer the question, vaguely. Read only when the
asked slot found no value, so "better than Digicel, 4 stars" and "same as last month, 89" keep
their number.
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES

# (the respondent's own comparison, opening a clause: not "我女儿说你们比联通强", "my cousin
# says you're better than Digicel")
_RIVAL_COMPARED = re.compile(
    r"(?:^|[,.;!?]\s*)(?:(?:you'?re|you are|it'?s|its|still|much|way|far|a lot|loads|miles)\s+)*"
    r"(?:better|worse|faster|slower|cheaper|dearer|more reliable)\s+than\s+(?:the\s+)?(?:"
    + RIVAL_NAMES
    + r")\b"
    # a provider had before: "better than what I had before", "better than the fibre I had before"
    r"|\b(?:better|worse|faster|slower|cheaper|more reliable)\s+than\s+(?:what|the (?:[a-z]+\s+)?"
    r"(?:one|lot|crowd|line|fibre|fiber|service|provider|company|network))\s+(?:i|we)\s+"
    r"(?:had|used|was with|were with)\b"
    # the provider asked about, better than the one before: "比我之前用的那家好点"
    r"|(?:^|[,，。!！])\s*比(?:我|俺)?(?:之前|以前|原来|过去|上次)?(?:用的?)?(?:那家|那个|别家|上一家|其他家?)"
    r"[^,，。\d]{0,6}(?:好|强|差|快|慢|稳|便宜|贵)"
    r"|(?:^|[,，。!！])\s*(?:你们|你家|还是|确实|肯定|总之|反正)*比(?:移动|电信|联通|广电)"
    r"[^,，。\d]{0,6}(?:好|强|差|快|慢|稳|便宜|贵)"
    # "跟上一家比好太多了", "和以前那家比起来强多了": the same with the one before set first
    r"|(?:^|[,，。!！])\s*(?:你们|你家|还是|确实|肯定|总之|反正)*(?:跟|和|同|与)(?:我|俺)?"
    r"(?:之前|以前|原来|过去|上次)?(?:用的?)?(?:那家|那个|别家|上一家|上家|其他家?|移动|电信|联通|广电)"
    r"(?:的)?(?:相)?比(?:起来|的话)?[^,，。\d]{0,6}(?:好|强|差|快|慢|稳|便宜|贵)"
)
# The provider said to be better or worse, with no rival or level after it: "so you're better, put
# it that way" (not "you're better than I expected", nor "better than Digicel", read above).
_YOU_COMPARED = re.compile(
    r"(?:^|[,.;!?]\s*)(?:(?:so|but|and|well|still)\s+)?(?:you'?re|you are|you guys are|you lot are)"
    r"\s+(?:(?:much|way|far|a lot|loads|miles|a bit|heaps|definitely)\s+)?(?:better|worse)"
    r"(?=\s*(?:$|[,.;!?]|put it that way|i'?ll say that|for sure|tbh|honestly))"
    # ahead of a provider scored before: "my old provider was a 1 so ur already winning"
    r"|\b(?:so\s+)?(?:you'?re|ur|you are|you guys are|u r)\s+(?:already\s+)?(?:winning|ahead)\b"
)
# Kinder or harsher than somebody else's score, with no score of one's own: "my flatmate gave you
# a 1 😂 I'm not as harsh", "I'd be more generous than him" (not "I'm not as harsh as the
# reviews, 4": a level given).
_SCORER_COMPARED = re.compile(
    r"(?:^|[,.;!?…]\s*|\s)(?:but |though |well )?(?:i'?m|i am|i'?d be|i would be|i'?ll be)\s+"
    r"(?:(?:not|nowhere near|never) (?:as|so|that)|(?:a (?:bit|little|lot) )?(?:less|more))\s+"
    r"(?:harsh|strict|tough|mean|stingy|brutal|generous|kind|lenient|soft)\b"
    r"|(?:^|[,.;!?…]\s*|\s)(?:i'?m|i am|i'?d be|i would be|i'?ll be)\s+(?:a (?:bit|little|lot) )?"
    r"(?:kinder|nicer|harsher|tougher|stricter|more generous)\b"
)
# Set against a worse past, with no level: "we had a party line back then, so anything's an
# improvement" (not "anything's better than my old provider, 4": a level after it).
_ANYTHING_BETTER = re.compile(
    r"\banything(?:'?s| is| would be| was)\s+(?:an\s+)?"
    r"(?:improvement|better|a step up|an upgrade)\b"
)
# Set against an earlier time of the same service, with no level: "跟上个月比好", "跟去年比差了",
# "和以前比起来强多了" (not "跟上个月比好多了，4分": a level after it).
_THEN_COMPARED = re.compile(
    r"(?:跟|和|同|与)(?:以前|之前|原来|过去|去年|前年|上个?月|上次|上周|上个?星期|刚开始|一开始"
    r"|刚装的时候|刚办的时候|那时候?|当时)(?:相)?比(?:起来|的话|之下)?[^,，。\d]{0,6}"
    r"(?:好|强|差|快|慢|稳)"
)
_SAME_BILL = re.compile(
    r"(?:^|[,.;!?]\s*)(?:(?:it'?s|its|about|roughly|pretty much|much|just)\s+)*(?:the\s+)?same as"
    r" (?:last month|last time|always|usual|ever|every month|the last one)\b"
    r"|(?:跟|和|同)(?:上个?月|平时|往常|以前|之前)(?:一样|差不多)"
)


def only_compared(low: str, role: str) -> bool:
    """The message answers the rating or the spend by a comparison alone."""
    if role == "scale":
        if (
            "better" in low or "worse" in low or "winning" in low or "ahead" in low
        ) and _YOU_COMPARED.search(low) is not None:
            return True
        if ("than" in low or "比" in low) and _RIVAL_COMPARED.search(low) is not None:
            return True
        if "比" in low and _THEN_COMPARED.search(low) is not None:
            return True
        if "anything" in low and _ANYTHING_BETTER.search(low) is not None:
            return True
        return " i" in f" {low}" and _SCORER_COMPARED.search(low) is not None
    if role == "money":
        return ("same" in low or "样" in low or "差不多" in low) and _SAME_BILL.search(
            low
        ) is not None
    return False

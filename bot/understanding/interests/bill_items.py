"""Pastime words that name a bill item, a pastime given up or a document read, not a hobby.

Kept apart from `not_hobbies` to keep that module small. A streaming service offered as an add-on
("your email says 'Add Netflix to your bill for £4.99'", "offered me Spotify and Netflix") or a
pastime named as a contract ("learnt my lesson with a gym contract") is something billed, no
interest; a pastime dated after it ("I had a gym membership years ago", "did judo as a kid")
is one of the past unless it is kept up ("took up yoga years ago and still go"), and so is one
given up ("gave up tennis"); reading documents ("reading contracts", "read the small print") is
no reading for pleasure.
"""

from __future__ import annotations

import re

# An offer verb right before the pastime word, or a list that it opens ("offered me Spotify and ")
_OFFER_BEFORE = re.compile(
    r"\b(?:add(?:s|ed|ing)?|offer(?:s|ed|ing)?(?:\s+(?:me|us|you))?|bundl(?:e|es|ed|ing)"
    r"|throw(?:s|ing)?\s+in|threw\s+in|upsell(?:s|ing)?|free trial of"
    r"|(?:tried|trying|wants?|wanted)\s+to\s+(?:sell|flog)\s+(?:me|us)|sell(?:ing)?\s+(?:me|us))\s+"
    r"(?:(?:a|an|the|free|some)\s+)?(?:[\w'+-]+\s+(?:and|&|or|\+)\s+)?['\"‘“]?$"
    r"|(?:推销|赠送|(?:加钱|免费|套餐里?|充话费)送)$"
)
# What follows the pastime word when it is billed: "to your bill", "for £4.99", "contract"
_OFFER_AFTER = re.compile(
    r"['\"’”]?\s*(?:(?:to|on|onto|into)\s+(?:your|my|the|our|his|her)\s+(?:bill|package|plan"
    r"|contract|account|broadband|bundle|deal)\b"
    r"|(?:for|at)\s+(?:just\s+|only\s+|an\s+extra\s+|another\s+)?(?:[£$€¥]\s*\d|\d+(?:\.\d+)?\s*"
    r"(?:quid|bucks|pounds|dollars|euros|p\b|a month|per month|/\s*m|extra))"
    r"|(?:for|at)\s+(?:an?\s+)?extra\b"
    r"|(?:contract|add-?on|bundle|deal|offer|upsell|charge|fee|trial|package)s?\b)"
    r"|(?:会员)?(?:套餐|包月|加购|权益)"
)
# A pastime dated to the past after it: "a gym membership years ago", "did judo as a kid"
_PAST_AFTER = re.compile(
    r"[^,.;!?]{0,30}?\b(?:years ago|a (?:long )?(?:while|time) ago|ages ago|back in the day"
    r"|as a (?:kid|child|boy|girl|teen(?:ager)?|student)|in my (?:youth|teens|twenties|school days"
    r"|younger days)|when i was (?:young|younger|a kid|a child|at school|a student))\b"
)
# A pastime given up, said before it: "gave up tennis", "quit boxing and netball" (not "quit
# smoking and took up running": "took up" is nearer)
# ("quit my job and travel the world now": a job given up, the pastime after it is now)
_JOB = r"(?!(?:job|jobs|work|career|post|position|role|company|firm|office|studies|course)\b)"
_GIVEN_UP_BEFORE = re.compile(
    r"\b(?:gave|give|given|giving)\s+up\s+(?:on\s+)?(?:(?:the|my|playing|doing)\s+)?"
    r"(?:" + _JOB + r"[\w'-]+\s+(?:and|&|or)\s+)?$"
    r"|\b(?:quit|stopped|packed in)\s+(?:(?:the|my|playing|doing|going to(?: the)?)\s+)?"
    r"(?:" + _JOB + r"[\w'-]+\s+(?:and|&|or)\s+)?$"
)
_KEPT_UP = re.compile(
    r"\b(?:still|now|nowadays|these days|ever since|to this day|again)\b"
    r"|\b(?:took|take|taken|started|start|began|begun|since|been|love|loved)\b"
)
_CLAUSE_END = re.compile(r"[,.;!?]")
_STILL_NEXT = re.compile(r"\s*(?:and\s+|but\s+)?(?:i\s+)?still\b")
_READ_WORDS = frozenset(("read", "reads", "reading", "reader"))
# Documents and messages read: no reading for pleasure
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:the\s+|my\s+|your\s+|all\s+(?:the\s+)?|through\s+(?:the\s+|my\s+)?)?(?:contracts?"
    r"|small print|fine print|terms|t&cs|emails?|messages?|texts?|reviews?|manuals?|instructions"
    r"|bills?|letters?|meters?|paperwork|labels?|comments|that\b|somewhere|online)\b"
)


def not_pastime(low: str, start: int, end: int, before: str) -> bool:
    """The interest word at `start`..`end` (`before`: its clause up to it) names a bill item, a
    pastime of the past or a document read."""
    if _OFFER_AFTER.match(low, end) or _OFFER_BEFORE.search(before):
        return True  # "add Netflix to your bill", "a gym contract": billed, no hobby
    if _GIVEN_UP_BEFORE.search(before):
        return True  # "gave up tennis": a pastime given up
    past = _PAST_AFTER.match(low, end)
    # (kept up in its own clause only: "did karate as a kid, these days it's gaming" is past)
    stop = _CLAUSE_END.search(low, end)
    if (
        past
        and not _KEPT_UP.search(before)
        and not _KEPT_UP.search(low, end, stop.start() if stop else len(low))
        and not (stop and _STILL_NEXT.match(low, stop.end()))  # "years ago, still go"
    ):
        return True  # "a gym membership years ago": a pastime of the past
    return low[start:end] in _READ_WORDS and _DOCUMENT_AFTER.match(low, end) is not None

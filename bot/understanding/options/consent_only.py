"""Replies that only agree or decline to go on, and so answer no yes/no question of fact.

"没事", "没关系", "没问题" ("it's fine", "no problem"), "no worries", "go ahead", "not interested"
consent to the talk or turn it down; to "do you have a partner?" they say neither yes nor no
(while "yes", "没有", "nope" still answer it). Read on the whole message, so "没事，我单身" and
"not interested in dating right now" are read by their other words.
"""

from __future__ import annotations

import re

_CONSENT_ONLY = re.compile(
    r"(?:嗯+|哦+|啊|哈+|好|那个)?[,，\s]*"
    r"(?:没事儿?|没关系|没问题|没啥问题|不客气|不要紧|不碍事|开始吧|来吧|继续吧?|问吧|你问吧|同意|不同意"
    r"|不感兴趣|没兴趣"
    r"|no (?:problem|probs|prob|worries|bother|biggie)|not a problem|that'?s (?:fine|ok|okay)"
    r"|go (?:ahead|on)|carry on|fire away|shoot|sounds good|let'?s go|let'?s do (?:it|this)"
    r"|please do|i (?:dis)?agree|(?:i'?m |i am )?not interested)"
    r"(?:[\s,，]*(?:了|的|啊|呀|吧|哈|哦|啦|呢|嘛|mate|lol|thanks|thank you|sorry|really|tbh))*"
    r"[\s,.!?~。！？，…]*",
    re.IGNORECASE,
)


def consent_only(low: str) -> bool:
    """The whole message only agrees or declines to go on ("没事", "no worries")."""
    return _CONSENT_ONLY.fullmatch(low.strip()) is not None

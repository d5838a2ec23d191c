"""Particles and consent that close a name given after "call me" or "my name is": "call me
auntie mei lah", "call me uncle bob can already", "my name is li ming pls".

A Singlish or Malaysian particle ("lah", "lor", "leh", "ah") or a word of consent after the name
ends it as a comma would: the words before are the whole name, kept with its form of address
("auntie mei", not "auntie"). Without such an end a lowercase second word is no part of the name
("call me tom later").
"""

from __future__ import annotations

import re

_END = re.compile(
    r"(?:lah|lor|leh|la|loh|ah|liao|can(?:\s+already|\s+lah|\s+one)?|also can|ok(?:ay)?|pls"
    r"|plz|please|thanks|thx|is fine|will do|ya|yah)\b\s*(?:$|[,.!~，。！;])",
    re.IGNORECASE,
)


def name_closed(rest: str) -> bool:
    """`rest`, the text right after a name, is empty or opens with a mark, a particle or a word
    of consent that closes the name."""
    if not rest or rest[0] in ",.!~，。！":
        return True
    return rest[0].isalpha() and _END.match(rest) is not None

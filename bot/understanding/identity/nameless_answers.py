"""Short answers to the name question that name nobody.

A question put back ("干嘛", "咋了", "啥事", "怎么啦", "what for?") asks what the question is
about: once its particle is taken off, a character of it may look like a surname ("干嘛" → "干").
A pastime typed in lower case ("reading", "gardening, cooking") answers another question: it is an
activity, no name (a capitalised "Reading" may still be a name or the town, and is left alone).
An option word of another question ("光纤吧", "月付吧，我儿子帮我弄的") answers that question, no
name: a name wholly covered by an option is none ("Ms. Garcia" is a name, though "Ms" is a gender
word, and a capitalised "Reading" is left alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.lexicon import Hit

# A question back, alone with its particles: "干嘛", "要干嘛呀", "咋了", "啥事啊", "怎么啦", "why?"
_ASKED_BACK = re.compile(
    r"(?:(?:你|你们)?(?:要|想|问(?:这个?)?)?(?:干嘛|干吗|干啥|干什么|做啥|做什么|搞啥|搞什么)"
    r"|咋(?:了|啦|的|地)|怎么(?:了|啦|的|回事)|啥事|什么事|有啥事|有什么事|什么情况|啥情况"
    r"|why|what for|what(?: is it|'?s (?:it|this|that))(?: for| about)?|who'?s asking)"
    r"(?:呀|啊|呢|哦|嘞|咧|哈|吗|嘛|呗|\s?(?:then|now|exactly))*[\s?？!！.。~～…]*",
    re.IGNORECASE,
)

# Pastimes as people type them, lower case: the activity, not the person.
_PASTIMES = frozenset(
    """reading gardening cooking baking sewing knitting crochet fishing hiking swimming running
    jogging cycling biking painting drawing dancing singing gaming shopping travelling traveling
    travel camping climbing golfing golf tennis football soccer basketball badminton yoga pilates
    gym fitness music movies films photography walking writing crafts woodworking birdwatching
    chess puzzles netflix tv""".split()
)


def asks_back(text: str) -> bool:
    """The whole answer is a question put back ("干嘛", "怎么啦", "what for?")."""
    return _ASKED_BACK.fullmatch(text.strip()) is not None


def pastime_word(text: str) -> bool:
    """The clause is a pastime typed in lower case ("reading", "gardening"): no name."""
    word = text.strip(" ,，.。!！~")
    return word in _PASTIMES


def option_named(hits: Sequence[Hit], surface: str, name: str) -> bool:
    """Every character of `name`, as found in `surface`, is inside an option word of a choice
    slot ("光纤" of "光纤吧"): the answer names an option, not a person."""
    if any(ch.isupper() for ch in name):
        return False  # "Reading" as typed may be a name or the town, as with the pastimes
    start = max(surface.find(name), 0)
    spans = [(h.start, h.end) for h in hits if any(e.kind == "option" for e in h.entries)]
    return bool(spans) and all(
        ch.isspace() or any(a <= i < b for a, b in spans)
        for i, ch in enumerate(surface[start : start + len(name)], start)
    )

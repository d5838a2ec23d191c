"""A refusal taken back as a joke: "a lady never tells... only joking, female", "保密～开玩笑的，
我32", "not telling ;) jk, Leeds".

A refusal followed by the respondent's own "only joking" declines nothing: the answer, if any,
follows it. The joke must be the respondent's, opening its clause ("你开玩笑吧", "no kidding",
"I'm not joking" keep the refusal), and a joke said before the refusal ("jk, I'd rather not say")
takes nothing back. Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"jok|kid|jk|j/k|玩笑|逗你|骗你|说着玩|说笑|messing|pulling")

_OPENS = r"(?:^|(?<=[,，。.!！~～…;；\s]))"
_TAKEN_BACK = re.compile(
    _OPENS + r"(?:哈哈*|嘿嘿*|嘻嘻*)?[,，\s]*(?:我)?(?:就是|只是|是)?"
    r"(?:开(?:个|下)?玩笑(?:的|啦|呢|哈|呀|嘛)?"
    r"|逗你(?:的|玩(?:的|呢)?|呢|啦)|骗你的|说着玩的|说笑的)(?=\s*(?:$|[,，。.!！~～…\s]))"
    # "only joking", "just kidding", "jk" wherever they stand; a bare "kidding" opens its clause
    # (not "are you kidding", "no kidding", "I'm not joking")
    r"|(?<!not )(?<!n't )\b(?:(?:only|just) (?:joking|kidding|messing|teasing|pulling your leg)"
    r"|jk|j/k|i'?m (?:only |just )?(?:joking|kidding|messing))\b"
    r"|(?:^|(?<=[^\w\s'])|(?<=[^\w\s']\s))(?:(?:haha+|lol|nah|ha|hah|ok|okay)[,\s]+)*"
    r"(?:joking|kidding|pulling your leg)\b(?!\s*(?:me|you|u|ya|right|aside)\b)"
)


def taken_back_after(low: str, pos: int) -> bool:
    """The respondent's own "only joking" follows position `pos` of the (lower-cased) message."""
    return _TRIGGER.search(low, pos) is not None and _TAKEN_BACK.search(low, pos) is not None

"""Refusals that call what was already said enough: nothing more will be told.

"Mate I've got the fibre, that's all you need to know", "that's all you need", "that's all I'm
saying", "all you need to know is I pay on time", "我用光纤，你知道这个就行了", "知道这些就够了"
decline what was asked when it was not among what was said; a bare "that's all you need to
know", with nothing said before it to point back to, declines nothing ("all you need to know is
…" opens what is told instead, and declines the rest). Said after an answer of the asked
slot they decline only the rest, and the answer stands ("Female, that's all you need to know").
Not "that's all I need" (a need met), "that's all I know" (a memory run out: vague), "that's all
I care about", nor "that's all you need for streaming" (advice).

Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"all (?:you|ya|u\b|y'?all)|all i'?m|all i will|all i'?ll|知道")

_ENOUGH_SAID = re.compile(
    # "that's all you need to know", "that is all ya need", "that's all you gotta know"
    r"\b(?:that'?s|that is|thats|this is|it'?s) all (?:you|ya|u|y'?all)"
    r" (?:need(?: to know| to hear)?|(?:have to|gotta) (?:know|hear))"
    r"(?=\s*(?:$|[,.!?;]|mate\b|lol\b|tbh\b|sorry\b|pal\b|love\b|thanks\b|haha\b|bro\b))"
    # "all you need to know is …" opening what is told instead
    r"|(?:^|[,.!?;]\s*)all (?:you|ya|u) (?:need to|have to|gotta) know is\b"
    # "that's all I'm saying", "that's all I'll tell you", "that's all I'm willing to say"
    r"|\bthat'?s all (?:i'?m|i am|i'?ll|i will) (?:(?:willing|prepared|gonna|going) to )?"
    r"(?:say|saying|tell(?: you)?|telling(?: you)?|share|sharing|give|giving)\b"
    r"(?=\s*(?:$|[,.!?;]|mate\b|lol\b|tbh\b|sorry\b|thanks\b))"
    # "你知道这个就行了", "知道这些就够了" (not "知道这个就行了吗？")
    r"|(?:你|您)?(?:们)?知道(?:这个|这些|这么多|这点)(?:就|也)?(?:行|够|可以|得了|中|成)(?:了|啦|咯)?"
    r"(?=[吧啊哈呀嘛]*\s*[。.!！~…]*\s*(?:$|[,，]))"
)


def enough_said(low: str) -> list[re.Match[str]]:
    """Every refusal of this kind in the (lower-cased) message."""
    if _TRIGGER.search(low) is None:
        return []
    return [
        m
        for m in _ENOUGH_SAID.finditer(low)
        if m.group().endswith(" is") or not _FILLERS.fullmatch(low, 0, m.start())
    ]


# Nothing told before the phrase, for it to call enough: a bare "that's all you need to know",
# "lol that's all you need to know" has nothing to point back to.
_FILLERS = re.compile(
    r"(?:[\W_]|\b(?:ok|okay|lol|haha|well|mate|look|so|um+|uh+|hmm+|yeah|nah|eh|oh)\b|嗯|哦|啊|哈)*"
)

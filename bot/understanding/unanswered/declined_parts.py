"""A part of a topic declined beside an answer: the answer stands.

"关于网速的不说了，价格还行" (asked for the rating), "一百二，涉及钱的其他不说了" (asked for the
bill), "有关家里的就不多说了，我在杭州": a clause declines what concerns some part ("关于…的",
"涉及…的", "有关…的", "牵扯…的", or the rest of it, "…的其他"), and another clause says
something else. Only the declined clause is withheld; when the asked question gets its value
elsewhere, it is answered. When it does not ("钱的事就不说了，反正是两年合约", "涉及钱的不说了，你
们自己查"), the message stays a refusal (`offline` checks the value found).

A topic said without such a frame ("这个就不说了，…", "年龄就不说了哈，…", "家里的事就不说了吧，…")
is the question itself and stays a refusal, as does a clause alone ("关于网速的不说了").
"""

from __future__ import annotations

import re

from bot.understanding.context import Ctx
from bot.understanding.unanswered import refusals

_TRIGGER = ("关于", "涉及", "有关", "牵扯", "相关")
_CLAUSES = re.compile(r"[^,，。.!！?？;；~…]+")
# The whole clause: the framed part, then "not telling", then only fillers.
_DECLINED_PART = re.compile(
    r"\s*(?:至于|但是?|不过|那|其他)?\s*(?:[\u4e00-\u9fff]{0,4}?)?"
    r"(?:关于|涉及(?:到)?|有关|牵扯(?:到)?|(?:跟|和|与)[\u4e00-\u9fff]{1,6}?(?:有关|相关))"
    r"[\u4e00-\u9fffa-z0-9]{0,8}?的(?:事(?:情|儿)?|东西|问题|信息|部分|方面)?"
    r"(?:其他|其它|别的|其余|剩下的)?(?:的)?(?:我|俺)?(?:就|也|都|一律|一概|先|还是)*"
    r"不(?:多|细)?(?:说|讲|聊|谈|提|答|回答|透露)(?:了|啦|咯|吧|哈)*\s*$"
)


def declined_part(low: str) -> tuple[int, int] | None:
    """The span of the clauses that decline only a framed part, when every refusal of the
    message lies in them and another clause says something; else None."""
    if not any(w in low for w in _TRIGGER):
        return None
    declined: list[tuple[int, int]] = []
    said = False
    for m in _CLAUSES.finditer(low):
        if not m.group().strip():
            continue
        if _DECLINED_PART.match(m.group()):
            declined.append((m.start(), m.end()))
        elif refusals.is_refusal(m.group()):
            return None  # another refusal outside the framed part
        else:
            said = True
    if not declined or not said:
        return None
    return declined[0][0], declined[-1][1]


def answer_kept(ctx: Ctx, name: str, part: tuple[int, int]) -> bool:
    """The asked slot `name` got a value outside the declined part `part`."""
    span = ctx.spans.get(name)
    return name in ctx.proposals and span is not None and not part[0] <= span[0] < part[1]

"""Refusals in regional and blunt voices, kept apart from `refusals` (near its size limit).

Sichuan "钱的事就莫问了嘛" (莫 is "don't"; not "莫问我为什么用移动，反正一百块", which goes on),
a rating turned down at the start ("不打分，没意思"), a reservation asked for ("还是容我保留吧"),
"这个问题先不答了"; Southern "that ain't none of y'all's business", Singlish "age not important
lah", "I'm good on that one", "skip pls" at the end, "look it up yourself", "I don't see why I
should tell you that", "I'd rather skip the family stuff". Searched only when a cheap literal is
in the message, so other messages pay one short scan.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"莫|不|容我|none|important|good on|skip|yourself|see why")

_VOICES = re.compile(
    # Sichuan and Southwestern "莫问" as a whole clause (not "莫问我为什么...")
    r"莫(?:再)?问(?:了|啦|嘛|咯|哦)*(?=$|[,，。.!！~…])"
    # a rating turned down as the answer opens: "不打分，没意思"
    r"|(?:^|[,，。？?!！]\s*)(?:我|俺)?(?:就|也)?不(?:打分|评分|打星)(?=$|[,，。.!！~…])"
    # "还是容我保留吧", "请容我保留" (not "我保留意见": kept for oneself, with an answer)
    r"|容我(?:先|暂且|暂时)?保留"
    # not answered for now: "这个问题先不答了" ("先不说这个" may lead into an answer)
    r"|先不(?:答|回答)(?:了|啦|吧)"
    r"|\bnone of (?:y'?all'?s?|yalls|ya|yo|you'?s|you all'?s) (?:business|concern)\b"
    r"|\b(?:my )?(?:age|gender|sex|name|income|salary)(?:'s| is)? not important\b"
    r"|\bi'?m good on (?:that|this)(?: one| question)?(?=\s*(?:$|[,.!?;]|thanks\b|thank you\b))"
    r"|(?:^|[,.?!]\s*)skip (?:pls|plz|please|it|this)[.!]*$"
    r"|\blook it up yourself\b"
    r"|\b(?:don'?t|do not) see why (?:i|we) (?:should|would|need to|have to|must) (?:tell|give"
    r"|share|say|answer)\b"
    r"|\bskip(?:ping)? the (?:[\w']+ ){0,2}?(?:stuff|questions?|topic|section)"
    r"(?=\s*(?:$|[,.!?;)]|if\b|please\b|thanks\b|for now\b|lol\b|tbh\b))"
)


def voiced_refusals(low: str) -> list[re.Match[str]]:
    """Every refusal of these voices in the (lower-cased) message."""
    if _TRIGGER.search(low) is None:
        return []
    return list(_VOICES.finditer(low))


# Leaving the chat, not declining: "26 马上超时了先不说了", "有事先不聊了" (time runs out or
# something comes up; an answer given before it stands).
_SIGN_OFF = re.compile(r"(?:先|就)?不(?:说|聊)了")
_LEAVING = re.compile(
    r"(?:超时|没时间|来不及|要走|先走|有事|下线|没电|要上班|开会|[来到]站)(?:了|啦)?[,，\s]?$"
)


def signing_off(low: str, m: re.Match[str]) -> bool:
    """The refusal `m` is a goodbye after a reason to leave, said after something else."""
    sign = _SIGN_OFF.search(m.group())
    if sign is None or m.start() == 0:
        return False
    at = m.start() + sign.start()
    # ("超时了先不说了": the reason right before the goodbye)
    return _LEAVING.search(low[max(0, at - 12) : at].rstrip("先就")) is not None

"""The intention passed on to the person who decides it: "ask my husband, he decides these
things", "you'd have to ask the wife", "check with my dad", "问我老公去". Asked whether they mean to
stay or leave, the respondent sends the question on to somebody of the household: the decision is
not theirs to give, which is the intention "unsure" (as "得问我老公，我做不了主" and "it's up to my
wife" are). A past asking is no deferral ("I asked my husband and we're staying").
"""

from __future__ import annotations

import re

_WHO_EN = (
    r"(?:my|the|our)\s+(?:wife|husband|partner|missus|missis|hubby|wifey|other half|better half"
    r"|fella|fiance|fiancee|dad|father|mum|mom|mam|mother|parents|folks|son|daughter|kids|boss"
    r"|landlord|landlady|family)\b"
)
ASKED_ON = re.compile(
    r"(?:^|(?<=[,.;!?]\s)|(?<=[,.;!?])|\b(?:you'?d|you would|you'?ll|you will|you)\s+(?:have|need"
    r"|got|gotta|want)\s+(?:to\s+)?|\b(?:better|best|just|go|gotta|have to)\s+)"
    r"(?:ask|check with|talk to|speak (?:to|with)|take (?:it|that) up with)\s+"
    + _WHO_EN
    + r"|(?:^|(?<=[,，。！!？?\s]))(?:你)?(?:得|要|去|还是)?问(?:问)?(?:我|俺)(?:家)?(?:的)?"
    r"(?:老公|老婆|媳妇|爱人|对象|老爸|老妈|爸|妈|儿子|女儿|闺女|家里人?|当家的)(?:去|吧|啦|呗)?"
)

"""A question whether the provider will call back: no complaint.

Asked about problems, some only ask what happens next: "你们是不是要给我打电话回访？", "会有人打电话
给我吗", "are you going to call me back about this?", "will someone ring me?". The whole message
is the question, naming no fault, so it is no answer (`complaint_voices.asks_who_reads` passes it
on); a callback promised and never made ("说好回访的，一直没打") or too many callback calls ("回访电
话太多了") are complaints, and stay so.
"""

from __future__ import annotations

import re

_CHEAP = (
    "回访",
    "回电",
    "电话",
    "联系我",
    "call",
    "ring",
    "phone",
    "contact",
    "follow",
    "get back",
)
_CALLBACK_ZH = re.compile(
    r"^\W*(?:请问|那|那么|所以)?\s*(?:你们|您们|贵公司|客服|有人|会有人|是不是有人)?"
    r"(?:是不是|会不会|是否|还|之后|后面|到时候?|回头)*(?:要|会|有人会|能)?(?:有人)?"
    r"(?:给我|跟我|和我|找我)?(?:打(?:个|一个)?电话|来电话?)?(?:回访|回电|回个电话|联系我|打(?:个)?电话(?:给我|过来)?"
    r"|来电(?:话)?)(?:给我|过来)?(?:一下)?(?:啊|呀)?(?:吗|么|嘛|吧|呢|不|没)?[\s?？。.!！~]*$"
)
_CALLBACK_EN = re.compile(
    r"^\W*(?:so|and|ok(?:ay)?|um+|oh)?[\s,]*(?:are|will|is|do|does|would|can|should)\s+"
    r"(?:you|you guys|u|someone|somebody|anyone|anybody|a person|an agent|a tech(?:nician)?"
    r"|your team)\s+"
    r"(?:(?:going to|gonna|be|i)\s+)*(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|contact(?:ing)?"
    r"|follow(?:ing)? up|get(?:ting)? back|reach(?:ing)? out|expect a call)\b"
    r"(?:\s+(?:me|us|back|to me|with me|on this|about (?:this|it|that)|later|after(?:wards)?"
    r"|from you))*[\s?.!~]*$"
)


def asks_callback(low: str) -> bool:
    """The whole message asks whether the provider will call back or follow up."""
    if not any(w in low for w in _CHEAP):
        return False
    return _CALLBACK_ZH.search(low) is not None or _CALLBACK_EN.search(low) is not None

"""Answers to the kind-of-line question that describe only the equipment or the wireless.

Asked what kind of internet service they have, some people describe what they can see: the box
("it's the router thing with the blinking lights", "就是那个会闪灯的路由器") or the wireless, with
nothing known beyond it ("我就知道有个wifi，别的不懂", "all I know is there's wifi"). A router and
its wifi sit on any kind of line, so no option is named: the answer is vague and the question is
asked again. Read on the whole answer only, so that "fibre, the router with the blue light" keeps
its line.
"""

from __future__ import annotations

import re

_ENDS = " .!?。！？~，,…"

# The box described: "it's the router thing with the blinking lights", "the box with the lights",
# "that little white modem thingy" (not "光猫", a fibre modem, which names the line).
_DEVICE_EN = re.compile(
    r"(?:(?:uh|um|erm|well|idk|dunno|no idea|not sure|i think|i guess)[,\s]+)*"
    # ... after saying someone else set it up: "I'm not the one who set it up, it's some box"
    r"(?:(?:i'?m not the one (?:who|that) (?:set|put) (?:it|that|this) (?:up|in)"
    r"|i didn'?t (?:set|put) (?:it|that|this) (?:up|in)"
    r"|someone else (?:set|put) (?:it|that) (?:up|in)"
    r"|(?:my|the) [a-z]+ (?:set|put) (?:it|that) (?:up|in))[,;.\s]+(?:all i know is\s+)?)?"
    r"(?:(?:it'?s|its|we have|we've got|i have|i've got|there'?s|just|we use|i use)\s+)*"
    r"(?:the|a|some|that|this|one of those)\s+(?:(?:little|small|black|white|big|wee)\s+)*"
    r"(?:router|modem|box|hub|dongle)(?:\s+(?:thing|thingy|thingie|one))?"
    # where it stands: "some box in the lounge with lights"
    r"(?:\s+(?:in|on|under|behind|by)\s+the\s+(?:lounge|living room|sitting room|front room|hall"
    r"|hallway|kitchen|cupboard|corner|shelf|tv|telly|desk|wall))?"
    r"(?:\s+(?:with|that has|that's got)\s+(?:the\s+|some\s+|all\s+the\s+)?(?:[a-z]+\s+){0,3}"
    r"(?:lights?|aerials?|antennas?|cables?|wires?|plugs?|buttons?))?"
    r"(?:[,\s]+(?:i think|i guess|lol|haha|no idea|idk))*"
)
_DEVICE_ZH = re.compile(
    r"(?:嗯|额|呃)?[,，]?(?:就是|用的是?|家里是?|我家是?|家里有|有)?(?:那个|一个|个|那种)?"
    r"(?:会)?(?:闪灯|亮灯|一闪一闪|闪闪)?的?(?:小)?(?:路由器|盒子|白盒子|黑盒子)(?:那个|之类的|啥的)?"
    r"(?:吧|啊|呀|呗|啦)?"
)
# The wireless and no more: "我就知道有个wifi，别的不懂", "只知道是无线的", "家里有wifi", "I just
# know there's wifi, nothing else", "all I know is it's wifi".
_NOTHING_MORE_ZH = (
    r"(?:[,，\s]*(?:别的|其他|其它|具体的?|其余的?|剩下的|其他的)(?:我|俺|额)?(?:都|就|也|一概)?"
    r"(?:不懂|不知道|不清楚|不晓得|搞不懂|搞不清|没概念|不了解))?"
)
_WIRELESS_KNOWN_ZH = re.compile(
    r"(?:(?:我|俺|额)?(?:就|只)(?:知道|晓得)|(?:家里|我家|屋里)?有)(?:个|是|有个?|家里有个?)?"
    r"(?:无线|wifi|wi-fi)(?:网|网络|的)?(?:吧|啊|呗)?" + _NOTHING_MORE_ZH
)
_WIRELESS_KNOWN_EN = re.compile(
    r"(?:(?:i\s+)?(?:just|only)\s+know|all\s+i\s+know\s+is)\s+(?:that\s+)?"
    r"(?:there'?s|it'?s|we have|we've got|i have)\s+(?:a\s+|the\s+)?(?:wifi|wi-fi|wireless)"
    r"(?:[,\s]+(?:nothing else|that'?s (?:it|all)|not much else|no idea about the rest"
    r"|no idea what else))?"
)


def equipment_only(low: str) -> bool:
    """The answer describes only the router or the home's wireless, no kind of line: vague."""
    text = low.strip(_ENDS)
    if "wi" in text or "无线" in text:
        if _WIRELESS_KNOWN_ZH.fullmatch(text) or _WIRELESS_KNOWN_EN.fullmatch(text):
            return True
    if any(w in text for w in ("router", "modem", "box", "hub", "dongle")):
        return _DEVICE_EN.fullmatch(text) is not None
    return ("路由" in text or "盒子" in text) and _DEVICE_ZH.fullmatch(text) is not None

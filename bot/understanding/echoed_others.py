"""A household topic echoed as a question, then answered with somebody else's story.

"照顾老人？我们楼上那老太太才叫可怜，儿女都不管" and "kids? my neighbour has four" put the topic
back as a question and go on about a person outside the household (a neighbour, a friend, a
colleague, the old lady upstairs). The echo states nothing, and the children or elders named in
that story are theirs, as long as the respondent says nothing of their own in it ("孩子？邻居家
有俩，我家一个" still counts).
"""

from __future__ import annotations

import re

# The topic word opens the message and is put back as a question ("照顾老人？", "any kids?").
_ECHO = re.compile(r"\s*[^?？,，。.!！]{1,16}?\s*(?:吗|呢|啊|吧|嘛)?\s*[?？]+\s*")
# A person outside the household opening the story ("我们楼上那老太太", "my neighbour").
_OUTSIDER = re.compile(
    r"(?:我们|咱们|俺们|\bour\s+|\bmy\s+|\bthe\s+)?[^,，。.!！?？]{0,6}?"
    r"(?:邻居|街坊|楼上|楼下|隔壁|对门|朋友|同事|同学|闺蜜|老乡|别人|人家|老太太|老大爷|老大娘"
    r"|大爷|大妈|\b(?:neighbou?rs?|friends?|mates?|colleagues?|workmates?|co-?workers?"
    r"|old (?:lady|man|woman|fella|couple))\b)"
)
# The respondent speaking of their own household in the story.
_OWN = re.compile(r"我(?!们)|俺(?!们)|咱(?!们)|自己|\b(?:i|i'm|i've|me|my|mine|we|we've|us)\b")


def outsiders_story(low: str) -> bool:
    """The message opens with a topic echoed as a question and goes on only about another
    person: its topic words, the echo and the story's, are none of the respondent's."""
    if "?" not in low and "？" not in low:
        return False
    echo = _ECHO.match(low)
    if echo is None:
        return False
    found = _OUTSIDER.match(low, echo.end())
    return found is not None and _OWN.search(low, found.end()) is None

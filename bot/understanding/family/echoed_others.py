"""A household topic echoed as a question, then answered with somebody else's story.

"照顾老人？我们楼上那老太太才叫可怜，儿女都不管" and "kids? my neighbour has four" put the topic
back as a question and go on about a person outside the household (a neighbour, a friend, a
colleague, the old lady upstairs). The echo states nothing, and the children or elders named in
that story are theirs, as long as the respondent says nothing of their own in it ("孩子？邻居家
有俩，我家一个" still counts). The respondent who only looks in on the outsider ("老人？我们楼上的老
大爷我每周去照顾") names nobody of their own: a neighbour cared for is no dependent.
"""

from __future__ import annotations

import re

# The topic word opens the message and is put back as a question ("照顾老人？", "any kids?").
_ECHO = re.compile(r"\s*[^?？,，。.!！]{1,16}?\s*(?:吗|呢|啊|吧|嘛)?\s*[?？]+\s*")
# A person outside the household opening the story ("我们楼上那老太太", "my neighbour").
_OUTSIDER = re.compile(
    r"(?:我们|咱们|俺们|\bour\s+|\bmy\s+|\bthe\s+)?[^,，。.!！?？]{0,6}?"
    r"(?:邻居|街坊|楼上|楼下|隔壁|对门|朋友|同事|同学|闺蜜|老乡|别人|人家|老太太|老大爷|老大娘"
    r"|大爷|大妈|社区|小区|村里|敬老院|养老院|\b(?:neighbou?rs?|friends?|mates?|colleagues?|workmates?|co-?workers?"
    r"|old (?:lady|man|woman|fella|couple))\b)"
)
# The respondent speaking of their own household in the story.
_OWN = re.compile(r"我(?!们)|俺(?!们)|咱(?!们)|自己|\b(?:i|i'm|i've|me|my|mine|we|we've|us)\b")
# ... but not as the one who looks in on the outsider: "楼上的老大爷我每周去照顾", "the old man
# upstairs, I check on him" (the respondent helps; nobody of theirs is named)
_HELPER = re.compile(
    r"(?:我|俺)(?:每周|每天|天天|经常|常常?|平时|有空|偶尔|时不时|隔三差五|都|也|会|就)*"
    r"(?:去|过去|上去|下去|来)?(?:帮忙|帮着|帮)?(?:照顾|照看|看看|看望|探望|陪陪?|伺候|送饭|买菜|打扫|带)"
    r"|(?:我|俺)(?:是|当|做)(?:志愿者|义工)|\bi(?:'m| am)? (?:a )?volunteer"
    r"|\bi\s+(?:often\s+|always\s+|sometimes\s+|also\s+)?(?:look in on|check on|check in on|visit"
    r"|help|look after|keep an eye on|pop in on|pop round to)\b"
)


def outsiders_story(low: str) -> bool:
    """The message opens with a topic echoed as a question and goes on only about another
    person: its topic words, the echo and the story's, are none of the respondent's."""
    if "?" not in low and "？" not in low:
        return False
    echo = _ECHO.match(low)
    if echo is None:
        return False
    found = _OUTSIDER.match(low, echo.end())
    if found is None:
        return False
    rest = _HELPER.sub(lambda m: " " * len(m.group()), low[found.end() :])
    return _OWN.search(rest) is None

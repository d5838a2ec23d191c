"""A rating, then a switch weighed up: "3, and I'm thinking of switching" is "unsure".

A bare "thinking of switching" under another question may be of anything (phones, plans, jobs),
so it is no intention on its own. Right after a rating of the service it can only be the service
being weighed: "3, and I'm thinking of switching", "2/5, considering switching tbh", "meh,
thinking about changing providers", "3分，在考虑要不要换", "一般吧，正在琢磨要不要转网". The
whole message is the rating and the weighing; anything else named as what is switched ("3,
thinking of switching phones", "3分，在考虑要不要换手机"), somebody else weighing it ("3, my wife
is thinking of switching") or a weighing denied ("3, not thinking of switching") is no such
answer. The named group `at` marks where the intention starts, after the rating.

Asked for the rating, the weighing alone answers the same way: "I'm thinking about switching to
be honest", "说实话，我在考虑要不要换" (`weighed_alone`). Under other questions it stays unread,
since a switch asked about the payment or the plan may be of the way of paying or the plan.
"""

from __future__ import annotations

import re

_RATING_EN = (
    r"(?:[1-5](?:\.5)?(?:\s*(?:/\s*(?:5|five)|out of (?:5|five)|stars?|pts?|points?))?"
    r"|one|two|three|four|five|meh|so-so|ok|okay|average|alright|decent|not great|not bad|poor"
    r"|bad|terrible|mediocre)"
)
_RATING_ZH = r"(?:[1-5一二三四五](?:分|星|颗星)?|一般般?|还行|凑合|马马虎虎|不太满意|不咋地)"

# The weighing, up to the end of the message.
_WEIGHED_EN = (
    r"(?P<at>(?:i'?m|i am|we'?re|we are|am|we|i)?\s*(?:(?:kinda|kind of|sort of|seriously|actually"
    r"|really|already|honestly|now|also|even)\s+)?(?:thinkin(?:g|')? (?:of|about|bout)|considering"
    r"|weighing up)\s+(?:switching|changing|moving|leaving|going elsewhere)(?:\s+(?:providers?"
    r"|networks?|carriers?|over|away))?)\s*(?:tbh|honestly|lol|to be honest|ngl|tho|though)?"
    r"\s*[.!…]*$"
)
_WEIGHED_ZH = (
    r"(?P<at2>(?:我|俺)?(?:(?:也|都|正|还|已经)?在|正在)?(?:考虑|琢磨|纠结|想(?=要不要|是不是))"
    r"(?:要不要|是不是)?(?:换|换掉|换一家|换别家|换运营商|转网|携号转网))(?:了)?(?:吧|呢|啊)?"
    r"\s*[。.!！…]*$"
)
RATED_THEN_WEIGHED = re.compile(
    r"^\s*"
    + _RATING_EN
    + r"\s*[,.;!-]+\s*(?:(?:and|but|tbh|honestly|though)\s*,?\s*)?"
    + _WEIGHED_EN
    + r"|^\s*"
    + _RATING_ZH
    + r"(?:吧|啊|呗)?\s*[,，。!！\s]+\s*(?:但是?|不过|而且|说实话)?\s*"
    + _WEIGHED_ZH
)
_WEIGHED_ALONE = re.compile(
    r"^\s*(?:(?:honestly|tbh|to be honest|truthfully|ngl|well|i mean)\s*,?\s*)?"
    + _WEIGHED_EN
    + r"|^\s*(?:说实话|老实说|实话说|其实)?[,，\s]*"
    + _WEIGHED_ZH
)


def weighed_alone(low: str) -> tuple[int, int] | None:
    """Where the switch weighed up starts and ends, when it is the whole answer to the rating
    question ("I'm thinking about switching to be honest"); None otherwise."""
    m = _WEIGHED_ALONE.search(low)
    if m is None:
        return None
    return (m.start("at") if m.group("at") else m.start("at2")), m.end()

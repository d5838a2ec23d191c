"""A bare hour given as the time of something to do, under the rating question.

People in a hurry tell when they must be off: "at 3 i gotta pick up the kids so quick pls", "i
need to leave at 4, make it fast", "by 5 I have to be out the door", "gotta pick the kids up at
3". The number is an hour, no rating (`unmet_ratings` reads the times written as such: "5 pm",
"3:20"). Only an hour with a plan of the respondent's beside it is set aside: "at 3 out of 10
it's generous" and "3 at best" still rate.
"""

from __future__ import annotations

import re

# "at 3", "by 5", "until 4": a preposition of time right before the number.
_AT_BEFORE = re.compile(
    r"(?:^|(?<=[\s,.;!?(]))(?:at|by|till|until|before|after|around)\s+(?:about\s+|around\s+)?$"
)
# ... and the plan right after it: "at 3 i gotta pick up the kids", "by 5 we have to go".
_PLAN_AFTER = re.compile(
    r"(?:\s*ish\b)?\s*,?\s*(?:today|tonight|tomorrow|sharp|though)?\s*,?\s*"
    r"(?:i|we|i'?m|we'?re|i'?ve|we'?ve|i'?ll|we'?ll|me|the kids?|my (?:kids?|son|daughter|wife"
    r"|husband|shift|bus|train|class|appointment|meeting))\s+(?:(?:really|just|still|then)\s+)?"
    r"(?:gotta|got to|have to|has to|need to|needs to|must|'ve got to|am|is|are|'m|'ll|will|gonna"
    r"|going|leave|head|pick|finish|start|get|go|starts|finishes|leaves|arrives?)\b"
)
# A plan right before it: "i need to leave at 4", "gotta pick the kids up at 3", "off to work at 6".
_PLAN_BEFORE = re.compile(
    r"\b(?:leave|leaving|go|going|head(?:ing)? (?:off|out|home)|off|out|finish(?:ing)?"
    r"|start(?:ing)?|pick(?:ing)?\s+(?:\w+\s+){0,3}?up(?:\s+(?:the|my)\s+\w+)?|collect(?:ing)?\s+(?:\w+\s+){0,2}?\w+"
    r"|school run|home|shift|meeting|appointment|work|class|bus|train|flight|doctor'?s?|dentist)"
    r"\s+(?:at|by|around|before|until|till)\s+(?:about\s+|around\s+)?$"
)
_CHEAP = ("at ", "by ", "till ", "until ", "before ", "after ", "around ")


def hour_of_plan(low: str, start: int, end: int) -> bool:
    """The number at `start`..`end` is the hour something is to be done, no rating."""
    before = low[max(0, start - 48) : start]
    if not any(w in before for w in _CHEAP):
        return False
    if _PLAN_BEFORE.search(before):
        return True
    return _AT_BEFORE.search(before) is not None and _PLAN_AFTER.match(low, end) is not None

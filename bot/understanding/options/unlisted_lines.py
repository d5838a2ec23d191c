"""A kind of home line that is none of the options, named as the whole answer: vague.

The line question offers fibre, DSL or none. "cable i think?", "satellite", "we have Starlink",
"5G home internet", "fixed wireless" name a line all the same, but not one of ours to store, and
the answer is read as vague, the way the home's wifi is (`inside_words`). Only the whole answer,
with a hedge or a filler: "cable, fiber maybe?" names an option, and "the cable guy came" or
"cable stops down the road" are about something else.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"cable|satellite|starlink|wireless|5g|4g|lte|coax|卫星|有线电视")
_LEAD = (
    r"(?:(?:uh+|um+|er+|hmm+|well|just|it'?s|its|it is|we have|we'?ve got|we got|i have|i'?ve got"
    r"|i got|we use|i use|we'?re on|i'?m on|on|the|a|some|our|my|i think|i guess|probably|maybe"
    r"|prob)[,\s]+)*"
)
_TAIL = (
    r"(?:[,\s]+(?:i think|i guess|i believe|i reckon|probably|maybe|prob|one|thing|internet"
    r"|broadband|i'?m pretty sure|pretty sure|lol|haha|tbh))*"
)
_KIND = (
    r"(?:cable|satellite|starlink|fixed wireless|5g(?: home)?|4g(?: home)?|lte|coax(?:ial)?"
    r"|cable modem)(?:\s+(?:internet|broadband))?"
)
_UNLISTED = re.compile(
    _LEAD + _KIND + _TAIL + r"[\s?!.~]*"
    r"|(?:用的是|是|家里是|我家是|好像是|应该是)?(?:卫星|有线电视)(?:的|宽带|网)*(?:吧|吧？|啊)?[\s?？!！。]*"
)


def unlisted_only(low: str) -> bool:
    """The answer names only a kind of line that is no option: vague."""
    return _TRIGGER.search(low) is not None and _UNLISTED.fullmatch(low.strip()) is not None

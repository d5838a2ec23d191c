"""Leaving said as an ultimatum, as a plan with its time, or in formal words.

An ultimatum ("fix it or I'm leaving", "sort the signal out or I'll switch", Nigerian Pidgin
"abeg fix am or I go port to another network") makes leaving wait on a repair that may come: the
intention "unsure", as "one more outage and I'm gone" is (`last_straws`). `intention_phrasings`
reads `ULTIMATUM` as an overriding reading, so the "leaving" inside it is no plan of its own.

A switch said with its time and no object ("switching next month, cheers", "I'm porting out at
the end of my contract") and a renewal turned down in formal words ("I shall not be renewing my
contract", "we will not be renewing") are plans to leave in an answer to any question; under a
condition ("unless they are resolved, I shall not be renewing") `conditional_plans` makes them
"unsure". Not "switching phones next month" (another object), nor "I will be renewing" (staying),
nor "I'll fix it or I'll go mad" (no leaving).
"""

from __future__ import annotations

import re

ULTIMATUM = re.compile(
    r"\b(?:fix|sort|repair|improve|lower|drop|reduce|cut|match|sort out|do something about)\b"
    r"(?:\s+(?:am|it|this|that|things|everything|the\s+[a-z-]+|my\s+[a-z-]+|your\s+[a-z-]+)){0,3}"
    r"(?:\s+(?:out|up|now|quick|fast|asap|abeg|please|sharp|sharp-sharp))*\s*,?\s+(?P<at>or\s+"
    r"(?:else\s*,?\s+)?(?:i|we)(?:'ll|'m|'re|\s+will|\s+am|\s+are|\s+go|\s+dey|\s+shall)?\s+(?:be\s+)?"
    r"(?:switch\w*|port\w*|leav\w*|cancel\w*|off|gone|out|done|walk\w*"
    r"|go(?:ing)?\s+(?:elsewhere|to\s+(?:another|a\s+different)))\b"
    # the rival belongs to the threat: "…or I go port to another network"
    r"(?:\s+(?:over\s+)?to\s+(?:another|a\s+different|a\s+new)\s+(?:network|provider|carrier"
    r"|company|one)\b)?)"
)
LEAVING_SAID = re.compile(
    # a switch with its time: "switching next month", "I'm porting out at the end of my contract"
    r"(?:^|(?<=[.,;:!]))\s*(?:(?:and|so|anyway|yeah)\s+)?(?:(?:i'?m|we'?re|i am|we are)\s+)?"
    r"(?:switching|porting(?:\s+out)?|cancell?ing)\s+(?:next\s+(?:month|week|year)|this\s+(?:month"
    r"|week)|at the end of (?:the|this|my) (?:month|contract))\b"
    # a renewal turned down in formal words: "I shall not be renewing my contract"
    r"|\b(?:i|we)\s+(?:(?:shall|will)\s+not|won'?t|shan'?t)\s+be\s+renewing\b"
)

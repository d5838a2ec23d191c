"""A household named in full, and the other parent of the respondent's child gone from it.

"just my husband and our two dogs" or "it's just me and my husband" names a couple as the whole
household, which has no dependents, in any answer. "just me and the dog" names the respondent and
pets only: it answers the dependents question when that is asked, but under the partner question
it says only that there is no partner, as "just me" does there. "Me and her dad split up last
year" (after "a little girl, she's 4") is the other parent gone, so no partner; whose child it is
is judged in `household` ("my parents split up" names no child's parent of the respondent's).
`household_patterns` turns these into readings.
"""

from __future__ import annotations

import re

# ("mi husband", "me husband": "my" in Jamaican patois and Irish English)
_PARTNER = (
    r"(?:(?:a|one|two|three|my|mi|me|the|our)\s+)*(?:husband|wife|partner|boyfriend|girlfriend"
    r"|hubby|missus|fianc[ée]e?|other half)"
)
_PET = (
    r"(?:(?:a|one|two|three|my|mi|me|the|our)\s+)*(?:cats?|dogs?|pets?|fish|goldfish|hamsters?"
    r"|rabbits?|birds?)"
)
_ITEM = rf"(?:{_PARTNER}|{_PET})"
_AND = r"\s+(?:and|an|&)\s+"
_OPENING = (
    r"(?:^|(?<=[,.;:!?])\s*)(?:(?:no|nope|none)[,\s]+)?(?:it'?s\s+)?(?:just|only)\s+"
    rf"(?:me{_AND})?"
)
# Nothing more after the list ("…and the kids" has a child), and not for now ("just me and my
# wife tonight").
_CLOSED = (
    r"\b(?![^.;!?]{0,3}\b(?:and|plus|with)\s+(?:my|mi|me|our|a|two|the|\d))"
    r"(?![^.;!?]{0,24}\b(?:today|tonight|this week|right now|for now)\b)"
)
# A couple, with or without pets: "just my husband and our two dogs", "just me and the wife".
COUPLE_IN_FULL = re.compile(_OPENING + rf"(?:{_PET}{_AND})*{_PARTNER}(?:{_AND}{_ITEM})*" + _CLOSED)
# The respondent and pets only: "just me and my two cats", "only a cat".
PETS_IN_FULL = re.compile(_OPENING + rf"{_PET}(?:{_AND}{_PET})*" + _CLOSED)

# The other parent of a child named before, split from the respondent: "me and her dad split up",
# "his mum and I separated", "I broke up with their dad" (not "we split up the bill", nor back
# together: "his dad and I split up but we're back together").
_PARENT = r"(?:his|her|their)\s+(?:mum|mom|mother|dad|father)"
_SPLIT = (
    r"(?:split up|split(?=\s*(?:$|[,.;!]|\s+(?:last|in|when|years?|months?|a|two|three|\d)\b))"
    r"|broke up|separated|divorced|are separated|are divorced|aren'?t together|are not together"
    r"|went (?:our|their) separate ways)"
)
OTHER_PARENT_SPLIT = re.compile(
    rf"\b(?:(?:(?:me|i)\s+(?:and|&)\s+{_PARENT}|{_PARENT}\s+(?:and|&)\s+(?:me|i))\s+"
    rf"(?:have\s+|had\s+|got\s+)?{_SPLIT}"
    rf"|i\s+(?:split up|broke up|separated)\s+(?:with|from)\s+{_PARENT}\b)"
    r"(?![^.!?]{0,40}\bback together\b)"
)

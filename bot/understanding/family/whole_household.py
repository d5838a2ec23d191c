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

from bot.understanding.others import mentions_anyone
from bot.understanding.people import OTHER_PERSON_EN

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

# The respondent and children only, who live with them: "it's just me and my two girls since the
# divorce", "just me and the kids", "就我跟我孙子俩人过", "我带着外孙女住"; or children being
# raised: "raising my grandson on my own". Girls and boys are the respondent's own ("my"), as
# "just me and the girls tonight" is a night out, and not friends ("my girls from work").
_YOUNG = (
    r"(?:(?:two|three|four|five|2|3|4|5|little|wee|young|small)\s+)*(?:kids|kiddies|kiddos"
    r"|children|little ones|wee ones|twins|grandkids|grandchildren|grandchild|grandsons?"
    r"|granddaughters?|grandbab(?:y|ies))"
)
_OWN_YOUNG = r"(?:(?:two|three|four|five|2|3|4|5|little|wee|young|small)\s+)*(?:girls|boys)"
_NOT_FRIENDS = r"(?!\s+(?:from|at)\s+(?:work|the office|church|school|uni|college|the gym)\b)"
# ... nor grown up, away or there only now and then ("just me and my kids, both in their 20s",
# "just me and the grandkids every other weekend")
_NOT_AT_HOME = (
    r"(?![^.;!?]{0,30}\b(?:every|weekends?|in their|grown|adults?|at uni|university|college"
    r"|moved out|left home|visit(?:s|ing)?)\b)"
)
CHILDREN_IN_FULL = re.compile(
    _OPENING
    + rf"(?:(?:my|mi|me|our|the)\s+{_YOUNG}|(?:my|mi|me|our)\s+{_OWN_YOUNG}){_NOT_FRIENDS}"
    + _CLOSED
    + _NOT_AT_HOME
    + r"|\b(?:raising|bringing up|brought up|looking after)\s+(?:my|our)\s+"
    + rf"(?:{_YOUNG}|{_OWN_YOUNG}|nephews?|nieces?)\b"
    + r"(?=[^,.;!?]{0,12}\b(?:on my own|alone|by myself|myself|single[- ]handed(?:ly)?|now"
    + r"|full[- ]time)\b)"
    # ("我跟孙子视频", "我带孙子过马路", "我和孙子住得近" are no household)
    + r"|(?:就|只有)?(?:我|俺)(?:跟|和|同|带着?|搭)(?:我的?|我家)?(?:[两俩三一]个)?(?:小)?"
    + r"(?:孙子|孙女|外孙女?|孙儿|孙娃|孙孙)们?(?:[俩仨]人?|两个人|三个人|一起)?"
    + r"(?:过日子|相依为命|生活|住(?![得的]?[近远]|在?附近|隔壁|对门)|过(?=$|[,，。!！~了呢啊吧]))"
    + r"|就(?:我|俺)(?:跟|和|同)(?:我的?)?(?:孙子|孙女|外孙女?)(?:[俩仨]人?|两个人)?"
    + r"(?=$|[,，。!！~])"
)

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


def split_from_me(low: str, start: int) -> bool:
    """The split at `start` is the respondent's from the other parent ("yes, 2, both in primary.
    me and their dad split up"), with nobody named before whose parent it could be: "their" is
    the children the answer counts (but "my sister's boys… me and their dad" is not)."""
    before = low[:start]
    return (
        OTHER_PARENT_SPLIT.match(low, start) is not None
        and not mentions_anyone(before)
        and OTHER_PERSON_EN.search(before) is None
    )

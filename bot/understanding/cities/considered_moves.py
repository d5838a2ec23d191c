"""A city only considered as the next home, or one somebody else wants the respondent to move to.

Talked about, wished for or planned, the place is not where the respondent lives: "now he's
talking about Denver next", "thinking of moving to Leeds", "在考虑搬去成都", "想去杭州发展",
"wants to move to Perth", "looking for a house in Leeds", "thinking of buying a place in York".
Nor is a place another person keeps urging them to move to: "Dunedin, though my sister keeps
begging me to move up to Auckland", "my mum wants me to move back to London", "the kids keep
telling us to move to Perth", "我妹一直劝我搬去成都", "老妈天天催我回郑州".
Not a move already made: "I moved up to Auckland", "she begged me to move to Auckland, so I did"
(the urging in the past), "当初是我姐劝我搬到成都的" (the urging long ago).
"""

from __future__ import annotations

import re

_CONSIDERED_BEFORE = re.compile(
    r"\b(?:talking|thinking|talks|thinks|talk|think)\s+(?:about|of)\s+(?:moving\s+to\s+)?$"
    r"|\bconsidering\s+(?:moving\s+to\s+)?$|考虑(?:要不要)?搬(?:去|到)\s*$"
    # a wish or a plan to go: "想去杭州发展", "打算去深圳闯闯", "wants to move to Perth"
    r"|(?:想|想要|打算|准备|计划)(?:明年|今年|年底|以后|将来|过两年|下半年)?(?:搬)?(?:去|到)\s*$"
    r"|\b(?:wants?|wanted|hopes?|hoping|plans?|planning)\s+to\s+(?:move|go|relocate)\s+"
    r"(?:back\s+)?to\s*$"
    # ... said as chat: "tryna move to Atlanta next year", "wanna move to Leeds", "trying to get
    # to Leeds", "dying to move to Lisbon"
    r"|\b(?:tryna|trynna|wanna|trying\s+to|try\s+to|looking\s+to|itching\s+to|dying\s+to"
    r"|dreaming\s+of|aiming\s+to)\s+(?:move|moving|go|get|relocate|relocating)\s+"
    r"(?:back\s+|out\s+|over\s+|down\s+|up\s+)?to\s*$"
    # a home still being looked for: "gone ahead to find us a flat in Sydney", "looking for a
    # house in Leeds", "在杭州找房子" is read by the wish before it
    r"|\b(?:find|finding|look(?:ing)? for|search(?:ing)? for|hunt(?:ing)? for|house[- ]?hunting"
    r"|flat[- ]?hunting)\s+(?:(?:us|me|them)\s+)?(?:an?\s+)?(?:new\s+)?"
    r"(?:flat|house|place|apartment|home|room)?\s*in\s*$"
    # a home only thought of buying: "thinking of buying a place in York", "saving to buy a flat
    # in Leeds" ("we just bought a place in Charlottetown" is the home)
    r"|\b(?:(?:thinking|dreaming)\s+(?:of|about)|considering|looking\s+(?:at|to)|hoping\s+to"
    r"|want(?:s|ing)?\s+to|saving(?:\s+up)?\s+(?:to|for)|plan(?:ning)?\s+to|might)\s+"
    r"(?:buy(?:ing)?|get(?:ting)?)\s+(?:a|an|our|my)\s+(?:own\s+|little\s+|new\s+)?"
    r"(?:flat|house|place|apartment|home|condo|property)\s+(?:in|near)\s*$"
)

# Somebody else urging a move on the respondent, now: "keeps begging me to move up to", "wants me
# to move back to", "is on at me to move to", "keep telling us to move to".
_URGED_EN = re.compile(
    r"(?:\b(?:keeps?|kept on|is|are|'s|'re|been|always|constantly|forever|still)\s+"
    r"(?:on at|begging|asking|telling|nagging|pushing|pestering|hassling|bugging|badgering"
    r"|trying to (?:get|convince|persuade))"
    r"|\b(?:wants?|would (?:love|like)|'d (?:love|like)))\s+(?:me|us)\s+to\s+"
    r"(?:move|go|come|relocate|head)\s+(?:(?:back|up|down|over|out|home)\s+)*(?:to|in)\s*$"
)
# "我妹一直劝我搬去", "老妈天天催我回", "叫我们搬到": not "当初是我姐劝我搬到成都的".
_URGED_ZH = re.compile(
    r"(?:劝|催|求|叫|让|喊|磨)(?:我|俺|我们|俺们)(?:早点|赶紧|赶快|也|快)?"
    r"(?:搬(?:去|到|回)?|回(?:去|到)?|去|过去)\s*$"
)
_LONG_AGO_ZH = re.compile(r"当初|当年|那时|那会|以前|之前|原来")


def considered(before: str) -> bool:
    """`before`, the clause up to a city, makes the city a place only considered as the next
    home or one somebody else urges the respondent to move to."""
    if _CONSIDERED_BEFORE.search(before):
        return True
    if before.rstrip().endswith((" to", " in")) and _URGED_EN.search(before):
        return True
    if ("我" in before or "俺" in before) and _URGED_ZH.search(before):
        return not _LONG_AGO_ZH.search(before)
    return False

"""What may follow a bare number given as a rating ("4 stars", "5 sweet as", "3 ngl it's mid").

After a bare number, a unit or a noun makes it a count or a duration rather than a rating ("3年",
"2 outages", "4 years old"); rating words, particles and asides are allowed, and so are words of
praise or thanks, slang included ("5 sweet as", "4 no complaints", "5 cheers mate"), which rate
nothing else.
"""

from __future__ import annotations

import re

# Praise or thanks after the number: "5 sweet as", "5 ace", "4 all good", "5 thanks".
_PRAISE = (
    r"sweet as|easy as|sweet(?=\s*(?:$|[,.;!?]|mate\b|bro\b))|choice|mint|ace|sound|grand"
    r"|stoked|chuffed|spot on|no complaints|all good|cheers|thanks|thank you|ta|mate|bro"
)
NOT_A_RATING = re.compile(
    r"\s*(?:岁|年|个月|月|周|天|块|元|%|个|位|家|口|条|张|部|段|次|遍|阵|回|百兆|千兆|兆)"
    # a price paid for a device: "paid 900 for this phone", "1200 for the new laptop"
    r"|\s+for\s+(?:this|that|the|my|a|an|our|his|her)\s+(?:new\s+)?(?:i?phone|handset|router"
    r"|modem|laptop|tablet|tv|telly|device|mobile|computer)s?\b"
    r"(?!\s*(?:bills?|plans?|contracts?|deals?|lines?|data|service)\b)"
    r"|\s+(?!(?:stars?|points?|pts|out|of|for|i|if|maybe|probably|tbh|honestly|overall|lol|haha"
    r"|then|now|from|at|is|or|and|but|though|max|tops|too|i'?d|i'?m|really|right"
    # a particle or aside: "3 ngl it's mid", "of course 5 lah", "for me 2 only"
    r"|ngl|lah|la|lor|leh|only(?=\s*(?:$|[,.;!?]))|po|it'?s|its"
    # a complaint after the rating, an emoji between: "2 😤 the wifi drops", "3 my app crashes"
    r"|the|my|"
    + _PRAISE
    # the time the rating holds for: "3 these days", "4 this month"
    + r"|these days|nowadays|lately|this (?:month|year|week)|at the moment)\b)"
    r"[a-z]"
)

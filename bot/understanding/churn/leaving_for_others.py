"""Leaving said as custom taken elsewhere, or as another supplier's line signed up for.

A complaint often ends with what the respondent will do about it: "so I'm taking my business
elsewhere once this contract runs out" is leaving, whatever question it answers (the lexicon has
"take my business elsewhere", not its other forms). Asked about staying, people also name the
supplier they are moving to by what it supplies rather than by a provider's name ("moving over
to the electric co-op's internet next month", "switching to my brother-in-law's wifi"), or say
they have "already signed up with them": both leave. The provider's own line ("your fibre
plan") and a signing-up with the provider are no leaving.
"""

from __future__ import annotations

import re

# (read in any answer: the respondent's own plan to take custom elsewhere)
BUSINESS_ELSEWHERE = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|i'?ll|i will|we'?ll|we will|gonna|going to)\s+(?:just\s+|be\s+)*"
    r"(?:tak(?:e|ing)|mov(?:e|ing)|bring(?:ing)?)\s+(?:my|our)\s+(?:business|custom|money)\s+"
    r"(?:elsewhere|somewhere else|to (?:another|a different|someone else|somebody else))\b"
)

# (read when the intention was asked)
OTHER_SUPPLIER = re.compile(
    r"\b(?:moving|switching|changing|going|heading|swapping)\s+(?:over\s+|across\s+)?to\s+"
    r"(?:the\s+|my\s+|our\s+)?(?!your\b|you\b)[a-z][\w-]*(?:\s+[\w-]+){0,3}?(?:'s|s')\s+"
    r"(?:internet|broadband|fib(?:re|er)|wi-?fi|service)\b"
    r"|\balready\s+(?:signed\s+up|signed|booked\s+in|switched)\s+(?:with|to)\s+"
    r"(?!(?:you|u|yous|y'all)\b)(?:them|another|a new|the other|[a-z])"
)

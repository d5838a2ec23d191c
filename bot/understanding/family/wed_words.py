""" "Wed" as the verb of marrying: the respondent has a spouse.

"aye, 12 years wed to our lass", "been wed 30 years", "wed twenty-odd year now", "we got wed last
spring", "newly wed": the old and dialect word for married, said in any answer as "married 10
years" is. "Wed" is also the short form of Wednesday ("see you wed", "going to a wedding on wed"),
so only the frames of a marriage count: a length of time before or after it, a verb of becoming or
being before it, or a spouse after "wed to" (not one's job: "wed to my work" is single, read by
`partner_figures`).
"""

from __future__ import annotations

import re

_SPAN = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|many"
    r"|a few|a good few|donkey'?s)"
    # a round figure: "twenty-odd year", "thirty some years", "40-odd years", "20+ years"
    r"(?:\s*[- ]\s*(?:odd|some|ish)|\+)?"
)
_WED = re.compile(
    # "12 years wed", "wed 30 years", "wed for ten years"
    rf"\b{_SPAN}\s+(?:years?|yrs?|months?)\s+wed\b"
    rf"|\bwed\s+(?:for\s+)?{_SPAN}\s+(?:years?|yrs?|months?)\b"
    # "got wed", "been wed", "newly wed", "we're wed"
    r"|\b(?:got|get|getting|been|newly|just|recently|happily|we'?re|we are|we were)\s+wed\b"
    # "wed to our lass", "wed to Dan" (not "wed to my job")
    r"|\bwed\s+to\s+(?!(?:my|the|his|her)\s+(?:job|work|career|office|desk|phone|business)\b)"
    r"(?:our|my|me|the)?\s*[a-z]"
)


def spans(low: str) -> list[tuple[int, int]]:
    """Where `low` says the respondent is wed."""
    if "wed" not in low:
        return []  # cheap: every frame holds the word
    return [m.span() for m in _WED.finditer(low)]

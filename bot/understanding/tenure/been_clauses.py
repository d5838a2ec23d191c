"""How long, said in a clause of "been" after one that names the respondent's service.

"I'm with you on the monthly plan, been about 2 years now", "we on month to month, been like 2
yrs", "fiber, been 3 years": the clause before says the respondent is with us or names their
plan or line, and the "been" clause that follows says for how long, so the amount is the time
with us (and no term of a contract). The amount must end its clause ("been 2 years in Leeds" is
time in a place), and a clause of life before it ("married, been 2 years") is no service.
"""

from __future__ import annotations

import re

# A clause opening with "been", the amount right after it.
_BEEN_CLAUSE = re.compile(
    r"[,;.!]\s*(?:(?:it'?s|i'?ve|we'?ve|i|we)\s+)?(?:only\s+|just\s+|almost\s+|nearly\s+)?been\s+"
    r"(?:about\s+|around\s+|like\s+|over\s+|almost\s+|nearly\s+)?$"
)
_WITH_US_BEFORE = re.compile(r"\b(?:i'?m|we'?re|i am|we are) (?:with|wi') (?:you|us|starlink)\b")
# the respondent's plan or line named in the clause before
_SERVICE_CLAUSE = re.compile(
    r"(?:^|[,;.!?]\s*)[^,;.!?]*\b(?:month[- ]to[- ]month|monthly|rolling|pay as (?:you|i) go"
    r"|payg|no contract|contract|plan|fib(?:re|er)|a?dsl|broadband|prepaid|postpaid"
    r"|(?:one|two|1|2|12|24)[- ]?(?:yr|year|month)s?)\b[^,;.!?]*$"
)
_LIFE = re.compile(
    r"\b(?:married|together|dating|engaged|lived|living|moved|job|work(?:ing|ed)?|school|uni"
    r"|retired|here)\b"
)
# the amount ends its clause
_END_AFTER = re.compile(
    r"\s*(?:(?:now|ago|or so|give or take|i think|i reckon|i guess|roughly)\b\s*)*"
    r"(?:[,.;!?]|\band\b|\bbut\b|$)"
)


def been_after_service(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` opens a "been" clause after one that says the respondent is
    with us or names their plan or line."""
    if "been" not in low:
        return False
    been = _BEEN_CLAUSE.search(low, max(0, start - 30), start)
    if been is None or _END_AFTER.match(low, end) is None:
        return False
    if _WITH_US_BEFORE.search(low, 0, start) is not None:
        return True  # "I'm with you on the monthly plan, been about 2 years now"
    service = _SERVICE_CLAUSE.search(low, 0, been.start())
    return service is not None and _LIFE.search(service.group()) is None

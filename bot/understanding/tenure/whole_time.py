"""Time with us told by another span of time: "same address 8 years, been with you the whole
time", "lived here 10 years and with you all along".

The clause after the amount says the respondent has been a customer for all of it, so the
amount is the time with us although its own clause is about a home or a job. A device ("same
router the whole time") or another person ("my mum's been with you the whole time") is no such
clause.
"""

from __future__ import annotations

import re

_ALL_ALONG_AFTER = re.compile(
    r"\s*(?:years?|yrs?|months?)?(?:\s+now)?\s*(?:,|;|\band\b|\.)\s*(?:and\s+)?"
    r"(?:(?:i'?ve|we'?ve|i have|we have)\s+)?(?:been\s+)?(?:with|wi') (?:you|ye|yous|you guys|us)"
    r"(?:\s+guys)?\s+(?:the (?:whole|entire) (?:time|way)|all along|the lot|throughout)\b"
)


def with_us_all_along(low: str, end: int) -> bool:
    """Does the clause after the amount ending at `end` say it was all spent with us?"""
    return ("whole" in low or "along" in low or "throughout" in low) and bool(
        _ALL_ALONG_AFTER.match(low, end)
    )

"""An extra said to be included in the amount just given: "R1,250 but that includes the Netflix
add-on", "$90 including Disney+", "80 incl. the Spotify bundle".

The amount is still the respondent's bill: the subscription or item named after "includes" is
part of it, not another expense the amount was spent on. `spending` reads the clause of an amount
only up to such a note, so the service named in it does not move the amount elsewhere ("Netflix
alone is 15 a month", where the subscription comes before the amount, still does).
"""

from __future__ import annotations

import re

# Right after the amount (its unit and period allowed): "but that includes", "which includes",
# "including", "incl.", "inclusive of".
_INCLUDED_AFTER = re.compile(
    r"\s*(?:[a-z]{0,8}\s+)?(?:(?:a|per) month\s+|monthly\s+|pm\s+|p/m\s+)?[,(]?\s*"
    r"(?:(?:but|and|which|that|though)\s+)?(?:(?:that|it|this)(?:'s|\s+is)?\s+)?"
    r"(?:(?:also\s+)?includ(?:es|ing|ed)|incl\.?|inc\.|inclusive of)(?![a-z])"
)


def included_from(low: str, end: int, clause_end: int) -> int:
    """Where a note of what the amount ending at `end` includes starts, or `clause_end`."""
    if "incl" not in low and "inc." not in low:
        return clause_end
    m = _INCLUDED_AFTER.match(low, end, clause_end)
    return clause_end if m is None else m.start()

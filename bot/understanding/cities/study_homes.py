"""Studying in a town now: where the respondent lives, even a town the gazetteer does not know.

"I now go to college in Derby", "I'm at uni in Lancaster now", "currently studying in Truro",
"doing my masters in Dundee", "second year at uni in Keele": a student lives where they study.
Not schooling in the past ("went to uni in Derby", "studied in Leeds ages ago", "did my degree in
York"), which `past_homes` and `remarked_places` read, nor somebody else's ("my son is at uni in
Derby": the clause must open with the respondent or with the study itself).
"""

from __future__ import annotations

import re

_SCHOOL = r"(?:uni|university|college|school|sixth form|poly|polytechnic|grad school|law school)"
_NOW = r"(?:now\s+|currently\s+|still\s+|just\s+)?"
_STUDYING_BEFORE = re.compile(
    r"(?:^\s*|\b(?:i'?m|i am|im)\s+" + _NOW + r"|\bi\s+" + _NOW + r")"
    r"(?:(?:first|second|third|final|fourth|\d(?:st|nd|rd|th))\s+year\s+)?"
    r"(?:go(?:ing)?\s+to\s+"
    + _SCHOOL
    + r"|(?:at|studying at|in)\s+"
    + _SCHOOL
    + r"|stud(?:y|ying)|doing\s+(?:my\s+|a\s+)?(?:masters?|master'?s|phd|degree|bachelor'?s"
    r"|undergrad|postgrad|mba|msc|bsc|ba|a-levels|apprenticeship))"
    r"\s+(?:here\s+)?in\s*$"
)


def studying_before(before: str) -> bool:
    """`before` (the clause up to a place) says the respondent studies there now."""
    if " in" not in before and not before.endswith("in "):
        return False
    return _STUDYING_BEFORE.search(before) is not None

"""A city stayed at for a holiday or a season, or a holiday home: never the home.

"35, living with my sister in London for the summer", "we're in Rome on holiday", "on holiday
in Spain", "we bought a holiday home in Leeds", "我在三亚度假", "暑假在北京姐姐家住",
"在三亚有套度假房":
the respondent is there for a while, or owns a second house there; where they live is not said.
Not "I live in London, it's lovely in the summer" (a season named after a clause of its own),
nor a guest staying "with us in Leeds for the summer" (the home the guest stays at).
"""

from __future__ import annotations

import re

_LITERALS = ("summer", "holiday", "vacation", "hols", "度假", "暑假", "寒假", "避暑")
# After the city, in its clause: "in London for the summer", "in Rome on holiday".
_STAY_AFTER = re.compile(
    r"(?:\s+(?:with|at)\s+[a-z' ]{1,20}?)?\s+(?:for|over|on|during)\s+(?:the\s+|a\s+|my\s+|our\s+)?"
    r"(?:summer|holidays?|vacation|hols|summer holidays?)\b"
    r"|\s*(?:度假|避暑|过暑假|过寒假)|\s*有(?:一)?[套个栋间]?度假(?:房|屋|别墅)"
)
# Before the city: "a holiday home in Leeds", "on holiday in Spain", "暑假在北京".
_STAY_BEFORE = re.compile(
    r"\b(?:holiday|vacation|summer)\s+(?:home|house|cottage|flat|apartment|let|place)\s+(?:in|at)\s+$"
    r"|\b(?:on\s+(?:holiday|vacation|hols)|holidaying|vacationing)\s+(?:in|at)\s+$"
    r"|(?:暑假|寒假|度假)[^,，。]{0,2}?(?:在|去)\s*$"
)

# The respondent hosts the stay: "staying with us in Leeds", "和我们在北京过暑假".
_HOSTS_BEFORE = re.compile(r"\bwith\s+(?:us|me)\s+(?:in|at)\s+$")


def holiday_stay(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is a holiday or seasonal stay, or a holiday home."""
    if not any(w in low for w in _LITERALS):
        return False
    before = low[max(0, start - 40) : start]
    if _HOSTS_BEFORE.search(before):
        return False  # "my daughter is staying with us in Leeds for the summer": our home
    return bool(_STAY_AFTER.match(low, end) or _STAY_BEFORE.search(before))

"""A parent by self-description whose youngest child is given a child's age later on: "Mum of
three, the youngest is 8", "father of four ... the last one just turned 6", or whose children are
said to be at school: "a mother of two boys… They are in primary school now".

"mother of three" alone may have grown children, so `household_patterns` reads it in another
answer only when the children are said to be young right after it. The age of the youngest, said
anywhere in the message, says the same: the respondent has a child at home. Kept apart from
`household_patterns` (at its size limit) as one more pattern reading of the dependents topic.
"""

from __future__ import annotations

import re

_PARENT_OF = re.compile(
    r"\b(?:mum|mom|mother|mam|mama|dad|father|papa|parent)\s+(?:of|to)\s+"
    r"(?:two|three|four|five|six|seven|[2-9])\b"
)
# The youngest (or "the last one", "the baby") is an age under 18: "the youngest is 8", "the last
# one just turned 6", "my youngest's 12". Not an age with "months" or a grown one ("is 30").
_YOUNGEST_AGE = re.compile(
    r"\b(?:the|my|our)\s+(?:youngest|last(?:\s+(?:one|born))?|baby(?:\s+of\s+the\s+family)?)"
    r"(?:'s|\s+is|\s+just\s+turned|\s+turned|\s+is\s+only|\s+is\s+just)\s+"
    r"(?:1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s*(?:months?|weeks?|days?|grand|kids|children|\w+\s+grand))"
)

# The respondent describes themself: the parent word opens its clause or follows "I'm a" ("Woman.
# Mum of three", "I'm a busy mum of two"), not "my mum's a mother of three" or "she's a mum of 4".
_SELF_BEFORE = re.compile(
    r"(?:^|[,.;:!?\n]|\band\b)\s*(?:(?:i'?m|i am|im)\s+)?(?:(?:a|an|just|proud|busy|working"
    r"|single|tired|full-time|full time)\s+)*$"
)


def span(low: str) -> tuple[int, int] | None:
    """The span of the youngest child's age ("the youngest is 8") after "mum of three". The age
    is the reading's place, so that it outlasts the older children named between the two ("my
    first son is in university")."""
    if " of " not in low and " to " not in low:
        return None
    m = _PARENT_OF.search(low)
    if m is None or _SELF_BEFORE.search(low, 0, m.start()) is None:
        return None
    young = _YOUNGEST_AGE.search(low, m.end()) or _AT_SCHOOL.search(low, m.end())
    return None if young is None else (young.start(), young.end())


# The children all at school, said of them after "mother of two boys": "They are in primary
# school now", "both in year 3", "the kids are at nursery" (not "they're at university").
_AT_SCHOOL = re.compile(
    r"\b(?:they(?:'re| are)|both(?: of them)?(?: are)?|the (?:boys|girls|kids|children) are)\s+"
    r"(?:(?:now|still|both|all|only|just)\s+)*(?:in|at)\s+(?:(?:the|a)\s+)?(?:primary|elementary"
    r"|nursery|kindergarten|infants?|junior|middle|secondary|high|grade|prep|pre-?school"
    r"|year\s?(?:[1-9]|1[0-2])\b|p[1-6]\b)"
)

"""The respondent's own role in a couple, which names their gender.

A spouse filling the form in for the other one, or answering for the household, says which of
the two they are: "the wife's filling this in for me, I'm the husband", "I'm her husband",
"husband here, wife is typing", "as the wife I handle the bills". The husband is male and the
wife female. Another person's role is not the respondent's: "I'm the wife's brother", "my
husband here says hi", "I'm the husband's mum".
"""

from __future__ import annotations

import re

_ROLE = r"(?P<role>husband|hubby|wife|wifey|missus)"
_SPOUSE_SELF = re.compile(
    r"\b(?:i'?m|i am|im|as)\s+(?:the|her|his|their|your)\s+" + _ROLE + r"\b(?!'|\s+of\b)"
    r"|(?:^|[,.;!?]\s*)" + _ROLE.replace("role", "here") + r"\s+here\b"
)
_GENDER = {"husband": "male", "hubby": "male", "wife": "female", "wifey": "female"}


def spouse_self(low: str) -> tuple[str, int, int] | None:
    """(gender, start, end) of the spouse's role the respondent says they are."""
    if "husband" not in low and "hubby" not in low and "wife" not in low and "missus" not in low:
        return None
    m = _SPOUSE_SELF.search(low)
    if m is None:
        return None
    role = m.group("role") or m.group("here")
    return (_GENDER.get(role, "female"), m.start(), m.end())

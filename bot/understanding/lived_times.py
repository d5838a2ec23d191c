"""Whether the service dates from a move or a wedding told with its time.

Time lived somewhere or married ("在广州住了快十年了", "married 40 years, but with you... no
idea", "lived in canada 8 yrs but only switched to u recently") is no time with us, even when it
is the only amount said: the respondent tells of a home or a marriage, not of the service. Only
when the message ties the start of the service to that move or wedding ("搬过来三年了，一搬来就
装了", "搬来两年，一来就办了", "lived here 4 years, got it installed when we moved in") is the
amount also the time with us.
"""

from __future__ import annotations

import re

# The service begun at the move or the wedding: "一搬来就装了", "结婚就办了", "搬过来当天就开通了",
# "got it when we moved in", "set it up the week we moved", "since we moved in", "ever since".
_FROM_THEN = re.compile(
    r"(?:搬|住进|入住|结婚)[^,，。；！？]{0,6}?就(?:装|办|开通|开|接|拉|用上?|换|转)"
    r"|一(?:搬)?(?:来|到|过来|进来)就(?:装|办|开通|开|接|拉|用上?|换|转)"
    r"|\b(?:since|when|the (?:day|week|month)) (?:i|we) (?:moved|got married|married)\b"
    r"|\bever since\b|\bthe whole time\b|\ball along\b"
)


def service_from_then(low: str) -> bool:
    """The (lower-cased) message ties the start of the service to the move or the wedding."""
    return _FROM_THEN.search(low) is not None

"""Whether the service dates from a move or a wedding told with its time.

Time lived somewhere or married ("在广州住了快十年了", "married 40 years, but with you... no
idea", "lived in canada 8 yrs but only switched to u recently") is no time with us, even when it
is the only amount said: the respondent tells of a home or a marriage, not of the service. Only
when the message ties the start of the service to that move or wedding ("搬过来三年了，一搬来就
装了", "搬来两年，一来就办了", "lived here 4 years, got it installed when we moved in") is the
amount also the time with us.

A start date said of the home is the same: "We've been in this bungalow in Prestatyn since 1994",
"lived here since 2001", "住这儿从2005年起" date the home ("been in Leeds since 2005, with you
since 2015" → 2015). A customer's words between the home and the date keep it ours ("lived here
since 2010, been with you since then"; "in this house since 1994 and with you the whole time" ties
the service to the move).
"""

from __future__ import annotations

import re

from bot.understanding.tenure import duration_cues
from bot.understanding.tenure.durations import Duration

# The service begun at the move or the wedding: "一搬来就装了", "结婚就办了", "搬过来当天就开通了",
# "got it when we moved in", "set it up the week we moved", "since we moved in", "ever since".
_FROM_THEN = re.compile(
    r"(?:搬|住进|入住|结婚)[^,，。；！？]{0,6}?就(?:装|办|开通|开|接|拉|用上?|换|转)"
    r"|一(?:搬)?(?:来|到|过来|进来)就(?:装|办|开通|开|接|拉|用上?|换|转)"
    r"|\b(?:since|when|the (?:day|week|month)) (?:i|we) (?:moved|got married|married)\b"
    r"|\bever since\b|\bthe whole time\b|\ball along\b"
    r"|\b(?:with (?:you|u|us)|customers?|signed up|joined) (?:ever )?since then\b"
)


def service_from_then(low: str) -> bool:
    """The (lower-cased) message ties the start of the service to the move or the wedding."""
    return _FROM_THEN.search(low) is not None


# The home before a start date in its clause: "lived here since", "been in this bungalow in
# Prestatyn since", "been in Leeds since", "在这儿住", "住在这".
_HOME_BEFORE = re.compile(
    r"\b(?:lived|living|resided|settled|been (?:living |based )?in (?!(?:touch|contract|credit|debt"
    r"|arrears|the red|charge|business|bed|hospital|pain)\b))"
    r"|住|搬"
)
# Words of being a customer, between the home and the date: "with you", "signed up".
_CUSTOMER_BETWEEN = re.compile(
    r"\b(?:with (?:you|u|ye|us|starlink)|customer|signed|joined|switched|using|connected"
    r"|installed|had (?:it|the (?:line|broadband|internet))|got (?:it|the (?:line|broadband)))\b"
    r"|用|办|装|开通|入网"
)
_CLAUSE_BREAK = re.compile(r"[,.;!?，。；！？]")


def of_home(low: str, d: Duration) -> bool:
    """The amount or start date `d` is time lived or married: "住了十年", "married 5 years" (with
    no customer's words), or a start date of the home ("lived here since 1994")."""
    if not d.tenure_cue:
        return duration_cues.of_life(low, d.start)
    clause = _CLAUSE_BREAK.split(low[: d.start])[-1]
    homes = [m.end() for m in _HOME_BEFORE.finditer(clause)]
    return bool(homes) and _CUSTOMER_BETWEEN.search(clause, homes[-1]) is None

"""Declining to answer here in favour of another channel: a refusal.

"I would prefer to submit my feedback through the formal complaints channel rather than this
survey", "I'd rather raise it with customer care directly than here", "I'll take it up with the
ombudsman, not here" turn the question down: the answer is kept for somebody else. A message that
names the service or a fault of it while saying so ("I'd rather raise the dropping wifi with
your support than this survey") has given its answer and is no refusal; a preference between
other things ("I'd rather pay by card than through the app") is none either.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, SERVICE

_HERE = (
    r"(?:(?:in|through|via|on)\s+)?(?:here|this\s+(?:survey|chat|bot|questionnaire|form"
    r"|conversation|thing)|(?:a|the)\s+(?:survey|chat|bot|questionnaire|form))"
)
_KEPT = re.compile(
    r"\b(?:prefer|rather|like|want|wish)\s+to\s+(?:submit|give|send|raise|file|lodge|take|put"
    r"|make|share|register|pursue|escalate)\b[^.!?]{0,70}?\b(?:rather than|instead of|than)\s+"
    + _HERE
    + r"|\b(?:i'?d|i would|i'?ll|i will)\s+(?:rather\s+)?(?:raise|take|put|give|send)\s+(?:it|this"
    r"|that|them|my (?:feedback|complaints?|concerns?))\s+(?:up\s+)?(?:with|through|via|to)\s+"
    r"[^.!?]{1,40}?,?\s+(?:not|rather than|instead of|than)\s+" + _HERE + r"\b"
)
# Whom it is kept for: "customer service", "your support team" name no grievance.
_STAFF = re.compile(
    r"\b(?:customer (?:service|care|support|relations)|(?:your |the )?support(?: team)?"
    r"|(?:your |the )?complaints? (?:team|department|channel|process|line))\b"
)
_CHEAP = ("rather", "instead", "not here", "prefer")
_YOU = frozenset(("you", "your"))


def kept_for_elsewhere(low: str) -> list[re.Match[str]]:
    """The phrases keeping the answer for another channel, when the message names neither the
    service nor a fault of it."""
    if not any(w in low for w in _CHEAP):
        return []
    found = list(_KEPT.finditer(low))
    rest = _STAFF.sub(" ", low)
    if not found or FAULT.search(rest):
        return []
    if any(m.group() not in _YOU for m in SERVICE.finditer(rest)):
        return []
    return found

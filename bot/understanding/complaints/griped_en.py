"""English complaints that the word lists of `grievances` miss: a fault played down first, a
speed paid for and not got, and a call passed around.

- Played down, then named: "nothing major, just that the modem light blinks orange half the day",
  "not much, only that the router drops at night" (a complaint all the same; "nothing major, just
  busy" names nothing of the service and stays vague).
- Paid for one speed, given another: "paying for 500 and getting about 80 on a good day", "we pay
  for 100 meg but get 20".
- A call passed around or cut off by staff: "the young man transferred me four times and then hung
  up", "got passed from pillar to post", "they hung up on me" (not "nobody hung up on me", nor
  "my son hung up on me", somebody else's doing).
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, OTHER_PARTY

# A fault played down, then named: "nothing major, just that …".
_PLAYED_DOWN = re.compile(
    r"^\s*(?:nothing|not much|not a lot|no(?:thing)? big deal)\s*(?:major|big|serious|much|really"
    r"|huge|terrible|dramatic)?\s*[,.;:-]*\s*(?:just|only|except|apart from|other than|bar|but)"
    r"\s+(?:that|for|the fact that|maybe|how)?\s*(?P<rest>.+)$"
)
# Named parts of the kit and faults in plain words (beside `grievances`).
_KIT = re.compile(
    r"\b(?:modem|router|hub|box|light|lights|wi-?fi|internet|signal|connection|line|speed|bill"
    r"|price|upload|download|calls?|app|tv|channels?|data)\b"
)
_KIT_FAULT = re.compile(
    r"\b(?:blinks?|blinking|flashes|flashing|flickers?|drops?|dropping|cuts? out|buffers?"
    r"|buffering|lags?|freezes?|slow|dies|resets?|reboots?|goes (?:out|off|down)|red|orange"
    r"|patchy|spotty|dodgy|flaky|laggy|pricey|dear|expensive)\b"
)
# Paid for one speed, given another: "paying for 500 and getting about 80".
_PAID_FOR = re.compile(
    r"\b(?:pay(?:ing)?|paid)\s+for\s+(?:the\s+)?(?P<paid>\d+)\s*(?:mb(?:ps|/s)?|meg(?:s|abits?)?"
    r"|gig)?\b[^.?!]{0,20}?\b(?:and|but|yet|only)\s+(?:i'?m\s+|we'?re\s+|i\s+|we\s+)?(?:only\s+)?"
    r"(?:get(?:ting)?|got|seeing|see)\s+(?:about\s+|around\s+|maybe\s+|like\s+|barely\s+"
    r"|only\s+)?(?P<got>\d+)\b"
)
# A call passed around, or cut off, by staff.
_PASSED_AROUND = re.compile(
    r"\b(?<!nobody )(?<!no one )(?<!never )(?:transferred|passed|bounced|put)\s+(?:me|us)\s+"
    r"(?:through\s+|around\s+|about\s+)?(?:(?:two|three|four|five|six|several|many|\d+|multiple"
    r"|a (?:few|dozen)) times|around|about|from pillar to post|round and round)"
)
_HUNG_UP = re.compile(r"\b(?<!nobody )(?<!no one )(?<!never )(?<!n't )hung up on (?:me|us)\b")
_CHEAP = ("nothing", "not much", "not a lot", "big deal", "pay", "transferred", "passed",
          "bounced", "put me", "put us", "hung up")  # fmt: skip


def griped(low: str) -> bool:
    """The English answer names a fault of the service that the general words miss."""
    if not low.isascii() or not any(w in low for w in _CHEAP):
        return False
    down = _PLAYED_DOWN.match(low)
    if down:
        rest = down.group("rest")
        if FAULT.search(rest) or (_KIT.search(rest) and _KIT_FAULT.search(rest)):
            return True
    paid = _PAID_FOR.search(low)
    if paid and int(paid.group("got")) < int(paid.group("paid")):
        return True
    if _PASSED_AROUND.search(low):
        return True
    return _HUNG_UP.search(low) is not None and OTHER_PARTY.search(low) is None

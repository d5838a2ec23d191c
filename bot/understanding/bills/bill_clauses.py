"""Where the clause of an amount ends and begins when "and" joins two costs.

"rent is $1800 a month and the phone bill is 60", "the gym is 30 a month and the broadband is
45", "mortgage is 1200 and my phone is 50": each cost has a subject of its own, and "and" with a
new subject after it ("and the", "and my", "and internet") parts the two clauses as a comma
would. The rent's clause then holds no word of the service, so the rent is no bill, and the
phone's clause holds no rent, so the phone's amount is the bill. Without an amount before the
"and", the words joined are one subject ("rent and phone come to 1900", "I pay 60 for the phone
and the internet").
"""

from __future__ import annotations

import re

from bot.understanding.bills import plus_costs

# After an amount: "and" before a new subject ends its clause ("paying 95 a month and my landlord
# put the rent up", "1800 a month and the phone bill is 60", "900 and internet is 50").
_AND_NEW_SUBJECT = re.compile(
    r"\s+and\s+(?=(?:my|his|her|their|our|i|he|she|they|we|the)\b"
    r"|(?:internet|broadband|phone|mobile|wi-?fi|landline|fib(?:re|er)|cable|tv)\b)"
)
# Before an amount: a new subject after "and" opens its clause ("... and the phone bill is 60",
# "... and my phone is 50", "... and internet's 50").
_AND_SUBJECT_BEFORE = re.compile(
    r"\band\s+(?:(?:the|my|our)\s+)?(?:[a-z'-]+\s+){0,3}?[a-z'-]*?"
    r"(?:\s+is|\s+was|\s+are|'s|\s+costs?|\s+runs?(?:\s+me)?|\s+comes?\s+to)"
    r"\s+(?:about|around|like|roughly|only|just)?\s*(?:[$£€¥]\s*)?$"
)
# An amount said before the "and": the costs joined are separate ones.
_AMOUNT_BEFORE = re.compile(
    r"\d|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand)\b"
)


def narrowed(low: str, start: int, num_start: int, num_end: int, end: int) -> tuple[int, int]:
    """The clause `start`..`end` around the amount at `num_start`..`num_end`, cut at an "and"
    that opens a new subject after the amount or, when an amount stands before it, before."""
    end = plus_costs.cost_after(low, num_end, end)  # "50 a month plus 10 for netflix"
    start = plus_costs.total_from(low, start, num_start)  # "... plus 10 for netflix so 60"
    if " and " not in low:
        return start, end
    m = _AND_NEW_SUBJECT.search(low, num_end, end)
    if m:
        end = m.start()
    b = _AND_SUBJECT_BEFORE.search(low, max(start, num_start - 48), num_start)
    if b and _AMOUNT_BEFORE.search(low, start, b.start()):
        start = b.start() + 3
    return start, end

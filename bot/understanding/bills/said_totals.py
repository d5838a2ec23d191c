"""A total said with words that may also just point back at what came before.

After the parts of a bill, "that's", "thats", "that is", "making it", "makes it", "which
makes", "那就是" and "也就是" introduce their sum as well as "so" or "一共" do: "45 for
broadband plus 25 for my mobile that's 70", "50 plus 10 for netflix, making it 60", "35 for
the phone and 40 for the wifi which makes 75". The same words also comment on a single
amount ("that's 45 for broadband", "$210 a month, and that's with 5 lines on it") or give a
price per something else ("39.99 a month, that's £1.85 a carton"), so the amount after them
is a total only when:

- an amount came before it (a total sums something);
- it is not less than any amount before it ("60 a month, that's 2 a day" is no total);
- it pays for nothing of its own ("that's 45 for broadband" is a part; "that's 70 for both",
  "that's 70 for everything" is the total).
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

_CHEAP = ("that", "making", "makes", "就是")
_MARK_BEFORE = re.compile(
    r"(?:\b(?:that'?s|that’s|thats|that is|(?:making|makes)(?: it)?|which makes(?: it)?)"
    r"|(?:那|也|这)就是)"
    r"\s*(?:about|around|roughly|like|just|only|nearly|almost|over|大概|差不多|大约)?"
    r"\s*(?:[$£€¥₹₱₦]|rs\.?|r|rm)?\s*$"
)
# After the amount: it pays for a thing of its own ("that's 45 for broadband"), unless that thing
# is all of them ("that's 70 for both", "for the lot", "for everything").
_FOR_AFTER = re.compile(
    r"\s*(?:dollars?|bucks|quid|pounds?|euros?|rand|rupees?)?"
    r"\s*(?:(?:a|per|each|every) month|monthly|a mo|/\s*mo(?:nth)?|pm|p/m)?"
    r"\s*(?:for|on)\s+(?!(?:both|everything|all\b|the (?:lot|two|whole|both)|it all|the lot)\b)"
)


def said_total(low: str, num: Num, value: float, before: list[float]) -> bool:
    """Is the amount at `num` (worth `value` a month) a total said after "that's", "making it" or
    "which makes", the amounts before it being worth `before`?"""
    if not before or not any(w in low for w in _CHEAP):
        return False
    if not _MARK_BEFORE.search(low, max(0, num.start - 24), num.start):
        return False
    if value < max(before):
        return False
    return not _FOR_AFTER.match(low, num.end)

"""A second cost joined to an amount with "plus": "50 a month plus 10 for netflix", "£50 + £10
for Spotify", "45 a month and another 15 for amazon prime", "30 for netflix and 50 for the
broadband".

The thing after "for" is what the second amount pays for, not the first: the first amount's clause
ends where "plus N for ..." starts, so a streaming service, the gym or another expense named there
does not make the first amount another expense ("50 a month plus 10 for netflix" → 50), while the
second amount keeps its own reading ("broadband's 45 plus 20 for my mobile" still adds the mobile);
what the first amount pays for ("30 for netflix plus ...") stays in its own clause.
A total said after them ("50 plus 10 for netflix so 60 all in") opens a clause of its own.
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

_CHEAP = ("plus", "+", " and ", " with ")
_NUMBER = (
    r"(?:[$£€¥₹₱₦]|r|rm|rs\.?|ksh\.?)?\s*(?:\d[\d,]*(?:\.\d+)?"
    r"|(?:a\s+)?(?:tenner|fiver|few quid|couple (?:of )?quid)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
# Right after the first amount (its unit and period allowed): "plus", "+", "and" or "with" and a
# second amount paid "for" or "on" something.
_PLUS_COST = re.compile(
    r"\s*(?:dollars?|bucks|quid|pounds?|euros?|rand|rupees?)?"
    r"\s*(?:(?:a|per|each|every) month|monthly|a mo|/\s*mo(?:nth)?|pm|p/m)?"
    # what the first amount pays for: "30 for netflix plus 50 for the broadband"
    r"(?:\s+(?:for|on)\s+[a-z+'&-]+(?:\s+[a-z+'&-]+){0,3}?)?"
    r"(\s*(?:plus|\+|and|with)\s+(?:(?:another|an extra|a further|extra)\s+)?"
    + _NUMBER
    + r"\s*(?:dollars?|bucks|quid|pounds?|euros?|rand|rupees?)?"
    r"\s*(?:(?:a|per) month\s+|monthly\s+)?(?:for|on)\s)"
)

# A total said after the costs: "so 60 all in", "that's 60", "making it 60", "= 60".
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:so|that'?s|thats|which is|which makes|making(?: it)?|makes(?: it)?|comes to"
    r"|total(?: of)?)|=)\s*(?:about|around|roughly|like|just|only)?\s*(?:[$£€¥₹]|r|rm)?\s*$"
)


def cost_after(low: str, num_end: int, clause_end: int) -> int:
    """Where a second cost joined with "plus" after the amount ending at `num_end` starts, or
    `clause_end`."""
    if not any(w in low for w in _CHEAP):
        return clause_end
    m = _PLUS_COST.match(low, num_end, clause_end)
    return clause_end if m is None else m.start(1)


def total_from(low: str, clause_start: int, num_start: int) -> int:
    """Where the total at `num_start` opens its clause, when costs joined with "plus" come before
    it in the clause ("50 plus 10 for netflix so 60 all in"), or `clause_start`."""
    if not any(w in low for w in _CHEAP):
        return clause_start
    m = _TOTAL_BEFORE.search(low, clause_start, num_start)
    if m is None or _PLUS_COST.search(low, clause_start, m.start()) is None:
        return clause_start
    return m.start()


# A clause that opens with "that's" and an amount points back at the clause before it; when that
# clause joins costs with "plus", it sums them ("50 plus 10 for netflix, that's 60") and is of
# the kind of the first cost ("50"), not of what the costs added pay for ("for netflix").
_THATS_OPENING = re.compile(r"[\s,.;]*(?:so\s+)?(?:that'?s|that’s|thats|that is)\b")


def first_cost_end(low: str, end: int) -> int:
    """Where the first cost of the clause ending at `end` ends, when that clause joins costs with
    "plus" and a clause opening with "that's" follows ("50 plus 10 for netflix| that's 60"), or
    `end`."""
    if "that" not in low or not any(w in low for w in _CHEAP):
        return end
    if not _THATS_OPENING.match(low, end):
        return end
    m = _PLUS_COST.search(low, end - len(clause_before(low, end)), end)
    return end if m is None else m.start(1)

"""A term or a rhythm said of a pass, a ticket or a subscription, not of the plan.

Asked about the contract, "I'm on the monthly bus pass", "I buy a monthly travelcard", "I've got a
monthly parking permit", "the annual travel pass", "a yearly subscription to the paper" name how
something else runs: no plan with us. The thing comes right after the term word, with at most two
words between that are not the plan's own ("I'm on the monthly phone plan", "the monthly one",
"monthly sim only" stay the plan).
"""

from __future__ import annotations

import re

_PLAN_WORD = r"(?:phone|mobile|cell|plan|contract|deal|sim|broadband|internet|wifi|line|data|one)\b"
_PASS_AFTER = re.compile(
    r"(?:\s+|\s*-\s*)(?:(?!" + _PLAN_WORD + r")[a-z]+\s+){0,2}?"
    r"(?:(?:bus|train|rail|tube|metro|subway|transit|travel|season|commuter|student|ski|museum|zoo)"
    r"\s*(?:pass|ticket|card)|pass|passes|ticket|tickets|travel\s?card|oyster|permit|parking"
    r"|subscription|subscriptions|magazine|newspaper)\b"
)
_CHEAP = ("pass", "ticket", "card", "oyster", "permit", "parking", "subscri", "magazine", "paper")


def pass_after(low: str, end: int) -> bool:
    """The term word ending at `end` describes a pass, a ticket or a subscription after it."""
    if not any(w in low for w in _CHEAP):
        return False
    return _PASS_AFTER.match(low, end) is not None

"""Words mentioned as words, not used: "my phone keeps turning spouse into spice".

People complain about autocorrect and typing in the middle of an answer. The word being changed
or typed says nothing about the respondent: "autocorrect changed husband to hub" has no husband
in it. A topic word right after a verb of changing or typing and right before "into" or "to" (the
word it became) is such a mention; "my kids turned my room into a playroom" and "my wife changed
to EE" use theirs.
"""

from __future__ import annotations

import re

# The verb that takes the word as its object: "turning spouse", "changed husband", "typing wife".
_CHANGE_BEFORE = re.compile(
    r"\b(?:turn|turns|turned|turning|change|changes|changed|changing|correct|corrects|corrected"
    r"|correcting|autocorrects?|autocorrected|autocorrecting|swap|swaps|swapped|swapping|typing"
    r"|typed|types|spell|spells|spelt|spelled|spelling)\s+$"
)
# What it became: "into spice", "to hub", "as hubs".
_BECAME_AFTER = re.compile(r"(?:'s)?\s+(?:in)?to\b|(?:'s)?\s+as\s+[a-z]+\b")


def mentioned(low: str, start: int, end: int) -> bool:
    """The word at `start`..`end` is named as a word that was changed or typed."""
    return (
        _CHANGE_BEFORE.search(low, max(0, start - 16), start) is not None
        and _BECAME_AFTER.match(low, end) is not None
    )

"""A pastime never missed: "never miss a hockey game", "don't miss a single match".

The lexicon reads "never" or "don't" before a phrase as its denial ("never play golf"). Said of
missing one, the two negatives make a habit: someone who never misses a hockey game follows
hockey. Only a missed occasion counts ("a game", "an episode", "any match"): "don't miss the old
DSL" still denies the DSL, and "never missed a payment" names no option at all.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

# The negated "miss" and an occasion's article, up to the hit ("never miss a single Leafs
# hockey game", "hardly ever miss an episode of").
_NEVER_MISS = re.compile(
    r"\b(?:never|don'?t|do not|doesn'?t|won'?t|can'?t|cannot|rarely|hardly ever|seldom)\s+"
    r"miss(?:es|ed)?\s+(?:out\s+on\s+)?(?:a|an|any|one)\s+(?:single\s+)?(?:[\w'-]+\s+){0,3}$"
)


def kept_habits(hits: list[Hit], low: str) -> list[Hit]:
    """Hits negated only by a "never miss a …" before them lose the negation."""
    if "miss" not in low:
        return hits
    for hit in hits:
        if hit.negated and _NEVER_MISS.search(low, max(0, hit.start - 60), hit.start):
            hit.negated = False
    return hits

""" "Running" that is no running for fitness.

The survey's synonyms put "running" under fitness, but the word also chases children and pets
("two toddlers running around", "running after the kids"), hurries ("always running late",
"running errands", "running out of time") and manages ("running the shop", "running a business").
"I go running", "running and yoga" and "running the London marathon" stay a pastime.
"""

from __future__ import annotations

import re

# What follows "running" when it is no sport: hurry, chores, shortage, chasing, management.
_AFTER = re.compile(
    r"\s+(?:late\b|behind\b|errands?\b|out of\b|low on\b|short of\b|on empty\b"
    r"|(?:a|an)?round after\b|about after\b|after\s+(?:the|my|our|his|her|two|three|\d+)?\s*"
    r"(?:kids?|children|toddlers?|babies|baby|twins|grandkids|little ones|dogs?|puppy|puppies)\b"
    r"|(?:a)?round like\b|about like\b"
    # managing: "running the shop", "running a business" (not "running the London marathon")
    r"|(?:a|an|the|my|our|his|her)\s+(?!(?:[a-z]+\s+)?(?:half[- ])?(?:marathon|race|5k|10k"
    r"|parkrun|ultra|mile|relay|track|trail)s?\b)[a-z]+)"
)
_AROUND = re.compile(r"\s+(?:a)?round\b|\s+about\b")
# Children or pets just before "running around": "two toddlers running around", "狗" has no sense
# of "running" in English, so only the English words are listed.
_YOUNG_BEFORE = re.compile(
    r"\b(?:kids?|children|toddlers?|babies|twins|grandkids|little ones|boys|girls|dogs?"
    r"|puppies|pups?)\s+(?:(?:are|is|always|constantly|just|all)\s+)*$"
)


def not_running(low: str, start: int, end: int, before: str) -> bool:
    """The "running" at `start`..`end` (`before`: its clause up to it) is no fitness pastime."""
    if low[start:end] != "running":
        return False
    if _AFTER.match(low, end):
        return True
    return bool(_AROUND.match(low, end) and _YOUNG_BEFORE.search(before))

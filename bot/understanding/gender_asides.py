"""Gender words that, by what surrounds them, say nothing of the respondent's gender.

- An exclamation: "oh boy", "boy oh boy", "man oh man", "oh man, these questions" (a gender
  word said to nobody).
- A titled name owning something: "Mrs Brown's Boys is on", "Mr Smith's shop" (a show, a person
  or a place talked about; "I'm Mrs Brown", "Mrs Smith here" still describe the respondent).
- A parent word as the subject of a sentence about that parent: "Mum's the one who pays", "mum
  is on the phone", "Dad does the bills" ("mum here", "mum of two", "I'm a mum" stay).
- In Chinese, a person who does something for the respondent: "单位小姑娘帮我弄的", "小伙子给我装的"
  (the respondent is the one helped, the gender word somebody else).
"""

from __future__ import annotations

import re

_EXCLAIMED = re.compile(
    r"\b(?:oh|ohh|o)\s+(?:boy|man|girl)\b|\b(?:boy|man)\s*,?\s+oh\s+(?:boy|man)\b"
)
_TITLES = frozenset(("mrs", "mr", "ms", "miss", "mister"))
_OWNED_AFTER = re.compile(r"\.?\s+[a-z][a-z\-]*(?:'s|’s|s')(?=\s|$|[,.!?])")
_PARENTS = frozenset("mum mom mam mother dad father".split())
# the parent as subject: "'s" (is, has) or a verb in the third person
_SUBJECT_AFTER = re.compile(
    r"(?:'s|’s)\s+(?!here\b|of\b)|\s+(?:is|was|does|did|has|had|pays|paid|says|said|handles"
    r"|sorts|deals|looks|takes|gets|wants|thinks|uses|set|sets|signed|bought)\b"
)
# "帮我弄的", "给我装的": the person named does something for the respondent
_FOR_ME_AFTER = re.compile(r"(?:们)?\s*(?:都|也|就|刚|又)?(?:帮|给|替|教|带)(?:我|俺)")


def not_own(low: str, start: int, end: int) -> bool:
    """The gender word at `low[start:end]` is an exclamation, part of a titled name that owns
    something, a parent talked about, or a person who does something for the respondent."""
    word = low[start:end]
    if word.isascii():
        if word in ("boy", "man", "girl") and _near_exclamation(low, start, end):
            return True
        if word in _TITLES and _OWNED_AFTER.match(low, end):
            return True
        if word.endswith(("'s", "’s")):  # "mum's" read as one word
            word, end = word[:-2], end - 2
        return word in _PARENTS and _SUBJECT_AFTER.match(low, end) is not None
    return _FOR_ME_AFTER.match(low, end) is not None


def _near_exclamation(low: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _EXCLAIMED.finditer(low))

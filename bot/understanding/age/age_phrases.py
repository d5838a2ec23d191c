"""English set phrases for an age that hold no plain number: "the big four-oh", "three score and
ten", "a quarter century"; and "at 85" said of the respondent now: "At 85 I need all the help I
can get", "never needed it at 84" (not a past event: "I left school at 16", "retired at 65").

The number readers see "four-oh" as a 4 and "three score and ten" as a 10, so these phrases are
read here, whole, and given to `quantities.ages` as marked ages (the Chinese set phrases, "而立",
"花甲", are in `quantities`). Kept apart because `quantities` is near its size limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.numerals.numbers import Num

_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_UNIT = "|".join(_UNITS)
# "the big four-oh", "the big 4-0", "the big five o", "the big 5 0": a round birthday
# (not "a big 40 inch telly": the digits are said apart)
_BIG_O = re.compile(
    rf"\bbig\s+(?:(?P<w>{_UNIT})[\s-]*(?:oh|o|0)|(?P<d>[2-9])\s*(?:-\s*|\s+)(?:oh|o|0))\b"
)
# "three score and ten", "threescore years and ten", "four score": a score is twenty
_SCORE = re.compile(
    rf"\b(?P<s>{_UNIT})[\s-]*score(?:\s+(?:years\s+)?and\s+(?P<u>ten|five|{_UNIT}))?\b"
)
_SCORE_UNITS = {**_UNITS, "ten": 10, "five": 5}
# "a quarter century", "a quarter of a century", "half a century", "half a century old"
_CENTURY = re.compile(
    r"\b(?:(?:a\s+)?quarter(?:\s+of\s+a|-)?\s*century|half\s+a\s+century|half-century)\b"
)
# "… century" as an age said of something else: "a quarter century with you", "half a century of
# marriage", "in business for a quarter century"
_CENTURY_NOT_AGE = re.compile(r"\s*(?:of\b|with\b|at\b|in\b|ago\b|since\b|together\b|married\b)")
_CENTURY_TIME_BEFORE = re.compile(
    r"\b(?:for|over|after|nearly|almost|been|spent|married|together|lived|worked)\s+$"
)


# "At 85 I need…", "at 90, I don't bother": the age opens a sentence said in the present
_AT_AGE_NOW = re.compile(
    r"(?:^|[.!?;]\s*)at\s+(?P<n>[2-9]\d|1[01]\d)\s*,?\s+(?:i'm|i am|i\s+(?:just|still|really"
    r"|do|don't|can't|cannot|have|need|find|struggle|reckon|think|want|feel|get|take"
    r"|won't|doubt|know))\b"
    # "never needed it at 84", "don't need one at 90": a need never had, said up to now
    r"|\b(?:never|don't|do not|hardly)\s+(?:needed|need|used|bothered|wanted|had)\b[^.!?;,]{0,24}"
    r"\s+at\s+(?P<m>[5-9]\d|1[01]\d)\s*(?:$|[.!?;]|,?\s*(?:now|mate|love|dear|lol|haha)\b)"
)


def phrase_ages(low: str, nums: Sequence[Num] = ()) -> list[tuple[int, int, int]]:
    """(age, start, end) of each English set phrase for an age in `low`; a round birthday near
    an age said in `nums` is one ahead or behind, no age ("mi 59, soon reach di big six-oh")."""
    out: list[tuple[int, int, int]] = []
    if "big" in low:
        for m in _BIG_O.finditer(low):
            tens = _UNITS[m.group("w")] if m.group("w") else int(m.group("d"))
            if any(
                tens * 10 - 3 <= n.value < tens * 10 + 10 and n.value != tens * 10 for n in nums
            ):
                continue  # "39 and dreading the big four-o", "hit the big 4-0 last year, 42 now"
            out.append((tens * 10, m.start(), m.end()))
    if "score" in low:
        for m in _SCORE.finditer(low):
            extra = _SCORE_UNITS[m.group("u")] if m.group("u") else 0
            out.append((_UNITS[m.group("s")] * 20 + extra, m.start(), m.end()))
    if "at " in low:
        for m in _AT_AGE_NOW.finditer(low):
            key = "n" if m.group("n") else "m"
            out.append((int(m.group(key)), m.start(key), m.end(key)))
    if "century" in low:
        for m in _CENTURY.finditer(low):
            if _CENTURY_NOT_AGE.match(low, m.end()) or _CENTURY_TIME_BEFORE.search(
                low, 0, m.start()
            ):
                continue
            out.append((50 if "half" in m.group() else 25, m.start(), m.end()))
    return out

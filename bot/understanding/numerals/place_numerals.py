"""Numeral characters and number words that are part of a place name are no numbers.

Many place names hold a numeral: "十堰", "三亚", "六盘水", "万州", "百色", "五道口", "马六甲",
"Five Dock", "Thousand Oaks", "Seven Sisters". Read character by character, "我在十堰" held a 10
and "住九江" a 9, which then filled the asked age, tenure, spend or rating. Every name the city
lexicon finds is such a place, and so are the well-known places below that the gazetteer leaves
out (a mountain, a county-level town, a ring road, a square, or a name that is a common word too).
A number only inside the name is dropped; a number that runs past it stays ("二十九江西人": 二十九,
not 九江; "两万宁可不要"), and so do numbers next to it ("十堰，二十八", "三亚住了3年").

In English, a number before a plural noun may be a count ("I have seven sisters", "five ways to
save"): there the name must be written as a name ("Seven Sisters") or follow a word that places
somebody ("in", "from", "near"); before a singular noun ("Five Dock") it is always the name.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit
from bot.understanding.literal_gates import gated
from bot.understanding.numerals.numbers import Num

# Places with a numeral that the gazetteer does not list (or lists only as weak words).
_ZH_PLACES = gated(
    "三明(?!治)|四会(?![儿员议])|三河|二七(?:区|广场)|万宁|五指山|八达岭|十里堡|九龙|九寨沟|五台山"
    "|三峡|三元里|五一广场|八一广场|[二三四五六]环(?=内|外|边|附近|路|旁|里|那|这|以|上|一带)"
)
_EN_PLACES = gated(
    r"\b(?:seven\s?oaks|seven sisters|seven dials|five dock|five ways|two rivers|three rivers"
    r"|nine elms|thousand oaks|twin falls)\b"
)
_EN_NUMBER = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand)\s"
)
# A word that places somebody just before the name: "live in Two Rivers", "from Three Rivers".
_PLACED_BEFORE = re.compile(r"\b(?:in|at|from|near|around|to)\s+$")


def _name_spans(low: str, surface: str, hits: list[Hit]) -> list[tuple[int, int]]:
    spans = [(h.start, h.end) for h in hits if any(e.kind == "city" for e in h.entries)]
    spans += [(m.start(), m.end()) for m in _ZH_PLACES.finditer(low)]
    spans += [(m.start(), m.end()) for m in _EN_PLACES.finditer(low)]
    return [(a, b) for a, b in spans if _is_name(low, surface, a, b)]


def _is_name(low: str, surface: str, start: int, end: int) -> bool:
    number = _EN_NUMBER.match(low, start)
    if number is None or not low[start:end].endswith("s"):
        return True  # Chinese, or "Five Dock": no count of anything
    words = surface[start:end].split()
    if len(surface) == len(low) and all(w[:1].isupper() for w in words):
        return True  # "Seven Sisters", written as a name
    return _PLACED_BEFORE.search(low, max(0, start - 12), start) is not None


def drop_place_numerals(low: str, surface: str, hits: list[Hit], nums: list[Num]) -> list[Num]:
    """`nums` without the numbers that lie wholly inside a place name."""
    if not nums:
        return nums
    spans = _name_spans(low, surface, hits)
    if not spans:
        return nums
    return [n for n in nums if not any(a <= n.start and n.end <= b for a, b in spans)]

"""English prices said in words, where reading the words one by one misleads.

"nine ninety-nine" is a price in pounds and pence, 9.99 (a head of one or two stays hundreds:
"one twenty-five" is 125); "a buck fifty" is one of the unit and then its cents, 1.50; and in "one
or two hundred" the scale after the second number belongs to the first too, a range of 100-200.
The number reader (`numbers`) asks these while it groups words and merges ranges.
"""

from __future__ import annotations

_MONEY_UNITS = frozenset(("buck", "quid", "pound", "dollar", "euro"))
_SCALES = {"hundred": 100.0, "thousand": 1000.0, "grand": 1000.0}

Words = list[tuple[str, int, int]]


def units_follow(low: str, words: Words, j: int, ones: dict[str, int]) -> bool:
    """Ones joined to the tens word at `j` ("ninety-nine"): the pence of a price."""
    if j + 1 >= len(words) or not 1 <= ones.get(words[j + 1][0], 0) <= 9:
        return False
    return low[words[j][2] : words[j + 1][1]] in ("-", " ")


def one_of_unit(words: Words, i: int, ones: dict[str, int], tens: dict[str, int]) -> bool:
    """ "a buck fifty", "a quid twenty": the "a" at `i` is one of the unit, cents after it."""
    if i + 2 >= len(words) or words[i + 1][0] not in _MONEY_UNITS:
        return False
    cents = words[i + 2][0]
    return cents in tens or 1 <= ones.get(cents, 0) <= 99


def shared_scale(second: str, first_hi: float, second_lo: float) -> float:
    """The factor for the first number of a range whose second one ends in a scale word ("one
    or two hundred", "5 or 6 thousand"); 1 when the first stands on its own ("50 or 200")."""
    word = next((w for w in _SCALES if second.endswith(w)), None)
    if word is None or first_hi >= 10:
        return 1.0
    scale = _SCALES[word]
    return scale if first_hi * scale <= second_lo else 1.0

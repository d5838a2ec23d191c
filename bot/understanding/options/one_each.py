"""Different options said one each of two things: no single option of the respondent's.

"two phones, one monthly one yearly", "one phone's on a monthly, the other's on a two-year",
"one house has fibre, the other has DSL", "a monthly one and a yearly one", "一个月付一个两年",
"两张卡，一张月付一张年付": each option belongs to one of two lines, plans or homes, so neither is
the answer. It takes every option named to sit beside its "one" or "the other" ("一个",
"另一个"): "it was monthly, now it's one year" revises, and "monthly, the other one's a 2 year"
keeps the first as the respondent's own (read elsewhere).
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Entry, Hit

# "one", "the other", "another" in the words before an option, or "one" right after it
# ("a monthly one"); in Chinese a counted one ("一个", "一张", "另一个", "另外那张").
_EACH_EN = re.compile(r"\b(?:one|the other|another)\b")
# (not the article of "我的是一个两年的合约")
_EACH_ZH = re.compile(
    r"(?:另|另外)(?:那)?一?[个张台部条家套处]|(?<![是有签办])一[个张台部条家套处]"
)
_ONE_AFTER = re.compile(r"\s+one\b")
_BREAK = re.compile(r"[,.;!?，。；！？]")


def _marked(low: str, start: int, hit: Hit, after_before: bool) -> tuple[bool, bool]:
    """Has the option at `hit` its "one" in the words from `start` (the "one" of an option
    before that was marked by it, "the 2 year one, …", left out), or right after it? Also
    whether it was the one after."""
    window = low[start : hit.start]
    opening = _ONE_AFTER.match(window) if after_before else None
    if opening is not None:
        window = window[opening.end() :]
    if _EACH_EN.search(window) or _EACH_ZH.search(window):
        return True, False
    after = _ONE_AFTER.match(low, hit.end) is not None
    return after, after


def split_between(low: str, current: list[tuple[Hit, Entry]]) -> bool:
    """Two or more different options, each said of "one" of the things or "the other"."""
    if len({str(e.value) for _, e in current}) < 2:
        return False
    if not ("one" in low or "other" in low or "一" in low or "另" in low):
        return False
    previous = 0
    after_before = False
    for hit, _ in sorted(current, key=lambda c: c[0].start):
        start = previous
        breaks = list(_BREAK.finditer(low, previous, hit.start))
        if previous == 0 and breaks:
            start = breaks[-1].end()  # the first option's own clause
        marked, after_before = _marked(low, start, hit, after_before)
        if not marked:
            return False
        previous = hit.end
    return True


# "the other" or "另一张" before an option: the second of two things, beside the respondent's own.
_OTHER_EN = re.compile(r"\bthe other\b")
_OTHER_ZH = re.compile(r"(?:另|另外)(?:那)?一?[个张台部条家套处]")


def without_other_ones(low: str, cands: list[tuple[Hit, Entry]]) -> list[tuple[Hit, Entry]]:
    """Drop an option said of "the other" thing when a different option is said of none
    ("mine's monthly, the other one's a 2 year", "我的按月，另一张卡两年")."""
    if not ("other" in low or "另" in low):
        return cands
    other: list[tuple[Hit, Entry]] = []
    plain: list[tuple[Hit, Entry]] = []
    previous = 0
    for hit, entry in sorted(cands, key=lambda c: c[0].start):
        window = low[previous : hit.start]
        previous = hit.end
        if hit.negated:
            continue
        said_of_other = _OTHER_EN.search(window) or _OTHER_ZH.search(window)
        (other if said_of_other else plain).append((hit, entry))
    if not other or not plain or split_between(low, other + plain):
        return cands
    own = {str(e.value) for _, e in plain}
    if any(str(e.value) in own for _, e in other):
        return cands
    return [c for c in cands if c not in other]

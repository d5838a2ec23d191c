"""Whether a cue of a slot reaches a weak word said under another question.

A weak option word ("renew", "打球", "没有") fills a slot nobody asked about only with a cue of
that slot elsewhere in the message, in other words than its own; a time of leisure and a bare
negation need the cue in their own clause.
"""

from __future__ import annotations

import re

from bot.understanding import people
from bot.understanding.lexicon import Hit
from bot.understanding.options import nothing_as_subject, own_lines_zh


def cued(low: str, hit: Hit, cues: list[tuple[int, int]]) -> bool:
    """A cue of the slot in other words than the candidate itself ("renew every year" is no cue
    for "renew"); a bare "没有" needs it in its own clause ("真没有，…比我爸妈家那个长城宽带强"
    says nothing is wrong, not that there is no broadband)."""
    lo, hi = (0, len(low))
    if own_lines_zh.said_own(low, hit):
        return True  # "我用的是DSL", "老小区只能拉电话线": the respondent's own line
    if nothing_as_subject.as_subject(low, hit.start, hit.end):
        return False  # "speeds are nothing like what was advertised"
    if low[hit.start : hit.end] in _BARE_NEGATORS:
        lo, hi = _clause_span(low, hit.start, hit.end)
    return any(
        (end <= hit.start or start >= hit.end)
        and lo <= start < hi
        and (low[start:end] not in _TIME_CUES or _time_cue_reaches(low, start, end, hit))
        for start, end in cues
    )


# A time of leisure cues a pastime said in its own clause ("周末一般去打球", "平时嘛，看看书"),
# not anything elsewhere in the message: "我哥家小孩周末老来玩，把我家猫吓得…", "单身，周末加班，
# 回家喂猫" name no hobby.
_TIME_CUES = frozenset(("平时", "业余", "周末", "free time", "weekends", "weekend"))
# (only fillers around it: "平时嘛", "周末的话", "in my free time")
_CUE_FILLERS = re.compile(r"(?:的话|嘛|呢|啊|吧|里|一般|\bin my\b|\bon\b|\bat\b|\s)*")


def _time_cue_reaches(low: str, start: int, end: int, hit: Hit) -> bool:
    lo, hi = _clause_span(low, start, end)
    if lo <= hit.start < hi:
        return True
    # the cue is its own clause ("平时嘛，", "free time?"): it heads the clause after it
    stop = _BREAK.search(low, end)
    nxt = _BREAK.search(low, stop.end()) if stop else None
    return (
        stop is not None
        and _CUE_FILLERS.fullmatch(low, lo, start) is not None
        and _CUE_FILLERS.fullmatch(low, end, stop.start()) is not None
        and stop.end() <= hit.start < (nxt.start() if nxt else len(low))
    )


_BARE_NEGATORS = frozenset(("没有", "没", "无", "none", "nothing", "nothin", "no", "nope", "not"))
_BREAK = re.compile(r"[,.;!?，。；！？]")


def _clause_span(low: str, start: int, end: int) -> tuple[int, int]:
    """The clause around `start`..`end`."""
    lo = start - len(people.clause_before(low, start))
    stop = _BREAK.search(low, end)
    return lo, stop.start() if stop else len(low)

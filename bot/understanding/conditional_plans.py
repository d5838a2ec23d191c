"""An intention said under a condition in an answer to another question is "unsure".

Asked about something else, people add a plan with a condition ("如果再涨价，我就不续了", "3, and if
it doesn't improve I'm switching"): the plan depends on what happens, so it is "unsure", as the same
words are when the intention is asked (`choices.resolve_choice`). Only an "if" word before the
intention in its own sentence counts here, or a price cut asked for before it ("4, drop it by a
tenner and I'll stay", "7分，降十块我就续"), since other answers carry many words that read as
conditions ("可能", "might") without bearing on a plan.
"""

from __future__ import annotations

import re

from bot.understanding import intentions
from bot.understanding.lexicon import Entry, Hit

Candidate = tuple[Hit, Entry]

_IF_WORD = re.compile(r"\bif\b|\bunless\b|如果|要是|假如|假设|万一")
_SENTENCE_STOP = re.compile(r"[.!?。！？;；]")
_CHEAP = ("if", "unless", "如果", "要是", "假如", "假设", "万一")
# A cut asked for, then the decision: "drop it by a tenner and I'll stay", "降十块我就续".
_CUT_FIRST = re.compile(
    r"(?:^|[,.;!?，。]\s*)(?:just\s+)?(?:drop|lower|cut|knock|reduce|match)\b[^.!?;]{0,30}?"
    r"\band\s+(?:(?:i'?ll|i will|we'?ll|we will|i'?d|i would)\s+(?:\w+\s+)?)?$"
    r"|(?:降|便宜|少收|减)(?:一?点|一?些|[一二两三四五六七八九十几\d]+(?:块|元|刀)钱?)(?:价|钱)?"
    r"(?:的话)?(?:我|俺)?就?$"
)
_CUT_CHEAP = ("drop", "lower", "cut", "knock", "reduce", "match", "降", "便宜", "少收", "减")


def conditioned(low: str, current: list[Candidate], cands: list[Candidate]) -> bool:
    """Is the last intention of `current` the consequence of an "if" in its own sentence?"""
    if not current:
        return False
    iffy, cut = any(w in low for w in _CHEAP), any(w in low for w in _CUT_CHEAP)
    if not iffy and not cut:
        return False
    hit, entry = current[-1]
    if entry.value not in ("stay", "leave"):
        return False
    ends = [m.end() for m in _SENTENCE_STOP.finditer(low, 0, hit.start)]
    start = ends[-1] if ends else 0
    if cut and _CUT_FIRST.search(low[start : hit.start]):
        return True
    if not iffy or not _IF_WORD.search(low, start, hit.start):
        return False
    return intentions.conditional(low, cands)

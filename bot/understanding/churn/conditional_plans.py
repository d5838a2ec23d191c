"""An intention said under a condition in an answer to another question is "unsure".

Asked about something else, people add a plan with a condition ("如果再涨价，我就不续了", "3, and if
it doesn't improve I'm switching"): the plan depends on what happens, so it is "unsure", as the same
words are when the intention is asked (`choices.resolve_choice`). Only an "if" word before the
intention in its own sentence counts here, an "unless" right after it ("I'm off to another
provider unless the price drops"), or a price cut asked for before it ("4, drop it by a tenner and
I'll stay", "7分，降十块我就续"), since other answers carry many words that read as conditions
("可能", "might") without bearing on a plan.
"""

from __future__ import annotations

import re

from bot.understanding.churn import intentions
from bot.understanding.lexicon import Entry, Hit
from bot.understanding.supposing import IF_ZH, IF_ZH_WORDS

Candidate = tuple[Hit, Entry]

_IF_WORD = re.compile(r"\bif\b|\bunless\b|" + IF_ZH)
_SENTENCE_STOP = re.compile(r"[.!?。！？;；]")
_CHEAP = ("if", "unless", *IF_ZH_WORDS)
# A cut asked for, then the decision: "drop it by a tenner and I'll stay", "降十块我就续".
_CUT_FIRST = re.compile(
    r"(?:^|[,.;!?，。]\s*)(?:just\s+)?(?:drop|lower|cut|knock|reduce|match)\b[^.!?;]{0,30}?"
    r"\band\s+(?:(?:i'?ll|i will|we'?ll|we will|i'?d|i would)\s+(?:\w+\s+)?)?$"
    r"|(?:降|便宜|少收|减)(?:一?点|一?些|[一二两三四五六七八九十几\d]+(?:块|元|刀)钱?)(?:价|钱)?"
    r"(?:的话)?(?:我|俺)?就?$"
)
# The condition said right after the plan, in its sentence: "I'm off to another provider unless
# the price drops", "staying unless they put it up again".
_UNLESS_AFTER = re.compile(r"[^.!?;,，。]{0,30}?\bunless\b")
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
    if "unless" in low and _UNLESS_AFTER.match(low, hit.end):
        return intentions.conditional(low, cands)  # "I'm off to another provider unless…"
    if not iffy or not _IF_WORD.search(low, start, hit.start):
        return False
    return intentions.conditional(low, cands)


# The plan as the consequence of a condition in its own clause, joined by 就: "要是明年还这样我就
# 转联通", "如果再涨价俺就不续了" (a consequence, not a hypothesis about somebody or something).
_THEN_ZH = re.compile(
    r"(?:" + IF_ZH + r")[^,，。;；!?！？]{1,24}?(?:我|俺|我们|俺们)?(?:就|立马|马上|直接)+\s*$"
)


def then_plan(before: str, value: object) -> bool:
    """`before`, the clause up to an intention of staying or leaving, makes it the consequence of
    an "if" said in the same clause; `conditioned` then reads it as "unsure"."""
    return value in ("stay", "leave") and "就" in before and _THEN_ZH.search(before) is not None

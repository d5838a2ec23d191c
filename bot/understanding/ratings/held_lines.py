"""A hold, then a word on the line the respondent is on right now: no rating.

Asked for a rating on the move, people first hold the chat and say why ("等下哈，地铁上信号不好",
"稍等，电梯里信号差", "hang on, signal's bad in here", "one sec, reception's rubbish on the
train"): the signal judged is the one of the moment, the reason for the pause, and rates
nothing. The hold must open the message, and the judged clause must name the signal or the
connection and not the provider ("等下，你们的信号一直不好" still rates, as does a score said after
the pause).
"""

from __future__ import annotations

import re

_CHEAP = ("等", "稍", "hang on", "hold on", "one sec", "a sec", "wait", "gimme", "give me a")
_HOLD_FIRST = re.compile(
    r"^\W*(?:(?:嗯|哦|啊|好的?|ok(?:ay)?)[\s,，.。!！~]*)?(?:(?:你|您)\s*)?"
    r"(?:稍等|等一下|等一等|等等|等会儿?|等下|等我一下)(?:哈|啊|哦|噢|下|一下)*"
    r"|^\W*(?:(?:ok(?:ay)?|sorry|oh|um+)[\s,.!]*)?(?:hang on|hold on|one sec(?:ond)?|a sec"
    r"|wait(?: a (?:sec|second|minute|moment))?|gimme a (?:sec|second|minute)"
    r"|give me a (?:sec|second|minute|moment)|just a (?:sec|second|minute|moment))\b"
)
# The line of the moment: the signal or connection, where the respondent is now.
_LINE_NOW = re.compile(
    r"信号|网络|听不(?:清|到|见)|断断续续|卡住|\bsignal\b|\breception\b|\bconnection\b"
    r"|\bbreaking up\b|\bcan'?t hear\b|\bcutting out\b"
)
_PROVIDER = re.compile(r"你们|贵公司|\byour\b|\byou guys\b|\byou lot\b|一直|总是|老是|\balways\b")
_CLAUSE_END = re.compile(r"[,，.。;；!！?？]")


def line_of_the_moment(low: str, start: int) -> bool:
    """The rating word at `start` judges the line of the moment, in a clause after a hold that
    opens the message."""
    if not any(w in low for w in _CHEAP):
        return False
    hold = _HOLD_FIRST.search(low)
    if hold is None or hold.end() > start:
        return False
    begin = max((m.end() for m in _CLAUSE_END.finditer(low, 0, start)), default=hold.end())
    end_m = _CLAUSE_END.search(low, start)
    clause = low[begin : end_m.start() if end_m else len(low)]
    return _LINE_NOW.search(clause) is not None and _PROVIDER.search(clause) is None

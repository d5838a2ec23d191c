"""Puzzlement at somebody else's pastime, closing an answer about the respondent's interests.

Asked about their interests, people sometimes talk about someone else's instead and end by
saying they do not get it: "我们店里小妹天天追星 我是搞不懂", "我老公天天钓鱼，真搞不懂",
"my daughter's obsessed with k-pop, I don't get it". The "搞不懂" is about the other person's
pastime, not a hedge of the respondent's own interests, so it is blanked before the vague
reading: no value and no vague answer. Alone ("搞不懂", "不懂你问这个干嘛") or after the
respondent's own words ("爱好？我也搞不懂") it is left to the usual reading.
"""

from __future__ import annotations

import re

from bot.understanding.others import ANYONE_RE

_CHEAP = ("懂", "理解", "想不通", "get it", "understand", "get the appeal", "see the appeal")
# The closing clause: the respondent does not get it, and nothing else.
_PUZZLED = re.compile(
    r"(?:^|[,，。.!！;；~～…]|\s)\s*(?:我|俺|咱)?(?:是|也|真的?|实在|就是|反正|完全|根本)*"
    r"(?:搞不懂|不理解|理解不了|想不通|看不懂|不懂)(?:她|他|他们|她们|这个|这些|这种)?"
    r"(?:为啥|为什么|啥意思)?[啊呀了吧呢哈嘛~～。.!！…\s]*$"
    r"|(?:^|[,.;!]|\s)\s*(?:but\s+|and\s+|honestly\s+|tbh\s+)?(?:i\s+)?(?:just\s+|really\s+"
    r"|honestly\s+)?(?:don'?t|do not|can'?t|cannot)\s+(?:get|understand|see)\s+(?:it|the appeal"
    r"|the point|why)(?:\s+(?:myself|tbh|lol|haha|honestly))?[\s.!~…]*$"
)
# A habit or a pastime of theirs before it: "天天追星", "整天打游戏", "obsessed with", "into".
_HABIT = re.compile(
    r"天天|整天|成天|每天|一天到晚|老是|总是|迷上|沉迷|爱(?:玩|看|打|追)|喜欢"
    r"|\b(?:obsessed|into|loves?|always|every (?:day|night|weekend)|addicted|mad about|crazy about"
    r"|hooked on)\b"
)


def without_puzzled_at_others(said: str) -> str:
    """`said` (same length) with a closing "I don't get it" blanked when the text before it
    tells of another person's habit or pastime."""
    if not any(w in said for w in _CHEAP):
        return said
    m = _PUZZLED.search(said)
    if m is None:
        return said
    before = said[: m.start()]
    if ANYONE_RE.search(before) is None or _HABIT.search(before) is None:
        return said
    return before + " " * (len(said) - m.start())

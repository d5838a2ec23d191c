"""Kinds of home line talked about that are not the respondent's line now.

Asked which internet they have (or anything else), people talk about the kinds of line without
saying which one is theirs:

- a question about one: "fiber is the fast one right?", "光纤是不是比DSL快" (both options are
  asked about);
- what was heard: "Heard the copper network is being switched off", "听说光纤要涨价" (unless the
  respondent speaks of their own after it: "I heard I'm on fibre");
- another household's line wished for: "The neighbours got fibre put in last month, can we get
  it too?";
- a change only announced: "小区说今年要改光纤，还没弄呢";
- the line at work set against the home: "Work's on fibre, at home I haven't a clue";
- an outage: "we had no internet for 3 days last month" is no `none`, and under another question
  a hotspot complained about ("the hotspot is slow when I'm doing DoorDash runs") says nothing
  of the home line.

Near misses keep their value: "fibre, right?" alone still says fibre is theirs only when no
question follows; "I have fibre, is that the fast one?" is owned before the question; "no internet
at home" and "just use my phone's hotspot" are `none`; "work's on fibre and home too" is fibre.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Entry, Hit

_LINES = frozenset({"fiber_optic", "dsl", "none"})
# After the option, in its sentence: it is asked about ("fiber is the fast one right?").
_ASKED_AFTER = re.compile(
    r"(?:'s|\s+is)\s+(?:the|that)\s+[a-z]+\s+one\b[^.!?\n]{0,16}?\?"
    r"|(?:是不是|是否|会不会)比|比[^,，。!！]{0,8}?(?:快|好|稳|便宜|贵)(?:吗|么|不|吧)?\s*[?？]"
)
# Before the option, in its sentence: asked about in a comparison ("光纤是不是比DSL快").
_COMPARED_BEFORE = re.compile(r"(?:是不是|是否|会不会)比\s*$")
# What was heard, before the option in its sentence.
_HEARD = re.compile(r"\b(?:heard|i hear|word is|rumou?r)\b|听说|据说|听人说")
_SELF = re.compile(r"我|俺|\b(?:i'm|i am|i've|i have|we have|we're|we've|mine|my|our)\b")
_SENTENCE_END = re.compile(r"[.!?。！？\n](?!\d)")
# Somebody else's line, then asking to get it: "can we get it too?", "我们也能装吗".
_GET_IT_TOO = re.compile(
    r"\bcan (?:we|i) (?:get|have) (?:it|that|one|the same)(?: too| as well)?\b|(?:我们|我家|我)也能"
    r"(?:装|办|拉|弄)"
)
_OTHERS = re.compile(
    r"\b(?:neighbou?rs?|next door|my (?:mate|friend|sister|brother|mum|mom|dad|cousin)s?)\b"
    r"|邻居|隔壁|别人家|朋友家"
)
# A change only announced: "小区说今年要改光纤", "说要换光纤…还没弄".
_TO_CHANGE_BEFORE = re.compile(
    r"(?:说|讲|通知)[^,，。]{0,6}?要(?:改|换|装|拉|铺|通|升级)(?:成|到)?\s*$"
)
_NOT_DONE = re.compile(r"还没(?:弄|装|改|通|拉|换|搞|动|铺)")
# The line at work, before a home set against it.
_AT_WORK_BEFORE = re.compile(
    r"(?:\bwork(?:'s| is)\s+(?:on|got|has)|\bat work\b"
    r"|\b(?:the )?office(?:'s| is)\s+(?:on|got|has))[^,.;!?]{0,6}$"
)
_HOME_AFTER = re.compile(r"\bat home\b|\bhome\b")
_SAME_AT_HOME = re.compile(r"\b(?:home too|same at home|home as well|and (?:at )?home)\b")
# An outage: "no internet for 3 days", "没网三天".
_FOR_A_WHILE = re.compile(
    r"\s+for\s+(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|several|half a)\s*"
    r"(?:days?|hours?|weeks?|nights?|mins?|minutes?)\b"
)
_HOTSPOT = re.compile(r"hotspot|热点")
_ONLY_BEFORE = re.compile(
    r"\b(?:just|only)\s+(?:use|using|used|got|have|run|tether|on|off)\b[^,.;!?]{0,16}$|就用|只用|只有"
)


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    begin = max((m.end() for m in _SENTENCE_END.finditer(low, 0, start)), default=0)
    stop = _SENTENCE_END.search(low, end)
    # (the question mark ends the sentence it closes)
    return begin, stop.end() if stop else len(low)


def talked_about(low: str, hit: Hit, entry: Entry, before: str, asked: bool) -> bool:
    """The line option at `hit` is asked about, heard of, wished for, announced, at work or an
    outage: not the respondent's home line now."""
    if entry.value not in _LINES:
        return False
    start, end = hit.start, hit.end
    if entry.value == "none":
        if _FOR_A_WHILE.match(low, end):
            return True  # "we had no internet for 3 days last month"
        word = low[start:end]
        return (
            not asked
            and _HOTSPOT.search(word) is not None
            and not _ONLY_BEFORE.search(low, max(0, start - 30), start)
        )
    begin, stop = _sentence(low, start, end)
    if _ASKED_AFTER.match(low, end) or _COMPARED_BEFORE.search(low, begin, start):
        return True
    heard = list(_HEARD.finditer(low, begin, start))
    if heard and not _SELF.search(low, heard[-1].end(), start):
        return True
    if _OTHERS.search(low, begin, start) and _GET_IT_TOO.search(low, end):
        return True
    if _TO_CHANGE_BEFORE.search(before) and _NOT_DONE.search(low, end):
        return True
    if _AT_WORK_BEFORE.search(low, max(0, start - 30), start):
        rest = low[end:]
        return _HOME_AFTER.search(rest) is not None and not _SAME_AT_HOME.search(rest)
    return False

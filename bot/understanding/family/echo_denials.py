"""A household word denied by what follows it: a telegraphic "no", the respondent's own none
after an echo, or an echo set right with "more like".

- A word and a bare "no" in a list of what there is and is not: "dance partner yes, boyfriend
  no", "husband no, kids yes", "kids - nope". The "no" closes the word's clause ("no kids no
  wife" is two denials of its own, "my wife, no kids" has a wife).
- The word echoed as a question, then answered with the respondent's own none, maybe after
  somebody else's: "孩子？我还没有", "孩子？我朋友家有两个，我还没有", "kids? my sister has two,
  not me", "kids? my friend has two, I have none yet" (but "孩子？我朋友家有两个，我家有一个"
  has one, and "孩子？我还没有结婚" denies a wedding, not the child).
- The word echoed and set right with "more like": "married? more like married to the sofa",
  "partner? more like my cat". What follows says what there is instead; the echoed word
  itself is denied (a real answer after it still counts: "married? more like engaged").
  Only a word that says there is somebody is denied so: "single? more like…" is left alone.

`people.echoed_no` reads the echo answered with a plain "no" right after it.
"""

from __future__ import annotations

import re

# "boyfriend no", "kids - nope", "husband: none", closing the clause
_BARE_NO_AFTER = re.compile(
    r"\s*[-–:]?\s*(?:no|nope|nah|none)(?:\s+more)?\b"
    r"(?=\s*(?:$|[,.;!&]|and\b|but\b|not (?:yet|any ?more)\b))"
)
_COMMA_NO_AFTER = re.compile(r"\s*,\s*(?:no|nope|nah)\b(?=\s*(?:$|[,.;!]))")
_OWNER_BEFORE = re.compile(r"\b(?:my|our|his|her|their|the)\s+$")
# The word opens the message or a clause and is asked back: "孩子？", "kids?", "married??"
_OPENS_BEFORE = re.compile(r"(?:^|[?？!！.。,，;；~…])\s*(?:any\s+|有没有|有)?$")
_ASKED_AFTER = re.compile(r"\s*(?:吗|呢|啊|嘛)?\s*[?？]+\s*")
# The respondent's own none, as a clause of its own: "我还没有", "我家暂时没", "not me"
_OWN_NONE = re.compile(
    r"(?:^|[,，。;；.!！?？]\s*)(?:但是?|可是?|不过)?(?:我|俺|咱)(?:们)?(?:自己)?(?:家)?"
    r"(?:也|还|都|暂时|目前|现在|倒是|自个儿?)*(?:没有?|没得|木有|冇)(?:呢|啊|哦|了|呀|哈)?"
    r"(?=\s*(?:$|[,，。;；.!！~～…]))"
    r"|(?:^|[,.;!?]\s*)(?:(?:but|and)\s+)?(?:i\s+(?:have|got|'ve got)\s+none|i\s+(?:don'?t|do not"
    r"|haven'?t|have not)(?:\s+have(?:\s+any)?|\s+any)?|not\s+me|none\s+(?:for me|here|of my own)"
    r"|me,?\s+(?:none|no))(?:\s+(?:yet|though|myself))?(?=\s*(?:$|[,.;!]))"
)
_MORE_LIKE = re.compile(r"(?:(?:well|honestly|lol|haha|ha|pfft|hah),?\s+)?more like\b")


def denied(low: str, start: int, end: int, value: bool) -> bool:
    """Is the household word at `start`..`end`, which says `value`, denied by what follows?"""
    if low[start:end].isascii():
        if _BARE_NO_AFTER.match(low, end):
            return True  # "boyfriend no"
        if _COMMA_NO_AFTER.match(low, end) and not _OWNER_BEFORE.search(low, 0, start):
            return True  # "boyfriend, no" (not "my wife, no…")
    asked = _ASKED_AFTER.match(low, end)
    if asked is None or not _OPENS_BEFORE.search(low, max(0, start - 8), start):
        return False
    if value and _MORE_LIKE.match(low, asked.end()):
        return True  # "married? more like married to the sofa"
    mark = max(low.rfind("?", end, asked.end()), low.rfind("？", end, asked.end()))
    return _OWN_NONE.search(low, mark) is not None  # (from the mark, which opens the answer)

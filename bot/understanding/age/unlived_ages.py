"""Ages and years that are not the respondent's age now.

- The year of an event told as such: "1999 was the year I finished school", "1987 is when I got
  my first mobile" date something that happened, not a birth ("1985 was the year I was born" is
  still one).
- An age only felt: "I feel about 90 after the week I've had", "feeling 80 today", "心理年龄才
  十八": how old one feels, not how old one is.
- An age wished for: "要是能回到二十岁就好了", "想回到十八岁", "wish I was 25 again", "if only I
  were 30": an age gone by, longed for.
- A child's age by the Cantonese word for a son or daughter: "我仔今年十二岁", "个女八岁",
  "阿仔读紧初一，十二岁": the child's age, like "我儿子今年十二岁".
"""

from __future__ import annotations

import re

# After a year: "was the year ...", "is when ...", but not the year of a birth.
_EVENT_YEAR_AFTER = re.compile(r"\s+(?:was|is|were)\s+(?:the\s+year|when)\b(?![^,.;!?]*\bborn\b)")
# Before a number: felt, not lived.
_FELT_BEFORE = re.compile(
    r"\b(?:i|we)\s+(?:(?:really|honestly|sometimes|must)\s+)?(?:feel|felt|feeling)\s+"
    r"(?:about|around|like|nearly|almost|at least|more like|every bit of|a good|closer to)?\s*$"
    r"|^\s*(?:feel|feeling|felt)\s+(?:about|around|like|nearly|almost|at least|more like)?\s*$"
    r"|心理年龄\s*(?:才|只有|也就|大概|永远|还是)?\s*$"
)
# Before an age: longed for ("回到二十岁", "wish I was 25", "if only I were 30").
_WISHED_BEFORE = re.compile(
    r"(?:回到|重回|变回|退回到?|倒回到?)\s*$"
    r"|\b(?:wish|if only)\s+(?:i|we)\s+(?:was|were|could be)\s+(?:still\s+)?$"
    r"|\b(?:would|'d)\s+(?:love|like|give anything)\s+to\s+be\s+$"
)
# A Cantonese child word before the age: "我仔今年", "个女", "阿仔都".
_KID_BEFORE_ZH = re.compile(
    r"(?:[我佢个個阿细細大][仔囡]|(?:我|佢|我个|我個)女|孙仔|孫仔|细路|細路)"
    r"(?:今年|都|已经|已經|也|才|快|啱啱|有|係|系)*\s*$"
)
_CHEAP = ("was", "is ", "were", "feel", "felt", "心理", "回", "wish", "if only", "to be", "仔",
          "囡", "女", "细路", "細路")  # fmt: skip


def not_lived(low: str, start: int, end: int) -> bool:
    """The number at `start`..`end` is an event's year, a felt or wished age, or a child's age
    by a Cantonese word: no age of the respondent now."""
    if not any(w in low for w in _CHEAP):
        return False
    before = low[max(0, start - 24) : start]
    if _EVENT_YEAR_AFTER.match(low, end) and (
        low[start:end].isdigit() and (len(low[start:end]) == 4 or low[start - 1 : start] == "'")
    ):
        return True
    if _FELT_BEFORE.search(before) or _KID_BEFORE_ZH.search(before):
        return True
    return _WISHED_BEFORE.search(before) is not None

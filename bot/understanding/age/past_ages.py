"""An age at a past event, not the respondent's age now.

"我12岁的时候搬来这儿的", "十八岁那年出来打工的", "我18岁时来的深圳", "十八岁就进的厂", "那年我才
18岁", "从18岁开始就用你们家的": the age dates something that happened, as "when I was 12" and "I
was 12 when we moved here" do in English. It tells no age now, so it fills no age; an age said
besides it still does ("我今年45，18岁那年出来打工的" is 45).
"""

from __future__ import annotations

import re

# After the age: the time it names ("的时候", "那年", "时"), a start from it ("起", "开始"), or a
# time before or after it ("30岁以后").
_AT_AFTER = re.compile(
    r"\s*(?:周岁|岁)?(?:的)?\s*(?:时候|那年|那一年|那会儿?|那阵子?|那时候?|时(?![间髦尚常])|起|开始|[以之][前后])"
    # ... or a step in life taken at it, in the same clause: "十八岁出来打工的", "十八岁就出来打拼
    # 了", "二十岁嫁过来" (not "十八岁，出来打工两年了": a clause of its own is the age now)
    r"|\s*(?:周岁|岁)(?:就|便|才|刚)?(?:出来|出去|出门|出国|离家|离开家|到外地|南下|北上|进城|进厂"
    r"|参加工作|参军|当兵|入伍|毕业|结婚|嫁|辍学|下岗|打工|来[^,，。.!！\s]{0,4}?(?:打工|上班|工作|读书))"
    # ... or told as done then, with "的": "十八岁就进的厂", "二十岁来的深圳", "25岁结的婚"
    r"|\s*(?:周岁|岁)(?:就|便|才|刚)?(?:进|来|到|去|出|结|嫁|入|上|考|当|离)[^,，。.!！\s的]{0,2}的"
    r"|\s*(?:周岁|岁)(?:就|便|才|刚)(?:出来|出去|出门|开始|离开)[^,，。.!！\s的]{0,3}的"
)
# Before it: a time past ("那年我才18岁", "当时18岁"), or a start ("从18岁开始", "since I was 18").
_AT_BEFORE = re.compile(
    r"(?:当年|那年|那时候?|那会儿?|当时)(?:我|俺)?(?:才|刚|刚刚|也|就|只有|还)?\s*$|从\s*$"
    r"|\bsince\s+(?:i|we)\s+(?:was|were)\s+(?:about\s+|around\s+|only\s+|just\s+)?$"
)
_CHEAP = ("时", "那", "起", "开始", "当", "从", "前", "后", "since", "岁")


def at_past_event(low: str, start: int, end: int) -> bool:
    """The age at `start`..`end` is the age at which something happened."""
    if not any(w in low for w in _CHEAP):
        return False
    return bool(_AT_AFTER.match(low, end) or _AT_BEFORE.search(low, max(0, start - 12), start))

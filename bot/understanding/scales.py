"""Rating scales: words and numbers to a point on the slot's scale.

Words are written for a 1–5 scale (the common case and the survey's anchors) and mapped linearly
onto other ranges. Numbers count only when they are plainly a rating: "4分", "打4分", "4 stars",
"4/5", "4 out of 5", or a bare number when the scale was just asked. A rating out of another
maximum ("8/10") is not rescaled: the respondent is asked again rather than guessed for.
"""

from __future__ import annotations

import re

from bot.survey import Slot
from bot.understanding.numbers import Num, round_half_up

# phrase -> value on a 1..5 scale; negated forms are listed so that longest match wins.
SCALE_WORDS: dict[int, tuple[str, ...]] = {
    5: (
        "非常满意",
        "特别满意",
        "十分满意",
        "超级满意",
        "超满意",
        "很满意",
        "相当满意",
        "太满意了",
        "非常好",
        "特别好",
        "超级好",
        "超好",
        "太好了",
        "太棒了",
        "很棒",
        "非常棒",
        "完美",
        "满分",
        "没得说",
        "没话说",
        "好极了",
        "五星好评",
        "五星",
        "五颗星",
        "无可挑剔",
        "赞",
        "一百分",
        "very satisfied",
        "extremely satisfied",
        "completely satisfied",
        "totally satisfied",
        "super satisfied",
        "very happy",
        "extremely happy",
        "excellent",
        "perfect",
        "amazing",
        "awesome",
        "fantastic",
        "outstanding",
        "love it",
        "the best",
        "great",
        "superb",
        "couldn't be happier",
        "very good",
        "5 stars",
        "five stars",
        "10/10",
        "brilliant",
    ),
    4: (
        "满意",
        "比较满意",
        "挺满意",
        "还挺满意",
        "蛮满意",
        "基本满意",
        "还算满意",
        "挺好",
        "挺好的",
        "还不错",
        "不错",
        "蛮好",
        "蛮好的",
        "很好",
        "好",
        "还挺好",
        "可以的",
        "比较好",
        "四星",
        "satisfied",
        "fairly satisfied",
        "quite satisfied",
        "mostly satisfied",
        "pretty satisfied",
        "happy",
        "pretty happy",
        "quite happy",
        "good",
        "pretty good",
        "quite good",
        "not bad",
        "pretty decent",
        "decent",
        "solid",
        "fairly good",
        "mostly happy",
        "4 stars",
        "four stars",
    ),
    3: (
        "还行",
        "还行吧",
        "一般",
        "一般般",
        "凑合",
        "凑合吧",
        "马马虎虎",
        "还可以",
        "中等",
        "普通",
        "过得去",
        "说得过去",
        "可以",
        "可以吧",
        "还凑合",
        "中规中矩",
        "及格",
        "不好不坏",
        # neither good nor bad, said as two denials: "说不上好也说不上坏"
        "说不上好也说不上坏",
        "谈不上好也谈不上坏",
        "不算好也不算坏",
        "neither good nor bad",
        "还好",
        "勉强",
        "将就",
        "三星",
        "ok",
        "okay",
        "alright",
        "all right",
        "fine",
        "so so",
        "average",
        "meh",
        "neutral",
        "mediocre",
        "middling",
        "not great not terrible",
        "not good not bad",
        "it's fine",
        "neither satisfied nor dissatisfied",
        "in the middle",
        "could be better",
        "passable",
        "not too bad",
        "fair",
        "acceptable",
    ),
    2: (
        "不太满意",
        "不满意",
        "不怎么满意",
        "不是很满意",
        "有点不满意",
        "不大满意",
        "不怎么样",
        "不太好",
        "不好",
        "比较差",
        "有点差",
        "挺差",
        "差",
        "不行",
        "不咋地",
        "不咋样",
        "失望",
        "有点失望",
        "两星",
        "不太行",
        "不咋样",
        "不怎么好",
        "比较失望",
        "有点不满",
        "dissatisfied",
        "not satisfied",
        "unsatisfied",
        "unhappy",
        "not happy",
        "bad",
        "pretty bad",
        "poor",
        "not good",
        "not great",
        "disappointed",
        "disappointing",
        "not very good",
        "below average",
        "quite bad",
        "not very satisfied",
        "somewhat bad",
    ),
    1: (
        "非常不满意",
        "特别不满意",
        "很不满意",
        "极不满意",
        "十分不满意",
        "超级不满意",
        "太差了",
        "太差",
        "很差",
        "极差",
        "特别差",
        "非常差",
        "超差",
        "垃圾",
        "糟糕",
        "太烂了",
        "很烂",
        "烂",
        "差劲",
        "糟透了",
        "最差",
        "一星",
        "零分",
        "差评",
        "一点都不满意",
        "完全不满意",
        "very dissatisfied",
        "extremely dissatisfied",
        "completely dissatisfied",
        "terrible",
        "awful",
        "horrible",
        "the worst",
        "worst",
        "very bad",
        "very poor",
        "hate it",
        "garbage",
        "rubbish",
        "trash",
        "appalling",
        "atrocious",
        "very unhappy",
        "not satisfied at all",
        "not at all satisfied",
        "useless",
        "1 star",
        "one star",
        "zero stars",
    ),
}
# Words strong enough to fill the satisfaction slot even when it was not the question.
STRONG_MARKERS = ("满意", "satisf", "分", "星", "star")

_RATING_AFTER = re.compile(
    r"\s*(?:分(?!钟|之|期|制|钱)|颗星|个星(?!期)|星(?!期)|stars?\b|points?\b|pts?\b)"
)
_OTHER_MAX_BEFORE = re.compile(
    # "满分十分的话我给七分": the maximum said in words ("十分" also means "very": no number)
    r"(?:满分(?:是)?(?:十|一百|百)分?(?:的话|来说|来看|制)?[,，]?(?:我|能|可以|就|会)*(?:给|打|评)?"
    r"(?:个|你们|它)?"
    r"|满分(?:是)?|(?:on )?a scale of|(?:out )?of a possible"
    r"|分制(?:的话|来说|来看)?[,，]?(?:我|能|可以|就|会)*(?:给|打|评)?(?:个|你们|它)?)\s*$"
)
_OUT_OF = re.compile(r"\s*(?:/|out of|outta|分之|of)\s*$")
# (English words whole: "the extra 3 pounds", "my data 2 gigs", "frustrating 2 days" give none)
_RATING_BEFORE = re.compile(
    r"(?:打个?|给(?:个|它|你们|你)?|评"
    r"|(?<![a-z])(?:rate|rating|give(?: it| you)?(?: a)?|say(?: a)?|a))\s*$"
)
# A rating given to the provider in so many words is one whatever was asked: "I rate you guys a 4",
# "给你们打4".
_RATES_PROVIDER = re.compile(
    r"\b(?:rate|give|giving|score)\s+(?:you|you guys|y'all|you lot|your (?:service|company|team))"
    r"\s+(?:an?\s+)?$|给你们(?:打|评)个?$"
)
# A number that is a clause of its own ("works fine, 4", "嗯…3吧") is the rating when it is asked.
# (a dash between spaces parts clauses too: "4 - been with you 6 years")
_CLAUSE_BREAK = re.compile(r"[,.;:!?，。；：！？~、]|\s-+\s")
_CLAUSE_FILLER = re.compile(
    r"(?:吧|啊|呀|呢|了|嗯|哦|\bso\b|\bmaybe\b|\bprobably\b|\bi guess\b|\bi'?d say\b|\bi think\b"
    r"|\bhonestly\b|\bthen\b|\bsolid\b|\bngl\b|\btbh\b|\bimo\b|\blol\b|\s)*"
)
_EMOJI = {
    "👍": 4,
    "👎": 2,
    "😊": 4,
    "🙂": 4,
    "😀": 4,
    "😄": 4,
    "😍": 5,
    "🥰": 5,
    "❤": 5,
    "💯": 5,
    "😐": 3,
    "😑": 3,
    "🤷": 3,
    "😡": 1,
    "🤬": 1,
    "😠": 2,
    "😞": 2,
    "🙁": 2,
}


def to_scale(slot: Slot, five_point: int) -> int:
    """Map a 1–5 reading onto the slot's range (identity for a 1–5 scale)."""
    lo = int(slot.min if slot.min is not None else 1)
    hi = int(slot.max if slot.max is not None else 5)
    if (lo, hi) == (1, 5):
        return five_point
    return round_half_up(lo + (five_point - 1) * (hi - lo) / 4)


def negated_value(value: int) -> int | None:
    """ "not satisfied" style: a negated positive reads as 2, a negated negative as 3."""
    if value >= 4:
        return 2
    if value <= 2:
        return 3
    return None


def numeric_ratings(
    low: str, nums: list[Num], slot: Slot, asked: bool
) -> tuple[list[tuple[Num, int]], set[int]]:
    """Numbers that are ratings on this slot's scale, with their value; and the start offsets of
    numbers that are ratings on another scale ("8/10"), which must not be read at all."""
    out: list[tuple[Num, int]] = []
    blocked: set[int] = set()
    maximum = slot.max if slot.max is not None else 5
    for num in nums:
        # "满分10分的话给7分", "on a scale of 10, a 7": every rating here is on that other scale
        if (
            _OTHER_MAX_BEFORE.search(low[max(0, num.start - 14) : num.start])
            and num.value != maximum
        ):
            return [], {n.start for n in nums}
    skip: set[int] = set()
    for i, num in enumerate(nums):
        if i in skip:
            continue
        after = low[num.end :]
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if nxt is not None and _OUT_OF.match(low[num.end : nxt.start]):
            skip.add(i + 1)
            if "分之" in low[num.end : nxt.start]:  # 五分之四: the denominator comes first
                num, nxt = nxt, num
            if nxt.value == maximum:
                out.append((num, round_half_up(num.value)))
            else:
                blocked.update((num.start, nxt.start))
            continue
        before = low[max(0, num.start - 12) : num.start]
        if (
            _RATING_AFTER.match(after)
            or _RATES_PROVIDER.search(low, max(0, num.start - 24), num.start)
            or (asked and (_RATING_BEFORE.search(before) or _alone(low, num, maximum)))
        ):
            out.append((num, round_half_up(num.value)))
    return out, blocked


def _alone(low: str, num: Num, maximum: float) -> bool:
    if num.is_range or not 1 <= num.value <= maximum or num.value != int(num.value):
        return False
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(low, 0, num.start)]
    stop = _CLAUSE_BREAK.search(low, num.end)
    clause = (
        low[starts[-1] if starts else 0 : num.start]
        + " "
        + low[num.end : stop.start() if stop else len(low)]
    )
    return not _CLAUSE_FILLER.sub("", clause)


def emoji_rating(raw: str) -> int | None:
    for char, value in _EMOJI.items():
        if char in raw:
            return value
    return None


# Good and bad by turns, said with two time frames: "some days it's great, some days it's awful",
# "sometimes fine, other times useless", "有时候挺快，有时候卡死".
_BY_TURNS = re.compile(
    r"\bsome (?:days|times|weeks|nights|mornings|evenings|months)\b[^.;!?]{1,40}?"
    r"\b(?:some (?:days|times|weeks|nights|mornings|evenings|months)\b|others\b|other (?:days"
    r"|times|weeks|nights|months)\b)"
    r"|\bsometimes\b[^.;!?]{1,40}?\b(?:sometimes|other times|other days)\b"
    r"|\bone day\b[^.;!?]{1,30}?\bthe next\b|有时(?:候)?[^。！？!?]{1,12}?有时(?:候)?"
    r"|时而[^。！？!?]{1,8}?时而"
)


def by_turns(low: str) -> bool:
    """Judgements that alternate with the time ("some days great, some days awful"): no level."""
    return _BY_TURNS.search(low) is not None

"""Rating scales: words and numbers to a point on the slot's scale.

Words (the table in `scale_words`) are written for a 1–5 scale (the common case and the survey's
anchors) and mapped linearly onto other ranges. Numbers count only when they are plainly a
rating: "4分", "打4分", "4 stars", "4/5", "4 out of 5", or a bare number when the scale was just
asked. A rating out of another maximum ("8/10") is not rescaled: the respondent is asked again
rather than guessed for.
"""

from __future__ import annotations

import re

from bot.survey import Slot
from bot.understanding.literal_gates import gated
from bot.understanding.numerals.numbers import Num, round_half_up
from bot.understanding.ratings import social_talk, then_and_now

# (the rating words of each point, kept in their own table; the lexicon reads them from here)
from bot.understanding.ratings.scale_words import SCALE_WORDS as SCALE_WORDS

# Words strong enough to fill the satisfaction slot even when it was not the question.
STRONG_MARKERS = ("满意", "satisf", "分", "星", "star")

# (分 is also a cent: "价格一分没降", "一分不少" count money, not points)
_RATING_AFTER = re.compile(
    r"\s*(?:分(?!钟|之|期|制|钱|[都也]?[没不](?:降|少|减|便宜|让|涨))|颗星|个星(?!期)|星(?!期)|stars?\b|points?\b|pts?\b)"
)
_OTHER_MAX_BEFORE = re.compile(
    # "满分十分的话我给七分": the maximum said in words ("十分" also means "very": no number)
    r"(?:满分(?:是)?(?:十|一百|百)分?(?:的话|来说|来看|制)?[,，]?(?:我|能|可以|就|会)*(?:给|打|评)?"
    r"(?:个|你们|它)?"
    r"|满分(?:是)?|(?:on )?a scale of|(?:out )?of a possible"
    r"|分制(?:的话|来说|来看)?[,，]?(?:我|能|可以|就|会)*(?:给|打|评)?(?:个|你们|它)?)\s*$"
)
# ("8 over 10": "over" parts a score from its maximum as "/" does)
_OUT_OF = re.compile(r"\s*(?:/|out of|outta|over|分之|of)\s*$")
# (English words whole: "the extra 3 pounds", "my data 2 gigs", "frustrating 2 days" give none)
_RATING_BEFORE = re.compile(
    r"(?:打个?|给(?:个|它|你们|你)?|评"
    r"|(?<![a-z])(?:rate|rating|give(?: it| you)?(?: a)?|say(?: a)?|make it|a))\s*$"
)
# "a solid 4", "a fair 3", "an easy 5": a rating with a word that weighs it, when nothing but the
# clause's end or the scale follows it (not "a good 5 years").
_WEIGHED_BEFORE = re.compile(
    r"\ban?\s+(?:solid|steady|strong|firm|good|decent|fair|clear|easy|generous|honest|respectable"
    r"|definite|comfortable|weak|low|high|hard|tough|measly|mere|full|proper|reasonable)\s*$"
)
_WEIGHED_AFTER = re.compile(
    r"\s*(?:(?:though|tho|honestly|really|i'?d say|i think|at least|for sure)\b\s*)?"
    r"(?:$|[,.;:!?)，。；！？~]|(?:/|out of|stars?\b|points?\b|from\b|for\b))"
)
# A rating given to the provider in so many words is one whatever was asked: "I rate you guys a 4",
# "给你们打4".
_RATES_PROVIDER = re.compile(
    r"\b(?:rate|give|giving|score)\s+(?:you|you guys|y'all|you lot|ye|yez|youse|unu|yuh"
    r"|your (?:service|company|team))"
    r"\s+(?:an?\s+)?$|给你们(?:打|评)个?$"
    # (chat spellings, with the article: "give u guys a 4", "rate you all a 3")
    r"|\b(?:rate|give|giving|score)\s+(?:u|u guys|yall|ya'll|y all|you all)\s+an?\s+$"
)
# "5 from me", "ye get 4 from me": the respondent's own score, said against a mood or another
# person's score ("I'm a 1 lol, 5 from me"; "4 from them" is read in `others`).
_FROM_ME = re.compile(r"\s*(?:(?:stars?|points?)\s+)?from me\b")
# A number that is a clause of its own ("works fine, 4", "嗯…3吧") is the rating when it is asked.
# (a dash between spaces parts clauses too: "4 - been with you 6 years")
_CLAUSE_BREAK = re.compile(r"[,.;:!?，。；：！？~、]|\s-+\s")
_CLAUSE_FILLER = re.compile(
    r"(?:吧|啊|呀|呢|了|嗯|哦|\bso\b|\bmaybe\b|\bprobably\b|\bi guess\b|\bi'?d say\b|\bi think\b"
    r"|\bhonestly\b|\bthen\b|\bsolid\b|\bngl\b|\btbh\b|\bimo\b|\blol\b|\s"
    # hesitation and sentence particles: "hmm 4 lor", "um, 3", "4 lah"
    r"|\bh+m+\b|\bu+m+\b|\buh+\b|\ber+m*\b|\bwell\b|\bla[hr]?\b|\blor\b|\bleh\b|\bmeh\b|\bah\b"
    # a number taken back for another ("2... no actually 1"), said with ease ("5 easy"), or with
    # Vietnamese "only" ("3 thôi")
    r"|\bno\b|\bactually\b|\bwait\b|\bmake that\b|\beasy\b|\beasily\b|\bth[oô]i\b)*"
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
    if not nums:
        return out, blocked
    maximum = slot.max if slot.max is not None else 5
    declared = _declared_scale(low)
    if declared is not None:
        top, start, end = declared
        if top != maximum:
            # "按十分制算的话能有8分", "on a ten-point scale I'd go 7": every rating here is on
            # that other scale, however far from the scale's words
            return [], {n.start for n in nums}
        # "五分制的话给4分", "on a scale of 1 to 5, a 4": the scale's own numbers rate nothing
        blocked = {n.start for n in nums if start <= n.start < end}
        nums = [n for n in nums if n.start not in blocked]
    for num in nums:
        # "满分10分的话给7分", "on a scale of 10, a 7": every rating here is on that other scale
        if (
            declared is None
            and _OTHER_MAX_BEFORE.search(low[max(0, num.start - 14) : num.start])
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
        if low.startswith(("tenner", "fiver"), num.start):
            continue  # "drop it by a tenner": a note of money, no rating
        before = low[max(0, num.start - 12) : num.start]
        if (
            _RATING_AFTER.match(after)
            or _RATES_PROVIDER.search(low, max(0, num.start - 24), num.start)
            or (asked and (_RATING_BEFORE.search(before) or _alone(low, num, maximum)))
            or (asked and _FROM_ME.match(after))
            or (asked and _WEIGHED_BEFORE.search(before) and _WEIGHED_AFTER.match(after))
        ):
            out.append((num, round_half_up(num.value)))
    return then_and_now.current_ratings(low, out), blocked  # "以前2分，现在4分"


# A scale the respondent names with its maximum: "十分制", "按100分算", "满分是十",
# "on a ten-point scale", "on a scale of 1 to 10", "if it were out of a hundred" (not "ten out of
# ten for the staff": a rating, with a number before "out of").
_MAX_WORD = r"(?P<top>\d+|[五十百]|一百|five|ten|(?:a )?hundred)"
_DECLARED_SCALE = gated(
    r"(?:按|用|以)?"
    + _MAX_WORD
    + r"分制|按"
    + _MAX_WORD.replace("top", "top2")
    + r"分(?:来)?(?:算|计|打)|满分(?:是|为)?"
    + _MAX_WORD.replace("top", "top3")
    + r"(?!\d|分?(?:满意|好|棒|不|快|慢|差))"
    # the maximum before the word: "10分满分的话能给8分"
    + r"|"
    + _MAX_WORD.replace("top", "top7")
    + r"分(?:是|为|作为)?满分(?=的话|来说|来看|来算|[,，\s])"
    # the maximum alone, with "if": "十分的话打7分", "100分来说75" (not "十分满意": very)
    + r"|(?:^|(?<=[,，。\s果是设使在]))"
    + _MAX_WORD.replace("top", "top8")
    # ("10分里给个7": the maximum as the range the score is in)
    + r"分(?=的话|来说|来看|来算|里面?(?!程)|(?:当|之)?中(?!文|国|等|午|间))"
    + r"|\b"
    + _MAX_WORD.replace("top", "top4")
    + r"\s*(?:points?|pts?|stars?)\s+scale\b"
    + r"|\bscale of (?:(?:0|1|one|zero)\s*(?:to|-)\s*)?"
    + _MAX_WORD.replace("top", "top5")
    # (mixed with Chinese: "如果out of 10我给7")
    + r"\b|(?:^|[,.;!?]\s*|\b(?:if|say|when)\b[^,.;!?\d]{0,12}?|(?:如果|要是|假如|按)\s*)"
    # (not "I'd say four out of five": a rating out of the maximum)
    + "".join(f"(?<!{w} )" for w in ("for", "one", "two", "three", "four", "five", "six"))
    + "".join(f"(?<!{w} )" for w in ("seven", "eight", "nine", "ten"))
    + r"out of (?:a\s+)?"
    + _MAX_WORD.replace("top", "top6")
    + r"(?![0-9a-z])"
)
_MAX_VALUES = {"五": 5, "十": 10, "百": 100, "一百": 100, "five": 5, "ten": 10}


def _declared_scale(low: str) -> tuple[float, int, int] | None:
    """(maximum, start, end) of a scale named in the message."""
    m = _DECLARED_SCALE.search(low)
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    top = float(word) if word.isdigit() else _MAX_VALUES.get(word, 100)
    return top, m.start(), m.end()


_MAXIMUM_BEFORE = re.compile(r"(?:/|\bout of|\boutta|满分(?:是)?)\s*$")


def is_maximum(low: str, num: Num) -> bool:
    """The number is the top of a scale ("a 1 out of 5", "3/5"), never a rating of its own, even
    when the rating before it was set aside as a rating of something else."""
    return _MAXIMUM_BEFORE.search(low, max(0, num.start - 10), num.start) is not None


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


# A smiley right after a score: it goes with that score ("装机师傅必须五星👍").
_AFTER_SCORE = re.compile(r"(?:星|分|stars?|points?|\d)\s*$", re.IGNORECASE)


def emoji_rating(raw: str, set_aside: bool = False) -> int | None:
    """The rating of a smiley, unless it goes with a greeting or a pause ("hi 🙂", "稍等😊"), or
    (`set_aside`: the message's scores rate somebody or something else) it follows such a score:
    "装机师傅必须五星👍 整体的话不好说" gives the installer the thumbs up, not the service."""
    if social_talk.smiley_is_social(raw.lower()):
        return None
    for char, value in _EMOJI.items():
        at = raw.find(char)
        if at >= 0:
            if set_aside and _AFTER_SCORE.search(raw, 0, at):
                return None
            return value
    return None


# Good and bad by turns, said with two time frames: "some days it's great, some days it's awful",
# "sometimes fine, other times useless", "有时候挺快，有时候卡死".
_BY_TURNS = re.compile(
    r"\bsome (?:days|times|weeks|nights|mornings|evenings|months)\b[^.;!?]{1,40}?"
    r"\b(?:some (?:days|times|weeks|nights|mornings|evenings|months)\b|others\b|other (?:days"
    r"|times|weeks|nights|months)\b)"
    # ("sometime good sometime bad": the "-s" left off)
    r"|\bsometimes?\b[^.;!?]{1,40}?\b(?:sometimes?|other times|other days)\b"
    r"|\bone day\b[^.;!?]{1,30}?\b(?:the )?next\b|有时(?:候)?[^。！？!?]{1,12}?有时(?:候)?"
    r"|时而[^。！？!?]{1,8}?时而"
    # "时灵时不灵", "时好时不好", "时行时不行": working by turns
    r"|时(?:好时不好|灵时不灵|行时不行)"
    # with the weather: "changes with the weather", "depends on the weather", "看天气"
    r"|\b(?:changes?|varies|vary|depends?|goes)\s+(?:with|on)\s+(?:the\s+)?weather\b"
    r"|(?:看|取决于)天气|跟着天气变"
)


# Good in one room and bad in another: "4G in the kitchen, no bars in the bedroom".
_ROOM = (
    r"\bin the (?:kitchen|bedroom|lounge|living room|front room|back room|garden|bathroom|office"
    r"|garage|hall|study|shed|loft|attic|basement|yard)\b"
)
_BY_ROOMS = re.compile(_ROOM + r"[^.;!?]{1,40}?" + _ROOM)
_NONE_THERE = re.compile(
    r"\bno (?:bars|signal|coverage|reception|wi-?fi|internet)\b|\bdead\b|\bnothing\b"
)


def by_turns(low: str) -> bool:
    """Judgements that alternate with the time ("some days great, some days awful"), or with the
    room ("4G in the kitchen, no bars in the bedroom"): no level."""
    # (a score said with it still stands: "no signal in the garden, fine in the kitchen, 3 overall")
    rooms = " in the " in low and not re.search(r"\d(?!g\b)", low)
    if rooms and _BY_ROOMS.search(low) and _NONE_THERE.search(low):
        return True
    return _BY_TURNS.search(low) is not None

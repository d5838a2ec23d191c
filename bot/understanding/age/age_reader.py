"""The respondent's age: which number in a message is it, if any.

Ages marked as such ("25岁", "born in '98", "年过半百") come from `quantities.ages`; a decade
("三十多岁", "in my forties") from `quantities.decade_age`. When the age was asked, a bare number
nobody else explained may be the age too. Of several, one after a correction wins ("I'm 7 lol jk,
27"), an exact one beats a hedged one ("快三十了，29"), and counts, durations, heights, event years
and other people's ages are not the age ("工作十年了，35", "5'8", "a concert in 2019", "my son is
10"). Not asked, "我叫石永红，五十一了" still gives it: a clause of only a number and 了 after the
respondent named as the topic.
"""

from __future__ import annotations

import re

from bot.understanding import people
from bot.understanding.age import (
    age_thresholds,
    kin_then_self,
    past_ages,
    quantities,
    unlived_ages,
    whose_age,
)
from bot.understanding.bills import amounts
from bot.understanding.context import Ctx, bare_numbers, propose
from bot.understanding.model import SlotInfo
from bot.understanding.numerals.numbers import Num, round_half_up
from bot.understanding.numeric_slots import COUNT_AFTER
from bot.understanding.replies import CORRECTION

# After a bare number: not the respondent's age (money, durations, someone else's age "8岁").
_NOT_AGE = re.compile(
    r"\s*(?:块|元|个月|分钟|小时|%|kids?|children"
    r"|(?:great[- ]?)*grand(?:children|kids?|sons?|daughters?|bab(?:y|ies)|babes)"
    r"|后|岁|周岁|years? old|yrs? old|y/?o\b|米|cm|公分"
    r"|斤|公斤|kg|lbs?\b|磅|'\s*\d|\"|ft\b|feet\b|foot\b|[- ]?inch(?:es)?\b"
    # a temperature: "发烧39度"
    r"|度|°"
    # a count of stock or animals: "40 ewes to check tonight"
    r"|(?:ewes?|lambs?|sheep|cows?|cattle|calves|heifers?|pigs?|sows?|goats?|hens?|chickens?"
    r"|horses?|head of)\b|头|只|匹"
    # people and pets counted: "got 4 cats", "3 nieces"
    r"|(?:bab(?:y|ies)|cats?|dogs?|pets?|pupp(?:y|ies)|kittens?|siblings?|brothers?|sisters?"
    r"|nieces?|nephews?|cousins?|sons|daughters|boys|girls)\b"
    # ... also by their stage of life: "two teenagers at home", "2 teenage daughters"
    r"|(?:(?:teenage|teen|adult|grown(?:[- ]up)?|little|young|small|school[- ]age)\s+)?(?:teens"
    r"|teenagers|toddlers|twins|infants|kiddos|little ones|grown[- ]ups|sons|daughters|kids)\b"
    # ... or by their school: "two middle schoolers", "3 preschoolers", "2 uni students"
    r"|(?:(?:middle|high|grade|primary|elementary|junior high|secondary|nursery|pre|home)[- ]?"
    r"schoolers|(?:(?:college|uni|university|school|high school)\s+)?students|pupils"
    r"|kindergart(?:e|)ners|schoolkids|schoolchildren|school kids|school children)\b"
    r"|(?:小学|初中|中学|高中|大学|中专|职高|研究)生)"
)


_SOMETHING = re.compile(r"[- ]?something\b")

_PAST_SELF = re.compile(
    r"\b(?:(?:i|we) (?:was|were)|as) an? (?:(?:wee|young|little|small) )?(?:lad|lass|boy|girl"
    r"|kid|child|nipper|youngster) (?:of|aged) (?:about |around |only |just )?$"
)


def read_age(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    name = info.slot.name
    low = ctx.text.low
    readings = [
        (r.num, int(round_half_up(r.value)), r.approx)
        for r in ctx.ages
        if asked or not (_numeric_asked(ctx) and quantities.own_share(low, r.num))
        # ("under a hundred, ninety something" asked the spend: a figure, no decade of life)
        if asked or not (_numeric_asked(ctx) and _SOMETHING.match(low, r.num.end))
        # not asked, an age after somebody else's clause may be theirs ("陪我奶奶去菜市场，八十多岁
        # 的人扫码比我还溜")
        if asked or not whose_age.other_named_before(low, r.num.start)
        # ("广告说60岁以上办卡打折": the bound of an offer)
        if not age_thresholds.offer_threshold(low, r.num.start, r.num.end)
        # ("when I was a lad of ten": the age of a past self)
        if not _PAST_SELF.search(low, max(0, r.num.start - 40), r.num.start)
        # ("我12岁的时候搬来这儿的", "十八岁那年出来打工的": the age at a past event)
        if not past_ages.at_past_event(low, r.num.start, r.num.end)
        # ("I feel about 90", "要是能回到二十岁", "我仔今年十二岁": felt, wished, a child's)
        if not unlived_ages.not_lived(low, r.num.start, r.num.end)
    ]
    # (an age at a past event is still an age: no bare number for another slot, "我18岁那年办的")
    ctx.used.update(
        r.num.start for r in ctx.ages if past_ages.at_past_event(low, r.num.start, r.num.end)
    )
    # "我儿子都上高一了，16岁，我自己42": the child's age, then the respondent's own
    mine = [r for r in readings if not whose_age.other_named_before(low, r[0].start)]
    if mine and len(mine) < len(readings):
        readings = mine
    if not readings:
        decade = quantities.decade_age(low, asked)
        if decade is not None and not age_thresholds.offer_threshold(low, *decade[1:]):
            value, start, end = decade
            for num in ctx.nums:
                if start <= num.start < end:
                    ctx.used.add(num.start)
            propose(ctx, name, value, start, end, approx=True, confidence=0.7)
            return
    bare = _bare_ages(ctx) if asked else []
    bare = [
        c
        for c in bare
        if not past_ages.at_past_event(low, c[0].start, c[0].end)
        # ("1999 was the year I finished school": the year of an event)
        and not unlived_ages.not_lived(low, c[0].start, c[0].end)
    ]
    if not (asked or readings or _numeric_asked(ctx)):
        bare = _self_topic_age(ctx) or _offered_age(ctx)
    # "everyone guesses I'm 25, truth is I'm 40", "都说我看着像三十，其实四十五": an age others
    # give the respondent gives way to the one the respondent states
    stated = [
        c for c in readings + bare if not _SEEMING.search(people.clause_before(low, c[0].start))
    ]
    if stated and len(stated) < len(readings + bare):
        readings = [c for c in readings if c in stated]
        bare = [c for c in bare if c in stated]
    # ("有一个儿子，30岁，我55": the son's age, then the respondent's own)
    kept = kin_then_self.own_over_others(low, readings + bare)
    readings, bare = [c for c in readings if c in kept], [c for c in bare if c in kept]
    correction = CORRECTION.search(low)
    if correction is not None:
        later = [c for c in readings + bare if c[0].start >= correction.end()]
        if later:
            readings, bare = later[-1:], []
    if readings:
        # "八几年的…88年": an exact birth year after a hedged one
        exact = [c for c in readings if not c[2]]
        num, value, approx = exact[0] if readings[0][2] and exact else readings[0]
        confidence = 0.95
    elif bare:
        # ("二十七八，还没到三十": a bound after a range does not replace it)
        exact = [c for c in bare if not c[2] and not _BOUND_BEFORE.search(low, 0, c[0].start)]
        num, value, approx = exact[0] if bare[0][2] and exact else bare[0]
        confidence = 0.85
    else:
        return
    ctx.used.add(num.start)
    propose(ctx, name, value, num.start, num.end, approx=approx, confidence=confidence)


# A bound before a number: "还没到三十", "不到30", "under 30".
_BOUND_BEFORE = re.compile(r"(?:不到|没到|没有到|不满|未满|\bunder|\bbelow|\bless than)\s*$")


# An age others guess or the respondent looks: "guesses I'm about", "people think I'm", "would
# take me for", "I look", "猜我", "以为我", "说我像", "看着像", "看起来".
_SEEMING = re.compile(
    r"\b(?:guess(?:es|ed)?|think|thinks|thought|assume[sd]?|reckons?|would say|say|says"
    r"|mistake[sn]? me for|take[sn]? me for|took me for)\s+(?:i'?m|i am|i was|me)?\b"
    r"|\b(?:look|looks|looked|looking|pass for|passes for|pass as)\b"
    r"|猜|以为|当我|说我|看着|看起来|看上去|显得|像"
)


# "我叫石永红，五十一了": a clause that is only a number and 了 goes on about the respondent named
# as the topic of the clause before; prices and speeds in that clause make it something else.
_NUM_LE_CLAUSE = re.compile(r"\s*了\s*(?:$|[,，。.!！~～])")
_SELF_TOPIC = re.compile(r"^\s*(?:我|俺|本人)")
_SOON = re.compile(r"\s*(?:快|已经|马上|都快)?\s*")
_PRICE_WORDS = re.compile(
    r"价|费|钱|贵|便宜|块|元|涨|降|账单|套餐|月租|网|兆|光纤|宽带|手机|流量|用了|办了|装了"
)


# A number the respondent offers as their age in an answer to another question: "Female. 58 if
# you need my age too", "44 in case you want to know my age", "58 is my age".
_OFFERED_AS_AGE = re.compile(
    r"\s*[,.]?\s*(?:(?:if|in case|since|cos|cause|because)\s+(?:you\s+)?(?:need|want|wanted"
    r"|asked?|care|were wondering)(?:\s+to\s+know)?\s+(?:my\s+age|how\s+old\s+i\s+am)\b"
    r"|(?:is|=)\s+my\s+age\b|for\s+(?:my\s+|the\s+)?age\b|age[- ]?wise\b"
    # a clause of the age and how life is: "in Oakland now, 26 and broke lol"
    r"|\s*and\s+(?:broke|skint|single|still single|unemployed|jobless)\b(?!\s+even))"
)


def _offered_age(ctx: Ctx) -> list[tuple[Num, int, bool]]:
    low = ctx.text.low
    return [
        (num, num.as_int(), num.approx)
        for num in bare_numbers(ctx)
        if not num.is_range and 10 <= num.value <= 120 and _OFFERED_AS_AGE.match(low, num.end)
    ]


def _numeric_asked(ctx: Ctx) -> bool:
    info = ctx.model.slots.get(ctx.asked) if ctx.asked else None
    return info is not None and info.role in ("age", "money", "tenure", "scale", "number")


def _self_topic_age(ctx: Ctx) -> list[tuple[Num, int, bool]]:
    low = ctx.text.low
    for num in bare_numbers(ctx):
        clause = people.clause_before(low, num.start)
        if not _SOON.fullmatch(clause) or num.is_range or not 16 <= num.value <= 100:
            continue
        if not _NUM_LE_CLAUSE.match(low, num.end) or len(clause) >= num.start:
            continue
        before = people.clause_before(low, num.start - len(clause) - 1)
        if whose_age.age_of_other(low, num.start, num.end):
            continue  # "我儿子在厦门上班，三十了": the topic is the son
        if _SELF_TOPIC.match(before) and not _PRICE_WORDS.search(before):
            return [(num, num.as_int(), num.approx)]
    return []


# Before a year: when something happened, not when the respondent was born.
_EVENT_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|until|till|from|during|by|back in|as of|of)\s+"
    r"(?:early|late|mid|the year)?\s*'?$"
)


# "I have 44 years", "I am having 33 years": the age in the words of Spanish, French or Italian
# ("tengo 44 años"); only when the years end the clause ("I have 20 years of experience" is no age).
# A bare "34 yrs" or "about 34 years" as the whole answer is the same: nothing else to count.
_HAVE_YEARS_BEFORE = re.compile(
    r"\bi\s+(?:have|am having|got)\s*$|^\s*(?:i'?m\s+|i am\s+)?(?:about|around|nearly|almost)?\s*$"
)
_YEARS_END = re.compile(r"\s*(?:years?|yrs?)(?:\s+old)?\s*(?:$|[,.;!]|\b(?:now|already)\b)")
# "left school at 16", "started at 19": the age something happened at, the age now only when no
# other number is left.
# ("stopped counting after 40" too: a point passed, after a range that is the age)
_AT_BEFORE = re.compile(r"\b(?:at|after)\s+(?:age\s+|the age of\s+)?$")

_INCHES_BEFORE = re.compile(r"\d\s*(?:'|ft|feet|foot)\s*$")


def _bare_ages(ctx: Ctx) -> list[tuple[Num, int, bool]]:
    """Numbers nobody explained that may be the asked age, as (number, age, approximate).

    Counts and amounts of time ("工作十年了，35") are used only when nothing else is left.
    """
    low = ctx.text.low
    found: list[tuple[Num, int, bool]] = []
    counts: list[tuple[Num, int, bool]] = []
    past: list[tuple[Num, int, bool]] = []
    for num in bare_numbers(ctx):
        if _NOT_AGE.match(low, num.end) or quantities.someone_elses(low, num):
            continue
        if whose_age.age_of_other(low, num.start, num.end) or amounts.has_currency(low, num):
            continue  # "my son is 10", "a cake that cost 60 quid": no age of the respondent
        if age_thresholds.offer_threshold(low, num.start, num.end):
            continue  # "saw an ad saying over 60s get a discount": the bound of an offer
        if low[max(0, num.start - 1) : num.start] in ("米", "尺") or _INCHES_BEFORE.search(
            low, 0, num.start
        ):
            continue  # "1米75", "5'8", "5 foot 2": a height
        value = num.as_int()
        if num.value < 10 and low[max(0, num.start - 1) : num.start] == "奔":
            value *= 10  # 奔五: heading for fifty
        if not num.is_range and (
            1900 <= num.value <= ctx.today.year or quantities.is_year_token(low, num)
        ):
            if _EVENT_YEAR_BEFORE.search(low, 0, num.start) and "born" not in low:
                continue  # "a concert in Leeds in 2019": the year of something that happened
            year = quantities.two_digit_year(num.value, ctx.today)
            value = quantities.birth_year_age(year, ctx.today)
        elif quantities.birthday_ahead(low, num, ctx.today):
            value -= 1
        if _HAVE_YEARS_BEFORE.search(low, 0, num.start) and _YEARS_END.match(low, num.end):
            found.append((num, value, num.approx))  # "I have 44 years": the age, said as in Spanish
            continue
        target = counts if COUNT_AFTER.match(low, num.end) else found
        if _AT_BEFORE.search(low, 0, num.start):
            target = past  # "started at 19": an age something happened at
        target.append((num, value, num.approx))
    # counts and durations ("结婚都10年了", "driving for 20 years") are never the age itself
    plausible = [c for c in found if 10 <= c[1] <= 120]
    return plausible or found or past

"""Readers for numeric slots: customer durations, plain numbers and ratings (the age has its own
module, `age_reader`, and money too, `money`).

Each reader first takes what the text marks unambiguously (units, "分", "用了三年"); only when its
slot was asked does it fall back to a bare number nobody else explained. The correction markers
and the words that make a number a count are shared with the age and money readers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.understanding import others, people
from bot.understanding.age import quantities
from bot.understanding.bills import amounts, spending
from bot.understanding.context import Ctx, bare_numbers, is_past_at, propose
from bot.understanding.family import in_passing
from bot.understanding.model import SERVICE_SLOTS, SlotInfo
from bot.understanding.numerals.numbers import Num, round_half_up
from bot.understanding.options import choices
from bot.understanding.ratings import rating_scope, rating_tails, scales, then_and_now
from bot.understanding.tenure import duration_cues, lived_times, other_times, shared_times
from bot.understanding.tenure.corrected_dates import correction_marks, month_put_right
from bot.understanding.tenure.durations import Duration
from bot.understanding.tenure.reached_later import months_to_reach
from bot.understanding.tenure.start_dates import season_spans

# After a bare number: an amount of time or a count, used only when nothing else is left.
# (a hedge may come between: "做模具二十几年了")
COUNT_AFTER = re.compile(
    r"\s*(?:几|多|来|余)?(?:年(?!纪|龄)|个?月|个|位|口|只|张|台|部|years?\b|yrs?\b|months?\b|weeks?\b|days?\b|次"
    r"|times\b|号|楼"
    # things sent or visited: "简历投了60多份", "跑了20多家店" ("38单身" is an age)
    r"|份|封|篇|件|家(?![里人在])|单(?!身)"
    r"|g(?![a-z]))"
)


# After a bare number: a distance ("38公里", "40 miles") or hours, no number of months.
_DISTANCE_AFTER = re.compile(
    r"\s*(?:多|来|余)?\s*(?:公里|千米|里地|英里|km\b|kms\b|miles?\b)"
    # or hours and minutes: "跑了一个多小时"
    r"|\s*个?(?:多|来|半)?(?:小时|钟头|分钟)|\s*(?:hours?|hrs?|minutes?|mins?)\b"
)


# Asked how they pay, "set that up" sets up the payment, not the line.
_SET_UP_THAT = re.compile(r"\bset (?:that|it|this) up\b")


def _asked_role(ctx: Ctx) -> str | None:
    info = ctx.model.slots.get(ctx.asked) if ctx.asked else None
    return info.role if info is not None else None


def _here_cued(ctx: Ctx, d: Duration) -> Duration:
    """`d` tied to being a customer by "been here" ("I'll renew, I've been here 10 years") in an
    answer about the service, unless "here" may be a place: a city is named ("Leeds, been here
    10 years")."""
    if d.tenure_cue or d.contract_cue or not duration_cues.been_here(ctx.text.low, d.start):
        return d
    if ctx.asked not in SERVICE_SLOTS and _asked_role(ctx) != "tenure":
        return d  # "I'm 40, been here 20 years": in an answer about the person, a place
    if any(e.kind == "city" for h in ctx.hits for e in h.entries):
        return d
    return replace(d, tenure_cue=True)


def _not_ours(
    low: str, d: Duration, before: Duration | None, billing: list[tuple[int, int]]
) -> bool:
    """`d` is years at a job, with a rival or a billing term; or a part of such an amount said
    right after it ("been at the depot 9 years, night supervisor for 2 of them")."""
    if any(s <= d.start < e for s, e in billing) or other_times.with_rival(low, d.start):
        return True
    if before and not d.tenure_cue and other_times.OF_THEM_END.search(low, d.start, d.end):
        return True
    return not d.tenure_cue and other_times.of_work(low, d.start, d.end)


def read_tenure(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    name = info.slot.name
    low = ctx.text.low
    usable = []
    household = []
    billing = other_times.billing_spans(low)
    not_ours: Duration | None = None
    for d in [_here_cued(ctx, x) for x in ctx.durations]:
        if d.contract_cue:
            # "it's a 12 month contract": the contract's length, and no bare number either
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
            continue
        if ctx.asked == "contract" and duration_cues.term_with_us(low, d.start, d.end):
            # asked about the contract, "1yr with you guys" is its term, not the time with us
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
            continue
        if _not_ours(low, d, not_ours, billing):
            # "been plumbing 18 years", "I was with Jazz for 7 years", "用一个月算一个月": a
            # working life, a rival's years or a billing term, never the time with us
            not_ours = d
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
            continue
        if not asked and (d.year_only or d.generic):
            continue  # "since 2020", "我是新用户，有啥优惠吗": no amount unless the tenure is asked
        if (
            not asked
            and ctx.asked == "payment_method"
            and _SET_UP_THAT.search(people.clause_before(low, d.start))
        ):
            continue  # "PayPal, my daughter set that up last Christmas": the way of paying
        if shared_times.shared(low, d.start):
            household.append(d)
        elif duration_cues.someone_elses(low, d.start, d.end):
            # "我朋友用了五年了", "my dad's been with you 10 years": their time with us, and no
            # bare number for the asked slot either
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
        else:
            usable.append(d)
    theirs = [d for d in usable if other_times.third_person(low, d.start)]
    if theirs and len(theirs) < len(usable):
        # "他是老用户七八年了，我是…差不多一年半": his time, then the respondent's own
        usable = [d for d in usable if d not in theirs]
        for d in theirs:
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
    if usable:
        # "my wife's had it 5 years, I joined 2 years ago": the respondent's own time wins
        for d in household:
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
    else:
        usable = household  # "my wife set it up 2 years ago": the household's service, shared
    # "路由器用了3年了，你们家的服务才1年": a device's years (or an offer's months) are not the
    # time with us
    # ("my router is from 2019": a year alone after a device dates the device, "from" or not)
    devices = [
        d
        for d in usable
        if (not d.tenure_cue or d.year_only) and duration_cues.not_with_us(low, d.start, d.end)
    ]
    if len(devices) < len(usable):
        usable = [d for d in usable if d not in devices]
    else:
        for d in devices:
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
        usable = []
    # "这手机用了四年了…新款要六千多": the time told is a device's; of the other numbers only one
    # said with a unit of time may be the time with us ("手机用了五年，号码新办的，俩月")
    only_devices = bool(devices) and not usable
    # "我在这边住了十年，宽带才装了半年", "married 5 years": time lived or married, not with us
    life = [d for d in usable if lived_times.of_home(low, d)]
    if life and (len(life) < len(usable) or not lived_times.service_from_then(low)):
        usable = [d for d in usable if d not in life]
        for d in life:
            ctx.used.update(n.start for n in ctx.nums if d.start <= n.start < d.end)
    # "宽带才办了一年": "才办" (just signed up) is followed by how long ago, which wins
    usable = [
        d
        for d in usable
        if not (d.months == 0 and any(0 <= o.start - d.end <= 2 and o.months for o in usable))
    ]
    cued = sorted((d for d in usable if d.tenure_cue), key=lambda d: (d.generic, d.year_only))
    chosen = cued[0] if cued else (usable[0] if asked and usable else None)
    if chosen is not None and (asked or chosen.tenure_cue):
        chosen = _corrected(ctx, chosen, usable)
    if chosen is not None:
        for num in ctx.nums:
            if chosen.start <= num.start < chosen.end:
                ctx.used.add(num.start)
        # "two years next month", "明年一月就满两年了": not yet; "it was two years in March": more
        reach = months_to_reach(
            low, chosen.start, chosen.end, ctx.today, dated=not chosen.year_only
        )
        months = chosen.months - reach
        propose(
            ctx,
            name,
            round_half_up(months),
            chosen.start,
            chosen.end,
            approx=chosen.approx,
            confidence=0.9,
        )
        return
    if not asked:
        return
    seasons = season_spans(low)
    if seasons:
        ctx.unusable_asked = True  # "since spring 2024", "去年夏天": a season names no month
        return
    for num in bare_numbers(ctx):
        if quantities.someone_elses(low, num) or _TURNS_BEFORE.search(low, 0, num.start):
            continue  # "my son turns 12 on friday": an age, not months with us
        if amounts.has_currency(low, num) or spending.is_difference(low, num):
            continue  # "一百多块", "$90", "20 off": an amount of money, not months
        if _DISTANCE_AFTER.match(low, num.end):
            continue  # "38公里跑了一个多小时", "drove 40 miles": a distance, not months
        if duration_cues.in_rate(low, ctx.nums, num) or duration_cues.counts_things(low, num):
            continue  # "一天三充", "就你们一家信号好": a rate per day or a count, no months
        if only_devices and not _TIME_UNIT_AFTER.match(low, num.end):
            continue
        value = num.value
        if 1950 <= value <= ctx.today.year:
            value = (ctx.today.year - value) * 12
        ctx.used.add(num.start)
        propose(
            ctx, name, round_half_up(value), num.start, num.end, approx=num.approx, confidence=0.7
        )
        return


_TIME_UNIT_AFTER = re.compile(
    r"\s*(?:个|多)?(?:年|月|周|星期|天)|\s*(?:years?|yrs?|months?|mos?|weeks?)\b"
)
_TURNS_BEFORE = re.compile(r"\b(?:turns?|turning|turned|aged?)\s*$|满\s*$")


def _corrected(ctx: Ctx, chosen: Duration, usable: list[Duration]) -> Duration:
    """After a correction the later duration counts ("三年，哦不对，四年了"); a bare number after it
    takes the unit of the one corrected ("about 5 years... actually more like 6" is 6 years)."""
    low = ctx.text.low
    marks = correction_marks(low)
    if not marks or marks[-1].start() < chosen.start:
        return chosen
    for mark in reversed(marks):
        later = [d for d in usable if d.start >= mark.end()]
        if later:
            return later[-1]
    moved = month_put_right(low, chosen, marks[-1].end())  # "2023年3月，不对，4月"
    if moved is not None:
        return moved
    after = marks[-1].end()
    inside = [n for n in ctx.nums if chosen.start <= n.start < chosen.end and n.value > 0]
    if len(inside) != 1:
        return chosen
    unit = chosen.months / inside[0].value
    year = 1900 <= inside[0].value <= ctx.today.year
    for num in bare_numbers(ctx):
        if year and num.start >= after and 1900 <= num.value <= ctx.today.year:
            # "since June of 2021 no 2022": the start year put right, its month kept
            months = chosen.months - (num.value - inside[0].value) * 12
            return Duration(months, chosen.start, num.end, num.approx, chosen.tenure_cue)
        if num.start >= after and not COUNT_AFTER.match(low, num.end):
            months = num.value * unit
            return Duration(months, num.start, num.end, num.approx, chosen.tenure_cue)
    return chosen


def read_plain_number(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    slot = info.slot
    units = [u for u in ((slot.unit.zh, slot.unit.en) if slot.unit else ()) if u]
    for num in bare_numbers(ctx):
        after = ctx.text.low[num.end : num.end + 12].strip()
        if asked or any(after.startswith(u.lower()) for u in units):
            value: Any = num.value if slot.type.value == "number" else num.as_int()
            if slot.type.value == "number":
                value = float(round(value, 2))
            ctx.used.add(num.start)
            propose(ctx, slot.name, value, num.start, num.end, approx=num.approx)
            return


# Things people rate in passing that are not the provider's service.
_OTHER_THING = re.compile(
    r"\b(?:installer|engineer|technician|film|movie|show|series|restaurant|hotel|shop|cafe|book"
    r"|game|meal|delivery|uber|driver|rider|teacher|lesson|hawker|stall|centre|center|app store"
    r"|play store|(?:install(?:ation)?|repair|tech|cable) (?:guy|man|lad|bloke|team|crew))s?\b"
    r"|火锅|餐厅|饭店|饭馆|电影|外卖|快递|酒店|骑手|司机|师傅|老师|商家|店家|卖家"
    r"|应用商店|(?:那家|这家)[^,，。]{0,4}店"
)


# A score given to a named object that is not the service: "just gave the pizza place 5 stars".
_GAVE_OBJECT = re.compile(
    r"\b(?:gave|give|giving|given|rated|rate|rating|left)\s+(?:the|that|this|my|their|his|her"
    r"|our)\s+(?!(?:service|internet|broadband|wi-?fi|plan|connection|network|provider|company"
    r"|app|whole|overall|experience|thing|lot|team|support|staff|signal|speed)\b)"
    r"[a-z'\- ]{1,30}?\s*$"
)


# After the rating, what it is for: "five stars for the engineer", "a 5 for the installer lad".
_FOR_OTHER_THING = re.compile(
    r"\s*(?:(?:stars?|points?|pts)\s+)?for\s+(?:the|that|this|our|my|their)\s+(?:[a-z]+\s+)?"
    r"(?=" + _OTHER_THING.pattern + r")"
)


def _rates_other_thing(low: str, start: int, end: int) -> bool:
    # ("给师傅打五星 网速一般", "装机师傅能给5分 但网本身只能2分")
    before = rating_scope.after_but(others.last_sentence(people.clause_before(low, start)))
    if _OTHER_THING.search(before) is not None or _GAVE_OBJECT.search(before) is not None:
        return True
    return _FOR_OTHER_THING.match(low, end) is not None


def _all_others(low: str, nums: list[Num], blocked: set[int]) -> bool:
    """Every rating on another scale is somebody else's ("my buddy gives you 10 out of 10"):
    it leaves the respondent's own rating unsaid rather than unusable."""
    return all(
        others.rated_by_other(low, n.start, n.end) or rating_scope.apart(low, n.start)
        for n in nums
        if n.start in blocked
    )


def _timed(ctx: Ctx, num: Num) -> bool:
    """The number counts an amount of time ("in a couple of months"), which rates nothing."""
    return any(d.start <= num.start < d.end for d in ctx.durations)


def read_scale(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    slot = info.slot
    low = ctx.text.low
    nums = bare_numbers(ctx)
    found, blocked = scales.numeric_ratings(low, nums, slot, asked)
    ctx.used.update(blocked)
    ratings = [
        (n, v)
        for n, v in found
        if not is_past_at(low, n.start)
        and not others.rated_by_other(low, n.start, n.end)
        and not in_passing.star_class(low, n.start, n.end)
        and not in_passing.rating_received(low, n.start)
        and not rating_scope.apart(low, n.start)
        and not others.only_asked(low, n.start)  # "1是最好还是5是最好？"
        and not _timed(ctx, n)  # "give it a couple of weeks": no rating of 2
    ]
    if len(ratings) > 1:
        # "after a 12 hr shift I'm a 1 lol, but 5 from me": the speaker's own state gives way
        ratings = [r for r in ratings if not rating_scope.self_score(low, r[0].start)] or ratings
    # "the installer was a 5/5 legend, the service maybe 3": the rest of the message wins
    elsewhere = [(n, v) for n, v in ratings if _rates_other_thing(low, n.start, n.end)]
    ratings = [r for r in ratings if r not in elsewhere]
    if asked and blocked and not ratings and not _all_others(low, nums, blocked):
        # "8/10" on a 1–5 scale, or next to somebody else's 10: asked again, not guessed
        ctx.unusable_asked = True
        return
    if ratings:
        num, value = ratings[-1]
        ctx.used.add(num.start)
        propose(ctx, slot.name, value, num.start, num.end, approx=num.approx, confidence=0.95)
        return
    if asked and scales.by_turns(low):
        ctx.unusable_asked = True  # "some days it's great, some days it's awful": no level
        return
    cands = choices.candidates(ctx.hits, info, asked, low)
    own = [
        c
        for c in cands
        if not _rates_other_thing(low, c[0].start, c[0].end)
        and not in_passing.rates_other_object(low, c[0].start, c[0].end)
        and not others.only_asked(low, c[0].start)
        and not others.rated_by_other(low, c[0].start, c[0].end)
        and not in_passing.star_class(low, c[0].start, c[0].end)
        and not in_passing.rating_received(low, c[0].start)
        and not rating_scope.apart(low, c[0].start)
        and not rating_scope.word_used_otherwise(low, c[0].start, c[0].end)
        and (asked or in_passing.rating_of_service(low, c[0].start, c[0].end))
        and (asked or not rating_scope.names_the_worst(low, c[0].start, c[0].end))
    ]
    if len(own) > 1:
        # "还行，就是有时候信号不好": a caveat's fault gives way to the judgement it qualifies
        own = [c for c in own if not rating_scope.in_caveat(low, c[0].start)] or own
    word = choices.resolve_scale(own, asked)
    if word is not None:
        value, hit, strong = word
        propose(ctx, slot.name, value, hit.start, hit.end, confidence=0.85)
        if asked and not strong:
            ctx.weak_asked = True
        return
    if not asked:
        return
    for num in then_and_now.current_first(low, bare_numbers(ctx)):  # "last month 2, now 4"
        if rating_tails.NOT_A_RATING.match(low, num.end) or others.rated_by_other(
            low, num.start, num.end
        ):
            continue
        if scales.is_maximum(low, num) or _timed(ctx, num):
            continue  # "a 1 out of 5": the 5 is the top; "ask me in a couple of months": a time
        if _rates_other_thing(low, num.start, num.end) or others.only_asked(low, num.start):
            continue  # "which one means good, 1 or 5?": a question, not a rating
        if in_passing.rating_received(low, num.start) or rating_scope.apart(low, num.start):
            continue  # "学生评教给了我98分": a score the respondent got
        ctx.used.add(num.start)
        propose(ctx, slot.name, num.as_int(), num.start, num.end, approx=num.approx)
        return
    emoji = scales.emoji_rating(ctx.text.raw, set_aside=bool(found or cands))
    if emoji is not None:
        propose(ctx, slot.name, scales.to_scale(slot, emoji), 0, 0, confidence=0.6)

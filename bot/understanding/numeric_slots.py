"""Readers for numeric slots: ages, customer durations, money, plain numbers and ratings.

Each reader first takes what the text marks unambiguously (units, currency, "分", birth years);
only when its slot was asked does it fall back to a bare number nobody else explained.
"""

from __future__ import annotations

import re
from typing import Any

from bot.understanding import choices, quantities, scales
from bot.understanding.context import Ctx, bare_numbers, is_past_at, propose
from bot.understanding.model import SlotInfo
from bot.understanding.numbers import Num, round_half_up

_CONTRAST = re.compile(
    r"\bbut\b|但是|不过|后来|现在|now|actually|raised"
    r"|涨到|改成|变成|其实|加上|加起来|一共|总共|in total"
    r"|\btotal|altogether|\bplus\b"
)


def read_age(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    name = info.slot.name
    if ctx.ages:
        reading = ctx.ages[0]
        ctx.used.add(reading.num.start)
        propose(
            ctx,
            name,
            int(round_half_up(reading.value)),
            reading.num.start,
            reading.num.end,
            approx=reading.approx,
            confidence=0.95,
        )
        return
    decade = quantities.decade_age(ctx.text.low, asked)
    if decade is not None:
        value, start, end = decade
        for num in ctx.nums:
            if start <= num.start < end:
                ctx.used.add(num.start)
        propose(ctx, name, value, start, end, approx=True, confidence=0.7)
        return
    if not asked:
        return
    for num in bare_numbers(ctx):
        after = ctx.text.low[num.end : num.end + 6]
        if re.match(r"\s*(?:块|元|个月|分钟|小时|%|kids?|children|后)", after):
            continue
        value = num.as_int()
        if num.value < 10 and ctx.text.low[max(0, num.start - 1) : num.start] == "奔":
            value *= 10  # 奔五: heading for fifty
        if 1900 <= num.value <= ctx.today.year and not num.is_range:
            value = quantities.birth_year_age(int(num.value), ctx.today)
        ctx.used.add(num.start)
        propose(ctx, name, value, num.start, num.end, approx=num.approx, confidence=0.85)
        return


def read_tenure(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    name = info.slot.name
    usable = [d for d in ctx.durations if not d.contract_cue]
    cued = [d for d in usable if d.tenure_cue]
    chosen = cued[0] if cued else (usable[0] if asked and usable else None)
    if chosen is not None:
        for num in ctx.nums:
            if chosen.start <= num.start < chosen.end:
                ctx.used.add(num.start)
        propose(
            ctx,
            name,
            round_half_up(chosen.months),
            chosen.start,
            chosen.end,
            approx=chosen.approx,
            confidence=0.9,
        )
        return
    if not asked:
        return
    for num in bare_numbers(ctx):
        value = num.value
        if 1950 <= value <= ctx.today.year:
            value = (ctx.today.year - value) * 12
        ctx.used.add(num.start)
        propose(
            ctx, name, round_half_up(value), num.start, num.end, approx=num.approx, confidence=0.7
        )
        return


def read_money(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    name = info.slot.name
    readings = [r for r in ctx.money if r.num.start not in ctx.used]
    if readings:
        current = [r for r in readings if not is_past_at(ctx.text.low, r.num.start)] or readings
        reading = current[-1] if _CONTRAST.search(ctx.text.low) else current[0]
        ctx.used.add(reading.num.start)
        propose(
            ctx,
            name,
            float(round(reading.value, 2)),
            reading.num.start,
            reading.num.end,
            approx=reading.approx,
            confidence=0.95,
        )
        return
    if not asked:
        return
    bare: list[Num] = [
        n
        for n in bare_numbers(ctx)
        if not re.match(
            r"\s*(?:岁|年|个月|g\b|m\b|mb|兆|gb|%|分钟|小时|pm|am)", ctx.text.low[n.end :]
        )
    ]
    if bare:
        now = [n for n in bare if not is_past_at(ctx.text.low, n.start)] or bare
        num = now[-1] if _CONTRAST.search(ctx.text.low) else now[0]
        ctx.used.add(num.start)
        value = num.value
        if quantities.per_year(ctx.text.low, num):
            value /= 12
        propose(
            ctx,
            name,
            float(round(value, 2)),
            num.start,
            num.end,
            approx=num.approx,
            confidence=0.85,
        )


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


def read_scale(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    slot = info.slot
    low = ctx.text.low
    found, blocked = scales.numeric_ratings(low, bare_numbers(ctx), slot, asked)
    ctx.used.update(blocked)
    ratings = [(n, v) for n, v in found if not is_past_at(low, n.start)]
    if ratings:
        num, value = ratings[-1]
        ctx.used.add(num.start)
        propose(ctx, slot.name, value, num.start, num.end, approx=num.approx, confidence=0.95)
        return
    cands = choices.candidates(ctx.hits, info, asked, low)
    word = choices.resolve_scale(cands, asked)
    if word is not None:
        value, hit, strong = word
        propose(ctx, slot.name, value, hit.start, hit.end, confidence=0.85)
        if asked and not strong:
            ctx.weak_asked = True
        return
    if not asked:
        return
    for num in bare_numbers(ctx):
        if re.match(r"\s*(?:岁|年|个月|块|元|%)", low[num.end :]):
            continue
        ctx.used.add(num.start)
        propose(ctx, slot.name, num.as_int(), num.start, num.end, approx=num.approx)
        return
    emoji = scales.emoji_rating(ctx.text.raw)
    if emoji is not None:
        propose(ctx, slot.name, scales.to_scale(slot, emoji), 0, 0, confidence=0.6)

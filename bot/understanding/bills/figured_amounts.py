"""Times and prices said as a figure of speech: no amount, a vague answer.

Asked how long they have been with us, "feels like 100 years", "a thousand years", "感觉用了一百
年了", "八百年了" exaggerate: a hundred years or more is no time with us (like "ages"), and the
number is no bare count of months either. Asked what they spend, "二两银子" (taels of silver, a
joke), "一包烟钱", "一顿火锅钱" (the price of a pack of cigarettes, of a hotpot dinner), "the price
of a pint", "a couple of pints", "two pizzas' worth" name a thing the money would buy, not an
amount. Another amount said beside the figure still counts ("两包烟钱，四十块" is 40.0, "the price
of a pint, about 5 quid" 5.0), and "100个月", "50 years", "一百块钱" are amounts.
"""

from __future__ import annotations

import re

from bot.understanding import numeric_slots
from bot.understanding.bills import money, topped_up, varying_amounts
from bot.understanding.context import Ctx
from bot.understanding.literal_gates import gated
from bot.understanding.model import SlotInfo
from bot.understanding.tenure import tenure_asides

# A span of a hundred years or more: "100 years", "a hundred years", "一百年", "八百多年".
_YEARS_AFTER = re.compile(r"\s*(?:多|来|余)?\s*(?:年(?!代|级|纪|龄)|years?\b|yrs?\b)")
_PRICED_THINGS = gated(
    # silver taels: "二两银子", "几两碎银子"
    r"(?:[一二两三四五六七八九十几半百千]|\d)+\s*两碎?银"
    # the price of a thing bought: "一包烟钱", "一顿火锅钱", "两杯奶茶钱"
    r"|(?:[一二两三四五六七八九十几半]|\d)+\s*(?:包|顿|杯|碗|瓶|条|盒|桶|根|斤)[^,，。\d块元]{0,5}?钱"
    r"|\bprice of (?:a|an|one|two|three|a couple of|couple of|a few)\s"
    r"|\b(?:a|an|one|two|three|four|five|a couple of|couple of|a few|\d+)\s+(?:cups? of\s+)?"
    r"(?:pints?|coffees?|lattes?|pizzas?|takeaways?|beers?|big macs?|packs? of (?:fags|cigarettes"
    r"|smokes|ciggies)|cigarettes)(?:'s?)?(?:\s+worth)?\b"
)


def read_tenure(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    """`numeric_slots.read_tenure` without spans of a hundred years or more, nor the amounts
    that date a device or a ported number (`tenure_asides`)."""
    low = ctx.text.low
    figures = [
        n
        for n in ctx.nums
        if n.value >= 100
        and not 1900 <= n.value <= ctx.today.year + 1
        and _YEARS_AFTER.match(low, n.end)
    ]
    asides, ported = tenure_asides.set_aside(low, ctx.durations)
    if not figures and not asides:
        numeric_slots.read_tenure(ctx, info, asked)
        return
    ctx.used.update(n.start for n in figures)
    spans = [(n.start, n.end) for n in figures] + [(d.start, d.end) for d in asides]
    ctx.used.update(n.start for n in ctx.nums if any(a <= n.start < b for a, b in spans))
    durations = ctx.durations
    # hidden from the tenure only: the figure is still an amount of time to the other readers
    ctx.durations = [d for d in durations if not any(a < d.end and d.start < b for a, b in spans)]
    numeric_slots.read_tenure(ctx, info, asked)
    ctx.durations = durations
    if asked and info.slot.name not in ctx.proposals and (figures or ported):
        ctx.unusable_asked = True


def read_money(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    """`money.read_money` without the numbers of things the money would buy."""
    low = ctx.text.low
    figures = [m.span() for m in _PRICED_THINGS.finditer(low)]
    # ("有时候五六十有时候一百多": no usual amount; "充了100块 每个月用多少不清楚": a top-up)
    swing = varying_amounts.swing_only(low) or topped_up.top_up_only(low)
    if swing is not None:
        figures.append(swing)
    if not figures:
        money.read_money(ctx, info, asked)
        return
    ctx.used.update(n.start for n in ctx.nums if any(a <= n.start < b for a, b in figures))
    money.read_money(ctx, info, asked)
    if asked and info.slot.name not in ctx.proposals:
        ctx.unusable_asked = True

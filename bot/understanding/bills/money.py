"""The monthly spend: which of the amounts in a message is the monthly bill.

Amounts marked as money ("七十来块", "$65", "每月88") come from `amounts.money`; when the spend
was asked, a bare number nobody else explained may be the amount too. People often give more than
one amount, and the monthly bill is then:

- the current one, when an old price is replaced ("去年是128，今年降到98了", "used to be 60, now
  75");
- the total, when the message says which amount is the total ("宽带80，手机58，一共138", "about 30
  for the phone and 50 for internet, so 80", "月租58，加上流量一般要七十多", "实际每月扣99");
- the sum, when separate bills are listed ("手机39，宽带100", "broadband's 45 plus 20 for my
  mobile");
- otherwise the first one.

Amounts paid per year, half year, quarter or every few months are divided down to one month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.bills import (
    amounts,
    bound_then_guess,
    one_off_fees,
    own_bill_unknown,
    prices_now,
    rating_scales,
    spending,
    whose_amount,
)
from bot.understanding.bills.apart_bills import billed_apart
from bot.understanding.bills.future_prices import said_ahead
from bot.understanding.bills.paid_in_passing import paid_in_passing
from bot.understanding.bills.raised_prices import change_after, raised_to
from bot.understanding.bills.said_totals import said_total
from bot.understanding.context import Ctx, bare_numbers, is_past_at, propose
from bot.understanding.model import BILLING_SLOTS, SERVICE_SLOTS, SlotInfo
from bot.understanding.numerals.number_lists import listed_starts
from bot.understanding.numerals.numbers import Num
from bot.understanding.replies import CORRECTION

# (English words whole: "I know" and "snow" hold no "now")
_CONTRAST = re.compile(
    r"\bbut\b|但是|不过|后来|现在|\bnow(?:adays)?\b|\bactually\b|\braised\b"
    r"|涨到|涨成|降到|降成|降为|调到|改成|变成|其实|\bwent (?:up|down) to"
    r"|\b(?:dropped|cut|reduced) to"
    # a change from the old amount: "went up from 79 to 89", "jumped from 60 to 75"
    r"|\b(?:went|gone|rose|jumped|increased|climbed|dropped|fell|decreased|raised|hiked|bumped)"
    r"\s+(?:(?:it|up|down)\s+)?from\s+[^,.;]{0,12}?\bto\b"
)
# After a bare number: not an amount of money.
_NOT_MONEY = re.compile(
    r"\s*(?:来|多|余)?(?:岁|年|个月|个|张|次|号|日|天|周|位|st\b|nd\b|rd\b|th\b|g(?![a-z])|m(?![a-z])|mb|兆|gb|%|分钟|小时|pm|am|mbps|megs?\b|meg\b"
    r"|y/?o\b|yrs?\b"
    r"|kids?|people|lines?(?!\s*rental)|cards?|pages?\b|sheets?\b|years?|months?|weeks?\b|wks?\b|days?\b|fortnights?\b"
    # a measure or a count of things: "一升八块" (a litre), "2 kg", "一箱油", "两台电脑"
    r"|升|斤|公斤|公里|kg\b|km\b|lit(?:re|er)s?\b|台(?![币幣])|部|只|条|件|趟|节|本|杯|瓶|箱|顿|辆|套|项|样"
    # a period counted: "一晚房费", "一学期四百", "一季度交一次" (the amount, if any, follows)
    r"|晚|夜|宿|学期|季度?|礼拜|星期"
    # people counted ("俩人一起用，一百二"; not "一百二人民币"), months after 俩 ("俩月一交")
    r"|人(?!民币)|(?<=[俩仨])月)"
)
# Before an amount: it is the total or the amount actually paid.
_TOTAL_BEFORE = re.compile(
    # the usual amount after an unusual month: "上个月交了200，超流量了，平时就80"
    r"(?:平时就|平常就|一般就|通常就|\b(?:usually|normally) (?:it'?s |about |around )?"
    r"|一共|总共|合计|总计|加起来|加一起|算下来|下来|一般要|通常要|平时要|基本要|大概要|差不多要"
    r"|实际(?:上)?"
    r"|in total|(?<![a-z])total(?:\s+(?:is|of|comes to|due|payable|to pay|owing))?\s*[:：]?"
    # a pasted bill's last line: "Total due £46.50", "Amount due: £38.50"
    r"|\b(?:amount|balance) (?:due|payable|owing)\s*[:：]?|altogether|all together|comes to"
    r"|works out(?: at| to)?"
    r"|ends up(?: at| being)?|\bso(?:\s+(?:call it|let'?s say|say))?|\bcall it|就算|算它|=)"
    r"\s*(?:就是|就要|是|要|就|每月|每个月|扣|交|大概|差不多|约|about|around"
    r"|roughly|like|~)?\s*(?:¥|\$|£|€|₦|₹|₱|₩|₽|₺|₫|rmb|hk\$|\brs\.?|\br|\binr|\bkes|\bngn"
    r"|\bzar)?\s*$"
)
# After an amount: "around 1,400 total", "68 all in", "450 all up"
_TOTAL_AFTER = re.compile(
    r"\s*(?:(?:in\s+)?total\b|all[ -]in\b|all up\b|altogether\b|all together\b)"
)
# Bills that add up: a different one named next to each amount.
_BILL = re.compile(
    r"宽带|手机|话费|固话|座机|电视|流量|副卡|套餐|broadband|internet|mobile|phone|landline|\btv\b|fib(?:re|er)"
    r"|\bsim\b|tablet|ipad|\bmine\b|我自己|我(?:这|那)张"
    r"|wi-?fi|data|\bnbn\b"
    # the bills as people misspell them: "brodband is 35 and my fone is 18"
    r"|b(?:ro|ra|o)(?:a)?dband|\bfone\b|\bphne\b"
    # a line and numbers counted: "$45 for my line", "俩号加一起一百"
    r"|(?<![a-z])line\b(?!\s*rental)|[俩两仨三]个?号(?!码)|[俩两仨三]张卡"
)
# (a space between Chinese bills parts them too: "手机套餐58 宽带100")
_PART_BREAK = re.compile(
    r"[,，;；]|\bplus\b|\band\b|加(?!起来|一起|在一起)上?|\+|(?:^|(?<=[\d\u4e00-\u9fff]))\s+(?=[\u4e00-\u9fff])"
    # the next item of a numbered list: "1. 手机59元/月 2. 宽带一年960"
    r"|(?:^|\s)[1-9][.)）]\s"
)
_UNIT_LEAD = re.compile(
    r"\s*(?:(?:shillings?|quid|pounds?|dollars?|bucks|euros?|rand|rupees?|naira|pesos?)\b)?"
    r"\s*(?:(?:a|per|each|every) month\b|monthly\b)?"
)
_SENTENCE_STOP = re.compile(r"[。！？!?\n]|\.(?!\d)")
_LIST_MARK = re.compile(r"(?<![\d.,$£€¥])[1-9][.)）]\s+(?=\D)")
_ADDING_END = re.compile(r"(?:(?:再|另外?|还要?|外)?加上?|\bplus|\+|\band)\s*$")
# Before the second amount: it is added to the first ("plus £10 for the phone", "另外手机每月30").
_ADDED_NEXT = re.compile(r"\bplus\b|\bon top\b|加上|另外|另加|再加")
_RANGE_WORDS = re.compile(r"\bor\b|或者?|到|之间|between|-")


@dataclass(frozen=True)
class Amount:
    num: Num
    value: float
    approx: bool
    marked: bool  # said to be money ("块", "$", "每月"), not a bare number


def read_money(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    low = ctx.text.low
    # "三十九块、五十九块、九十九块": prices listed one by one are options heard, no bill
    listed = listed_starts(low, ctx.nums) if "、" in low else set()
    ctx.used.update(listed)
    marked = [
        Amount(r.num, r.value, r.approx, True)
        for r in ctx.money
        if r.num.start not in ctx.used
        and not spending.not_the_bill(low, r.num)
        and not one_off_fees.one_off(low, r.num)
        and not _adds_to_no_bill(ctx, r.num)
        and (asked or _tied_to_bill(ctx, r.num))
    ]
    bare = _bare_amounts(ctx, marked) if asked else []
    if own_bill_unknown.own_unknown(low):  # "my mom's bill is like 90, mine I don't remember"
        marked = [a for a in marked if not own_bill_unknown.set_against(low, a.num.start)]
        bare = [a for a in bare if not own_bill_unknown.set_against(low, a.num.start)]
        ctx.unusable_asked |= asked and not (marked or bare)
    if not (marked or bare):
        return
    chosen, value = _choose(low, marked, bare)
    # "89 a month but they put it up by 6": the old price and the rise add up
    value += change_after(low, ctx.nums, chosen.num)
    ctx.used.add(chosen.num.start)
    propose(
        ctx,
        info.slot.name,
        float(round(value, 2)),
        chosen.num.start,
        chosen.num.end,
        approx=chosen.approx,
        confidence=0.95 if chosen.marked else 0.85,
    )


def _tied_to_bill(ctx: Ctx, num: Num) -> bool:
    """Not asked: the amount counts only when the text ties it to the bill (`spending.bill_cue`)."""
    low = ctx.text.low
    period = 12 if amounts.paid_for_the_year(low, num) else amounts.period_months(low, num)
    billing = ctx.asked in BILLING_SLOTS
    currency = amounts.has_currency(low, num)
    if spending.bill_cue(low, num, period, billing, currency):
        return True
    if amounts.paid_clause_before(low, num):
        return True  # "每月信用卡扣，一百零八", "宽带加手机一共八十八"
    if prices_now.now_at(low, num) and any(
        r.num.start < num.start and _tied_to_bill(ctx, r.num) for r in ctx.money
    ):
        return True  # "I was paying ₹799 per month, now suddenly ₹999": it replaces the old one
    # "24 months, and I'm paying S$60 for it", "about £120 all in": paid or the total
    return ctx.asked in SERVICE_SLOTS and paid_in_passing(low, num, currency)


def _bare_amounts(ctx: Ctx, marked: list[Amount]) -> list[Amount]:
    low = ctx.text.low
    out: list[Amount] = []
    for num in bare_numbers(ctx):
        # the pence of "forty-two pounds fifty" are part of a marked amount
        taken = any(a.num.start <= num.start < a.num.end for a in marked)
        if taken or _NOT_MONEY.match(low, num.end) or amounts.is_extra(low, num):
            continue
        if amounts.counts_payments(low, num) or _LIST_MARK.match(low, num.start):
            continue  # (the "2." of a numbered list)
        if rating_scales.on_a_scale(low, num):
            continue  # "i'd give it 4 out of 5", "五分里打四分": a rating, no amount
        if _code_number(low, num):
            continue  # "坐CA1501那趟航班": a flight's number
        if num.value < 10 and _COUNTED_BILL.match(low, num.end):
            continue  # "俩手机卡", "the two mobiles": a count of lines, no amount
        if num.value < 10 and _COUNT_ADDED.match(low, num.end):
            continue  # "手机39，宽带100，俩加一块儿": the two bills added, no amount
        if spending.not_the_bill(low, num) or one_off_fees.one_off(low, num):
            continue  # "the $150 connection fee", "roaming in Spain, £60 for a week's data"
        if _adds_to_no_bill(ctx, num):
            continue  # "刚给我妈买了个新手机，两千九百九", "人均四百多"
        value = num.value / amounts.period_months(low, num)
        out.append(Amount(num, value, num.approx, False))
    return out


_COUNT_ADDED = re.compile(r"\s*个?(?:都|全)?(?:加|合)(?:一块|起来|一起|在一起)")
_COUNTED_BILL = re.compile(
    r"\s*(?:手机|副卡|卡|号|\s(?:sims?|mobiles?|phones?|handsets?|numbers?)\b)"
)


# Two letters glued to a number make a code ("CA1501", "BA287"), unless they are a currency
# ("rs500", "RM50", "kr200").
_CODE_BEFORE = re.compile(r"(?<![a-z$£€¥])([a-z]{2})$")
_CURRENCY_LETTERS = frozenset("rs rm rp kr hk tk zl ft dh sh lb kd bd rd tl us".split())


def _code_number(low: str, num: Num) -> bool:
    m = _CODE_BEFORE.search(low, max(0, num.start - 3), num.start)
    return m is not None and m.group(1) not in _CURRENCY_LETTERS and num.end - num.start >= 2


# An amount added to the one before: "the case was another 50", "又花了两百".
_ANOTHER_BEFORE = re.compile(r"(?:\banother|又)\s*(?:花了?|交了?|付了?)?\s*(?:[$£€¥]\s*)?$")


def _adds_to_no_bill(ctx: Ctx, num: Num) -> bool:
    """The amount at `num` is added to an earlier one that is no bill (a phone's price, a
    dinner), so it is no bill either ("my new phone cost me 1200 and the case was another 50")."""
    low = ctx.text.low
    if not _ANOTHER_BEFORE.search(low, max(0, num.start - 16), num.start):
        return False
    earlier = [n for n in ctx.nums if n.end <= num.start]
    if not earlier:
        return False
    return amounts.is_extra(low, earlier[-1]) or spending.not_the_bill(low, earlier[-1])


def _choose(low: str, marked: list[Amount], bare: list[Amount]) -> tuple[Amount, float]:
    every = sorted(marked + bare, key=lambda a: a.num.start)
    # "给我妈充了两百，我自己的每月九十": the respondent's own amount, not the other person's
    theirs = whose_amount.others_values(low, [(a.num.start, a.num.end) for a in every])
    every = [a for i, a in enumerate(every) if i not in theirs] or every
    # "40 quid, no wait, 42 since April": after a correction only the later amounts count
    marks = [m.end() for m in CORRECTION.finditer(low)]
    later = [a for a in every if marks and a.num.start >= marks[-1]]
    every = later or every
    # (a change dated in the past is the price since: "原先99，去年降到79了")
    past = [a for a in every if is_past_at(low, a.num.start) and not raised_to(low, a.num)]
    current = [a for a in every if a not in past] or every
    # "40 now, going up to 45 in January": a price still to come is not paid yet
    current = [a for a in current if not said_ahead(low, a.num)] or current
    # "diesel's 600 a week, phone and internet with you 95 a month": a weekly amount that names
    # no bill gives way to one said of the service
    weekly = [
        a for a in current if spending.unpaid_weekly(low, a.num, amounts.period_months(low, a.num))
    ]
    if weekly and any(spending.names_the_service(low, a.num) for a in current if a not in weekly):
        current = [a for a in current if a not in weekly]
    totals = [
        a
        for a in current
        if _TOTAL_BEFORE.search(low[max(0, a.num.start - 16) : a.num.start])
        or _TOTAL_AFTER.match(low, a.num.end)
        or said_total(low, a.num, a.value, [b.value for b in current if b.num.end <= a.num.start])
    ]
    # ("宽带100，俩手机卡加起来60": the total of the phones only, beside the broadband)
    totals = [a for a in totals if not _subtotal(low, a, current)]
    if totals:
        return totals[-1], totals[-1].value
    parts = _bill_parts(low, current)
    if parts:
        return parts[0], sum(a.value for a in parts)
    # "40 a month, 45 now": the price now replaces the one before, marked or not
    nows = [a for a in current[1:] if _now_at(low, a.num) or prices_now.now_at(low, a.num)]
    if nows:
        return nows[-1], nows[-1].value
    # "89 a month but they put it up to 95": the price a rise or a cut led to
    raised = [a for a in current[1:] if raised_to(low, a.num)]
    if raised:
        return raised[-1], raised[-1].value
    # "不到一百，九十几吧": a bound, then the figure within it
    inside = bound_then_guess.narrowed(low, [a.num for a in current], [a.value for a in current])
    if inside is not None:
        return current[inside], current[inside].value
    pool = [a for a in current if a.marked] or current
    chosen = pool[-1] if _changed(low, pool[-1].num.end) else pool[0]
    return chosen, chosen.value


_CLAUSE_BREAKS = ",，;；"


def _subtotal(low: str, total: Amount, every: list[Amount]) -> bool:
    """The total at `total` is of the bills its own clause names, and every other amount is said
    in another clause of another bill: "宽带100，俩手机卡加起来60", "broadband 50, the two
    mobiles come to 30 altogether" add up ("宽带100，手机60，加起来160" names no bill in the
    total's clause)."""
    lo = max(low.rfind(ch, 0, total.num.start) for ch in _CLAUSE_BREAKS) + 1
    named = {m.group() for m in _BILL.finditer(low, lo, total.num.start)}
    others = [a for a in every if a is not total]
    if not named or not others:
        return False
    for other in others:
        if lo <= other.num.end <= total.num.end:
            return False  # "宽带九十九手机两张卡一共一百六": the total of the clause's bills
        start = max(low.rfind(ch, 0, other.num.start) for ch in _CLAUSE_BREAKS) + 1
        bills = {m.group() for m in _BILL.finditer(low, start, other.num.start)}
        apart = billed_apart(low, other.num.start, _BILL)  # "宽带另算，一年交六百"
        if not (bills | ({apart} if apart else set())) - named:
            return False
    return True


def _changed(low: str, last_end: int) -> bool:
    """A word of change or contrast, but not a "but" only after the last amount ("£52 a month.
    My mum's is about £20 but that's her own": the "but" is about the 20, not a new amount)."""
    return any(m.start() < last_end or m.group() not in _CONCEDING for m in _CONTRAST.finditer(low))


_CONCEDING = frozenset(("but", "但是", "不过"))
# The price as it stands: "45 now", "now it's 45", "现在60" (but "now and then 45", "45 now and
# again", "45 from now on").
_NOW_AFTER = re.compile(
    r"\s*(?:quid|pounds?|dollars?|bucks|euros?|块钱?|元)?\s*(?:a month|per month|/month|a mo)?"
    r"\s*(?:\bnow(?:adays)?\b(?!\s+(?:and|on|or)\b))"
)
_NOW_BEFORE = re.compile(
    r"(?:\bnow(?:adays)?\b|现在|如今)\s*(?:it'?s|its|it is|i pay|we pay|they charge|is)?\s*"
    r"(?:是|要|交|都)?\s*(?:about|around)?\s*(?:[$£€¥]\s*)?$"
)

_OTHER_PAYER = re.compile(
    r"\b(?:he|she|they|his|her|their)\b|\bmy (?:son|daughter|wife|husband|mum|mom|mother|dad"
    r"|father|partner|brother|sister|kids?)\b|他|她|妈|爸|儿子|女儿|老婆|老公"
)


def _now_at(low: str, num: Num) -> bool:
    """Is the amount at `num` said to be the price now ("45 now", "现在60")?"""
    if "now" not in low and "现在" not in low and "如今" not in low:
        return False
    clause = low[: num.start].rsplit(",", 1)[-1].rsplit("，", 1)[-1]
    if _OTHER_PAYER.search(clause[-24:]):
        return False  # "I pay 40 a month, my son pays 45 now": the son's price
    return bool(
        _NOW_AFTER.match(low, num.end) or _NOW_BEFORE.search(low, max(0, num.start - 24), num.start)
    )


def _bill_parts(low: str, amounts: list[Amount]) -> list[Amount]:
    """Amounts for different bills listed side by side ("手机39，宽带100"), or [] if not that."""
    # (a "其实" in a sentence after the last amount changes none of them)
    tail = _SENTENCE_STOP.search(low, amounts[-1].num.end) if len(amounts) > 1 else None
    said = low[: tail.start()] if tail else low
    if len(amounts) < 2 or _CONTRAST.search(said) or any(a.num.is_range for a in amounts):
        return []
    bills: list[str] = []
    for i, amount in enumerate(amounts):
        lo = amounts[i - 1].num.end if i else 0
        hi = amounts[i + 1].num.start if i + 1 < len(amounts) else len(low)
        before = low[lo : amount.num.start]
        after = low[amount.num.end : hi]
        own = before[max((m.end() for m in _PART_BREAK.finditer(before)), default=0) :]
        # "我老婆那张副卡再加二十": the bill is named before the word that adds it
        added = _ADDING_END.sub("", before)
        added = added[max((m.end() for m in _PART_BREAK.finditer(added)), default=0) :]
        between = [m.start() for m in _PART_BREAK.finditer(after)]
        after = after[: between[0]] if between else after
        if i and not _PART_BREAK.search(before):
            return []
        if _RANGE_WORDS.search(before if i else ""):
            return []
        named = [m.group() for m in _BILL.finditer(own[-20:])]
        if not named:
            # (a currency and a period before the bill: "2,500 shillings a month for the phone")
            lead = _UNIT_LEAD.match(after)
            at = lead.end() if lead else 0
            named = [m.group() for m in _BILL.finditer(after[at : at + 18])][:1]
        if not named:
            named = [m.group() for m in _BILL.finditer(added[-20:])]
        if not named and (apart := billed_apart(low, amount.num.start, _BILL)):
            named = [apart]
        if not named and i == 0 and _ADDED_NEXT.search(low, amount.num.end, amounts[1].num.start):
            named = ["(main)"]  # "£240 a year, plus £10 a month for the phone": the main bill
        if not named:
            return []
        bills.append(named[-1])
    return amounts if len(set(bills)) == len(bills) else []

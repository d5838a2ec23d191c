"""An age said as a bound, not as an age.

Asked their age, some people only say they are adults: "over 18", "18+", "above 21", "18岁以上",
"超过18了", "成年了", "not a minor", "of legal age". A legal threshold passed tells no age, and
neither does an upper bound of any age ("under 60", "below 50", "younger than 30", "30岁以下",
"未满三十"): the answer is vague. Said of children ("3 kids under 10", "two kids, both under 5",
"孩子都在五岁以下", "got two under five") the bound is theirs, and the count before it no age:
nothing vague, the children still count as dependents.
Not a bound: the age reached ("满十八了", "just turned 21", "刚满18"), a lower bound of an age that
is no legal threshold ("over 60", "60岁以上": an approximate age like "forty-something"), "还不到
四十" (nearly forty), and a birthday ahead ("差两个月满18").
"""

from __future__ import annotations

import re

from bot.understanding.age import age_reader, age_thresholds
from bot.understanding.context import Ctx
from bot.understanding.literal_gates import gated
from bot.understanding.model import SlotInfo
from bot.understanding.numerals.numbers import Num

_CHEAP = (
    "over", "above", "past", "older", "under", "below", "younger", "less", "+", "plus",
    "以上", "以下", "超过", "过了", "早过", "未满", "不到", "不满", "and up", "or up",
)  # fmt: skip
# The ages of legal thresholds: of consent or a licence, of majority, of drinking.
_THRESHOLDS = frozenset({16, 18, 21})
_LOWER_BEFORE = re.compile(
    r"(?:\b(?:over|above|past|older than)\s+(?:the age of\s+)?|(?:超过|过了|早过了?|已过|大于)\s*)$"
)
_LOWER_AFTER = re.compile(
    r"\s*(?:\+|plus\b|(?:and|or)\s+(?:over|up|above|older)\b|(?:周?岁)?\s*(?:及|或)?以上)"
)
_UPPER_BEFORE = re.compile(
    r"(?:\b(?:under|below|younger than|less than)\s+(?:the age of\s+)?|未满\s*)$"
)
# Said of children, "not yet" bounds too: "俩娃都不到五岁".
_NOT_YET_BEFORE = re.compile(r"(?:不到|不满)\s*$")
_UPPER_AFTER = re.compile(
    r"\s*(?:(?:周?岁)?\s*(?:及|或)?以下|(?:and|or)\s+(?:under|younger|below)\b)"
)
# A count before a bound: "two under five", "3 kids all under 10".
_COUNT_BOUND_AFTER = re.compile(
    r"\s+(?:(?:kids?|children|boys|girls|little ones|grandkids)\s+)?(?:all\s+|both\s+)?"
    r"(?:under|below)\s"
)
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six))\s+(?:all\s+|both\s+)?(?:under|below)\s+$"
)
# Children named before the bound, later than the respondent: the bound is theirs.
_KIDS = re.compile(
    r"\b(?:kids?|children|child|sons?|daughters?|boys|girls|grandkids|grandchildren|little ones"
    r"|twins)\b|孩子|娃|儿子|女儿|闺女|孙|宝|大的|小的|老大|老二"
)
_SELF = re.compile(r"\b(?:i'?m|i am|me|myself)\b|[我俺](?!家|有|的)")
# Adulthood said with no number: "成年了", "早就成年了", "I'm an adult", "not a minor".
_ADULT = gated(
    r"(?<!未)成年(?:了|人|啦|咯|喽)|已成年|未成年(?!子女|的孩子)|\bnot a minor\b"
    r"|\b(?:i'?m|i am|am)\s+(?:an?\s+)?(?:grown(?:[- ]up)?\s+)?adult\b"
    r"|^\s*(?:an?\s+)?(?:(?:grown(?:[- ]up)?|legal|full)\s+)?adult\b"
    r"|\b(?:of\s+)?(?:legal|drinking|voting)\s+age\b|\bi'?m of age\b|^\s*of age\b"
)


def is_bound(low: str, num: Num) -> bool:
    """The number is a bound said in place of an age: an upper bound, or a legal threshold
    passed."""
    before = low[max(0, num.start - 20) : num.start]
    if _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(low, num.end):
        return True
    if _NOT_YET_BEFORE.search(before) and of_children(low, num.start):
        return True
    if num.is_range or int(num.value) != num.value or int(num.value) not in _THRESHOLDS:
        return False
    return bool(_LOWER_BEFORE.search(before) or _LOWER_AFTER.match(low, num.end))


def of_children(low: str, start: int) -> bool:
    """The bound at `start` comes after children named, not after the respondent."""
    window = low[max(0, start - 40) : start]
    if _COUNT_BEFORE.search(window):
        return True  # "got two under five"
    kids = [m.end() for m in _KIDS.finditer(window)]
    if not kids:
        return False
    return kids[-1] > max((m.end() for m in _SELF.finditer(window)), default=-1)


_ADULT_WORDS = ("成年", "adult", "minor", " age")


def _adult_said(low: str) -> bool:
    return any(not of_children(low, m.start()) for m in _ADULT.finditer(low))


def read_age(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    """`age_reader.read_age` without the bounds; asked, a bound or adulthood said of the
    respondent with no age besides is a vague answer."""
    low = ctx.text.low
    if not any(w in low for w in _CHEAP) and not any(w in low for w in _ADULT_WORDS):
        age_reader.read_age(ctx, info, asked)
        return
    bounds = [n for n in ctx.nums if is_bound(low, n)]
    # (and "got two under five": the count of children before their bound)
    counts = [n for n in ctx.nums if n.value < 10 and _COUNT_BOUND_AFTER.match(low, n.end)]
    # hidden from the age only: "under 30 quid", "under 30 months" are still money and time
    hidden = {n.start for n in bounds + counts} - ctx.used
    ctx.used |= hidden
    ages = ctx.ages
    ctx.ages = [r for r in ages if r.num.start not in hidden]
    age_reader.read_age(ctx, info, asked)
    ctx.ages = ages
    ctx.used -= hidden
    if not asked or info.slot.name in ctx.proposals:
        return
    # (not the bound of an offer or a rule: "广告上说18岁以下不能办" answers nothing)
    own = [n for n in bounds if not age_thresholds.offer_threshold(low, n.start, n.end)]
    if any(not of_children(low, n.start) for n in own) or _adult_said(low):
        ctx.unusable_asked = True

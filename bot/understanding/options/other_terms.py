"""Terms and rhythms of something other than the plan, said with the plan's words.

Asked about the contract, people mention other things that run for a term or are paid monthly: a
warranty ("手机保修两年", "the phone's got a 2 year warranty"), a membership given with the line
("送了一年的视频会员"), a gym or club ("gym contract is 12 months and i never go", "signed up for a
year at the bowls club"), a lease, a loan or insurance ("房租一年一交", "the car lease is 2
years"), money received ("I get paid monthly from my pension", "工资按月发"), or how long an offer
lasts ("the promo was $10 off for 12 months", "前三个月半价"), or a pass, a ticket or a
subscription ("I'm on the monthly bus pass", `passes`). None of these is the plan with us.
"""

from __future__ import annotations

import re

from bot.understanding.options.passes import pass_after
from bot.understanding.tenure import duration_cues

_THINGS_ZH = (
    r"保修|质保|保固|延保|(?:视频|音乐|爱奇艺|腾讯|优酷|芒果|b站|大)会员|健身卡|健身房|游泳卡|瑜伽|驾校|房租|租房|租约|房贷|车贷|贷款|分期"
    r"|保险|车险|工资(?!卡)|退休金|养老金|劳动合同|工作合同|签证|物业"
)
_THINGS_EN = (
    r"warranty|guarantee|gym|club|membership|lease|tenancy|rent|mortgage|loan|insurance|policy"
    r"|visa|pension|salary|wages?|payslip|netflix|spotify|disney|magazine|newspaper|classes"
    r"|course|lessons?|(?:bus|train|travel|season|parking) (?:pass|ticket|permit)|travel ?card"
    r"|subscription"
)
# The other thing named before the term in its clause: "手机保修两年", "gym contract is 12 months".
_THING_BEFORE = re.compile(
    r"(?:" + _THINGS_ZH + r")[^,，。；！？]{0,6}$"
    r"|\b(?:" + _THINGS_EN + r")\b(?:'s)?(?:\s+(?:contract|membership|plan|deal|term))?"
    r"(?:\s+(?:is|was|runs|lasts|for|of))*\s*$"
)
# ... or right after it: "一年的视频会员", "a year at the bowls club", "12 months at the gym".
_THING_AFTER = re.compile(
    r"\s*(?:的)?(?:免费|超级)?(?:" + _THINGS_ZH + r")"
    r"|\s+(?:at|of|with|on|for)\s+(?:the|a|my|our|this|that)\s+(?:[a-z]+\s+){0,2}?(?:"
    + _THINGS_EN
    + r")\b"
    r"|\s+(?:gym|club|warranty|membership|lease)\b"
)
# Money received monthly: "I get paid monthly", "paid monthly from my pension", "工资按月发".
_PAID_TO_ME = re.compile(
    r"\b(?:get|gets|getting|got|(?:i|we)(?:'m|'re| am| are))\s+paid\s+$|按月发|月月发|每月发"
)
_RECEIVED_AFTER = re.compile(
    r"\s*(?:发|到账|领)|\s+(?:from|by)\s+(?:my|the|our)\s+(?:pension|job"
    r"|employer|work|boss|company|benefits)\b"
)


_TERM_WORD = re.compile(r"年|月|周|\d|year|yr|month|annual|biennial|rolling|week")


def other_term(low: str, start: int, end: int, before: str) -> bool:
    """The term or rhythm at `start`..`end`, with `before` its clause so far, is something other
    than the plan's."""
    if _TERM_WORD.search(low, start, end) is None:
        return False  # a line or a way of paying: "DSL at the flat"
    if _THING_BEFORE.search(before) or _THING_AFTER.match(low, end):
        return True
    if pass_after(low, end):
        return True  # "I'm on the monthly bus pass", "a yearly subscription to the paper"
    if duration_cues.of_offer(low, start, end) and not low.startswith("送", end):
        # "the promo was $10 off for 12 months": how long an offer lasts (but "签两年送个路由器"
        # is the term that earns the gift)
        return True
    return bool(_PAID_TO_ME.search(before) or _RECEIVED_AFTER.match(low, end))

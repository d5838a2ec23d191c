"""Amounts of time that are never the time with us: years at a job or in a trade, years with
another provider, and a billing term.

People place their time with us among other times they remember better: "been plumbing 18
years", "been at the depot 9 years", "在这医院干的六年", "教了十二年书" count a working life, and
"been at uni 2 years" one of study;
"Before you I was with Jazz for 7 years", "以前在移动用了八年", "以前用中华电信十年，上个月才换
过来" count a rival's years; and
"用一个月算一个月" says how the bill runs, not for how long. Unlike time lived somewhere ("住了
十年", which `duration_cues.of_life` sets aside only when another duration is there, since the
service may date from the move), none of these can be the time with us, so `numeric_slots` drops
them even when nothing else is left.
"""

from __future__ import annotations

import re

from bot.understanding.tenure import job_changes, trade_years

# A trade or a workplace before the amount in its clause: "been plumbing", "been nursing",
# "been at the depot" (not "been using you", "been paying you lot", "been with you": the cues of
# being a customer are checked first, and the service or us named after the verb keeps it ours).
_WORK_BEFORE_EN = re.compile(
    r"\bbeen\s+(?!using|paying|banking|subscrib|relying|dealing|getting|staying|sticking|waiting"
    r"|living|together|married)[a-z]+ing\b(?![^,.;!?]*\b(?:you|ye|us|your|starlink|broadband"
    r"|internet|line|service|plan|phone|number)\b)[^,.;!?]*$"
    r"|\bbeen\s+at\s+(?:the|this|that|my|our|a)\s+(?!same\s+(?:plan|deal|package|contract))"
    r"[a-z]+[^,.;!?]*$"
    # years of study, and a job said with "worked at": "been at uni 2 years", "studied at college
    # for 3", "worked at Nando's for 8 months"
    r"|\b(?:been|was|were)\s+(?:at|in)\s+(?:uni|university|college|school|sixth form)\b[^,.;!?]*$"
    r"|\b(?:worked|studied|studying)\s+(?:at|in)\s+[^,.;!?]*$"
    # "I drive for a courier firm, been there eight years": "there" is a place or a job, we are
    # "you"
    r"|(?:^|\b(?:i'?ve|we'?ve|i have|we have)\s+|^\s*)(?:only\s+|just\s+)?been\s+there\b"
    r"(?![^,.;!?]*\b(?:with you|with us)\b)[^,.;!?]*$"
)
# "在这医院干的六年", "在厂里干了三十年", "教了十二年书", "当了二十年老师", "做了八年会计": a
# verb of working right before the amount (a 用户 or 客户 after it is being a customer, and is
# cued before this is asked).
_WORK_BEFORE_ZH = re.compile(
    r"(?:干|教|当|做|打工|上班|教书|执教|从医|行医"
    # trades said by what is done: "带团十年了", "跑车八年", "开店五年", "送外卖两年"
    r"|带团|带班|跑车|开车|跑外卖|送外卖|开店|摆摊|种地|务农"
    # a cab or a lorry driven: "开出租十五年了", "跑滴滴三年"
    r"|[开跑](?:出租车?|的士|滴滴|网约车|货车|大车|长途))"
    r"(?:了|的)?\s*(?:快|差不多|大概|将近|有|整整)?\s*$"
)
# "night supervisor for 2 of them": a part of the amount before, which shares its fate
OF_THEM_END = re.compile(r"of (?:them|those|these)$")

# Another provider before the amount: "I was with Jazz for", "had been with Vodafone",
# "以前在移动用了", "之前用联通用了" (not "with you", "with StarLink", "with my wife").
_RIVAL_BEFORE = re.compile(
    r"\b(?:was|were|had been|i'd been|we'd been)\s+with\s+"
    r"(?!(?:you|ye|us|your|starlink|my|her|his|him|them|our|the same)\b)[a-z0-9&'-]+[^,.;!?]*$"
    r"|(?:在|用)(?:中国)?(?:移动|联通|电信|广电|别家|别的|其他)[^,，。；！？]{0,6}$"
)
# A provider used before, named by any name, when the message goes on to a switch to us:
# "以前用中华电信十年，上个月才换过来", "之前在香港宽频用了八年，去年转过来的" (not "以前用你们
# 十年", nor "以前用了十年" with nothing named).
_EARLIER_USED = re.compile(
    r"(?:以前|之前|原来|早先|从前)(?:一直)?(?:在|用)(?!了|过|着|的|你们|您们|贵|星联|咱)"
    r"[^,，。；！？]{1,8}$"
)
_SWITCHED_HERE = re.compile(
    r"(?:换|转|转网|携号转网)(?:了|咗)?过来|(?:换|转|改)(?:到|成|用)(?:你们|您们|星联|贵)"
)
_UNTIL_BEFORE = re.compile(r"\b(?:till|until|til|up to|up until)\s+(?:about\s+|around\s+)?$")
_AGO_AFTER = re.compile(r"[^,.;!?]{1,16}?\bago\b")
# "用一个月算一个月", "用一个月交一个月": paid as used, month by month
_BILLING_TERM = re.compile(r"用\s*一\s*个?月\s*(?:就)?\s*(?:算|交|付|扣|给)\s*一\s*个?月")

# A clause whose subject is "he" or "she": "他是老用户七八年了，我是…差不多一年半"
_THIRD_PERSON_OPENING = re.compile(r"\s*(?:他|她|(?:he|she)\b)")

_CLAUSE_BREAK = re.compile(r"[,.;!?，。；！？]")


def _clause_to(low: str, start: int) -> str:
    return _CLAUSE_BREAK.split(low[:start])[-1]


def of_work(low: str, start: int, end: int) -> bool:
    """The amount of time at `start`..`end` counts years at a job or in a trade ("been plumbing
    18 years", "在这医院干的六年", "开了十五年出租")."""
    clause = _clause_to(low, start)
    if _WORK_BEFORE_EN.search(clause) or _WORK_BEFORE_ZH.search(clause):
        return True
    if job_changes.since_job_change(clause):
        return True  # "changed jobs 3 months ago", "换了新工作三个月"
    return trade_years.of_trade(low, start, end)


def with_rival(low: str, start: int) -> bool:
    """The amount of time at `start` counts years with another provider ("I was with Jazz for 7
    years", "以前在移动用了八年")."""
    clause = _clause_to(low, start)
    if _RIVAL_BEFORE.search(clause) is not None:
        # ("it was with another company till two years ago": when the rival's time ended, the
        # start with us)
        return not (_UNTIL_BEFORE.search(clause) and _AGO_AFTER.match(low, start))
    return (
        _EARLIER_USED.search(clause) is not None and _SWITCHED_HERE.search(low, start) is not None
    )


def billing_spans(low: str) -> list[tuple[int, int]]:
    """Spans of a billing term ("用一个月算一个月"): its months are no amount of time."""
    if "月" not in low:
        return []
    return [m.span() for m in _BILLING_TERM.finditer(low)]


def third_person(low: str, start: int) -> bool:
    """The amount of time at `start` is in a clause about "him" or "her" ("他是老用户七八年了"),
    which is theirs when the respondent gives one of their own after it."""
    return _THIRD_PERSON_OPENING.match(_clause_to(low, start)) is not None

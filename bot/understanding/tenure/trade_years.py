"""Years at a trade said with the trade after the amount: "开了十五年出租", "15 years as a nurse".

`other_times` sets aside years at a job when the work is said before the amount ("开出租十五年了",
"been plumbing 18 years"). Chinese also puts the object of the work after the amount ("开了十五年
出租", "跑了八年运输", "开了十年货车", "教了二十年书"), and English says the role after it ("15
years as a nurse") or the work before it in the past tense ("drove a truck for ten years",
"taught school for 20 years", "I've been a teacher for 20 years"). None of these is time with us.
A line, a card or an account after "开了" ("开了十五年的卡", "这个号开了十五年了") and being a
customer ("4 years as a customer", "been a customer for 20 years") stay ours.
"""

from __future__ import annotations

import re

# A verb of working right before the amount: "开了", "跑了", "教了", "当了", "干了", "做了", "种了"
_VERB_BEFORE_ZH = re.compile(
    r"(?:开|跑|教|当|干|做|种|拉|送)(?:了|过)\s*(?:快|差不多|大概|将近|有|整整)?\s*$"
)
# ... and the trade after it: "十五年出租", "八年运输", "二十年书", "十年兵"
_TRADE_AFTER_ZH = re.compile(
    r"\s*(?:多|来)?(?:的)?\s*(?:出租车?|的士|货车|大车|卡车|长途|运输|滴滴|网约车|公交|车(?![费])"
    r"|书|兵|老师|医生|护士|会计|司机|生意|买卖|店|饭店|餐馆|厂|工|地|田|快递|外卖|保安|厨师)"
)
# The role after the amount: "15 years as a nurse" (not "as a customer", "as your member")
_ROLE_AFTER_EN = re.compile(
    r"\s+as\s+(?:a|an)\s+(?!(?:\w+\s+)?(?:customer|subscriber|member|user|client)\b)[a-z]"
)
# Past work before the amount in its clause: "drove a truck for", "taught school for", "been a
# teacher for", "nursed for" (not "been a customer for", "been a loyal member for")
_WORK_BEFORE_EN = re.compile(
    r"\b(?:drove|driven|taught|nursed|farmed|fished|trucked|preached|soldiered|lectured)\b"
    r"[^,.;!?]*\bfor\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?$"
    r"|\bbeen\s+(?:a|an)\s+(?!(?:[a-z'-]+\s+){0,2}?(?:customer|subscriber|member|user|client"
    r"|fan)\b)[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:for\s+)?(?:about\s+|around\s+|over\s+|nearly\s+)?$"
)
_CLAUSE_BREAK = re.compile(r"[,.;!?，。；！？]")


def of_trade(low: str, start: int, end: int) -> bool:
    """The amount of time at `start`..`end` counts years at a trade named around it."""
    clause = _CLAUSE_BREAK.split(low[:start])[-1]
    if _VERB_BEFORE_ZH.search(clause) and _TRADE_AFTER_ZH.match(low, end):
        return True
    if _ROLE_AFTER_EN.match(low, end):
        return True
    return _WORK_BEFORE_EN.search(clause) is not None

"""Amounts put on a card for things other than the service: no bill.

"spent 1200 a year on my credit card on takeaways", "I put 300 a month on my card for clothes",
"I charge about 500 a month to my visa, mostly groceries", "一年在信用卡上刷了一万二的淘宝",
"信用卡每个月刷两千多网购": the card is how those things were paid and the amount is what they
cost, not what the respondent pays for the service. The card paying the bill keeps its amount
("I pay 1200 a year on my credit card", "60 a month on my credit card for the phone",
"信用卡每月自动扣99", "信用卡刷话费一个月九十").
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated

_CARD_EN = gated(
    r"\b(?:on|to|with)\s+(?:my|the|our|a|his|her)\s+(?:credit\s+|debit\s+)?(?:card|visa|amex"
    r"|mastercard)\b"
)
# What the amount went on: "on takeaways", "for clothes", "mostly groceries".
_WHAT_EN = re.compile(
    r"\b(?:on|for|mostly|mainly|mostly on|mainly on)\s+"
    r"(?:the\s+|my\s+|our\s+|all\s+(?:the\s+|my\s+)?)?(?P<what>[a-z][a-z'-]*)"
)
# Spending said of the respondent: "spent", "I put", "charge", "racked up".
_SPENT_EN = re.compile(
    r"\b(?:spen[dt]|spending|put|puts|putting|charged?|charges|charging|rack(?:ed)? up|run up"
    r"|ran up|blow|blew|drop(?:ped)?)\b"
)
# Things that are the service, or pay for it: the amount stays the bill.
_SERVICE_EN = frozenset(
    "phone phones bill bills plan plans internet broadband wifi wi-fi data mobile mobiles it this"
    " that them service services line lines contract package subscription you your account sim"
    " fibre fiber landline everything both all monthly month year each every autopay direct"
    " top-up top-ups topups credit card visa amex mastercard points miles rewards cashback perks"
    # (words of time and hedges: "for a year", "on average", "for the last 3 years")
    " a an average about around like over nearly almost roughly last past years months ages"
    " now".split()
)
# Shopping paid by card ("刷了一万二的淘宝", "刷两千多网购", "刷卡买衣服").
_CARD_ZH = gated(r"信用卡|刷卡|碌卡")
_GOODS_ZH = re.compile(
    r"淘宝|天猫|京东|拼多多|网购|购物|逛街|超市|商场|化妆品|护肤品|衣服|包包|鞋子|零食|日用品|家电"
    r"|外卖|奶茶|吃饭|饭钱|买菜|加油|油费|机票|酒店"
)
_SERVICE_ZH = re.compile(r"话费|宽带|网费|月租|套餐|流量|账单|你们")


def card_spending(low: str, start: int, end: int) -> bool:
    """The clause `start`..`end` (and the rest of its sentence) says the amount was put on a card
    for something that is no bill of the service."""
    stop = re.compile(r"[.;!?。；！？]").search(low, end)
    tail = low[start : stop.start() if stop else len(low)]
    if "卡" in low[start:end]:  # (Chinese clauses are short: the clause alone)
        clause = low[start:end]
        return bool(
            _CARD_ZH.search(clause) and _GOODS_ZH.search(clause) and not _SERVICE_ZH.search(clause)
        )
    card = _CARD_EN.search(tail)
    if card is None or not _SPENT_EN.search(tail, 0, card.start()):
        return False
    # what it went on, right after the card ("… on my credit card on takeaways", "…, mostly
    # groceries"; not "on the rolling monthly and I pay with my Visa")
    m = _WHAT_EN.search(tail, card.end(), card.end() + 24)
    return m is not None and m.group("what") not in _SERVICE_EN


_CLAUSE_BREAK = re.compile(r"[,;!?:，。；！？：]|\.(?!\d)")


def card_paid_other_things(low: str, start: int, end: int) -> bool:
    """The card named at `start`..`end` is said to pay for other things ("spent 1200 a year on my
    credit card on takeaways", "信用卡一个月刷外卖两千"), which tells nothing of how the bill is
    paid."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(low, 0, start)]
    clause_start = breaks[-1] if breaks else 0
    cut = _CLAUSE_BREAK.search(low, end)
    clause_end = cut.start() if cut else len(low)
    if "卡" in low[start:end]:
        clause = low[clause_start:clause_end]
        return "刷" in clause and card_spending(low, clause_start, clause_end)
    for card in _CARD_EN.finditer(low, clause_start, clause_end):
        if card.start() <= start < card.end() and card_spending(low, clause_start, clause_end):
            return True
    return False

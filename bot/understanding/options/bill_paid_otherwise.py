"""A card or a bank named about something else, while the bill is paid another way.

Asked how they pay, people often set a card or a bank they have against the way the bill really
goes: "信用卡都刷爆了，话费我用微信交的", "我在银行上班，但交话费都是用支付宝", "my bank sends me a
paper statement, the phone bill I pay cash at the store", "I only use my Visa for fuel. The phone,
I top up at the shop", "MTN MoMo, because the bank is too far". The bill is paid in cash, by a
wallet or by a top-up, none of the survey's options, and the card or bank is no answer. A card
that bought the handset ("买手机的时候刷的信用卡", "买手机嗰阵碌卡分期") tells nothing of the bill
either. A card or bank said of the bill itself stays ("话费信用卡自动扣，宽带用支付宝",
"信用卡为主，偶尔用支付宝"), and so does the bank's website that an e-check goes through,
which is the e-check's ("e-check through the bank website").
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.literal_gates import gated

_CARD_OR_BANK = frozenset({"credit_card", "bank_transfer"})

# A way of paying that is no option: cash, a wallet, mobile money, a top-up, a shop's counter.
_OTHER_WAY = gated(
    r"支付宝|微信|现金|充值|预付|便利店|小卖部|超商|7-11|7-eleven|繳"
    r"|\b(?:cash|paypal|venmo|top(?:ped|s)?[- ]?up|momo|m-?pesa|gcash|prepaid|pay as you go"
    r"|apple pay|google pay)\b"
)
_NOT_BEFORE = re.compile(r"(?:不|没|别|\b(?:don'?t|never|not|no)\s+(?:use\s+|pay\s+)?)\s*\S{0,3}$")
# The other way said of the bill, or of every time: "话费我用微信交的", "每次去营业厅交现金".
_BILL = re.compile(
    r"话费|月费|电话费|手机费|网费|账单|交费|缴费|每次|每个月|每月|平时|一般|都"
    r"|\b(?:bill|bills|the phone|my phone|every month|each month|always|usually)\b"
)
# The card's or bank's own clause says it pays something, or how often.
_PAYS = re.compile(
    r"话费|月费|费|交|缴|繳|付|扣|绑|账单|主要|为主|一般|平时|也|自动|有时|偶尔"
    r"|\b(?:bill|bills|pay|pays|paid|paying|debit|debits|auto|autopay|mostly|usually|mainly"
    r"|also|as well|sometimes|or|now|for you)\b|现在|你们"
)
# The handset bought with the card: "买手机的时候刷的信用卡", "bought the phone on my card".
_HANDSET = re.compile(
    r"买(?:手机|机|电话)|换(?:手机|机)|分期|\b(?:bought|buy|buying)\s+(?:the|my|a)\s+(?:new\s+)?"
    r"(?:phone|handset|mobile)|\binstal(?:l)?ments?\b"
)
_BILL_TOO = re.compile(r"话费|月费|账单|\bbills?\b")
_SENTENCE = re.compile(r"[.!?。！？;；]")
# clauses: punctuation, a space next to a Chinese character or an emoji, "because", "但"
_CLAUSE = re.compile(
    r"[,，.!?。！？;；:：、]|(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])|\b(?:because|cause|but)\b"
    r"|因为|但是?|不过"
)
_SITE = re.compile(r"\b(?:through|via|on|from|using)\s+(?:the|my)\s+$")
_SITE_AFTER = re.compile(r"(?:'s)?\s+(?:website|site|app|portal|online)\b")


def _span(low: str, at: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    cuts = [m.end() for m in breaks.finditer(low, 0, at)]
    cut = breaks.search(low, at)
    return (cuts[-1] if cuts else 0), (cut.start() if cut else len(low))


def named_elsewhere(low: str, start: int, value: object) -> bool:
    """The card or bank at `start` is said about something else than paying the bill."""
    if value not in _CARD_OR_BANK:
        return False
    a, b = _span(low, start, _CLAUSE)
    clause = low[a:b]
    if _HANDSET.search(clause) and not _BILL_TOO.search(clause):
        return True  # "买手机的时候刷的信用卡", "买手机嗰阵碌卡分期"
    if _PAYS.search(clause):
        return False
    for way in _OTHER_WAY.finditer(low):
        if _NOT_BEFORE.search(low, max(0, way.start() - 8), way.start()):
            continue  # "不用支付宝", "don't use paypal"
        wa, wb = _span(low, way.start(), _CLAUSE)
        if wa == a or _PAST_BEFORE.search(low, wa, way.start()):
            continue  # the same clause ("用信用卡绑的支付宝"), or the old way ("以前交现金")
        if others.said_of_other(low, way.start(), household=True):
            continue  # "my brother pays cash at the franchise", "my sister swears by PayPal"
        sa, sb = _span(low, way.start(), _SENTENCE)
        if (wa == 0 and way.start() < _OPENING) or _BILL.search(low, sa, sb):
            return True
    return False


_OPENING = 16  # the other way as the opening answer: "MTN MoMo, because the bank is too far"
_PAST_BEFORE = re.compile(r"以前|之前|原来|原先|过去|早先|\b(?:used to|before|back then)\b")


_ECHECK = re.compile(r"e-?\s?checks?|e-?cheques?|electronic che(?:ck|que)|电子支票")


def bank_of_echeck(low: str, start: int, end: int, value: object) -> bool:
    """The bank at `start`..`end` is where an e-check is written ("e-check through the bank
    website")."""
    return (
        value == "bank_transfer"
        and (
            _SITE.search(low, max(0, start - 16), start) is not None
            or _SITE.match(low[start:end].rsplit(" ", 1)[0] + " ") is not None
        )
        and _SITE_AFTER.match(low, end) is not None
        and _ECHECK.search(low) is not None
    )

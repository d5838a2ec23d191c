"""An amount said in passing under another question about the service, read as the bill.

The respondent names no period and no bill, but says who pays it or that it is the whole of
it: "24 months, and I'm paying S$60 for it", "we pay about $150 for everything", "we're on the
family plan, about £120 all in", "one year, HK$200 altogether". Paid by "I" or "we" with a
currency, or called the total, the amount is what the respondent pays for the service. Amounts of
somebody else's or spent on other things are sorted out before (`spending.not_the_bill`), and an
amount for a thing ("$300 for the router") is neither paid "for it" nor a total.
"""

from __future__ import annotations

import re

from bot.understanding.bills.amounts import SUBSCRIPTIONS
from bot.understanding.numerals.numbers import Num
from bot.understanding.people import clause_before

_SUBSCRIPTION = re.compile(SUBSCRIPTIONS)
# Somebody else who pays: "she also pays", "my dad pays it", "they cover it".
_THEY_PAY = re.compile(r"\b(?:he|she|they)\b|\b(?:pays|covers|sorts out|takes care of)\b")

_PAYER = (
    r"(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:(?:currently|still|only|just|now|usually|normally"
    r"|end up|basically)\s+)?(?:pay(?:ing)?|paid|spend(?:ing)?|shell(?:ing)? out|fork(?:ing)? out)"
)
# The clause up to the amount: nothing of its own but who pays and a hedge ("and I'm paying",
# "about", "it's like").
_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|yeah|well|oh)\s+)*"
    r"(?:(?P<payer>" + _PAYER + r")|it'?s|it is|that'?s|that is|(?:it\s+)?comes to"
    # what the bill usually comes to: "usually runs about $110", "it runs me around $80"
    r"|(?:usually|normally|generally|typically)(?:\s+(?:it\s+)?runs?(?:\s+(?:me|us))?)?"
    r"|(?:it\s+)?runs?(?:\s+(?:me|us))?)?\s*"
    r"(?:about|around|roughly|like|approx\.?|maybe|just|only|nearly|almost|over|under)?\s*"
    r"(?:[a-z]{0,3}\$|£|€|₹|₱|₦|¥|ksh\.?|kes|rs\.?|rm|r)?\s*"
)
_UNIT = r"\s*(?:dollars?|bucks|quid|pounds?|euros?|rupees?|rand|ringgit|pesos?|shillings?)?\s*"
# The whole of it: "all in", "in total", "for everything", "for it".
_TOTAL_AFTER = re.compile(
    _UNIT + r"(?:(?:in )?total|all[ -]in|all up|altogether|all together"
    r"|for (?:it|that|this|them|both|the lot|everything|all of it|all that|it all|the whole thing"
    r"|the two|all (?:of )?(?:them|three|two))(?![\w'-]))"
)
# Paid for the service as it is judged, or for what it cost before: "for rubbish", "for this
# junk", "for what used to be $70", "for a service that never works" (not "for the router").
_FOR_THE_SERVICE = re.compile(
    _UNIT + r"(?:a month\s+|per month\s+|monthly\s+)?for\s+(?:(?:this|that|such|the same|a)\s+)?"
    r"(?:what (?:used to be|was|is)|rubbish|crap|garbage|junk|nothing|trash|shite?|a joke"
    r"|(?:(?:rubbish|crap|slow|patchy|useless|terrible|awful|poor|bad|shoddy|dodgy)\s+)+"
    r"(?:service|internet|broadband|signal|coverage|wi-?fi|connection)"
    r"|(?:service|internet|broadband|signal|coverage|connection) (?:that|which) )"
)
# The amount ends its clause: "and I'm paying S$60", "we pay $80 i think".
_END_AFTER = re.compile(
    _UNIT + r"(?:\s*(?:now|i think|i guess|or so|ish|a pop|lol|haha))*\s*(?:$|[,.;!?，。]"
    r"|\s(?:and|but|so)\b"
    # ... or goes on to the means of paying: "I pay £40 by direct debit" (not "by card for the
    # phone": a purchase)
    r"|\s(?:by|via|through|with|on|using)\s+(?:my\s+|a\s+|the\s+)?(?:direct debit|debit card"
    r"|credit card|card|paypal|bank transfer|standing order|cheque|check|e-?check|auto-?pay"
    r"|apple pay|google pay)\b(?![^,.;!?]*\bfor\b))"
)


def paid_in_passing(low: str, num: Num, currency: bool) -> bool:
    """Is the amount at `num` the respondent's bill by who pays it or by being the total?"""
    lead = _LEAD.fullmatch(clause_before(low, num.start))
    if lead is None:
        return False
    total = _TOTAL_AFTER.match(low, num.end) is not None
    if lead.group("payer") and total:
        return True
    if lead.group("payer") and currency and _FOR_THE_SERVICE.match(low, num.end):
        return True  # "I'm paying £40 for rubbish", "paying $95 for what used to be $70"
    if _told_of_others(low, num.start - len(lead.group())):
        return False  # "my mom pays it, and my spotify and netflix, like $25 total"
    # ("and it's $80": the price of the plan talked about)
    return currency and (total or _END_AFTER.match(low, num.end) is not None)


def _told_of_others(low: str, start: int) -> bool:
    """The clause before a total without a payer tells of somebody else or other subscriptions."""
    before = clause_before(low, start - 1) if start > 0 else ""
    return _THEY_PAY.search(before) is not None or _SUBSCRIPTION.search(low, 0, start) is not None

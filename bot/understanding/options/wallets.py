"""Ways of paying that are none of the survey's payment options.

Cash over the counter, the e-wallets, mobile money and prepaid top-ups answer the payment
question without an option ("支付宝", "M-Pesa", "I top up every month"), so such an answer is
vague. One pattern serves the vague reading and the check of whose habit a means is.
"""

from __future__ import annotations

import re

WALLETS = (
    r"支付宝|微信(?:支付)?|云闪付|\balipay\b|\bwechat\b|\bpaypal\b|\bapple pay\b|\bgoogle pay\b"
    r"|\bvenmo\b|\bzelle\b|\bcash app\b|\bgcash\b|\bpaymaya\b|\bm[- ]?pesa\b|\bpaytm\b|\bphonepe\b"
    r"|\bgrabpay\b|\bgopay\b|\bopay\b|\bpalmpay\b|\bkakao ?pay\b|\bsamsung pay\b"
    r"|\bbkash\b|\bnagad\b|\beasypaisa\b|\bjazz ?cash\b"
    # (Southern and East African mobile money: "EcoCash", "OneMoney", "Tigo Pesa", "Orange Money")
    r"|\beco ?cash\b|\bone ?money\b|\btigo ?pesa\b|\bt-?pesa\b|\borange money\b|\bmyzaka\b"
    # mobile money ("MTN MoMo", "Airtel Money") and prepaid credit ("top up", "充话费卡")
    r"|\bmomo\b|\bairtel money\b|\bmobile money\b|\bpre-?paid\b|\bpay[- ]as[- ]you[- ]go\b"
    r"|\btop(?:ping|ped)?[- ]?(?:it )?up\b|\btop[- ]?ups?\b|充值卡|预付费"
    # vouchers and stored-value cards: "gift cards mostly", "买张话费卡", "scratch card"
    r"|\b(?:gift|scratch|recharge|reload|calling|phone|voucher|store|loyalty) ?cards?\b"
    r"|\bvouchers?\b|话费卡|电话卡|购物卡|储值卡|购物券"
)
# A card that holds credit bought in a shop, no bank card: "buy a top up card at the pharmacy",
# "recharge card", "gift card", "SIM card", "loyalty card" (not "top up with my credit card").
_STORED_VALUE_BEFORE = re.compile(
    r"\b(?:top[- ]?up|recharge|reload|scratch|gift|sim|loyalty|pre-?paid|calling|phone|voucher"
    r"|store|reward|rewards|membership|airtime|data)\s*$"
)


def stored_value_card(before: str) -> bool:
    """The "card" after `before` is a top-up, gift or SIM card, no credit card."""
    return _STORED_VALUE_BEFORE.search(before) is not None

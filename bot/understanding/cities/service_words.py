"""Words of the service, the line, the plan or the payment: no place's name.

Asked for the city, some answer about the line or the plan instead ("光纤的，贼快", "电信的",
"包月的", "千兆的", "网速贼快"): a short Chinese answer that the reader of unknown places would
keep as the name of a town. A name that holds one of these words is none ("光明" or "电白"
still are). In English the whole answer is such a word, asked back or said instead ("DSL? what's
that", "Fibre", "NBN?"), never a word inside a name ("Cable Beach" is not matched).
"""

from __future__ import annotations

import re

_SERVICE = re.compile(
    # the line and its speed
    r"光纤|光猫|宽带|网速|网络|网线|信号|拨号|无线|有线|路由|[百千万]兆|[\d一二两三四五六七八九十]+兆"
    r"|adsl|dsl|wifi|wi-fi|[45]g"
    # the operator, the plan and the bill
    r"|电信|移动|联通|广电|铁通|包月|包年|月付|年付|月租|合约|合同|流量|话费|套餐|手机卡|电话卡|号码"
    # the way of paying
    r"|微信|支付宝|银行卡|信用卡|储蓄卡|现金|网银|扣费",
    re.IGNORECASE,
)


def service_word(text: str) -> bool:
    """`text`, read as an unknown place, is a word of the service or the plan instead."""
    return _SERVICE.search(text) is not None


# English words of the line, the plan or the payment, said as the whole place.
_SERVICE_EN = re.compile(
    r"(?:a|v)?dsl|fib(?:re|er)(?: optic)?|ftt[hpcn]|nbn|cable|broadband|wi-?fi|wireless|satellite"
    r"|starlink|hotspot|mobile data|data|[345]g|lte|dial[- ]?up|copper|landline|modem|router"
    r"|ethernet|prepaid|postpaid|pay as you go|payg|contract|month to month|direct debit"
    r"|credit card|debit card|paypal|cash|bank transfer|autopay|auto ?pay",
    re.IGNORECASE,
)


def service_term(text: str) -> bool:
    """`text`, read as an unknown English place, is a word of the service or the plan instead."""
    return _SERVICE_EN.fullmatch(text.strip(" .?!")) is not None

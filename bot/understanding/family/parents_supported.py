"""Parents kept by the respondent's money, said without a lexicon phrase, when dependents are
asked.

"阿妈在昌都，每个月我寄一千五回去，看病的钱都是我出": a parent named (by any of the words
for a mother or a father, "阿妈", "阿爸", "姆妈", "额吉" as well as "我妈") and money the
respondent sends home or pays for them ("寄一千五回去", "药钱都是我出") is a relative
supported: True. Without a parent ("我寄了个快递回去"), or when the parent pays ("看病的钱都是
我爸出", "爸妈寄钱给我"), nothing is read. Kept apart from `household_patterns` (at its size
limit).

In English the same: "My parents are both back home in the village, I send money every month for
them", "mum's in Manila, I send her money every month" (a parent named, money the respondent sends
or pays for them); not "my parents send me money", nor money sent for something else.
"""

from __future__ import annotations

import re

_PARENT = re.compile(
    r"阿妈|阿爸|阿爹|阿娘|姆妈|额吉|我妈|我爸|俺妈|俺爸|爸妈|父母|老妈|老爸|母亲|父亲|老母亲|老父亲"
)
_PAID = re.compile(
    # money sent home: "我寄一千五回去", "每月汇两千回家" (a sum, then back home)
    r"(?:我|俺)[^,，。!！?？]{0,6}?(?:寄|汇|转|打)[一二两三四五六七八九十百千万\d.]+(?:块|元)?(?:钱)?"
    r"回(?:去|家|老家)"
    # their costs paid: "看病的钱都是我出", "药钱我掏"
    r"|(?:看病|吃药|药|医药|住院|生活)的?(?:钱|费)(?:都|全)?(?:是)?(?:我|俺)(?:来)?(?:出|掏|付|给)"
)


_PARENT_EN = re.compile(
    r"\b(?:my|our)\s+(?:(?:elderly|old|aged)\s+)?(?:parents|folks|mum|mom|mam|mother|dad|father"
    r"|mother-in-law|father-in-law|in-laws|grandparents|gran|granny|nan)\b"
)
_PAID_EN = re.compile(
    # the respondent sends them money: "I send money every month for them", "I send them money"
    r"\b(?:i|we)\s+(?:(?:also|still|always|just)\s+)?(?:send|sending|sent|wire|transfer|remit)\s+"
    r"(?:(?:them|her|him)\s+)?(?:money|cash|an allowance|remittances?)\b"
    r"(?:(?=\s*(?:$|[,.;!]|\s+(?:home|back|every|each|monthly|weekly|regularly"
    r"|(?:to|for) (?:them|her|him))\b))|(?=[^,.;!?]{0,30}\b(?:for|to)\s+(?:them|her|him)\b))"
    # their costs paid: "I pay for their medicine", "I cover their bills"
    r"|\b(?:i|we)\s+(?:pay|cover)\s+(?:for\s+)?(?:all\s+)?(?:their|her|his)\s+(?:bills|rent|medicine"
    r"|medication|meds|doctor|hospital|living costs|expenses|groceries|food)\b"
)


def spans(low: str) -> list[tuple[int, int]]:
    """Where money the respondent pays for a parent named in the message is said."""
    if ("send" in low or "pay" in low or "cover" in low or "sent" in low) and _PARENT_EN.search(
        low
    ):
        return [m.span() for m in _PAID_EN.finditer(low)]
    if "钱" not in low and "回" not in low:
        return []
    if _PARENT.search(low) is None:
        return []
    return [m.span() for m in _PAID.finditer(low)]

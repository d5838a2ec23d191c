"""Gender words inside the name of a shop, a sign or a chain: "我店招牌写嘅系『帅哥凉茶』",
"店名叫靓女美甲", "shop's called Pretty Lady Nails", "sorry was in mr price".

A shop's sign or name is chosen to sell, and a "帅哥" or a "Mr" in it says nothing of the
respondent's gender. In Chinese the word is read as part of a name after a word for the sign or
the shop's name in the same clause ("招牌", "店名", "店叫", "门头"), or inside quotation marks
right after such a word. In English it follows "called" or "named" after a word for a shop, or
it is a retail chain whose name opens with a title ("Mr Price", "Mr DIY") after a word of going
or being somewhere ("in", "at", "from", "to"). A gender said in its own clause before the sign
("女，店名叫帅哥凉茶") stays, and so does "Mr. Price here" (a man signing).
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

# A word for the sign or the name of a shop, then anything up to the gender word.
_SIGN_ZH = re.compile(
    r"(?:招牌|店名|店号|字号|门头|牌匾|铺名|店招|店铺名|店的名字|铺头名|档口名"
    r"|(?:店|铺|铺头|档口|馆子|饭馆|餐馆|小店)(?:子)?(?:的名)?(?:叫|叫做|名叫|系叫|叫咗))"
)
_SHOP_EN = re.compile(
    r"\b(?:shop|store|salon|stall|cafe|café|restaurant|takeaway|business|bar|boutique|brand"
    r"|parlou?r|spa|bakery|diner|pub|place)(?:'s|\s+is)?\s+(?:called|named)\b"
)
# Retail chains whose names open with a title: Mr Price, Mr DIY, Mr D, Mr Tyre, Mr Lube.
_CHAIN = re.compile(
    r"\b(?:in|at|from|to|into|outside|by|of)\s+(?:the\s+)?mr\.?\s+"
    r"(?:price(?:\s+home|\s+sport)?|diy|d|tyre|lube|biggs?|bigg's|bricolage|sub|toy)\b"
)


def in_shop_name(low: str, start: int, end: int) -> bool:
    """The gender word at `low[start:end]` is part of the name of a shop or a chain."""
    head = clause_before(low, start)
    if head and not head.isascii() and _SIGN_ZH.search(head):
        return True  # "我店招牌写嘅系『帅哥凉茶』", "店名叫靓女美甲"
    if "call" in head or "named" in head:
        if _SHOP_EN.search(head):
            return True  # "shop's called Pretty Lady Nails"
    if "mr" in low[start:end]:
        return any(m.start() < start < m.end() for m in _CHAIN.finditer(low))
    return False

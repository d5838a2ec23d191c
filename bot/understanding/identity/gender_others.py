"""Gender words that, by what surrounds them, say nothing of the respondent's gender.

- Chinese staff and family: a person the respondent deals with is named by a trade or
  role, then gendered: "客服小姐姐态度好", "装机小哥", "快递的小哥", "单位小姑娘" (the gender
  word belongs to the role or the place before it), or said to be a man or a woman:
  "客服是个男的", "师傅是女的".
  A Cantonese child or parent is the subject of "系" ("是"): "我阿仔系男仔", "个囡系女仔".
- In Chinese, a person who does something for the respondent: "小伙子给我装的" (the respondent is
  the one helped, the gender word somebody else).
- An exclamation: "oh boy", "boy oh boy", "man oh man", "oh man, these questions" (a gender
  word said to nobody).
- A titled name owning something: "Mrs Brown's Boys is on", "Mr Smith's shop" (a show, a person
  or a place talked about; "I'm Mrs Brown", "Mrs Smith here" still describe the respondent).
- A shop's sign or a chain's name: "店名叫帅哥凉茶", "sorry was in mr price" (`shop_names`).
- A parent word as the subject of a sentence about that parent: "Mum's the one who pays", "mum
  is on the phone", "Dad does the bills" ("mum here", "mum of two", "I'm a mum" stay).

The respondent's own "我是男的", "本人女" stays.
"""

from __future__ import annotations

import re

from bot.understanding.identity.kin_described import spouse_described, spouse_subject
from bot.understanding.identity.shop_names import in_shop_name

# Roles of people met through the service, and Cantonese kin ("阿仔", "囡囡", "老豆").
_ROLES = (
    r"(?:客服|人工|接线员|话务员|工作人员|店员|营业员|柜员|收银员?|前台|销售|业务员?|经理|主管"
    r"|师傅|装机|装维|维修|上门|快递|外卖|骑手|司机|主播|老板|接电话的|打电话的|来装的|来修的"
    r"|对方|那人|那个人|阿仔|个仔|细路|囡囡|个囡|阿女|老豆|老母|阿妈|阿爸"
    # people of a workplace or a neighbourhood: "单位小姑娘", "营业厅的小姐姐", "隔壁小伙子"
    r"|单位|公司|厂里|店里|营业厅|隔壁|楼下|对门)"
)
# ... right before the gender word ("客服小姐姐"), or as the subject of 是 / 系 before it
# ("客服是个男的", "我阿仔系男仔").
_ROLE_BEFORE = re.compile(
    _ROLES + r"(?:的)?[小大老]?\s*$"
    r"|" + _ROLES + r"(?:也|都|就)?[是系係](?:个|一个|位|一位|個)?\s*$"
)
_CHEAP = re.compile(
    r"客服|人工|员|前台|销售|业务|经理|主管|师傅|装|维修|上门|快递|外卖|骑手|司机"
    r"|主播|老板|的|对方|那人|那个人|仔|细路|囡|阿女|老豆|老母|阿妈|阿爸"
    r"|单位|公司|厂里|店里|营业厅|隔壁|楼下|对门"
)


def _staff_or_family(low: str, start: int) -> bool:
    """The gender word at `start` is about a member of staff or a family member named before it."""
    head = low[max(0, start - 12) : start]
    return _CHEAP.search(head) is not None and _ROLE_BEFORE.search(head) is not None


_EXCLAIMED = re.compile(
    r"\b(?:oh|ohh|o)\s+(?:boy|man|girl)\b|\b(?:boy|man)\s*,?\s+oh\s+(?:boy|man)\b"
)
_TITLES = frozenset(("mrs", "mr", "ms", "miss", "mister"))
_OWNED_AFTER = re.compile(r"\.?\s+[a-z][a-z\-]*(?:'s|’s|s')(?=\s|$|[,.!?])")
_PARENTS = frozenset("mum mom mam mother dad father".split())
# the parent as subject: "'s" (is, has) or a verb in the third person
_SUBJECT_AFTER = re.compile(
    r"(?:'s|’s)\s+(?!here\b|of\b)|\s+(?:is|was|does|did|has|had|pays|paid|says|said|handles"
    r"|sorts|deals|looks|takes|gets|wants|thinks|uses|set|sets|signed|bought)\b"
)
# "帮我弄的", "给我装的": the person named does something for the respondent
_FOR_ME_AFTER = re.compile(r"(?:们)?\s*(?:都|也|就|刚|又)?(?:帮|给|替|教|带)(?:我|俺)")


def _aside(low: str, start: int, end: int) -> bool:
    """The gender word at `low[start:end]` is an exclamation, part of a titled name that owns
    something, a parent talked about, or a person who does something for the respondent."""
    word = low[start:end]
    if word.isascii():
        if word in ("boy", "man", "girl") and _near_exclamation(low, start, end):
            return True
        if word in _TITLES and _OWNED_AFTER.match(low, end):
            return True
        if word.endswith(("'s", "’s")):  # "mum's" read as one word
            word, end = word[:-2], end - 2
        return word in _PARENTS and _SUBJECT_AFTER.match(low, end) is not None
    return _FOR_ME_AFTER.match(low, end) is not None


def _near_exclamation(low: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _EXCLAIMED.finditer(low))


def said_of_other(low: str, start: int, end: int) -> bool:
    """The gender word at `low[start:end]` is said of somebody else, or of nobody."""
    if spouse_described(low, start, end):
        return True  # "我老婆，两个娃的妈": the wife described, not the respondent
    if "孩子" in low[start:end] or "娃" in low[start:end]:
        if spouse_subject(low, start, end):
            return True  # "孩子他爸在外地打工": the husband talked about
    if in_shop_name(low, start, end):
        return True  # "店名叫帅哥凉茶", "was in mr price": a shop's name
    return _staff_or_family(low, start) or _aside(low, start, end)

"""An option only asked about in a closing question: "支持信用卡吗", "收信用卡不", "续约有啥优惠没".

A question that ends the answer with "吗" (a closing "不" after a modal is read as "吗" by
`normalize`) asks whether the option is offered and states nothing the respondent has, even
without a question mark. An option said in its own clause before it is kept: "我用信用卡，你们
支持吗" names the respondent's card and asks only about support. So does a price asked of the
option ("光纤一个月多少钱啊 贵不贵") or its putting in ("光纤入户是不是要打孔啊").
"""

from __future__ import annotations

import re

from bot.understanding.churn import intention_echoes

# the rest of the clause after the option, up to a closing "吗" or "么" at the end of the text
# (not "什么", "怎么", "这么", "那么", "多么"; nor a comparison, "两年的跟一年的是一回事吗", which
# the contract readers weigh on their own)
_CLOSING_QUESTION = re.compile(r"[^,，。.!！;；?？是]{0,10}?(?<![什怎这那多])(?:吗|么)\s*$")


# The same without "吗": "有…没(有)" asks whether there is ("续约有啥优惠没"), and a question word
# closing the clause asks what ("续约送啥", "续约送些什么") (not "没啥", "不咋", nothing at all; nor
# the rhetorical "换啥呀", "续个啥", the question word right after the verb: why do it at all).
_CLOSING_HAVE_NOT = re.compile(r"[^,，。.!！;；?？是]{0,8}?有[^,，。.!！;；?？]{0,8}?没有?\s*$")
_CLOSING_WHAT = re.compile(
    r"(?!个)[^,，。.!！;；?？是没不]{1,8}?(?<![没不])(?:啥|什么|多少|哪些)(?:呀|呢|啊)?\s*$"
)


def closing_question(low: str, end: int) -> bool:
    """The option word ending at `end` sits in a closing yes/no question ("支持信用卡吗")."""
    if ("吗" in low or "么" in low) and _CLOSING_QUESTION.match(low, end) is not None:
        return True
    if intention_echoes.asked_back(low):
        return True  # "续啥？", "renew what?": the whole answer asks what is meant
    if "没" in low and _CLOSING_HAVE_NOT.match(low, end) is not None:
        return True
    if ("钱" in low or "贵" in low) and _PRICE_ASKED.match(low, end) is not None:
        return not _OWNED_BEFORE.search(low, max(0, end - 8), end)  # "光纤一个月多少钱啊 贵不贵"
    if _INSTALL_ASKED.match(low, end) is not None:
        return True  # "光纤入户是不是要打孔啊 我怕房东不让": a question about getting it put in
    return any(w in low for w in _WHAT_WORDS) and _CLOSING_WHAT.match(low, end) is not None


# The price of the option asked, closing the message: "光纤一个月多少钱啊 贵不贵", "光纤几钱一个月"
# (not "光纤，一个月多少钱我忘了", nor the respondent's own: "我用的光纤一个月多少钱啊").
_PRICE_ASKED = re.compile(
    r"[^,，。.!！;；是]{0,8}?(?:多少钱|几多钱|几钱|咩价|什么价|啥价|贵不贵|贵吗)"
    r"(?:啊|呀|呢|哇|嘞|哦|吖)?(?:[\s,，]*(?:贵不贵|贵吗|贵唔贵|划不划算|划算吗)(?:啊|呀|呢)?)?"
    r"[\s?？~…]*$"
)
_OWNED_BEFORE = re.compile(r"(?:是|用的|装的|家的|家里的|我家)[^,，。]{0,4}$")
# Getting the option put in asked about: "光纤入户是不是要打孔", "光纤要不要上门装" (not "光纤入户的
# 时候打了个孔").
_INSTALL_ASKED = re.compile(
    r"[^,，。.!！;；]{0,4}?(?:是不是|要不要|需不需要|用不用|会不会|得不得)要?"
    r"(?:打孔|打洞|钻孔|钻洞|穿墙|布线|走线|拉线|上门|预约|装修|改线)"
)


_WHAT_WORDS = ("啥", "什么", "多少", "哪些")

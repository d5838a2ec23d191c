"""An option only asked about in a closing question: "支持信用卡吗", "收信用卡不", "续约有啥优惠没".

A question that ends the answer with "吗" (a closing "不" after a modal is read as "吗" by
`normalize`) asks whether the option is offered and states nothing the respondent has, even
without a question mark. An option said in its own clause before it is kept: "我用信用卡，你们
支持吗" names the respondent's card and asks only about support.
"""

from __future__ import annotations

import re

from bot.understanding import intention_echoes

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
    return any(w in low for w in _WHAT_WORDS) and _CLOSING_WHAT.match(low, end) is not None


_WHAT_WORDS = ("啥", "什么", "多少", "哪些")

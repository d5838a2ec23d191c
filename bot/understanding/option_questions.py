"""An option only asked about in a closing yes/no question: "你们支持信用卡吗", "收信用卡不".

A question that ends the answer with "吗" (a closing "不" after a modal is read as "吗" by
`normalize`) asks whether the option is offered and states nothing the respondent has, even
without a question mark. An option said in its own clause before it is kept: "我用信用卡，你们
支持吗" names the respondent's card and asks only about support.
"""

from __future__ import annotations

import re

# the rest of the clause after the option, up to a closing "吗" or "么" at the end of the text
# (not "什么", "怎么", "这么", "那么", "多么"; nor a comparison, "两年的跟一年的是一回事吗", which
# the contract readers weigh on their own)
_CLOSING_QUESTION = re.compile(r"[^,，。.!！;；?？是]{0,10}?(?<![什怎这那多])(?:吗|么)\s*$")


def closing_question(low: str, end: int) -> bool:
    """The option word ending at `end` sits in a closing yes/no question ("支持信用卡吗")."""
    return ("吗" in low or "么" in low) and _CLOSING_QUESTION.match(low, end) is not None

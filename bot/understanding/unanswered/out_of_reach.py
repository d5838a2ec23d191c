"""Answers that point at where the value is written, out of the respondent's reach (kept apart
from `no_basis`, which chains them in).

- The value is on a paper or a label the respondent cannot find or read: "账单上写着呢，我找不到
  了", "牌子我看不清", "the bill's got it but I can't find it", "can't read the label".

A side fact offered "if that helps" ("the router's 5 years old if that helps") is not vague.

Judged where `vague.is_vague` is, only when no value was found: "账单找不到了，大概九十" still
gives 90. Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TRIGGER = re.compile(r"找不|看不|丢了|find|read|lost|misplaced")

_OUT_OF_REACH = re.compile(
    # a paper that holds the value, not found: "账单上写着呢，我找不到了", "单子找不着了"
    r"(?:账单|单子|合同|发票|收据|小票|说明书)[^.!?。！？]{0,12}?(?:找不(?:到|着)|弄丢了|丢了|不知道放哪)"
    # a label not legible: "牌子我看不清", "型号看不清楚" (not eyesight: "眼睛花，字看不清")
    r"|(?:牌子|型号|标签|铭牌|logo)(?:我|俺)?(?:都|也|实在)?看不(?:清|出|懂)"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:find|read|make out) (?:the|my|that|it on the) "
    r"(?:bill|statement|label|sticker|paperwork|contract|receipt|writing|brand|name)\b"
    r"|\b(?:lost|misplaced) (?:the|my) (?:bill|statement|paperwork|contract|receipt)\b"
)


def out_of_reach(said: str) -> Iterator[re.Match[str]]:
    """Every phrase of this module in `said` (a lower-cased message, questions blanked)."""
    if _TRIGGER.search(said) is None:
        return iter(())
    return _OUT_OF_REACH.finditer(said)

"""An intention word in "whoever it is, it makes no difference": "谁续都一样", "换哪家都一样".

Said with "谁" or "哪" (whoever, wherever) and closed by "都一样" (all the same), the renewal or
the switch is named only to say that the choice changes nothing: no plan to stay or to leave is
stated. A plan said in another clause still counts ("换哪家都一样，还是续吧").
"""

from __future__ import annotations

import re

# the clause around the word: "谁"/"哪" before or after it, then "都一样" and its kin to the end
_ANY_BEFORE = re.compile(r"(?:谁|哪)[^,，。;；!！?？]{0,4}$")
_SAME_AFTER = re.compile(
    r"(?:[^,，。;；!！?？]{0,4}?(?:谁|哪)[^,，。;；!！?？]{0,3}?|[^,，。;；!！?？]{0,2}?)"
    r"(?:都|也)(?:一样|一个样|差不多|没(?:啥|什么|多大)?区别)"
)


def said_no_difference(low: str, before: str, end: int) -> bool:
    """The intention word ending at `end`, after `before` (its clause so far), is named only to
    say that whoever provides it makes no difference."""
    if "一样" not in low and "差不多" not in low and "区别" not in low:
        return False
    found = _SAME_AFTER.match(low, end)
    if found is None:
        return False
    any_after = "谁" in found.group() or "哪" in found.group()
    return any_after or _ANY_BEFORE.search(before) is not None

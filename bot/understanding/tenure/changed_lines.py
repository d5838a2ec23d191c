"""A kind of line named, then when it was changed: "光纤，上个月刚换的" tells of the line.

"光纤，上个月刚换的", "千兆的，上周刚换的", "光纤，我们前几天刚换的": the answer names the kind of
connection and then dates a bare "刚换" ("just changed") by a recent time: the date goes with
that kind of line, an upgrade from copper, as "刚换的光纤" names the kind after the change, and
it says nothing of joining us (a past year does the same: "光纤，去年刚换的"). Without the date
the bare change still reads as a new customer ("光纤，刚换的": 0), and words of the provider
after the change keep it a start with us ("光纤，上个月刚换过来的", "上个月刚换成你们的").
"""

from __future__ import annotations

import re

# A kind of connection (an option of the internet question), then a recent time, right before
# the change: "光纤，上个月", "千兆的 上周", "光纤，我们前几天".
_KIND_THEN_TIME = re.compile(
    r"(?:光纤|千兆|百兆|电话线|铜线|adsl|dsl|fib(?:re|er)|cable|5g|4g)(?:的|宽带|网|broadband)?"
    r"\s*[,，.。]?\s*(?:我们?|俺|咱们?)?\s*(?:也|就|是|都)?\s*"
    r"(?:上个?月|这个?月|上周|上个?星期|上礼拜|前几天|前两天|这两天|最近)(?:初|中|底|末)?"
    r"\s*(?:才|也|就)?\s*$"
)
# Nothing after the change but particles: no provider, no thing changed.
_BARE_AFTER = re.compile(r"(?:的|了|啦|呢|吧|哈|呀|过|\s)*(?:$|[,，.。!！?？;；~])")


def kind_changed(low: str, start: int, end: int) -> bool:
    """The "刚换" at `start`..`end`, dated right before it, changed the kind of line named before
    the date."""
    if "换" not in low[start:end] or not _BARE_AFTER.match(low, end):
        return False
    return _KIND_THEN_TIME.search(low, max(0, start - 24), start) is not None

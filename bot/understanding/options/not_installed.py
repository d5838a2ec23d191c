"""A home line that is not put in yet, or that cannot be had where the respondent lives.

Asked which internet they have, people without a line say it has not reached them ("村里还没拉过来",
"还没装"), ask back where one would come from ("山里哪来的光纤啊") or deny having "it", the
line the question named ("nah we don't have it", "no we dont"): that is no line at home, the
`none` option.
A line only planned ("还没拉，准备下个月装光纤", "下个月才装光纤") is not what they have now,
and neither is one asked back rhetorically ("哪来的光纤"). These patterns are read only when the
internet question was asked (`patterns`), and the denials only for options other than
intentions (`choice_voices`).
"""

from __future__ import annotations

import re

# Clause end, with particles: "还没拉过来啊", "哪来的光纤。"
_END = r"(?:啊|呀|嘛|哦|呢|哟|的|了)*(?=\s*(?:$|[,，。!！~…]))"

NONE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # not put in yet: "村里还没拉过来", "家里还没装呢" (not "还没装好", "还没拉黑"; nor an
    # option not there yet, "还是DSL，我们镇光纤还没通")
    re.compile(
        r"(?<!光纤)(?<!dsl)(?<!千兆)(?<!5g)(?<!fiber)(?<!fibre)"
        r"(?:还|都|也|一直|压根)(?:没|没有)(?:拉|装|通|接|牵|开通)(?:过来|进来|上)?" + _END
    ),
    # asked back where a line would come from: "山里哪来的光纤啊", "哪有网啊"
    # (the words of asking only: the option after them is denied in `not_yet`)
    re.compile(r"哪(?:有|来的?)(?:什么|啥)?(?=(?:光纤|网络?|wifi|无线)" + _END + ")"),
    # the whole answer denies having "it", the line the question named: "nah we don't have it",
    # "haven't got one", "no, we don't have any" (not "don't have it at work", "we don't have it
    # with you, we're with BT": a place or a provider said)
    re.compile(
        r"^(?:(?:nah|nope|no|naw|sorry)\b[,.!]?\s*)?(?:(?:we|i)\s+)?(?:don'?t|do not|haven'?t"
        r"|have not|ain'?t)\s+(?:got\s+|have\s+)?(?:it|that|any|one)\b(?:\s+(?:at all|at home"
        r"|here|yet|tbh|sadly|mate))?\s*[.!]*$"
        # ... or with no object at all: "no we dont", "nah I haven't", "we don't" (the whole
        # answer; not "no we dont know", "we don't use it much")
        r"|^(?:(?:nah|nope|no|naw)\b[,.!]?\s*(?:(?:we|i)\s+)?|(?:we|i)\s+)(?:don'?t|do not"
        r"|haven'?t|have not)(?:\s+(?:at all|sadly|tbh|mate))?\s*[.!]*$"
    ),
)

# An option asked back rhetorically: "哪来的光纤啊".
_RHETORICAL_BEFORE = re.compile(r"哪(?:有|来的?)(?:什么|啥)?\s*$")
_RHETORICAL_AFTER = re.compile(_END)
# An option only planned for a time to come: "准备下个月装光纤", "明年才拉光纤", "过两天去办".
_PLANNED_BEFORE = re.compile(
    r"(?:下个?月|下周|下礼拜|明年|年底|过(?:几|两|一)天|过段时间|以后|回头|到时候)"
    r"(?:再|才|就|要|准备|打算)*(?:去)?(?:装|拉|办|接|开通?|换成?|改成?)(?:个|一个|一条|上)?\s*$"
)


def not_yet(low: str, start: int, end: int, before: str) -> bool:
    """The option at `start`..`end` is only planned ("下个月装光纤") or asked back as something
    that cannot be had ("哪来的光纤啊")."""
    if "哪" in before and _RHETORICAL_BEFORE.search(before) and _RHETORICAL_AFTER.match(low, end):
        return True
    return _PLANNED_BEFORE.search(low, max(0, start - 16), start) is not None

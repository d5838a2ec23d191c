"""A contract, line or way of paying that is only wished for, supposed, planned or past.

- Wished for: "wish we had fiber out here", "wish I could pay by card", "要是能装上光纤就好了",
  "我们村啥时候能通光纤" (but "I wish my fibre was faster" has fibre).
- Supposed: "if i could go month to month i would", "if I'd known I'd have gone monthly",
  "要是签一年能便宜点我就签" (but "如果没记错的话是两年的" is a hedge over the answer).
- Planned, not yet done: "gonna get fibre put in next week", "打算改成信用卡自动扣，还没弄"
  ("getting fibre installed on Monday").
- Past: "上个合约是两年的，现在是啥我得查下", "my last contract was 12 months".
- Said not to reach the respondent: "dsl out here, fiber dont reach us" has DSL.
- Another sense of a payment word: "mastercard is sponsoring the match", "went to the bank
  today, the queue was out the door" (but "went to the bank to pay it" pays there).
"""

from __future__ import annotations

import re

from bot.understanding.supposing import IF_ZH, IF_ZH_WORDS

_WISHED_EN = re.compile(
    r"\bwish(?:es|ed)?\s+(?:we|i|they)\s+(?:had|could|were on|was on|got|'d)\b[^,.;!?]*$"
)
_SUPPOSED_EN = re.compile(
    r"\bif\s+(?:i|we)\s*(?:could|can|'d|had|were|was able)\b[^,.;!?]*$"
    r"|\b(?:i|we)'?d\s+have\s+(?:gone|got|gotten|signed|picked|taken|switched)\b[^,.;!?]*$"
)
_PLANNED_EN = re.compile(
    r"\b(?:gonna|going to|planning to|plan to|planning on|about to|hoping to|looking to"
    r"|thinking of|thinking about)\s+(?:get(?:ting)?|hav(?:e|ing)(?! to)|switch(?:ing)? to"
    r"|go(?:ing)? (?:for|with|on)|mov(?:e|ing) to|chang(?:e|ing) to|upgrad(?:e|ing) to"
    r"|sign(?:ing)? up for)\s+(?:a\s+|the\s+|some\s+)?$"
    # ("I'll go with month to month" picks the answer: only a thing to be got later)
    # ("we'll be switching to bank transfer" after the way used before: the way from now on)
    r"|\b(?:will|'ll)\s+(?:be\s+)?get(?:ting)?\s+"
    r"(?:a\s+|the\s+|some\s+)?$"
)
_INSTALL_AHEAD = re.compile(
    r"\s+(?:put in|installed|connected|hooked up|fitted)\s+(?:next|on|tomorrow|soon|in (?:a|\d)"
    r"|this (?:week|month|weekend))"
)
_GETTING_BEFORE = re.compile(r"\b(?:getting|get)\s+(?:a\s+|the\s+|some\s+)?$")
_NOT_REACHING_AFTER = re.compile(
    r"\s*(?:(?:don'?t|dont|doesn'?t|doesnt|does not|do not|won'?t|wont|isn'?t|aint|ain'?t|never"
    r"|can'?t|cant|hasn'?t|not)\s+)(?:(?:even|yet|ever)\s+)?(?:reach|come|coming|get (?:out )?here"
    r"|go (?:out )?(?:this|that) far|run (?:out )?here|available|here\b|out here)"
)
_PAST_EN = re.compile(
    r"\b(?:my|our|the)\s+(?:last|previous|old|first)\s+(?:contract|plan|deal)\s+(?:was|were)\s+"
    r"(?:a\s+|on\s+|for\s+)?$"
)
_IF_ZH = re.compile(
    r"(?:" + IF_ZH + r")(?![^,，。]{0,6}(?:没记错|记得|没搞错|没错|不出意外))[^,，。]{0,10}$"
)
_WHEN_ZH = re.compile(
    r"(?:啥时候|什么时候|几时|何时|哪天)(?:才)?(?:能|可以|会)(?:通|装|拉|有|用上|用)上?\s*$"
)
_PLANNED_ZH = re.compile(
    r"(?:打算|准备|计划|正要|考虑)(?:下个月|过两天|回头)?(?:改成|换成|改用|换用|改|换|装|办|签|用|开通"
    r"|升级)(?:成|到)?\s*$"
)
_PAST_ZH = re.compile(
    r"(?:上个|上一个|之前的?|以前的?|原来的?|上次的?|旧的?)(?:合约|合同|套餐)(?:是|签的是|签了|签的)?\s*$"
)
_SPONSOR_AFTER = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:sponsoring|the (?:main )?sponsors?|advertising)\b"
    r"|\s+(?:sponsors?|ads?|adverts?|advertisements?|commercials?)\b"
)
_SPONSOR_BEFORE = re.compile(r"\bsponsored by\s+$|\b(?:ad|advert|commercial) (?:for|from)\s+$")
_VISITED_BEFORE = re.compile(
    r"\b(?:went|go|going|been|popped|walked|drove|nipped)\s+(?:in\s*)?to\s+the\s+$"
)
_PAID_THERE = re.compile(r"[^,.;!?]*\b(?:pay|paid|paying|deposit|transfer)")
_CHEAP = (
    "wish", "if", "'d", "gonna", "going", "plan", "about to", "hoping", "looking", "thinking",
    "will", "'ll", "get", "last", "previous", "old", "first", *IF_ZH_WORDS, "时候",
    "几时", "何时", "哪天", "打算", "准备", "计划", "正要", "考虑", "上个", "上一", "之前", "以前",
    "原来", "上次", "旧", "sponsor", "ad", "commercial", "the ",
)  # fmt: skip


def unmade(low: str, end: int, before: str) -> bool:
    """The option ending at `end`, with `before` its clause up to it, is no option the respondent
    has now: wished, supposed, planned, past, said not to reach them, or in another sense."""
    if _NOT_REACHING_AFTER.match(low, end) or _SPONSOR_AFTER.match(low, end):
        return True  # "fiber dont reach us", "mastercard is sponsoring the match"
    if not any(w in before for w in _CHEAP):
        return False
    if (
        _WISHED_EN.search(before)
        or _SUPPOSED_EN.search(before)
        or _PLANNED_EN.search(before)
        or _PAST_EN.search(before)
        or _SPONSOR_BEFORE.search(before)
    ):
        return True
    if _GETTING_BEFORE.search(before) and _INSTALL_AHEAD.match(low, end):
        return True  # "getting fibre installed on Monday"
    if _IF_ZH.search(before) or _WHEN_ZH.search(before) or _PLANNED_ZH.search(before):
        return True
    if _PAST_ZH.search(before):
        return True
    return bool(_VISITED_BEFORE.search(before)) and not _PAID_THERE.match(low, end)

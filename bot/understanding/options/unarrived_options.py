"""A service the respondent has not switched to yet, or only wishes for, is not theirs.

"电话线那种老宽带，还没改光纤" has DSL: the fibre is the change not yet made, and "改" / "换" start
a new statement for the lexicon (so the 没 before them does not reach the option). The same for
"还没换成光纤", "一直没升级到千兆", "还没用上光纤". In English the wish reads the same way:
"copper line still, would love fibre", "I'd kill for fibre", "dying for fibre"; and so does an
option said not to have arrived: "fibre's not here yet", "fibre isn't available in our street yet".
A change that was made stays the respondent's ("刚改了光纤", "finally got fibre").
"""

from __future__ import annotations

import re

# Not switched yet, right before the option: "还没改光纤", "都没换成千兆", "一直没升级到光纤".
_NOT_SWITCHED_ZH = re.compile(
    r"(?:还|都|也|一直|暂时|至今|仍|仍然)?(?:没|没有|未|没能)(?:改|换|升级|改装|换装|用上|装上|拉上)"
    r"(?:成|到|为|上)?(?:了)?\s*$"
)
# Only wished for, right before the option: "would love fibre", "'d kill for fibre".
_WISHED_EN = re.compile(
    r"\b(?:would|'d)\s+(?:love|like|kill for|give anything for|give my right arm for)\s+"
    r"(?:to\s+(?:get|have|switch to|upgrade to|be on)\s+)?(?:some\s+|a\s+|proper\s+)?$"
    r"|\b(?:dying|desperate|crying out|longing|gagging)\s+for\s+(?:some\s+|a\s+|proper\s+)?$"
)
# Not here yet, right after the option: "fibre's not here yet", "fibre isn't available here".
_NOT_ARRIVED_EN = re.compile(
    r"(?:'s|\s+is|\s+isn't|\s+isnt|\s+hasn't|\s+has not)?\s*(?:not\s+)?(?:here|available|in our"
    r" (?:area|street|road|village)|reached us|come to (?:us|our \w+))\s+yet\b"
)
_GATE_EN = ("love", "like", "kill", "give", "dying", "desperate", "crying", "longing", "gagging")


def not_had_yet(low: str, end: int, before: str) -> bool:
    """The option ending at `end`, with `before` its clause up to it, is a change not made yet or
    only wished for: not what the respondent has."""
    if ("没" in before or "未" in before) and _NOT_SWITCHED_ZH.search(before):
        return True
    if any(w in before for w in _GATE_EN) and _WISHED_EN.search(before):
        return True
    return "yet" in low and _NOT_ARRIVED_EN.match(low, end) is not None

"""A known city framed as a visit or an occasion there: never the home.

"been in Perth twice", "been to Leeds a couple of times", "been to Brisbane once", "never been
to Leeds" (a count of visits, or a place gone to and come back from) and "when we're in Brisbane
we use the hotspot", "whenever I'm in Leeds", "every time we're in Perth" (an occasion of being
there): where the respondent lives is not said.
Not a length of time ("been in Leeds ten years", "I've been in Leeds since 2010", "成都我住了
十年"), nor a place come back to ("when I'm back in Leeds", "when I'm home in Perth").
"""

from __future__ import annotations

import re

# "been to Leeds": a place gone to, not a place lived in ("been moved to" is not matched).
_BEEN_TO = re.compile(r"\bbeen\s+(?:over\s+|down\s+|up\s+|out\s+)?to\s*$")
_BEEN_IN = re.compile(r"\bbeen\s+(?:over\s+|down\s+|up\s+|out\s+)?in\s*$")
# A count of visits after the city: "twice", "a few times", "three times", "loads of times".
_TIMES_AFTER = re.compile(
    r"\s*(?:(?:only|just|like|about|maybe)\s+)?(?:once|twice|thrice"
    r"|(?:a\s+(?:few|couple(?:\s+of)?|number\s+of|handful\s+of)|several|many|multiple|lots\s+of"
    r"|loads\s+of|heaps\s+of|plenty\s+of|a\s+lot\s+of|a\s+bunch\s+of|\d+|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|countless|a\s+million)\s+times)\b(?!\s+as\b)"
)
# An occasion of being there: "when we're in", "whenever I'm in", "every time we're in".
_OCCASION_BEFORE = re.compile(
    r"\b(?:when|whenever|while|if|every\s+time|each\s+time|any\s*time|next\s+time)\s+"
    r"(?:we|i)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+(?:(?:over|up|down|out|visiting)\s+)?in\s*$"
)


# Chinese: the city put first, then a count of visits ("成都去过两回", "成都也来过几次").
_TIMES_AFTER_ZH = re.compile(
    r"(?:也|都|还|就|只)?(?:去|来|到|待|呆|玩)过(?:了)?"
    r"(?:(?:一|两|二|三|四|五|几|好几|很多|无数|\d+)(?:次|回|趟)|\s*(?:$|[,，。!！~]))"
)
# Each time there: "每次去成都都用热点", "每回到成都", "每次在成都".
_EACH_TIME_BEFORE_ZH = re.compile(
    r"(?:每次|每回|每趟|每当)(?:我们?|俺们?|咱们?)?(?:去|到|来|在|回)\s*$"
)


def _visit_frame_zh(before: str, low: str, end: int) -> bool:
    if "过" in low[end : end + 6] and _TIMES_AFTER_ZH.match(low, end):
        return True
    return "每" in before and _EACH_TIME_BEFORE_ZH.search(before) is not None


def visit_frame(before: str, low: str, end: int, chinese: bool = False) -> bool:
    """The city whose clause begins with `before` and that ends at `end` in `low` is one gone to
    ("been to Leeds", "been in Perth twice", "成都去过两回") or an occasion ("when we're in
    Brisbane", "每次去成都")."""
    if chinese:
        return _visit_frame_zh(before, low, end)
    if not before.rstrip().endswith((" to", " in")):
        return False  # cheap: every such frame ends "… to" or "… in"
    if _BEEN_TO.search(before):
        return True
    if _BEEN_IN.search(before) and _TIMES_AFTER.match(low, end):
        return True
    return _OCCASION_BEFORE.search(before) is not None

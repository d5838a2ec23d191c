"""An aside about an answer the respondent left out earlier, said while answering now.

Under the complaint question people catch up on a question they skipped: "oh I never answered
earlier, I'm in Orillia", "sorry I didn't say before, we're in Leeds", "I forgot to mention
earlier, I'm 42", "刚才忘了说，我在株洲". The aside is about their own answering, not the
service: its "never" or "didn't" is no grievance, and what follows answers another slot.
Not a complaint about the provider's answering ("you never answered my email earlier", "they
didn't reply before the deadline", "客服刚才没回我").
"""

from __future__ import annotations

import re

_LATE_EN = re.compile(
    r"\b(?:i|i've|i have)\s+(?:never|didn'?t|did not|forgot to|haven'?t|never got (?:a chance "
    r"|round |around )?to|didn'?t get (?:a chance |round |around )?to)\s+"
    r"(?:answer(?:ed)?|say|said|tell you|told you|mention(?:ed)?|repl(?:y|ied)|respond(?:ed)?"
    r"|fill(?:ed)? (?:that|it|this) in|give you|gave you)"
    r"(?:\s+(?:that|it|this|you|the (?:\w+ )?(?:question|one)|(?:that|this) (?:bit|one)))?"
    r"\s+(?:earlier|before|last time|the first time|above|at the start|back there|further up)\b"
    r"|\bsorry (?:for|about) not (?:answering|saying|replying)(?: (?:that|it|this))?"
    r"(?: (?:earlier|before))?\b"
)
_LATE_ZH = re.compile(
    r"(?:刚才|刚刚|之前|前面|上面|开始)(?:我)?(?:忘了|忘记|没有?|漏了)(?:回答|回|说|答|填|讲)(?:你)?"
)


def late_asides(low: str) -> list[tuple[int, int]]:
    """The spans of asides about an answer left out earlier ("I never answered earlier")."""
    found: list[tuple[int, int]] = []
    if (
        "earlier" in low
        or "before" in low
        or "sorry" in low
        or "last time" in low
        or "above" in low
    ):
        found += [m.span() for m in _LATE_EN.finditer(low)]
    if "刚" in low or "前" in low or "上面" in low or "开始" in low:
        found += [m.span() for m in _LATE_ZH.finditer(low)]
    return found

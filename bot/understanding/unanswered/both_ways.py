"""A yes-or-no question answered both ways at once, as a hedge.

"说有也有说没有也没有", "可以说有也可以说没有", "有吧又好像没有", "有又没有", "算有又不算有",
"yes and no", "well, yes and no really" say neither: on a yes/no slot the answer is vague, and
the "没有" or the "no" in it is no value. Not "没有，也没有打算要" (a no said twice), "有一个，
也没有别的" (a count, then nothing else), "有，不算有钱" (a yes, then a thing), "yes, and no more
than two" or "yes and no plans for more" (a yes, then something else denied). Searched only
when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"有|yes")

_BOTH_WAYS = re.compile(
    # "说有也有，说没有也没有", "说有吧也有…", "算有也算没有", "有也算有，没有也算没有"
    r"(?:说|算|讲)(?:是)?有(?:吧|嘛|呢|的话)?[,，\s]*(?:也|又)(?:算|可以说|能说|是)?有"
    r"[^。.!！?？]{0,4}?(?:说|算|讲)?(?:是)?没有?"
    r"|(?<![没])有(?:吧|嘛|呢)?[,，\s]*也(?:算|可以说|能说|是)有[^。.!！?？]{0,3}?没有?(?:吧|嘛|呢)?"
    r"[,，\s]*也(?:算|可以说|能说|是)?没有?"
    r"|(?:说|算)(?:是)?有也(?:算|可以说|能说)?没有"
    # "可以说有，也可以说没有", "也可以说有也可以说没有"
    r"|可以(?:说|算)有[^。.!！?？]{0,3}?也可以(?:说|算)没有?"
    # "有又没有的", "有吧又好像没有" (not "没有，也没有…", a no said twice)
    r"|(?<![没])有(?:吧|嘛|呢)?[,，\s]*又(?:好像|好似|感觉|算|不算)?没有"
    # "算有又不算有", "有也不算有", "说有吧又不算有" (not "有，不算有钱": "有" then a thing)
    r"|(?<![没])有(?:吧|嘛|呢|的话)?[,，\s]*(?:但|可|可是|不过)?(?:也|又|还)(?:好像|感觉)?不(?:太|大)?算(?:是)?有"
    r"(?=[吧嘛呢啊的]*\s*(?:$|[,，。.!！…~]))"
    # "yes and no", "kinda yes kinda no" said as the answer
    r"|(?:^|[,.!?;…]\s*|\b(?:well|both|it'?s|its|um+|uh+|erm|hmm+|so|eh)\s+)"
    r"(?:a )?yes,? and (?:a )?no\b"
    r"(?=\s*(?:$|[,.!?;…]|really\b|tbh\b|lol\b|honestly\b|i guess\b|mate\b|haha\b|to be honest\b))"
)


def answered_both_ways(low: str) -> bool:
    """The (lower-cased) message answers a yes-or-no question with both at once."""
    if _TRIGGER.search(low) is None:
        return False
    return _BOTH_WAYS.search(low) is not None

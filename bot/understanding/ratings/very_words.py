"""好 as "very" before another word: "好难讲", "好慢", "好贵", "好麻烦".

In Cantonese, and in casual Mandarin, 好 before an adjective or a 难-word is the degree word
"very", not the rating "good": "好难讲㗎" is "really hard to say" (vague, as "很难讲"), "网速好慢"
is "the speed is very slow" and "好难用" is "very hard to use", none of them a rating of 4. Before
a word of praise ("好快", "好方便", "好好用") 好 still reads as liking the service, and words that
read on their own ("好差", "好失望", "好不满意") keep their own readings.
"""

from __future__ import annotations

import re

# Words after which 好 is "very": 难-words (难讲, 难用, 难受) and words of trouble or cost.
_TROUBLE_AFTER = re.compile(
    r"难(?!得|怪|道)|慢|贵|卡|烦|麻烦|累|闷|坑|弱|渣|吵|乱|糟|惨|垃圾|头[痛疼]|无语|郁闷|离谱|折腾"
    r"|气人|火大|不稳"
)


def very_before_trouble(low: str, start: int, end: int) -> bool:
    """The 好 at `start`..`end` is "very" before a word of trouble ("好难讲", "好慢")."""
    return low[start:end] == "好" and _TROUBLE_AFTER.match(low, end) is not None

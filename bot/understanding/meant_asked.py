"""A topic word echoed, then a question of which sense the asker means, as the whole answer.

"孩子？你是说自己的还是家里的？" and "kids? you mean my own or the grandkids?" repeat the question's
word and ask which people it covers: the word echoed is no child of the respondent's, and no
answer follows it. The question alone, no word echoed, asks the same ("是说要我养的，还是住一起的
都算？"). A reply after the question ("孩子？自己的没有") answers as usual, and so does a question
that ends with an answer of its own ("you mean my own? none").
"""

from __future__ import annotations

import re

# The echoed word: a short clause that ends with a question mark.
_ECHO = r"^\s*[^,.;!?]{1,16}\?+\s*"
# Which sense is meant: "你是说…还是…？", "是指自己的吗？", "you mean my own or…?"
_MEANT = re.compile(
    _ECHO + r"(?:(?:你|您)(?:是)?(?:说|指|问)的?(?:是)?|(?:是)?(?:说|指)的?是?)[^.;!?]{0,20}?"
    r"(?:还是|吗|么|对吧|是吧|呢)[^.;!?]{0,12}\?*\s*$"
    r"|" + _ECHO + r"(?:(?:do|did)\s+)?(?:you|u|ya)\s+mean\b[^.;!?]{0,40}\?+\s*$"
    # with no word echoed, the sense asked as the whole message: "是说要我养的，还是住一起的都
    # 算？", "你是指自己的孩子吗？"
    r"|^\s*(?:(?:你|您)(?:是)?(?:说|指|问)的?(?:是)?|是(?:说|指)的?是?|指的是)[^.;!?]{0,24}?"
    r"(?:还是|吗|么|对吧|是吧)[^.;!?]{0,12}\?+\s*$"
)


def asks_which_meant(low: str) -> bool:
    """The message echoes the question's word and asks which sense is meant, and nothing else."""
    if "?" not in low:
        return False
    return _MEANT.search(low) is not None

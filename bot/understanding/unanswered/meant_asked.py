"""A topic word echoed, then a question of which sense the asker means, as the whole answer.

"孩子？你是说自己的还是家里的？" and "kids? you mean my own or the grandkids?" repeat the question's
word and ask which people it covers: the word echoed is no child of the respondent's, and no
answer follows it. The question alone, no word echoed, asks the same ("是说要我养的，还是住一起的
都算？"). A reply after the question ("孩子？自己的没有") answers as usual, and so does a question
that ends with an answer of its own ("you mean my own? none"). Two senses set side by side
("is this like a lab partner or a partner partner lol") and whether somebody counts ("what about
a 10 year old?") ask the same, when they are the whole message.
"""

from __future__ import annotations

import re

# The echoed word: a short clause that ends with a question mark.
_ECHO = r"^\s*[^,.;!?]{1,16}\?+\s*"
# Which sense is meant: "你是说…还是…？", "是指自己的吗？", "you mean my own or…?"
_MEANT = re.compile(
    _ECHO + r"(?:(?:你|您)(?:是)?(?:说|指|问)的?(?:是)?|(?:是)?(?:说|指)的?是?)[^.;!?]{0,20}?"
    r"(?:还是|吗|么|对吧|是吧|呢)(?:[^.;!?]|\.{2,}){0,12}\?*\s*$"
    r"|" + _ECHO + r"(?:(?:do|did)\s+)?(?:you|u|ya|yuh|yu)\s+mean\b[^.;!?]{0,60}\?+\s*$"
    # with no word echoed, the sense asked as the whole message: "是说要我养的，还是住一起的都
    # 算？", "你是指自己的孩子吗？"
    r"|^\s*(?:(?:你|您)(?:是)?(?:说|指|问)的?(?:是)?|是(?:说|指)的?是?|指的是)[^.;!?]{0,24}?"
    r"(?:还是|吗|么|对吧|是吧)[^.;!?]{0,12}\?+\s*$"
)


# Two senses set side by side as the whole message, with or without a question mark: "wait is
# this like a lab partner or a partner partner lol", "is it the work kind or the other kind?"
_EITHER_SENSE = re.compile(
    r"^\s*(?:(?:wait|so|um+|hmm+|ok|okay|sorry|lol)[,.]?\s+)*(?:is|do you mean|you mean"
    r"|are you asking about|are we talking)\s+(?:this|that|it|like)?\s*(?:like\s+)?"
    r"(?:an?\s+|the\s+)?[a-z' -]{1,30}?\s+or\s+(?:an?\s+|the\s+)?[a-z' -]{1,30}?"
    r"(?:\s+(?:lol|lmao|haha|tho|though))?\s*\?*\s*$"
)


# Whether somebody counts, asked as the whole message: "what about a 10 year old?", "and my
# stepson?", "how about a lodger?" ("what about a 10 year old? I have one" answers).
_WHAT_ABOUT = re.compile(
    r"^\s*(?:(?:and|but|so|ok|okay|um+|hmm+|wait)[,.]?\s+)*(?:what|how) about\s+"
    r"(?:an?|my|our|the|his|her|their|one|two|\d+)\b[^.!?,，]{0,40}\?+\s*$"
)


def asks_which_meant(low: str) -> bool:
    """The message echoes the question's word and asks which sense is meant, and nothing else."""
    if " or " in low and _EITHER_SENSE.match(low):
        return True
    if "about" in low and _WHAT_ABOUT.match(low):
        return True  # "what about a 10 year old?": whether one counts, asked back
    if "?" not in low:
        return False
    return _MEANT.search(low) is not None

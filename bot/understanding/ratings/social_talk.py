"""Words that run the conversation rather than answer it: they rate nothing.

Asked for a rating, people first greet, apologise for a late reply or hold the chat ("good evening
🙂 sorry im late replying", "好的，等一下", "ok, one sec"). An "ok" or "好的" that acknowledges the
question before a pause is no "ok" rating, and a smiley that goes with a greeting, an apology or a
pause is no smiley rating ("🙂" alone, or "😊 pretty happy", still rates).
"""

from __future__ import annotations

import re

# An acknowledgement opening the message, then a pause: "好的，等一下", "ok hang on".
_ACK_THEN_HOLD = re.compile(
    r"^\s*(?:嗯\s*)?(?:好的?|好吧|好嘞|行|可以|ok(?:ay)?|alright|all right|sure|good|right)"
    r"[\s,，.。!！~]*(?:(?:你|您)\s*)?(?:稍等|等一下|等等|等会儿?|等下|hang on|hold on|one sec"
    r"|just a (?:sec|second|minute|moment)|give me a (?:sec|second|minute|moment)|a sec\b"
    r"|one moment|brb)"
)
# Greeting, thanks for waiting, or a pause: what a smiley may go with.
_SOCIAL = re.compile(
    r"^\W*(?:hi|hiya|hello|hey|good (?:morning|afternoon|evening|day)|morning|evening)\b"
    r"|\b(?:sorry (?:(?:i'?m|im|for (?:the|my)?)\s*)?(?:late|slow|the (?:late|slow) reply"
    r"|the delay|the wait|taking so long)|hang on|hold on|one sec)\b"
    r"|你好|您好|早上好|上午好|下午好|晚上好|不好意思(?:回|来)?晚了|回(?:复)?晚了|稍等|等一下|等会儿?"
)


# A clause break before an acknowledgement later in the message: "number 2 combo... ok one sec".
_BREAK_BEFORE = re.compile(r"(?:[,，.。!！?？~…]|\.\.\.)\s*$")


def acknowledges(low: str, start: int) -> bool:
    """The rating word at `start` opens the message, or a clause of it, as an acknowledgement
    before a pause."""
    if start <= 4:
        return _ACK_THEN_HOLD.match(low) is not None
    if not _BREAK_BEFORE.search(low, max(0, start - 4), start):
        return False
    return _ACK_THEN_HOLD.match(low[start:]) is not None


def smiley_is_social(low: str) -> bool:
    """A smiley in this message goes with a greeting, an apology or a pause."""
    return _SOCIAL.search(low) is not None

"""What stands beside a question asked back under the complaint question, and states nothing.

Two kinds of clause are set aside before the rest of such a message is searched for a grievance:

- A question about what the question means, offering an example: "你是说网速那种问题吗？",
  "你指的是信号吗", "do you mean like the speed?", "the wifi you mean?" (but "你是说网速吗？网速
  太慢了" goes on to complain, and the rest says so).
- Where the respondent has just come back from, said before asking for the question again: "Just
  back from the shops, what was that?", "got in from work, sorry, come again?", "刚买菜回来，你说
  啥？" (the shop or the work named there is no shop or staff of the provider). These are set aside
  only when the question is asked again, never on their own.

Each is searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_MEANT_CHEAP = ("说", "指", "mean", "as in")
_MEANT = re.compile(
    r"(?:(?:你|您)(?:们)?(?:是说|说的是|指的是|是指|的意思是|意思是)|(?:^|(?<=[,，。!！?？\s]))(?:是说|是指))"
    r"[^,，。!！?？]{1,15}?(?:吗|么|嘛|呢|啊|吧)?\s*[?？]+"
    r"|(?:(?:你|您)(?:们)?(?:是说|说的是|指的是|是指)|(?:^|(?<=[,，。!！?？\s]))(?:是说|是指))"
    r"[^,，。!！?？]{1,15}?(?:吗|么|嘛)\s*[。.~]*$"
    r"|\b(?:(?:do|did) (?:you|u) mean|(?:you|u) mean|as in)\b[^.!?]{1,40}\?"
    r"|(?:^|(?<=[,.!?;]))[^.!?,;]{1,40}\b(?:you|u) mean\s*\?"
)
_ARRIVAL_CHEAP = ("from", "刚")
_ARRIVAL = re.compile(
    r"(?:^|(?<=[,.!?;]))\s*(?:(?:sorry|soz|oh|ah|ok|okay|right)[,\s]+)?"
    r"(?:i'?m |i was |i'?ve |we'?re |was )?(?:just |only just )?"
    r"(?:back|got back|got in|got home|home|in|came back|come back|walked in)\s+"
    r"from\s+(?:the\s+|my\s+|a\s+|work\b|school\b)?[a-z]*(?:\s+(?:run|trip|shop|shops))?\s*"
    r"(?=$|[,.!?;])"
    r"|(?:^|(?<=[,，。!！?？\s]))(?:我)?刚(?:从[^,，。!！?？]{1,8})?(?:买菜|逛街|上班|下班|接孩子|送孩子)?"
    r"(?:回来|回家|到家|进门|下班)(?:了|的)?(?=$|[,，。!！?？\s])"
)


def blanked(rest: str, asked_again: bool) -> tuple[str, bool]:
    """`rest` (same length) with a question about the question's meaning blanked out, and also a
    clause saying where the respondent is just back from when the question is asked again;
    and whether a question about the meaning was found."""
    meant = False
    if any(w in rest for w in _MEANT_CHEAP):
        out = _MEANT.sub(lambda m: " " * len(m.group()), rest)
        meant = out != rest
        rest = out
    if (asked_again or meant) and any(w in rest for w in _ARRIVAL_CHEAP):
        rest = _ARRIVAL.sub(lambda m: " " * len(m.group()), rest)
    return rest, meant

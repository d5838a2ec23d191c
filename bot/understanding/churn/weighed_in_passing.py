"""A switch weighed up in passing, in words that can only be about the provider: "unsure".

A bare "thinking of switching" under another question may be of anything, so it stays unread
(`rated_then_weighed`). Some weighings carry what is switched in their own words, and are the
intention "unsure" whatever was asked:

- tied to the end of the contract: "might switch when the contract's up", "2. may leave once my
  deal ends" (not "might switch phones when the contract's up"; "probably switching when the
  contract is up" is leaving, read elsewhere);
- right after the price is judged too high: "about 70 euro and honestly it's too much, thinking
  of switching", "overpriced, considering switching providers";
- weighing "another one" (换一家, another provider) in Chinese: "月费涨到一百三了，在考虑要不要换一
  家", "想着要不要换一家" (not "换一家店", nor "不考虑换一家"; "想换运营商了" is a decision,
  read as leaving elsewhere).
"""

from __future__ import annotations

import re

_SUBJECT = r"(?:(?:i|we)(?:'?ll|'?d| will| would)?\s+|(?:i'?m|i am|we'?re|we are)\s+)?"
_SWITCH = (
    r"(?:switch(?:ing)?|leav(?:e|ing)|chang(?:e|ing)|mov(?:e|ing)|go(?:ing)? elsewhere"
    r"|jump(?:ing)? ship|cancel(?:l?ing)?)(?:\s+(?:providers?|networks?|carriers?|over|away"
    r"|you(?: guys| lot)?))?"
)
WEIGHED_IN_PASSING = re.compile(
    # tied to the contract's end
    r"(?:^|[,.;:!-]\s*|\b(?:and|so|but|tbh|honestly)\s+)"
    + _SUBJECT
    + r"(?:might|may|could|possibly|maybe)\s+(?:well\s+)?(?:be\s+)?"
    + _SWITCH
    + r"\s+(?:when|once|after|at the end of)\s+(?:the|my|our|this)\s+(?:contract|deal|plan|term)"
    r"(?:'s|s| is)?(?:\s+(?:up|ends?|over|done|finished|runs out|expires))?\b"
    # after the price judged too high
    r"|\b(?:too (?:much|expensive|pricey|dear|steep)|overpriced|a rip[- ]?off|daylight robbery"
    r"|not worth it)\b[^.;!?]{0,12}?[,.;-]+\s*(?:and\s+|so\s+)?"
    r"(?:(?:i'?m|we'?re|i am|we are)\s+)?(?:(?:seriously|really|honestly)\s+)?"
    r"(?:thinking (?:of|about|bout)|considering|weighing up)\s+(?:switching|changing|leaving"
    r"|moving)(?:\s+(?:providers?|networks?|carriers?|over))?(?=\s*(?:tbh|honestly|lol)?\s*"
    r"(?:$|[.,;!…]))"
    # 换一家: another provider
    r"|(?<![不没别])(?:(?:在|还在|正在|有点|有些|都)?(?:(?:考虑|琢磨|纠结)(?:着)?(?:要不要|是不是|要)?"
    r"|想(?:着)?(?:要不要|是不是)))"
    r"(?:换一家|换别家|换家|换个运营商|换运营商)(?=[了吧呢啊算]*\s*(?:$|[,，。.!！…?？]))"
)

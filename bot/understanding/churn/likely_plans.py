"""Plans said with a hedge of likelihood, plans weighed up, and a rival already signed with.

In passing, under another question, people add where they stand: "4, no complaints, ill prob
renew", "2 yr contract, ends next summer and i prob wont renew", "satisfied, I'll most likely
stay", "I'm on the fence about renewing", "I've already signed with Telstra", "合约到期可能换".
"Probably" does not make a plan uncertain: "probably renewing" is staying, "probably won't renew"
leaving, as in the answer to the intention question itself. Being "on the fence", "in two minds"
or "not sure" about renewing or switching is "unsure", and the "renewing" inside it no plan of
its own (`intention_phrasings.CHOICE_OVERRIDES` holds `WEIGHED_UP`). A switch that "可能" (may)
come at the contract's end is "unsure" too ("合约到期就换" is a plan, read in `intentions`), and
so is one that may go to a rival named ("也许换移动", "到期了可能转联通"), in any answer.

Only the respondent's own plan counts: the hedge follows "I", "we" or opens its clause ("my wife
will probably renew" is hers), and the plan closes its clause ("I'll probably renew if it gets
cheaper" is a condition). A rival signed with needs the rival named or "another provider", and
"already", "just" or "I've": "signed up with you in 2019" is a start, "signed with Vodafone
before" a past provider.
"""

from __future__ import annotations

import re

# "I'll", "ill", "we will", "I'm", or a clause's start (with "and", "but", "so") before a hedge.
_SELF = (
    r"(?:(?:^|(?<=[,.;!?…])|\b(?:and|but|so|tbh|honestly))\s*"
    r"(?:(?:i|we)(?:'?ll|\s+will)?\s+|(?:i'?m|im|we'?re|i am|we are)\s+)?"
    r"|\b(?:i|we)(?:'?ll|\s+will)?\s+|\b(?:i'?m|im|we'?re|i am|we are)\s+)"
)
_LIKELY = r"(?:prob(?:ably)?|prolly|probs|likely|most likely|more than likely)\s+"
# The plan closes its clause (a few closing words may follow).
_CLOSES = (
    r"(?=\s*(?:$|[,.;!…]|(?:lol|haha|tbh|honestly|tho|though|i (?:think|guess|reckon)|to be honest"
    r"|ngl|mate|tbf)\b))"
)
LIKELY_STAY = re.compile(
    _SELF
    + _LIKELY
    + r"(?:(?:gonna|going to|be)\s+)?(?:renew(?:ing)?|stay(?:ing)?|stick(?:ing)? around"
    r"|stick(?:ing)? with (?:you|u|ya|y'?all)(?: guys| lot)?)"
    r"(?:\s+(?:again|it|the contract|my contract|with you(?: guys| lot)?|on))?" + _CLOSES
)
LIKELY_LEAVE = re.compile(
    _SELF
    + _LIKELY
    + r"(?:won'?t|wont|will not|not|not gonna|not going to|ain'?t)\s+(?:be\s+)?renew(?:ing)?"
    r"(?:\s+(?:again|it|the contract|my contract|with you(?: guys| lot)?))?" + _CLOSES
)
# "on the fence about renewing", "in two minds about switching", "not sure about staying" (not a
# stay somewhere: "not sure about staying in tonight"; nor another thing: "switching phones").
WEIGHED_UP = re.compile(
    r"\b(?:on the fence|in two minds|of two minds|torn|undecided|unsure|not sure|50/50"
    r"|fifty fifty)\s+(?:about|on|over|re)\s+"
    r"(?:renew(?:ing|al)?|the renewal|stay(?:ing)?|switch(?:ing)?|leav(?:e|ing)|cancel(?:l?ing)?"
    r"|moving (?:providers?|networks?|carriers?))\b"
    r"(?!\s+(?:in|at|home|up|out|over|phones?|jobs?|banks?|cars?|schools?|gyms?|my passport"
    r"|(?:my|the) (?:phone|car|house|flat|job|gym|insurance|licen[cs]e|passport))\b)"
)
# "合约到期可能换", "到期了可能会转网", "合同到了说不定就换了": a switch that may come at the
# term's end.
MAYBE_AT_TERM_END = re.compile(
    # (the term's end, of the contract or unnamed: not "手机到期", "会员到期")
    r"(?:(?:合约|合同|协议)(?:一)?到期?|(?:^|(?<=[,，。!！\s]))(?:等|等到)?到期)"
    r"(?:了|后|以后|之后)?[,，]?(?:[我俺咱]们?)?(?:也|就)?"
    r"(?:(?<!不)可能|也许|或许|说不定|没准)(?:会|就|要)?"
    r"(?:换|走|撤|转网?|携号转网|不续|销户)(?!手机|个手机|套餐)"
)

# "也许换移动", "可能会转联通", "说不定就换成电信了": a hedged switch to a rival named (not
# "不可能换移动", nor "移动也许换了套餐": the rival as the subject).
MAYBE_TO_RIVAL_ZH = re.compile(
    r"(?:(?<![不没])可能|也许|或许|说不定|没准)(?:会|就|要|得)?"
    r"(?:换|转网?|携号转网)(?:成|到|去)?(?:中国)?(?:移动|联通|电信|广电|别家)"
)


def signed_elsewhere(rivals: str) -> re.Pattern[str]:
    """ "I've already signed with Telstra", "just signed up with another provider" (the rival
    named, or another provider unnamed)."""
    return re.compile(
        r"(?:\b(?:already|just)\s+|\b(?:i|we)(?:'ve|\s+have)\s+(?:(?:already|just)\s+)?)"
        r"signed(?:\s+up)?\s+(?:a\s+(?:contract|deal)\s+)?with\s+(?:"
        + rivals
        + r"|another (?:provider|carrier|company|network)|a competitor)\b"
    )

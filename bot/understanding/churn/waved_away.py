"""Options waved away when the intention or the plan is asked.

An option echoed in a question and dismissed as absurd ("leave? why would I", "renew at those
prices? you're having a laugh", "换它干嘛，用得好好的") or refused outright, the refusal too far
from it for the lexicon's negation ("no way am I signing up for 2 years", "两年的打死也不签"), is
denied: the choice resolver (`choices`) reads it as negated, so its opposite may answer. Kept
apart from `people`, whose echo readings serve the household topics as well.
"""

from __future__ import annotations

import re

from bot.understanding.churn import leaving_puns
from bot.understanding.people import clause_before

# An option echoed in a question and then waved away as absurd ("leave? why would I", "renew at
# those prices? you're having a laugh"), turned down flat ("renew at these prices? no chance",
# "stay with you lot? no way", "续约？门都没有", "换？想都别想"), or asked what for ("换它干嘛，
# 用得好好的"): it is denied. The flat no ends its clause ("renew? no chance of a discount" asks
# about something else).
_ECHO_DISMISSED = re.compile(
    r"[^.!?,;，。！？；]{0,30}?\?+\s*(?:why (?:on earth |the hell |ever |exactly )?(?:would|should)"
    r" i\b|(?:you'?re|you are|are you) (?:having a laugh|joking|kidding|having me on)"
    r"|you (?:must|have to|got to|gotta) be (?:joking|kidding)"
    r"|you'?ve got to be (?:joking|kidding)"
    r"|(?:(?:lol|haha|ha|nah|oh|er|um)[,\s]+)*(?:no chance|not a chance|fat chance|no way"
    r"|no bloody way|hell no|not happening|not likely|as if|dream on|in your dreams"
    r"|not on your life|not in a million years|absolutely not|forget it)"
    r"(?=\s*(?:$|[,.!;?…]|lol\b|haha\b|mate\b|pal\b|love\b|m8\b|\U0001F602)))"
    r"|[^,，。！？；]{0,12}?[?？]+\s*(?:那|这)?(?:门儿?都没有|没门儿?|想都别想|做梦|休想|不可能|省省吧)"
    r"|(?:它|这个)?(?:干嘛|干吗|干啥|做啥)"
)

# An option refused outright, the refusal too far before it for the lexicon's negation: "no way
# am I signing up for 2 years", "there's no way I'd commit to a year", "两年的打死也不签",
# "一年的合约我才不签" (not "no way, it's the 2 year one").
_REFUSED_BEFORE = re.compile(
    r"\b(?:no way|not a chance|no chance|not in a million years|never in a million years"
    r"|over my dead body)\s+(?:am|would|will|do|i|i'?d|i'?m|i'?ll|we|we'?d|we'?re)\b"
    r"[^,.;!?]{0,40}$"
)
_REFUSED_AFTER = re.compile(
    r"(?:的)?(?:合约|合同|套餐|那种|那个)?(?:我|俺)?(?:是)?(?:才|可|打死|死也|绝对|坚决|从来|根本|绝)?"
    r"(?:也|都)?不(?:签|办|要|选|考虑)(?![^,，。]{0,2}(?:钱|多|少|久))"
)


# The option followed by what a hassle it would be: "换一家得折腾半个月", "转网太麻烦",
# "switching is such a faff", a reason not to.
_HASSLE_AFTER = re.compile(
    # ("换 太麻烦了", "换号太麻烦", "换起来太折腾": with a space, the number, or 起来 too)
    r"(?:一家|个运营商|运营商|别家|个号码?|号码?|手机号|网)?\s*(?:起来|的话)?\s*"
    r"(?:得|要|太|很|好|多|真|挺|可|也)*"
    # (not 麻烦 asking a favour: "我要换 麻烦你们帮我办一下", "换，麻烦您快点"; nor asked: "换
    # 麻烦吗？")
    r"(?:折腾|麻烦(?!\s*(?:你|您|帮|给|请|尽快|快点))|费劲|费事|繁琐)(?![^,，。]{0,3}[吗不么？?])"
    r"|\s+(?:(?:everything|it|providers?|networks?|(?:my |the |our )?(?:numbers?|lines?))"
    r"\s+)?(?:over\s+)?(?:is|are|would be|'d be|'s)\s+"
    r"(?:such |too much of |a real |a total |a |too much )?(?:hassle|faff|pain|headache)\b"
)

# The option as the subject, then not wanted: "leaving isn't something I want to do", "switching
# is not on my list", "离开不是我想要的".
_NOT_WANTED_AFTER = re.compile(
    r"\s+(?:is|'s)\s*(?:not|n't)\s+(?:something|anything|what|on)\s+(?:i|we)?\s*(?:'?d\s+)?"
    r"(?:want|wanna|plan|intend|fancy|like|care|'?m (?:planning|thinking|considering))"
    r"|\s+(?:is|'s)\s*(?:not|n't)\s+(?:on\s+)?(?:my|the)\s+(?:cards|agenda|list|radar)\b"
    r"|(?:的事)?(?:不是|可不是)(?:我|俺)(?:想要|想|打算|要)(?:的|做的)?"
)


def hassle_after(low: str, end: int) -> bool:
    """What a hassle the option ending at `end` would be follows it ("换号太麻烦")."""
    return _HASSLE_AFTER.match(low, end) is not None


def not_wanted_after(low: str, end: int) -> bool:
    """The option ending at `end` is the subject of "is not something I want"."""
    return _NOT_WANTED_AFTER.match(low, end) is not None


def waved_away(low: str, start: int, end: int) -> bool:
    """The option at `start`..`end` is dismissed right after it or refused before it."""
    if (
        _ECHO_DISMISSED.match(low, end)
        or _REFUSED_AFTER.match(low, end)
        or _HASSLE_AFTER.match(low, end)
        or _NOT_WANTED_AFTER.match(low, end)
        or leaving_puns.judged_worse_after(low, end)  # "switching would be worse"
    ):
        return True
    return _REFUSED_BEFORE.search(clause_before(low, start)) is not None

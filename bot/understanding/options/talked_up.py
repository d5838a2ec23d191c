"""Options talked up by somebody else: an offer heard of, or a way urged or praised by a person.

Neither is what the respondent has. An offer heard of, followed by what it would give or by a
doubt, is a rumour asked about: "听说签两年的送宽带 是不是真的", "据说包年的便宜", "I heard the 2
year deal comes with a free router, is that true?". A person urging a way on the respondent
("我儿子劝我用信用卡交", "my son keeps telling me to pay by credit card") or praising it
("我女婿说用信用卡交有积分", "my son says a credit card gets you points") gives advice, not the
bill's way of paying. What the respondent has is still read where they say it ("…，我就签了两
年的", "我老公说用的信用卡": the household's card, with no praise), and a way taken on advice is
theirs ("我女儿让我绑的信用卡": done).
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.literal_gates import gated

# Hearsay, said before the option in its clause, with no subject of the respondent's after it.
_HEARD = gated(
    r"听说|据说|听人说|听别人说|有人说|\b(?:i(?:'ve)? heard|apparently|supposedly|word is"
    r"|someone (?:said|told me))\b"
)
_SELF = re.compile(r"[我俺咱]|\b(?:i|i'm|i've|we|we're|my|our)\b")
# After the option in its sentence: what the offer gives, or a doubt about it.
_OFFER_AFTER = re.compile(
    r"[^。！？.!?]{0,16}?(?:送|赠|优惠|便宜|打折|免费|划算|返现|有活动|是不是真的|真的吗|真的假的|靠谱吗"
    r"|[吗?？]|\b(?:free|discount|cheaper|deal|bonus|comes with|half price|is (?:that|it) true)\b)"
)

# A person urging it on the respondent: "我儿子劝我用", "老婆天天催我换成", "my son keeps telling
# me to pay by" (not "…让我绑的信用卡": a way taken on that advice).
_URGED_BEFORE = gated(
    r"(?:劝|催|让|叫|逼)(?:我|俺|咱)们?(?:赶紧|早点|也)?(?:用|绑|办|装|换成?|签|改用|开通?)?\s*$"
    r"|\b(?:telling|told|tells|wants|wanted|urging|urged|nagging|nags|on at|pushing|pushes"
    r"|begging|asking|asks|asked)\s+(?:me|us)\s+to\s+(?:[\w']+\s+){0,3}$"
)
# A person praising it, in the clause of their saying: "我女婿说用信用卡交有积分".
_SAID_BEFORE = re.compile(r"说|讲|\b(?:says?|said|reckons?|swears?)\b")
_PRAISED_AFTER = re.compile(
    r"[^,，。;；!！?？]{0,6}?(?:积分|返现|优惠|划算|方便|省事|省钱|便宜|实惠|好处|更好|安全)"
    r"|[^,.;!?]{0,24}?\b(?:points|cash ?back|rewards?|miles|discounts?|cheaper|better|easier"
    r"|safer|perks)\b"
)
# The respondent following the advice: "我就绑了", "so I did".
_FOLLOWED_AFTER = re.compile(
    r"(?:所以|于是|后来)?(?:我|俺)(?:们)?(?:就|也|已经)(?:绑|办|装|换|签|用)了"
    r"|\bso (?:i|we) (?:did|do|have|got|went|switched|signed)\b|\band (?:i|we) did\b"
)


def heard_offer(low: str, end: int, before: str) -> bool:
    """The option ending at `end`, with `before` its clause so far, is part of an offer heard of
    and asked about or described ("听说签两年的送宽带 是不是真的")."""
    heard = list(_HEARD.finditer(before))
    if not heard or _SELF.search(before, heard[-1].end()):
        return False
    return _OFFER_AFTER.match(low, end) is not None


def urged(low: str, start: int, end: int, before: str) -> bool:
    """The option at `start`..`end` is urged on the respondent or praised by another person,
    and the respondent does not say they took it."""
    if _FOLLOWED_AFTER.search(low, end):
        return False
    m = _URGED_BEFORE.search(before)
    if m is not None and others.ANYONE_RE.search(before, 0, m.start()):
        return True
    return (
        _SAID_BEFORE.search(before) is not None
        and others.said_of_other(low, start, household=True)
        and _PRAISED_AFTER.match(low, end) is not None
    )

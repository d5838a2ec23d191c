"""The respondent's own bill said not to be known: other amounts beside it are something else.

Asked what they spend, people often give a figure they do know and then say they do not know their
own monthly bill: "paid £50 for the installation but that's one time, monthly not sure", "There was
a £50 connection fee. The monthly, I'm not sure.", "my mom's bill is like 90, mine I don't
remember", "rent is $1800 a month so I don't even look at the phone bill", "rogers offered me $45,
didn't check mine", "上个月出国漫游多扣了五百，平常多少我没在看", "公司每个月给报销
100话补，实际花多少没看过". The figure is a fee, a rent, somebody else's bill, an offer or an
allowance; the answer about the bill is vague. The not knowing must be said
of the own bill ("monthly", "mine", "the phone bill", "平常", "月费"): "about 50 a month, not sure
exactly" keeps its 50, and the amount said in the same clause ("monthly about 40 I think, not
sure") stays too. The own bill only said to be less than another's ("my flatmate's bill is like 120
and mine's way less", "孙子那个游戏卡一个月就得五十，我的没那么多") and a top-up whose time is not
known ("充了一百块，能用多久不知道") give no monthly amount either; a figure of the own after it
("mine's way less, about 40") is the answer.
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated

_OWN_EN = r"(?:monthly|mine|my own|my bill|the (?:phone |mobile |monthly )?bill|the rest)"
_UNKNOWN_EN = (
    r"(?:not sure|unsure|no idea|(?:i\s+)?(?:dont|don'?t|do not|can'?t|cant|didn'?t|didnt|never)"
    r"\s+(?:even\s+)?(?:remember|recall|know|check(?:ed)?|look(?:ed)? at))"
)
_OWN_UNKNOWN = gated(
    r"\b"
    + _OWN_EN
    + r"\b[\s,]*(?:(?:i'?m|i am|is|im|i|tbh|honestly)\s+){0,2}"
    + _UNKNOWN_EN
    + r"|\b"
    + _UNKNOWN_EN
    + r"\s+(?:what\s+)?"
    + _OWN_EN
    + r"\b"
    + r"|(?:平常|平时|每个?月|月费|我(?:自己)?的|自己的|实际(?:上)?(?:花|用|交|扣)?)"
    r"(?:的话)?(?:是)?(?:多少)?(?:钱)?(?:我)?"
    r"(?:都|就|也)?(?:没在看|沒在看|没看过?|沒看過?|不记得|不記得|不清楚|唔记得|唔記得|没留意"
    r"|沒留意|冇睇|冇留意|不知道|唔知)"
    # the own bill only set against another's: "mine's way less", "我的没那么多"
    r"|\bmine(?:'s|s|\s+is)?\s+(?:(?:way|a lot|much|a bit|far|quite a bit)\s+)?(?:less|lower"
    r"|cheaper|smaller)\b(?!\s*(?:than\s+)?(?:that,?\s+)?(?:[$£€¥]\s*)?\d)"
    r"|\bmine\s*(?:ain'?t|isn'?t|is not|aint|'s not|s not)\s+(?:that|as|so)\s+(?:bad|much|high"
    r"|expensive|big)\b"
    r"|我(?:自己)?的(?:没|沒|冇)(?:那么|这么|那麼|這麼|咁)?(?:多|贵|貴|高)"
    r"|我(?:自己)?的(?:要)?(?:少|便宜)(?:多了|一些|一点|点|不少)"
    # a top-up whose time is not known: "充了一百块，能用多久不知道"
    r"|(?:能|够|可以)用(?:得了)?多久(?:我)?(?:也)?(?:不知道|不清楚|唔知|没算过|沒算過)"
    r"|不知道(?:能|够)用多久|\bno idea how long (?:it|that|they) (?:lasts?|will last)"
)
_CLAUSE = re.compile(r"[,，.!?。！？;；]|\b(?:but|so)\b")


def own_unknown(low: str) -> re.Match[str] | None:
    """The words saying the respondent does not know their own bill, if any."""
    return _OWN_UNKNOWN.search(low)


def set_against(low: str, start: int) -> bool:
    """The amount at `start` is said before the own bill not known, in another clause."""
    m = own_unknown(low)
    if m is None or start >= m.start():
        return False  # ("monthly not sure, maybe 40": a guess at it)
    return _CLAUSE.search(low, start, m.start()) is not None

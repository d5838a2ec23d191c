"""Children named only to date something: they were children then, who knows now.

"since the kids were in primary school", "ever since my daughter was little", "孩子上小学那会儿
就开始用了", "从儿子还小的时候就用他们家": the children mark a time long past, when they were at
school or small; how old they are now, and whether the respondent still keeps them, the message
does not say. So such a child word gives no dependants value either way (not "true" for children
at home, not "false" for grown ones). Children at school now ("the kids are in primary school",
"孩子在上小学") are read as before.
"""

from __future__ import annotations

from bot.understanding.literal_gates import gated

_KID_EN = (
    r"(?:kids?|children|child|boys?|girls?|sons?|daughters?|little ones|wee ones|youngest|eldest)"
)
_YOUNG_EN = (
    r"(?:in\s+(?:primary|elementary|junior|middle|grade|nursery|kindergarten|preschool|pre-school"
    r"|infant|high|secondary|reception|school|nappies|diapers|year\s+\w+)\b[a-z ]{0,16}"
    r"|at\s+(?:primary|elementary|junior|middle|nursery|infant|high|secondary)\b[a-z ]{0,16}"
    r"|(?:small|little|tiny|young|babies|a baby|toddlers|a toddler|wee|bairns|teenagers"
    r"|at school|still at school)\b)"
)
_THEN = gated(
    r"\b(?:ever since|since|back when|from when|way back when)\s+(?:the|my|our)\s+"
    r"(?:two\s+|three\s+)?"
    + _KID_EN
    + r"\s+(?:were|was)\s+(?:still\s+|only\s+|just\s+|all\s+|both\s+)*"
    + _YOUNG_EN
    # "孩子上小学那会儿", "从儿子还小的时候": at school or small, then
    + r"|(?:孩子|儿子|女儿|闺女|小孩|娃|老大|老二|俩娃|两个孩子)(?:还)?(?:在)?"
    r"(?:(?:上|读|念)(?:幼儿园|小学|初中|高中|中学|[一二三四五六]年级)|小|很小|特别小)"
    r"(?:的)?(?:那会儿?|那时候?|那阵子?|的时候|时候|那几年)"
)


def back_then(low: str, start: int, end: int) -> bool:
    """The household word at `start`..`end` lies in a phrase that dates something by children
    who were young back then."""
    return any(m.start() <= start and end <= m.end() for m in _THEN.finditer(low))

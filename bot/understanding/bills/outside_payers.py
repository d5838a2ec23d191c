"""The bill paid by a body outside the household, or not by the respondent at all.

Asked what they pay a month or how, some answer that a church, a council, a village committee or
a school pays it ("the church covers it", "村委给报的", "the council picks up the bill"), or
that they never pay or see it themselves ("I never see the bill", "我自己不掏钱", "不用我出钱").
Such an answer is about the asked slot but gives no value, as "公司报销的" does (`vague`): it is
vague. It is read only when no value was found and only for the money and payment questions;
an amount said beside it still counts ("the council covers half, I pay 20"). What a relative
pays or handles is read by `delegated` and `vague`.
"""

from __future__ import annotations

from bot.understanding.literal_gates import gated

PAID_SLOTS = frozenset(("monthly_spend", "payment_method"))

_BODY_EN = (
    r"(?:church|parish|diocese|congregation|mission|council|union|charity|school|uni|university"
    r"|government|state|army|military|navy|ministry|housing association|housing|co-?op|landlord"
    r"|landlady|employer|welfare|social services|nhs|care home|the home)"
)
_BODY_ZH = (
    r"(?:村委会?|村里|村上|村委|居委会?|社区|街道|政府|国家|学校|部队|教会|工会|民政|养老院|敬老院|厂里"
    r"|老板|东家|公家)"
)
_OUTSIDE = gated(
    # "the church covers it", "council pays for the landline", "the union picks up the bill"
    r"\b(?:the |my |our )?" + _BODY_EN + r"(?:'s)?\s+(?:(?:just|always|actually|fully)\s+)?"
    r"(?:pays?|paid|covers?|covered|handles?|picks? up|picked up|foots?|footed|takes? care of"
    r"|sorts?)\s+(?:for\s+)?(?:it|that|the (?:bill|lot|cost|tab)|everything|all of it|mine"
    r"|my (?:bill|phone|plan|line|broadband|internet|wi-?fi))\b"
    # the respondent never pays or sees it: "I never see the bill", "I don't pay a penny"
    r"|\b(?:i|we)\s+(?:never|don'?t|do not|didn'?t)\s+(?:even\s+|actually\s+|ever\s+)?"
    r"(?:see|get)\s+(?:the|a|any)\s+bills?\b"
    r"|\b(?:i|we)\s+(?:never|don'?t|do not)\s+(?:actually\s+)?pay\s+(?:a (?:penny|cent|dime"
    r"|thing|single (?:penny|cent))|anything|for it)\b"
    # "村委给报的", "学校出的钱", "民政给交"
    r"|" + _BODY_ZH + r"(?:给|帮|替)?(?:我|俺|咱)?(?:们)?(?:报销?|出钱?|付|交|包)(?:的|了)"
    # "我自己不掏钱", "俺一分钱都没出", "不用我掏钱"
    r"|(?:我|俺)(?:自己|自个儿?)?(?:一分钱)?(?:都|也|从来)?(?:不|没|不用|没有|不需要|没出过)"
    r"(?:掏|出|花|付)(?:过)?(?:一分)?钱|不用(?:我|俺)(?:自己)?(?:掏|出|付|花)钱"
    r"|一分钱(?:都|也)(?:不用|没|没有)(?:掏|出|花|付)"
)


def paid_by_others(low: str) -> bool:
    """A body outside the household pays, or the respondent never pays or sees the bill."""
    return _OUTSIDE.search(low) is not None

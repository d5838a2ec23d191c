"""Amounts that price a one-off charge or a trip's use: no monthly bill.

Asked what they spend, people often remember a charge that stood out more than their bill: "the
$150 connection fee when we moved in", "a $35 activation fee when I signed up", "paid £50 for the
installation", "Roaming charges in Spain were a rip-off, £60 for a week's data". A fee named right
after the amount in its clause (connection, activation, joining, set-up, installation,
reconnection) or the use of the line abroad named before it in its sentence ("roaming", "漫游")
makes the amount that charge, not what is paid each month. A bill or the usual amount named
between them keeps the amount the bill's ("no roaming charges, the bill is £30", "上个月漫游花了
两百，平时一百"); a monthly fee ("a £30 monthly fee",
"月租费") stays a bill.
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

# After the amount, in its clause: "$150 connection fee", "£50 for the installation", "35块开户费".
_FEE_AFTER = re.compile(
    r"[^,，。.;!?！？；]{0,12}?(?:\b(?:connection|activation|joining|set-?up|installation|install"
    r"|reconnection|sign-?up|start-?up|hook-?up)\s+(?:fees?|charges?|costs?)\b"
    r"|\bfor (?:the |a |our |my )?(?:install(?:ation)?|set-?up|connection|hook-?up|activation)\b"
    r"|(?:开户|入网|激活|接入|初装|安装|装机)费)"
)
# Before the amount, in its sentence: the line used abroad.
_ROAMING = re.compile(r"\broaming\b|漫游")
_STOP = re.compile(r"[.!?。！？\n](?!\d)")
# A bill named between the roaming and the amount: the amount is the bill's.
_BILL = re.compile(
    r"\b(?:bill|plan|monthly|a month|per month|contract|usually|normally|mine)\b"
    r"|月租|月费|话费|套餐|每个?月|平时|平常|一般|通常|我自己"
)


def one_off(low: str, num: Num) -> bool:
    """The amount at `num` prices a one-off fee or roaming abroad, not the monthly bill."""
    fee = _FEE_AFTER.match(low, num.end)
    if fee is not None:
        return _BILL.search(fee.group()) is None  # (not "£30 a month for the installation plan")
    if "roaming" not in low and "漫游" not in low:
        return False
    start = max((m.end() for m in _STOP.finditer(low, 0, num.start)), default=0)
    roaming = list(_ROAMING.finditer(low, start, num.start))
    if not roaming:
        return False
    return _BILL.search(low, roaming[-1].end(), num.start) is None

"""The charge of an add-on put on the respondent's line without asking: no monthly bill.

Complaints about billing often price a service the respondent never wanted: "营业员给我多开了个视频
会员，每月扣十五", "莫名其妙多了个彩铃，每月五块", "they added a caller tune without asking, £3 a
month", "signed me up to a Netflix add-on, 9.99 a month". The amount is what that add-on costs,
not what the respondent pays for the service. It counts when the add-on comes before the amount in
its clause, or in the clause just before one that names no bill of its own ("每月扣十五"); a bill
named with its own amount stays the bill ("话费每月一百三还老是乱扣流量费" → 130, "套餐每月一百二，
还给我开了个视频会员每月十五" → 120).
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

# An add-on put on the line unasked: added by somebody else, or never ordered.
_ADDED = re.compile(
    r"(?:多|乱|偷偷|私自|擅自|莫名其妙|强制|默认|给我|帮我|替我)(?:多|偷偷|私自|擅自)?(?:开|加|订|办|绑)"
    # (what was added is a service, not a bank card: "帮我绑了银行卡自动扣")
    r"(?:了|通了?)?[^,，。!！?？]{0,8}?(?:会员|业务|服务|彩铃|铃声|流量包|加油包|功能)"
    r"|增值(?:业务|服务)|彩铃|附加(?:业务|服务|费)"
    r"|\b(?:add-?ons?|bolt-?ons?|caller ?(?:tunes?|ringtones?)|ringback tones?"
    r"|(?:added|stuck|slipped|snuck|sneaked)\s+(?:on\s+)?(?:a|an|some|this|that)\b"
    r"|signed (?:me|us) up (?:to|for)|without (?:asking|my (?:consent|permission))"
    r"|never (?:asked for|ordered|subscribed|signed up))"
)
_CHEAP = (
    "开",
    "加",
    "订",
    "办",
    "绑",
    "增值",
    "彩铃",
    "附加",
    "add",
    "bolt",
    "caller",
    "ringback",
    "stuck",
    "slipped",
    "snuck",
    "sneaked",
    "signed",
    "without",
    "never",
)
# The bill named in the amount's own clause: then the amount is the bill's.
_BILL = re.compile(
    r"话费|月租|月费|套餐|账单|宽带|网费|\b(?:bill|plan|package|broadband|contract|line rental)\b"
)


def add_on_charge(low: str, num_start: int) -> bool:
    """The amount at `num_start` prices an add-on put on the line unasked, not the bill."""
    if not any(w in low for w in _CHEAP):
        return False
    start = num_start - len(clause_before(low, num_start))
    head = low[start:num_start]
    if _ADDED.search(head):
        return not _BILL.search(head)
    if _BILL.search(head) or start <= 0:
        return False
    return _ADDED.search(clause_before(low, start - 1)) is not None

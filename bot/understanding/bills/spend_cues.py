"""Words right before a number that make it an amount spent: "每月88", "话费：99", "pay 45".

Kept apart from `amounts` (at its size limit). Besides the period, the bill and the verbs of
paying, the amount may follow "的是" ("我每个月交的是九十九": what is paid is 99), the respondent
as the one charged ("反正每个月扣我八十九": 89 taken from me each month), or a new price the bill
went up to ("月费涨到一百三了": the bill is now 130; a rise by an amount, "涨了30", stays no bill).
"""

from __future__ import annotations

import re

SPEND_BEFORE = re.compile(
    r"(?:每个?月|一个月|月费|月租|月均|平均每个?月|话费|账单|花了?|(?:交|缴|付|扣(?:我|俺)?)(?:了|的)?"
    r"|bill|pay|paying|paid"
    # a labelled field: "月费：99", "Monthly bill: 45"
    r"|spend|spending|costs?|charged?|套餐)\s*[:：]?(?:\s*(?:一共|总共|合计|大概|差不多|大约|也就|就|才"
    r"|要|得|是|(?<=费|租|单)都|个|(?<=[费租单])(?:涨|升|调|加)(?:到|成)|(?<=[费租单])变成"
    # the rest of the bill counted in: "每个月连手机一起128", "话费加上宽带一块儿150"
    r"|(?:连|加上?|算上|包括|含)[^\s,，。\d]{1,4}?(?:一起|一块儿?|在内)"
    r"|about|around|roughly|like|is|of|'s)){0,2}\s*$"
)

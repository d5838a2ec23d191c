"""A renewal said outright in passing (or turned down), and being stuck with the provider.

Asked for a rating, people add their plan in a few words: "solid 4, and yeah I'll renew", "4分，
合约到期还续", "接着续吧". A bare "renew" under another question may be of anything ("renew my
passport"), so these readings need the respondent's "I'll" (or a clause of its own in Chinese) and
the renewal closing its clause: "I'll renew if it gets cheaper", "还续吗？", "还续不续" and "视频
会员到期还续" (another subscription) are not read. Asked whether they will stay, "I'm stuck with
you" (no other network reaches them) is staying, but "stuck with you until March" is not.
Done with the service, closing a complaint in a clause of its own ("老是乱扣流量费，不想用了"),
is leaving.
"""

from __future__ import annotations

import re

# "and yeah I'll renew", "I'll renew again", "we'll be renewing with you" at a clause's end.
RENEW_EN = re.compile(
    r"(?=i|we)(?<![a-z'])(?:i'?ll|i will|we'?ll|we will|i'?m going to|i'?m gonna|i'?m)\s+"
    r"(?:definitely\s+|def\s+|for sure\s+|be\s+)?renew(?:ing)?"
    r"(?:\s+(?:again|it|the contract|my contract|for sure|with you(?: guys| lot)?))?"
    r"(?=\s*(?:$|[,.;!…]|(?:lol|haha|tbh|honestly)\b))"
)
# "合约到期还续", "到期了接着续", "还续吧": a renewal as a clause of its own (not "还续吗",
# "续不续", nor another subscription: "会员到期还续").
RENEW_ZH = re.compile(
    r"(?:(?<=^)|(?<=[,，。!！~…\s]))"
    r"(?:(?:合约|合同|套餐|协议)?(?:到期|到了)(?:了|后|以后|之后)?(?:我|俺)?(?:还|也|就|接着|继续|再)?"
    r"|(?:我|俺)?(?:还|也|接着|继续))"
    r"续(?:约|费|签)?(?:的|吧|呗|啊|呀|哈|了)?(?=\s*(?:$|[,，。!！~…]))"
)
# Going on, or not renewing, as a clause of its own after a rating: "挺满意的，五分，继续用", "2分，
# 不续了" (not "手机继续用", "会员不续了": another thing named in the clause).
GOING_ON_CLAUSE_ZH = re.compile(
    r"(?<=[,，。!！~…\s])(?:我|俺)?(?:就|还是)?(?:继续|接着)用(?:着|下去)?(?:吧|呗|啊|呀|了)?"
    r"(?=\s*(?:$|[,，。!！~…]))"
)
NOT_RENEWING_CLAUSE_ZH = re.compile(
    r"(?<=[,，。!！~…\s])(?:我|俺)?(?:就|肯定|也)?不(?:再)?续(?:约|费|签)?了(?=\s*(?:$|[,，。!！~…]))"
)
# Done with the service, as a clause of its own after a complaint: "老是乱扣流量费，不想用了",
# "信号太差了，真不想用了", "不想再用你们的了" (not "手机不想用了", "不想用流量看视频了": another
# thing named; nor "就不想用了" after a condition, "再这样，就不想用了").
DONE_USING_CLAUSE_ZH = re.compile(
    r"(?<=[,，。!！~…\s])(?:我|俺)?(?:是)?(?:真的?|实在|都|也|已经|确实|根本)*"
    r"不(?:想|愿意?|打算)(?:再)?(?:用|续)(?:下去|你们(?:家)?(?:的)?)?了(?:吧|啊|呀|啦)?(?=\s*(?:$|[,，。!！~…]))"
)
# "stuck with you", "stuck with you lot" (not "until March", "for now", "for another year").
STUCK_WITH_YOU = re.compile(
    r"\bstuck with (?:you(?: guys| lot| people)?|ya|y'all|your lot)\b"
    r"(?!\s*,?\s*(?:until|till|til|for now|for the moment|for another|for a|through|unless))"
)

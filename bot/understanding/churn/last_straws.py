"""Threats of leaving on one more failure: the intention "unsure".

"One more outage and I'm gone", "any more of this and I'm off", "another price hike and we're
out", "再断一次网我就走", "再乱扣一回钱俺就换": the leaving waits on a failure that may or may not
happen, so the plan is "unsure", as "if it goes up again I'm going" is. `intention_phrasings`
reads `LAST_STRAW` as an overriding reading, asked or not, so that the "leaving" or "走" inside it
does not count as a plan of its own.

Near misses that stay apart: "one more thing and I'm done" (the chat ends), "another week and I'm
off to Spain" (a trip), "再用一次就知道了" (no leaving), "再等一次我就去营业厅" (an errand).
"""

from __future__ import annotations

import re

# What happens once more: a failure, a rise, a bill, or "this".
_FAILURE = (
    r"(?:[a-z-]+\s+)?(?:outages?|drop-?outs?|drops?|disconnections?|cuts?|blackouts?|hikes?"
    r"|rises?|increases?|bills?(?:\s+like\s+(?:this|that))?|problems?|issues?|glitch(?:es)?"
    r"|screw-?ups?|mistakes?|charges?|fees?|time|of\s+(?:this|that|it)(?:\s+[a-z]+)?)"
)
_LEAVING = (
    r"(?:gone|off(?!\s+(?:to|on|for|home|work|out)\b)|out(?!\s+(?:of|for|on|with)\b)"
    r"|outta\s+here|done(?!\s+(?:for|with\s+(?:work|the\s+day|today)))|leaving|switching"
    r"|walking|cancell?ing|history)"
)
LAST_STRAW = re.compile(
    r"\b(?:one\s+more|another|any\s+more|any\s+further|more)\s+" + _FAILURE + r"\s*,?\s+"
    r"(?:and|&)\s+(?:then\s+)?(?:i'?m|i\s+am|we'?re|we\s+are|i'?ll\s+be|we'?ll\s+be)\s+"
    + _LEAVING
    + r"\b"
    # "再断一次网我就走", "再扣一回钱俺就换", "再有一次这样的我就撤" (not "再用一次就知道了")
    r"|再(?!用|试|等|看|问|说|打)[^,，。.!！?？就]{1,4}?一(?:次|回|把)[^,，。.!！?？就]{0,4}?"
    r"(?:我|俺|咱)?(?:们)?(?:立马|马上|直接)?就(?:走人?|换|撤|转网?|跑路|销户|不续|退网|注销|不用了)"
)

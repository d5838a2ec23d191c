"""Moving to another country, which takes the respondent out of the provider's reach.

Asked whether they will stay, people who are emigrating say where they go rather than that
they leave ("we're relocating to Canada in the spring", "heading back to India for good",
"下个月去澳洲定居了", "年底要搬去日本"): that is leaving. Going there without a word of staying
for good is a trip ("another week and I'm off to Spain"). A trip, a course or somebody else's
move is not ("去日本旅游", "儿子去美国读书了", "my daughter is moving to Canada": the readers of
other people's plans set those aside). Domestic moves are left alone: a move within the country
may take the service along.
"""

from __future__ import annotations

import re

_COUNTRY_EN = (
    r"(?:new zealand|australia|canada|the (?:us|usa|states)|america|spain|portugal|france|germany"
    r"|italy|greece|the netherlands|holland|belgium|switzerland|sweden|norway|denmark|poland"
    r"|romania|dubai|the uae|qatar|saudi(?: arabia)?|singapore|japan|korea|china|hong kong|india"
    r"|pakistan|bangladesh|nigeria|ghana|kenya|south africa|the philippines|thailand|vietnam"
    r"|malaysia|brazil|mexico|europe|asia|africa|the continent)"
)
_COUNTRY_ZH = (
    r"(?:澳洲|澳大利亚|新西兰|加拿大|美国|英国|日本|韩国|新加坡|德国|法国|意大利|西班牙|荷兰|瑞士|迪拜"
    r"|马来西亚|泰国|欧洲|北美)"
)
MOVING_ABROAD = re.compile(
    r"\b(?:moving|relocating|emigrating|move|relocate|emigrate)\s+(?:back\s+)?(?:home\s+)?"
    r"(?:over\s+)?(?:to|for)\s+" + _COUNTRY_EN + r"\b"
    r"(?!\s+(?:on|for)\s+(?:holiday|a holiday|vacation|a trip|a visit|a week|a fortnight|a few"
    r"|two|three|business))"
    # going there is a trip ("another week and I'm off to Spain") unless it is for good
    r"|\b(?:heading|going|off|flying out|shipping out)\s+(?:back\s+)?(?:home\s+)?(?:over\s+)?"
    r"(?:to|for)\s+" + _COUNTRY_EN + r"\b[^.!?]{0,30}?\b(?:for good|permanently|for ever"
    r"|forever|to live|to settle|indefinitely|not coming back|one[- ]way)"
    # a country named, then the move there: "got a job in New Zealand so we're moving there"
    # (the hit starts at the movers, who may be the respondent after someone else's job)
    r"|\b" + _COUNTRY_EN + r"\b[^.!?]{0,60}?\b(?P<at>we'?re|i'?m|we are|i am|we'?ll be|i'?ll be)\s+"
    r"(?:all\s+)?(?:moving|relocating|going|heading)\s+(?:out\s+)?(?:over\s+)?there\b"
    # "搬去日本", "移居加拿大", "去澳洲定居" (not "去日本旅游", "去美国读书")
    r"|(?:搬|移居|移民)(?:去|到)?"
    + _COUNTRY_ZH
    + r"|(?:去|到|回)"
    + _COUNTRY_ZH
    + r"(?:定居|长住|生活|发展|常驻)"
    # the move said after the country: "明年要去新西兰了，搬家", "搬家去加拿大"
    + r"|(?:去|到)"
    + _COUNTRY_ZH
    + r"(?:了|啦)?[,，\s]*(?:搬家|定居|安家|移民)|搬家(?:去|到)"
    + _COUNTRY_ZH
)


# Said under any question, the respondent's own move abroad with its time is a plan to leave:
# "month to month, cuz I'm moving to Portugal in the spring", "我们明年要搬去加拿大" (a move with no
# time or somebody else's, "my sister is moving to Portugal", is left to the intention question).
OWN_MOVE_ABROAD = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are)\s+(?:moving|relocating|emigrating)\s+(?:back\s+)?(?:over\s+)?"
    r"to\s+" + _COUNTRY_EN + r"\b(?=\s+(?:in|next|this|at|by|soon|after|before|come)\b)"
    r"|(?:我|俺|咱)们?(?:家)?(?:明年|今年|年底|年初|下个月|下半年|过完年|[一二三四五六七八九十\d]+月)"
    r"(?:就|要|准备|打算)*(?:搬|移居|移民)(?:去|到)?" + _COUNTRY_ZH
)

"""Shortfalls of the service said without the words `grievances` knows: complaints.

Two kinds of answer to the complaint question name neither a service word nor a fault word and
still say what is wrong:

- Bandwidth that falls short: "直播的时候上行带宽不够，画面老糊", "带宽不够用，晚上一家人都在用就
  不行", "上传速率达不到", "upload bandwidth isn't enough for streaming" (but "我家是500兆带宽"
  says only what the line is).
- A network label that is not what is delivered: "5G标着有，实际一直是4G", "显示5G其实是4G",
  "it says 5G but it's really 4G", "the 5G icon is a lie, it's 4G at best" (but "5G挺稳的，4G也
  不错" and "换了5G手机，其实4G也够用" compare nothing shown with anything delivered).
- A repair that took weeks: "Took 3 weeks to get someone out to fix the line after the storm",
  "took them a month to restore the connection", "took ages for an engineer to come and repair
  the cable" (but "took me three weeks to fix my bike" and "took a week to get over the flu"
  repair nothing of the service).
- No coverage where the respondent is: "No 4G at the farm", "no reception in the back paddock",
  "have to stand on the ute to get a bar", "家里没4G", "要爬到山顶才有一格" (but not "had to go
  to the shop to get a bar of chocolate", "没有5G套餐吗", nor a gap the respondent does not mind:
  "no 4G at the farm but that's fine, I don't need it").

Each is searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_BANDWIDTH = re.compile(
    r"(?:上行|下行|上传|下载|带宽|速率)(?:速度|速率)?[^,，。!！?？]{0,6}?"
    r"(?:不够|不足|太低|太小|太慢|跑不满|上不去|达不到|不达标|缩水|虚标|低得|少得)"
    r"|\b(?:upload|download|upstream|bandwidth)(?:\s+(?:speeds?|bandwidth|rate))?(?:'s|\s+is|\s+are"
    r"|\s+was)?\s+(?:(?:just|way|far|much)\s+)?(?:not (?:enough|sufficient|high enough|fast enough)"
    r"|isn'?t (?:enough|sufficient)|too (?:low|slow|small)|nowhere near|insufficient|pitiful"
    r"|pathetic|tiny)"
    r"|\bnot enough (?:upload|bandwidth|upstream)\b"
)
_BANDWIDTH_CHEAP = (
    "上行",
    "下行",
    "上传",
    "下载",
    "带宽",
    "速率",
    "upload",
    "download",
    "upstream",
)

# The generation shown (`shown`), then a contrast, then the one delivered (`real`).
_LABEL_ZH = re.compile(
    r"(?:(?:标|显示|写|挂|亮|号称|说是)(?:着|的)?(?:是)?\s*(?P<a>[2345])g"
    r"|(?P<b>[2345])g\s*(?:的)?(?:标|图标|标志|标识|信号标?)(?:着|的)?)"
    r"[^。!！?？]{0,12}?(?:实际|其实|实则|真实|实测|可|但|却)[^。!！?？,，]{0,8}?(?P<real>[2345])g"
)
_LABEL_EN = re.compile(
    r"(?:\b(?:says|saying|shows|showing|displays?|displaying|has|with)\s+(?:the\s+|a\s+)?"
    r"(?P<a>[2345])g\b|\b(?P<b>[2345])g\s+(?:icon|logo|symbol|label|sign|badge|indicator)\b)"
    r"[^.!?]{0,30}?\b(?:really|actually|in fact|in reality|at best|but|just|only|lie)\b"
    r"[^.!?]{0,20}?\b(?P<real>[2345])g\b"
)


def _label_not_delivered(low: str) -> bool:
    pattern = _LABEL_EN if low.isascii() else _LABEL_ZH
    for m in pattern.finditer(low):
        if (m.group("a") or m.group("b")) != m.group("real"):
            return True
    return False


# A time taken, somebody to come, and the repair: "took 3 weeks to get someone out to fix the
# line", "took them a month to restore the connection".
_TIME = (
    r"(?:(?:about|almost|nearly|over|more than|a good|a whole|a full|the best part of)\s+)?"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several"
    r"|weeks|months|days|ages|forever)(?:\s+(?:full\s+)?(?:days?|weeks?|months?))?"
)
_FIXER = (
    r"(?:someone|somebody|anyone|anybody|them|you|you lot|you guys|your (?:lot|people|guys)"
    r"|(?:a|an|the|your)\s+(?:engineer|tech|technician|repair ?man|repair crew|crew|fitter|van"
    r"|linesman|installer))"
)
_SERVICE_THING = (
    r"(?:(?:the|my|our|your)\s+)?(?:(?:phone|land|fib(?:re|er)|broadband)\s*)?(?:line|landline"
    r"|connection|internet|broadband|wi-?fi|cable|fault|outage|router|modem|signal|tower|mast"
    r"|service|network|phone|it|things?|everything)"
)
_SLOW_REPAIR = re.compile(
    r"\b(?:took|takes|taking)\s+(?:them\s+|you(?: lot| guys)?\s+|us\s+)?"
    + _TIME
    + r"\s+(?:for\s+"
    + _FIXER
    + r"\s+)?to\s+"
    r"(?:(?:get|send)\s+" + _FIXER + r"\s+(?:out|round|over|here|in)"
    r"(?=\s*(?:$|[,.!?;]|\s+(?:after|following|during|when|because)\b))"
    r"|(?:(?:get|send)\s+" + _FIXER + r"\s+(?:(?:out|round|over|here|in)\s+)?(?:to|and)\s+"
    r"|come\s+(?:out\s+|round\s+)?(?:to|and)\s+)?"
    r"(?:fix|repair|restore|reconnect|sort out|sort|mend|reinstate)\s+" + _SERVICE_THING + r"\b"
    r"|get\s+" + _SERVICE_THING + r"\s+(?:fixed|repaired|restored|reconnected|sorted|back)\b)"
)


# No signal of a generation, or one bar found only by climbing or walking somewhere.
_NO_COVERAGE = re.compile(
    r"\bno\s+(?:[2345]g|lte|reception|phone reception|mobile reception|mobile coverage)\b"
    r"|\b(?:have|has|had|got|need|needs)\s+to\b[^.!?]{0,40}?\bto\s+get\s+(?:a|one|1|any|even"
    r"\s+(?:a|one)|a single|a couple of|two)\s+bars?\b(?!\s+of)"
    r"|没(?:有)?\s*[2345]g(?!\s*(?:套餐|手机|卡))|才(?:有|能有|搜得?到|能搜到)(?:一|1|两|2)格"
)
_COVERAGE_CHEAP = ("no ", "bar", "没", "格")
# The gap does not matter to the respondent: "…but that's fine, I don't need it".
_NOT_MINDED = re.compile(
    r"\b(?:that'?s|it'?s)\s+(?:fine|ok|okay|alright)\b|\bdon'?t (?:need|mind|care)\b"
    r"|无所谓|不需要|用不着|没关系"
)


def _no_coverage(low: str) -> bool:
    if not any(w in low for w in _COVERAGE_CHEAP):
        return False
    return _NO_COVERAGE.search(low) is not None and _NOT_MINDED.search(low) is None


def falls_short(low: str) -> bool:
    """Bandwidth that falls short, a network label the service does not deliver, a repair that
    took weeks or no coverage where the respondent is."""
    if any(w in low for w in _BANDWIDTH_CHEAP) and _BANDWIDTH.search(low):
        return True
    if _no_coverage(low):
        return True
    if ("took" in low or "tak" in low) and _SLOW_REPAIR.search(low):
        return True
    return "g" in low and _label_not_delivered(low)

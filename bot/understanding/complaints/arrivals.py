"""Where the respondent has just come back from, told under the complaint question on its own.

Asked what they are unhappy with, people say where they have been: "just back from the shops",
"got in from the store, what a queue", "刚从超市回来". `grievances` counts "shop" and "store"
as words of a grievance (the provider's shop staff), but coming back from the shops is a remark
about the day, no complaint (see `repeat_asides` for the same clause before the question is asked
again). With the arrival set aside, the rest must name neither the service nor a fault: "just
back from your shop, they overcharged me" and "just back from the shops and the wifi's down
again" complain. The provider's own shop ("your shop", "the phone shop", "营业厅") is no
everyday errand and is never set aside.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.open_answers import names_a_grievance

_CHEAP = ("from", "刚", "回来")

_PLACE = (
    r"(?:shops?|stores?|supermarket|market|mall|shopping(?: centre| center| mall)?|grocer'?s"
    r"|grocery(?: store)?|corner shop|chemist|pharmacy|newsagents?|butcher'?s|baker'?s|bakery"
    r"|post office|bank|town|high street|village|gym|pub|cafe|library|garden centre|hardware store"
    r"|charity shop|farm shop|bottle shop|bottle-o|dairy|deli|off-?licen[cs]e)"
)
_ARRIVED = re.compile(
    r"(?:^|(?<=[,.!?;]))\s*(?:(?:sorry|soz|oh|ah|ok|okay|right|well|phew|hi|hey)[,\s]+)*"
    r"(?:i'?m |i was |i'?ve |we'?re |we'?ve |was |have |am )?(?:just |only just |just now )?"
    r"(?:back|got back|gotten back|got in|got home|home|in|came back|come back|come in|walked in"
    r"|returned)\s+from\s+(?:the\s+|a\s+|my\s+|our\s+|(?!your\b)[a-z]+'s\s+)?(?:local\s+|big\s+"
    r"|little\s+|usual\s+|weekly\s+)?" + _PLACE + r"\b(?:\s+(?:run|trip|again|just now))?"
    r"\s*(?=$|[,.!?;])"
    r"|(?:^|(?<=[,，。!！?？\s]))(?:我|俺)?刚(?:刚)?(?:从|去)?(?:超市|菜市场?|菜场|市场|商场|集上|赶集"
    r"|镇上|街上|银行|药店|便利店)(?:买[^,，。!！?？]{0,6})?(?:回来|回家|到家)(?:了|的)?"
    r"(?=$|[,，。!！?？\s~～])"
)


def arrival_only(low: str) -> bool:
    """The message says where the respondent is just back from (the shops, the market), and
    with that set aside names neither the service nor a fault of it."""
    if not any(w in low for w in _CHEAP):
        return False
    rest = _ARRIVED.sub(lambda m: " " * len(m.group()), low)
    return rest != low and not names_a_grievance(rest)

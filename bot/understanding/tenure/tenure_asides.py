"""Amounts of time near the tenure question that date a thing, not the time with us.

Two shapes hide the thing dated outside the amount's own clause:
- a device judged old in the clause before, the amount alone in its own ("路由器都用旧了，起码五
  六年", "my router's ancient, at least 5 years"): the device's age;
- a phone number kept across providers ("我的号码用了二十年，不过中间转过几次网", "I've had the
  same number since 1999, but it was with another company till two years ago"): the number's
  years, not ours. Another amount said in the message is still read ("till two years ago" → 24);
  with none, the time with us is left unknown.
"""

from __future__ import annotations

import re

from bot.understanding.tenure.duration_cues import DEVICE
from bot.understanding.tenure.durations import Duration

_CLAUSE_BREAK = re.compile(r"[,.;!?，。；！？]")

# Only hedges between the clause break and the amount: "起码五六年", "at least 5 years".
_BARE_CLAUSE = re.compile(
    r"\s*(?:(?:都|也|起码|至少|最少|少说|大概|差不多|快|有|将近|得有|估计|怕是|怎么也|"
    r"at least|about|around|like|probably|maybe|must be|easily|a good|well over|over|nearly"
    r"|almost|prob|it'?s|its|been)\s*)*$"
)
# The device said to be old or long used: "用旧了", "老掉牙", "买了好久", "ancient", "had it ages".
_AGED = re.compile(
    r"旧|老(?!是|用户|客户)|破|买了|买的|用了|\b(?:old|ancient|dated|antique|knackered|had it"
    r"|bought|got it|from)\b"
)
# The phone number: "号码", "这个号", "the same number", "my number".
_NUMBER_BEFORE = re.compile(r"号码|(?:这个|我的|手机)号|\bnumber\b")
# ... moved between providers: "中间转过几次网", "携号转网过", "with another company till".
_PORTED = re.compile(
    r"转过(?:几次|好几次|两次|一次)?网|携号转网|中间(?:换|转)过|换过(?:几次|好几次)?(?:运营商|网)"
    r"|\bwith (?:another|other|a different) (?:company|companies|provider|providers|network"
    r"|networks|carrier|carriers)\b|\bswitched (?:carriers|networks|providers) (?:a few|several"
    r"|a couple of|many) times\b|\bported it\b"
)


def _clause_span(low: str, start: int) -> tuple[int, str]:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(low, 0, start)]
    head = breaks[-1] if breaks else 0
    return head, low[head:start]


def _device_aged_before(low: str, d: Duration) -> bool:
    head, clause = _clause_span(low, d.start)
    if d.tenure_cue or head == 0 or not _BARE_CLAUSE.fullmatch(clause):
        return False
    _, previous = _clause_span(low, head - 1)
    return DEVICE.search(previous) is not None and _AGED.search(previous) is not None


def _number_ported(low: str, d: Duration) -> bool:
    if d.contract_cue:
        return False
    _, clause = _clause_span(low, d.start)
    return _NUMBER_BEFORE.search(clause) is not None and _PORTED.search(low, d.end) is not None


def set_aside(low: str, durations: list[Duration]) -> tuple[list[Duration], bool]:
    """The amounts among `durations` that date a device or a ported number, and whether one was
    a ported number (the time with us then stays unknown when nothing else is said)."""
    if not durations:
        return [], False
    ported = [d for d in durations if _number_ported(low, d)]
    devices = [d for d in durations if d not in ported and _device_aged_before(low, d)]
    return ported + devices, bool(ported)

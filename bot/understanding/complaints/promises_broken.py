"""Complaints said in words the grievance patterns do not know.

- A promise or a deal not kept: "说好的优惠第二个月就没了", "宣传的不限速，结果超了就限速",
  "承诺的赠品一直没给", "the promo price vanished after the first month", "bait and switch" (but
  "说好的优惠都给了" and "说好的周六上门，准时来了" keep theirs).
- The service named in Spanish in an English answer: "la señal is trash in my apartment", "el
  internet keeps cutting out" (`in_english` reads them as the English words would be).
- A workaround to be heard at all, said of anyone in the household: "my husband has to stand by
  the window to make calls", "we have to go outside to get signal" (not "I have to go outside to
  smoke").

Each is searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import about_other

_PROMISE_CHEAP = (
    "说好",
    "承诺",
    "答应",
    "宣传",
    "讲好",
    "号称",
    "优惠",
    "bait",
    "promo",
    "intro",
    "deal",
    "offer",
    "discount",
    "sale",
)
_PROMISE_ZH = re.compile(
    r"(?:说好|讲好|承诺|答应|宣传|号称)(?:的|了)?[^。!！?？]{0,16}?"
    r"(?:结果|可是|但是?|却|就|又|也|根本|压根|一直|到现在|至今)?[^。!！?？]{0,8}?"
    r"(?:没了|没有了|取消了?|不算了?|不认了?|不给了?|没给|没送|没兑现|不兑现|变卦|变了|涨了|涨价|恢复原价"
    r"|收费了|限速|缩水|不一样|对不上|不符|骗人|忽悠)"
    r"|优惠[^。!！?？,，]{0,8}?(?:就|又|突然|偷偷)?(?:没了|没有了|取消了?|到期了?就涨|不给了?)"
)
_KEPT = re.compile(r"都(?:给|送|兑现)了|准时|没(?:骗|忽悠)")
_PROMISE_EN = re.compile(
    r"\bbait[- ]and[- ]switch\b"
    r"|\b(?:promo(?:tional)?|intro(?:ductory)?|discount(?:ed)?|deal|offer|sale)\s*(?:price|rate)?"
    r"[^.!?]{0,20}?\b(?:vanished|disappeared|went away|was gone|is gone|ended|stopped|expired"
    r"|ran out|got pulled|was pulled)\b[^.!?]{0,12}?\bafter\b"
)
# Spanish words for the service, and the English ones of the same length read in their place.
_SPANISH = (
    ("la señal", "  signal"),
    ("la senal", "  signal"),
    ("el internet", "   internet"),
    ("la conexión", "connection "),
    ("la conexion", "connection "),
    ("el servicio", "    service"),
    ("la línea", "    line"),
    ("el wifi", "   wifi"),
)
_SPANISH_CHEAP = ("la ", "el ")
_DEAL_ZH = re.compile(
    r"优惠|活动|折扣|打折|价格|价钱|套餐|赠|送|免费|流量|网速|兆|限速|不限|月租|话费|宽带|返|上门|师傅|客服"
    r"|营业厅|你们"
)
_WORKAROUND = re.compile(
    r"\b(?:have|has|had|got|need|needs)\s+to\s+(?:go\s+|run\s+|walk\s+|climb\s+)?(?:stand|sit|lean"
    r"|hang|go|walk|climb|run|step)\b[^.!?]{0,30}?\b(?:window|outside|garden|balcony|porch"
    r"|upstairs|downstairs|roof|hill|yard|driveway|street|corner|door)\b[^.!?]{0,12}?\bto\s+"
    r"(?:make|take|get|receive|answer)\s+(?:a\s+|any\s+|the\s+)?(?:phone\s+)?(?:calls?|signal"
    r"|reception|service|texts?|bars?)\b"
)


def in_english(low: str) -> str:
    """`low` with the Spanish words for the service replaced by English ones (same length)."""
    if not any(w in low for w in _SPANISH_CHEAP):
        return low
    for es, en in _SPANISH:
        low = low.replace(es, en)
    return low


def complains(low: str) -> bool:
    """A broken promise or deal, or a workaround to make calls or get signal at all."""
    if any(w in low for w in _PROMISE_CHEAP):
        # (not another person's deal: "my sister's discount ended after a month")
        if low.isascii():
            found = _PROMISE_EN.search(low)
            if found and not about_other(low[: found.end()]):
                return True
        else:
            found = _PROMISE_ZH.search(low)
            if (
                found
                and _DEAL_ZH.search(found.group())
                and not _KEPT.search(low)
                and not about_other(low[: found.end()])
            ):
                return True
    return "to " in low and _WORKAROUND.search(low) is not None

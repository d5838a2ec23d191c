"""Paying, loading or topping up over a shop's counter: a way of paying that is no option.

Asked how they pay, some people say where they hand the money over rather than how: "I just load
at the sari-sari store", "I top up at the corner shop", "pay at the 7-Eleven", "我在小卖部充值",
"去便利店交话费". Cash or a voucher over the counter is none of the survey's payment options, so
the answer is vague (as "去营业厅交现金" is). It is the respondent's answer only when said of them:
somebody else's habit ("my lola still loads at the sari-sari store") and a question ("can I pay
at the 7-Eleven?") answer nothing.
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.literal_gates import gated
from bot.understanding.people import clause_before
from bot.understanding.unanswered.vague import without_questions

_SHOP_PAID = gated(
    r"\b(?:e-?load(?:s|ed|ing)?|load(?:s|ed|ing)?|reload(?:s|ed|ing)?|top(?:s|ped|ping)?[- ]?up"
    r"|recharge[sd]?|recharging|pay(?:s|ing)?|paid|(?:buy(?:s|ing)?|bought) (?:e-?)?load"
    # airtime or credit bought over the counter: "I buy airtime at the spaza shop"
    r"|(?:buy(?:s|ing)?|bought|get|gets|got) (?:my )?(?:airtime|credit|vouchers?|data bundles?))"
    r"\b[^.;!?]{0,24}?"
    r"\b(?:at|in|from|sa)\s+(?:the\s+|a\s+|my\s+|our\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:store|shop|sari-sari|tindahan|counter|kiosk|agent|outlet|7[- ]?eleven|7-11|supermarket"
    r"|mall|petrol station|gas station|pharmacy|chemist|post office|bayad center|newsagents?)\b"
    r"|(?:在|去|到|跑)[^,，。]{0,6}?(?:小卖部|便利店|超市|营业厅|代办点|代理点|代缴点|报刊亭|商店|小店"
    r"|杂货店|邮局|网点|超商|7-?11|7-?eleven|全家|萊爾富|莱尔富)[^,，。]{0,4}?"
    r"(?:充值|充话费|充|交|缴|繳|付|买卡)"
)


def paid_at_shop(low: str) -> bool:
    """The respondent pays over a shop's counter, with no option named ("I just load at the
    sari-sari store", "我在小卖部充值")."""
    said = without_questions(low)
    return any(not _others_habit(low, m.start()) for m in _SHOP_PAID.finditer(said))


# A Chinese clause without a subject of its own, which goes on about the one before.
_NO_SUBJECT_ZH = re.compile(r"[^我俺咱你a-z]*")


def _others_habit(low: str, at: int) -> bool:
    """The paying at `at` is a relative's or an outsider's habit ("我爸还是老一套，每个月跑营业厅
    交现金"); a partner's is the household's."""
    clause = clause_before(low, at)
    if _NO_SUBJECT_ZH.fullmatch(clause) and len(clause) < at:
        at -= len(clause) + 1  # the clause goes on about the person of the one before
    return others.said_of_other(low, at, household=True) and not others.said_of_partner(low, at)

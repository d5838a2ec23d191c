"""Answers to the complaint question that use its words but find no fault with the service.

Four kinds, each no complaint and no vague answer:

- The "only complaint" is about somebody or something else: "my only complaint is my husband
  hogging the remote lol", "唯一的不满就是我老公天天霸占遥控器". With the lead set aside, what
  is left names neither the service nor a fault of it ("my only complaint is the price" and
  "唯一的不满就是网速慢" still complain); one about a family member is read by `kin_gripes`.
- A doubt whether telling changes anything, asked back: "说了你们会改吗？", "反映了有人管吗？",
  "will you actually change anything if I tell you?" (but "will you fix the wifi if I tell
  you?" names the service, and "说了你们会改吗？网速太慢了" goes on to a fault).
- A score given instead: "嗯…先给你们打个3分吧", "给你们打8分", "I'd give you a 6 out of 10"
  (the rating is read as such; "先给你们打个3分吧，网太慢了" still complains).
- A request to change a detail of the account: "能不能帮我改一下账单日期？", "can you fix my
  address on the account?", "can you update my payment details?". "fix" and "账单" are words of
  a grievance, but changing one's address finds no fault ("can you fix my bill? it's wrong
  again" does).
"""

from __future__ import annotations

import re

from bot.understanding.complaints.kin_gripes import kin_only
from bot.understanding.complaints.open_answers import names_a_grievance

_LEAD = re.compile(
    r"^(?:(?:well|honestly|tbh|lol|haha|um|erm|hmm)\s*,?\s+)*(?:(?:my|the|our)\s+)?only\s+"
    r"(?:real\s+)?(?:complaint|gripe|issue|problem|moan|beef|niggle|grievance"
    r"|thing (?:that )?(?:bugs|annoys|bothers|irritates|gets to|upsets) (?:me|us))"
    r"\s*(?:is|would be|'s|’s|:)\s*(?:that\s+)?"
    r"|^(?:嗯|唉|哎)?[，,…\s]*(?:我)?唯一(?:的)?(?:不满意?|意见|槽点|问题|不爽|烦心)(?:的)?(?:地方|事)?"
    r"(?:就|大概|可能)?(?:是)?"
)
_LEAD_CHEAP = ("only", "唯一")
# Somebody or something of the respondent's life, beyond the service.
_ELSEWHERE = re.compile(
    r"\b(?:my|our|the)\s+(?:\w+\s+)?(?:husband|wife|partner|hubby|missus|boyfriend|girlfriend|kids?"
    r"|son|daughter|children|dog|cat|neighbou?rs?|boss|mother-in-law|in-laws|mum|mom|dad|brother"
    r"|sister|flatmate|housemate|roommate|weather|traffic|job|commute|landlord)\b"
    r"|老公|老婆|媳妇|对象|孩子|儿子|女儿|狗|猫|邻居|老板|婆婆|天气|堵车|房东|室友"
)

_HEEDED = re.compile(
    r"^(?:嗯|唉|哎|那|可是|但是?)?[，,…\s]*(?:我)?(?:说了|讲了|反映了|反馈了|投诉了|提了|告诉你们)"
    r"(?:又|也|的话)?(?:你们|你)?(?:就|真的?|又)?(?:会|能)?(?:改|管|听|理|处理|解决|重视|在乎|有用)"
    r"(?:吗|么|嘛|不|没)?[?？!！。.…~\s]*$"
    r"|^(?:but\s+|and\s+|honestly\s+)?(?:will|would|do|does|are|is)\s+(?:you|you guys|you lot"
    r"|anyone|it|that|telling you|this)\s+(?:actually\s+|even\s+|really\s+)?"
    r"(?:change|do|fix|make|matter"
    r"|going to change|gonna change|care|listen)\b(?:\s+(?:anything|a thing|any difference"
    r"|a difference))?(?:\s+(?:if|when)\s+i\s+(?:tell|told|say|said)\s+(?:you|ya|ye)?)?"
    r"(?:\s+(?:though|tho|anyway))?\s*[?？]+\s*$"
)
_HEEDED_CHEAP = ("说了", "讲了", "反映了", "反馈了", "投诉了", "提了", "告诉你们", "?", "？")

_SCORE = re.compile(
    r"(?:先|就|那|那就)?(?:给|打给)?(?:你们|你)?(?:打|评|给)(?:个|上)?\s*[0-9一二三四五六七八九十两]+"
    r"\s*分(?:吧|啦|了|呗|好了|算了)?"
    r"|\b(?:i'?d|i would|i'?ll|i will|let'?s)\s+(?:just\s+)?(?:give|rate|score)\s+(?:you|you guys"
    r"|you lot|ye|ya|it|the service)\s+(?:a\s+|an\s+)?\d{1,2}"
    r"(?:\s*(?:out of|/)\s*(?:10|5|ten|five))?"
)
_SCORE_CHEAP = ("分", "give", "rate", "score")

_DETAIL_EN = (
    r"(?:(?:home\s+|billing\s+|postal\s+|email\s+|e-mail\s+)?address|name|surname|email|e-mail"
    r"|phone number|contact (?:number|details)|(?:payment|bank|card|contact|account) details"
    r"|payment (?:date|method)|billing (?:date|day|cycle)|direct debit(?: date)?|password|pin)"
)
_REQUEST = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|ya|ye|someone|somebody)\s+(?:please\s+)?"
    r"(?:fix|change|update|correct|amend|edit|sort)\s+(?:out\s+)?(?:my|our|the)\s+"
    + _DETAIL_EN
    + r"\b(?:\s+(?:on|in|for)\s+(?:my|our|the)\s+(?:account|file|records?|system))?"
    r"|(?:能不能|可不可以|能否|可否|麻烦|请)?(?:你们)?(?:帮我|帮忙|给我)?(?:把)?(?:我的)?"
    r"(?:改|更改|修改|换|调|更新)(?:一下)?(?:我的)?"
    r"(?:账单日期?|账单日|扣款日期?|缴费日期?|出账日期?|地址|名字|姓名|邮箱|手机号码?|联系电话|付款方式"
    r"|扣款方式|密码)"
    r"|(?:能不能|可不可以|能否|可否|麻烦|请)?(?:你们)?(?:帮我|帮忙|给我)(?:把)?(?:我的)?"
    r"(?:账单日期?|账单日|扣款日期?|缴费日期?|出账日期?|地址|名字|邮箱|手机号码?|付款方式)"
    r"(?:改|换|调)(?:一下)?(?:到|成)?[^,，。!！?？]{0,6}"
)
_REQUEST_CHEAP = ("can ", "could ", "would ", "will ", "改", "换", "调", "更新")
_FAULT_ASKED = re.compile(
    r"\b(?:why|how come|wrong|again|still|never|always|keeps?|mess(?:ed)? up|mistakes?)\b"
    r"|为什么|为啥|凭什么|又|老是|总是|错|乱"
)


def _blank(pattern: re.Pattern[str], low: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), low)


def no_fault_named(low: str) -> bool:
    """The answer gives an "only complaint" about something else, doubts that telling helps, gives
    a score, or asks for a detail of the account to be changed, and names no fault beside it."""
    if _other_only(low) or kin_only(low):  # (`kin_gripes`: "only complaint is my kids …")
        return True
    return _heeded_only(low) or _score_only(low) or _request_only(low)


def _other_only(low: str) -> bool:
    if not any(w in low for w in _LEAD_CHEAP):
        return False
    m = _LEAD.search(low)
    if m is None:
        return False
    rest = low[m.end() :]
    return _ELSEWHERE.search(rest) is not None and not names_a_grievance(rest)


def _heeded_only(low: str) -> bool:
    return any(w in low for w in _HEEDED_CHEAP) and _HEEDED.search(low.strip()) is not None


def _score_only(low: str) -> bool:
    if not any(w in low for w in _SCORE_CHEAP):
        return False
    rest = _blank(_SCORE, low)
    return rest != low and not names_a_grievance(rest)


def _request_only(low: str) -> bool:
    if not any(w in low for w in _REQUEST_CHEAP) or _FAULT_ASKED.search(low):
        return False
    rest = _blank(_REQUEST, low)
    return rest != low and not names_a_grievance(rest)

"""Questions respondents put to themselves about staying or leaving, and their own answers.

- Weighing it up: "我是不是该换了", "该不该续约啊", "要不要换一家呢", "should I cancel?",
  "is it time to switch?", "would it be smarter to leave?", "wondering if I should switch". The
  respondent has not decided, so the intention is "unsure"; "是不是" asks here, it denies nothing.
- Answered by the respondent: what follows the question decides ("要不要走？不走" → stay,
  "should I switch? hell yes" → leave, "续不续？肯定续啊" → stay), the question itself counting
  for nothing; a bare yes takes the action asked about and a bare no its opposite.
- Something done, asked back and denied for now: "have I given notice? not yet, but I will",
  "退了吗？还没，不过快了". The action is still to come, so it is the plan ("did I renew? not
  yet, but I will" → stay), while "no, and I won't" or a bare "no" keep their usual reading.

Questions about something else keep their reading: a plan, a phone or fibre ("should I switch
plans?", "是不是该换套餐了"), a rhetorical "why should I switch?", a fact ("我是不是换了").
"""

from __future__ import annotations

import re

from bot.understanding import replies
from bot.understanding.churn import leaving_steps as steps
from bot.understanding.lexicon import Entry, Hit
from bot.understanding.literal_gates import gated
from bot.understanding.model import SlotInfo
from bot.understanding.options import choices

Candidate = tuple[Hit, Entry]

# The action asked about; the Chinese verbs and English stems that mean staying.
_STAY_ZH = ("续", "留")
_STAY_EN = ("renew", "stay", "stick", "re-sign", "resign", "keep")

_WEIGHED_ZH = steps.zh(steps.WEIGHED_ZH)
# Chinese: "是不是该换", "要不要干脆转联通", "该不该走", A-不-A "续不续", "换不换".
_ASK_ZH = gated(
    r"(?:是不是|是否)(?:也|真的?)?(?:该|应该|得|要)(?:考虑)?(?:干脆|直接|趁早|早点)?"
    r"(?P<a1>" + _WEIGHED_ZH + r")"
    r"|(?:要不要|该不该|应不应该|应该不应该|需不需要)(?:考虑)?(?:干脆|直接|趁早|早点)?"
    r"(?P<a2>" + _WEIGHED_ZH + r")"
    r"|(?<!不)(?P<a3>换|转|走|续|留|退)不(?P=a3)(?!不)"
)
# What the verb then acts on when it is not the provider: a plan, a device, the line, a job.
_OBJECT_ZH = re.compile(
    r"[^,，。;；!！?？]{0,3}?(?:套餐|手机|电脑|路由|光纤|千兆|宽带套餐|5g|工作|房|资费|档|机子|付款|支付|信用卡|银行卡|储蓄卡)"
    r"|(?<=退)(?:款|费|钱)|(?<=转)(?:账|钱)|(?<=走)(?:流程|路)"
)
# English: "should I switch", "is it time to leave", "would it be smarter to cancel", "am I
# better off switching", "do you think I should go", "wondering whether I should renew".
_ASK_EN = gated(
    r"\b(?:(?:should|shall|must)\s+(?:i|we)|do you think (?:i|we) should"
    r"|(?:wonder(?:ing)?|asking myself|ask myself|not sure|unsure|debating|deciding)\s+"
    r"(?:if|whether)\s+(?:i|we)\s+(?:should|ought to)"
    r"|whether\s+to|is it (?:time|worth it|smart|wise|worth)\s+to|is it time (?:i|we)"
    r"|would it be (?:smarter|better|wiser|best|cheaper|worth it)\s+to"
    r"|(?:would|am|are)\s+(?:i|we)\s+(?:be\s+)?better off|is it worth)\s+"
    r"(?:(?:just|even|really|maybe|still|finally|actually|be)\s+)*"
    r"(?P<act>" + steps.en("switch", "cancel", "leave") + r"|(?:" + steps.en("go") + r")"
    r" (?:elsewhere|somewhere else)|(?:" + steps.en("move") + r") on"
    r"|jump(?:ing)? ship|chang(?:e|ing) providers?|(?:" + steps.en("port") + r")(?: out)?"
    r"|ditch(?:ing)? (?:you|y'all)"
    r"|look(?:ing)? elsewhere|"
    + steps.en("quit", "renew", "stay")
    + r"|(?:"
    + steps.en("stick")
    + r") (?:with|around)|"
    + steps.en("re-sign")
    + r")\b"
)
_OBJECT_EN = re.compile(
    r"\s+(?:to\s+|over\s+to\s+|up\s+)?(?:(?:a|the|my|our|another|different|new|cheaper|bigger"
    r"|smaller)\s+){0,3}(?:plans?|tariffs?|packages?|bundles?|phones?|handsets?|mobiles?"
    r"|fib(?:re|er)|dsl|adsl|cable|router|modem|jobs?|banks?|house|flat|speeds?|payment|card"
    r"|notes?|comments?|reviews?|messages?|feedback|blank|on the line|online|it blank)\b"
)
# After leaving or renewing: something else left ("should I leave it?"), or the time of it asked
# ("is it time to renew already?").
_NOT_THE_PROVIDER = re.compile(
    r"(?:(?<=leave)|(?<=aving)|(?<=quit)|(?<=tting))\s+(?:it|that|this|a|an|the|my|them|him|her)\b"
    r"|\s+(?:\w+\s+)?(?:already|yet|again)\b"
)
_RHETORICAL = re.compile(
    r"(?:\bwhy|\bhow|\bwhere|为啥|为什么|凭什么|干嘛|干啥|咋)[^?？,，.。]{0,8}$"
)
_PROVIDER = re.compile(r"[^,，。?？.!]{0,12}?(?:provider|network|carrier|运营商)")
_CLAUSE_END_ZH = re.compile(r"[,，。;；!！?？]")
_CLAUSE_END_EN = re.compile(r"[.?!;]|，|。|？|！|,\s*(?=(?:but|though|tho|so|and)\b)")

# Something done, asked back: "have I cancelled?", "did I give notice?", "退了吗？", "续了没？".
_DONE_EN = gated(
    r"\b(?:have|has|did)\s+(?:i|we)\s+(?:already\s+|actually\s+|even\s+)?"
    r"(?P<act>"
    + steps.en("cancel", "switch", "leave", "go")
    + r"|"
    + steps.NOTICE_EN
    + r"|"
    + steps.en("port", "move", "renew", "re-sign", "quit")
    + r")\b"
    r"[^?.!]{0,30}\?"
)
_DONE_ZH = gated(r"(?P<act>" + steps.zh(steps.ASKED_BACK_ZH) + r")了?(?:吗|没有?|么|嘛)[?？]")
# The answer: not yet, but it is coming ("not yet, but I will", "还没，不过快了").
_TO_COME_EN = re.compile(
    r"\W*(?:no|nope|nah|not yet|no,? not yet|not quite)\b[\s,.!-]*(?:yet\b[\s,.!-]*)?"
    r"(?:but|though|tho)\s+(?:(?:i|we)(?:'ll|'m|'re|\s+am|\s+are|\s+will)?\s*"
    r"(?:will|going to|gonna|about to|planning to|plan to|intend to|fixing to|definitely|soon)"
    r"|soon)\b"
)
_TO_COME_ZH = re.compile(
    r"\W*(?:还没有?|没呢|还没呢|没有|没)(?:呢)?[\s,，。!！]*(?:不过|但是?|可是)?\s*"
    r"(?:快了|马上|准备|打算|下个?(?:月|周|礼拜|星期)|很快|就要|会|这几天|过几天|明天|迟早|早晚)"
)
# A yes or a no that opens the answer to the question ("hell yes", "no way mate", "要！", "不用").
_HEAD = re.compile(
    r"(?P<yes>(?:hell |oh )?(?:yes|yeah|yep|yup|ya|aye|sure|definitely|absolutely|of course)\b"
    r"|当然|必须|该了?|要的?(?![不])|对|是的?)"
    r"|(?:(?:hell |oh )?(?:no|nope|nah|never)\b|no way|not a chance|不用|不要|不该|没必要|不必)"
)
_GATE = (
    "是",
    "要不要",
    "该不该",
    "应",
    "需不需要",
    "不",
    "?",
    "？",
    "should",
    "shall",
    "must",
    "whether",
    "time",
    "better",
    "worth",
    "wonder",
)


def reread(cands: list[Candidate], info: SlotInfo, low: str) -> Candidate | None:
    """The intention when the answer puts a question to the respondent's self, else None (the
    usual reading stands). `cands` are the slot's candidate hits in `low`."""
    if not any(g in low for g in _GATE):
        return None
    ids = info.slot.option_ids()
    if not {"stay", "leave", "unsure"} <= set(ids):
        return None
    done = _done_to_come(low, info)
    if done is not None:
        return done
    asked = _weighing_questions(low)
    if not asked:
        return None
    inside = [(h, e) for h, e in cands if any(s <= h.start < t for s, t, _ in asked)]
    outside = [c for c in cands if c not in inside]
    found = choices.resolve_choice(outside, info, True, _blanked(low, asked)) if outside else None
    if found is not None:
        return found
    tail = low[asked[-1][1] :].strip(" ,，.。!！?？~～…")
    acts = {value for _, _, value in asked}
    if tail and len(acts) == 1:
        value = acts.pop()
        if (_TO_COME_EN if tail.isascii() else _TO_COME_ZH).match(tail):
            return _entry(info, value, asked[-1][1], len(low))
        answer = replies.parse_yes_no(tail)
        if answer is None:
            answer = replies.leading_yes_no(tail)
        if answer is None and (head := _HEAD.match(tail)) is not None:
            answer = head.group("yes") is not None  # "hell yes", "no way", "当然"
        if answer is not None:
            return _entry(info, value if answer else _opposite(value), asked[-1][1], len(low))
    return _entry(info, "unsure", asked[0][0], asked[-1][1])


def _weighing_questions(low: str) -> list[tuple[int, int, str]]:
    """Spans of the clauses that ask the self whether to act, with the action's intention."""
    out: list[tuple[int, int, str]] = []
    for pattern, objects, ends in (
        (_ASK_ZH, _OBJECT_ZH, _CLAUSE_END_ZH),
        (_ASK_EN, _OBJECT_EN, _CLAUSE_END_EN),
    ):
        for m in pattern.finditer(low):
            if _RHETORICAL.search(low, 0, m.start()):
                continue  # "why should I switch?", "为啥要不要…": waved away, not weighed
            if objects.match(low, m.end()) and not _provider_after(low, m.end()):
                continue  # "should I switch plans?", "是不是该换套餐了"
            act = next(g for g in m.groups() if g)
            if _NOT_THE_PROVIDER.match(low, m.end()) and not _provider_after(low, m.end()):
                continue  # "should I leave it?", "is it time to renew already?"
            if "要续" in m.group() and m.group().startswith(("是不是", "是否")):
                continue  # "是不是要续约了？": is the renewal due, a fact asked
            stop = ends.search(low, m.end())
            end = stop.end() if stop else len(low)
            if out and m.start() < out[-1][1]:
                out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2])
                if _value(act) != out[-1][2]:
                    out[-1] = (out[-1][0], out[-1][1], "unsure")
                continue
            out.append((m.start(), end, _value(act)))
    out.sort()
    return out


def _provider_after(low: str, at: int) -> bool:
    """The provider is named after the verb all the same ("should I switch providers", "要不要换
    个运营商")."""
    return _PROVIDER.match(low, at) is not None


def _done_to_come(low: str, info: SlotInfo) -> Candidate | None:
    """The action asked back is still to come ("have I cancelled? not yet, but I'm going to")."""
    for pattern, to_come in ((_DONE_EN, _TO_COME_EN), (_DONE_ZH, _TO_COME_ZH)):
        m = pattern.search(low)
        if m is None or _RHETORICAL.search(low, 0, m.start()):
            continue
        if to_come.match(low, m.end()):
            return _entry(info, _value(m.group("act")), m.start(), m.end())
    return None


def _value(act: str) -> str:
    if act.isascii():
        return "stay" if act.startswith(_STAY_EN) else "leave"
    return "stay" if act.startswith(_STAY_ZH) else "leave"


def _opposite(value: str) -> str:
    return {"stay": "leave", "leave": "stay"}.get(value, value)


def _blanked(low: str, spans: list[tuple[int, int, str]]) -> str:
    """`low` with the questions blanked out, offsets kept."""
    for start, end, _ in spans:
        low = low[:start] + " " * (end - start) + low[end:]
    return low


def _entry(info: SlotInfo, value: str, start: int, end: int) -> Candidate:
    return Hit(start, end, 0, 0, []), Entry(info.slot.name, value, False)

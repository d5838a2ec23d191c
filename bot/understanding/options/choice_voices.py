"""Option words that are not the respondent's own, and a landlord's line that is.

Kept apart from `choices` (near its size limit). An option echoed and waved away as nobody's
("邮寄支票？俺们这哪有人用支票", "cheque? nobody uses those"), one the asker named and the
respondent never heard of ("你说的那个电子支票俺听都没听过", "never heard of e-check"), one only
promised for later ("村里说光纤明年才通", "they keep promising fibre"), one asked about ("fibre,
is that the fast one?"), the neighbours' or the owners' line ("小区业主家都是光纤"), a term that
has ended ("it went rolling when the 2 year ended"), "换" of "换算". A landlord who put the line
into the respondent's rented room gave the respondent's own ("我租的房子房东拉了光纤"). A
question about the fee for leaving early, put as a case ("要是合约没到期就不用了，违约金是多少？"),
is no decision. A term the respondent came off ("rolling monthly since I came off the 24 month
one") is over too, and one echoed and weighed ("两年？会不会太长") is only asked about.
"""

from __future__ import annotations

import re

from bot.understanding.bills import card_spends
from bot.understanding.lexicon import Entry, Hit
from bot.understanding.options import (
    bill_paid_otherwise,
    lines_talked,
    not_installed,
    option_context,
    payments_declined,
    wallets,
)

# Echoed, then nobody uses it: "邮寄支票？俺们这哪有人用支票", "cheque? nobody uses cheques".
_ECHO_NOBODY_AFTER = re.compile(
    r"[^,，。?？]{0,2}[?？]+\s*[^,，。?？]{0,6}?(?:哪有人|哪个还|谁(?:还)?(?:会)?用|没人|没有人|都不用)"
    r"|[^,.;!?]{0,2}\?+\s*(?:nobody|no one|no-one|who(?: even)?)\s+(?:uses?|pays? (?:by|with))\b"
)
_NOBODY_BEFORE = re.compile(
    r"(?:哪有人|谁(?:还)?(?:会)?|没人|没有人)(?:用|使|交)\s*$"
    # only the old folk: "我爸妈那辈才用银行转账"
    r"|(?:那辈人?|那一辈|那代人?|老一辈|老人家?)(?:人)?才(?:会)?用\s*$"
    r"|\b(?:nobody|no one|no-one)\s+(?:uses?|pays? (?:by|with))\s+(?:a\s+|the\s+)?$"
)
# Never heard of it: "你说的那个电子支票俺听都没听过", "never heard of an e-check".
_NEVER_HEARD_AFTER = re.compile(
    r"[^,，。.!?？]{0,4}?(?:听都没听(?:过|说过)|没听(?:过|说过)|不知道是(?:啥|什么)|是(?:啥|什么)(?:东西|玩意))"
    r"|\s+(?:i'?ve|i have)\s+never heard of\b"
)
_NEVER_HEARD_BEFORE = re.compile(
    r"\bnever (?:even )?heard of (?:an?\s+|the\s+)?$"
    r"|(?:听都没听|没听|从没听)(?:说)?过(?:什么|啥)?\s*$"
    # what it is, asked: "what's an e-check?", "what is DSL even"
    r"|\bwhat(?:'s| is| are)\s+(?:an?\s+|the\s+)?$"
    # ... or asked to be told: "can you explain what DSL is", "no idea what fibre means", "what
    # does DSL stand for"
    r"|\b(?:explain|tell (?:me|us)|no idea|not sure|no clue|wondering|don'?t know|dunno)"
    r"\s+what\s+(?:an?\s+|the\s+)?$|\bwhat does\s+(?:an?\s+|the\s+)?$"
)
# Promised for later: "村里说光纤明年才通", "they keep promising fiber 'next year'".
_PROMISED_BEFORE = re.compile(
    r"\b(?:promis(?:e|es|ed|ing)|supposed to be (?:getting|bringing))\s+(?:us\s+|me\s+)?['\"‘“]?$"
)
_LATER_AFTER = re.compile(
    r"[^,，。]{0,4}?(?:明年|后年|年底|下个?月|下半年|以后|将来|过两年|过几年|还没|早晚)"
    r"(?:才|就|会|能|再)*(?:通|来|装|拉|铺|到(?!期))"
)
# Asked about: "fibre, is that the fast one", "光纤是啥意思", "光纤和DSL有什么区别",
# "Fiber po ba…?" (a Tagalog question).
_ASKED_AFTER = re.compile(
    r"\s*[,，]?\s*(?:is (?:that|it|this) the\b|what(?:'s| is| does) (?:that|it)\b)"
    r"|(?:(?:和|跟|与|还是)[^,，。?？]{1,8}?)?(?:有(?:什么|啥)(?:区别|不同)|哪个(?:快|好|便宜|划算))"
    r"|\s+(?:po\s+)?ba\b"
    r"|(?:是啥|是什么|是哪个)(?:意思)?\s*[?？]|(?:啥|什么)意思"
    # ... with no question mark, before a pause or not knowing: "电子支票是啥，没听过",
    # "光纤是什么我不懂" (not "光纤是啥时候装的", "是什么套餐我忘了")
    r"|(?:是啥|是什么|是个啥|是嘛|是啥子)(?:东西|玩意儿?)?(?=\s*(?:$|[,，。!！~…]|啊|呀|哦|来着|吗|呢"
    r"|(?:我|俺)?(?:也|都|真|还)?(?:不|没)(?:懂|知道|清楚|晓得|听)))"
    # echoed, then asked: "electronic check? what's that", "e-check? never heard of it"
    r"|\s*\?+\s*(?:what(?:'s| is) (?:that|it|this)|never heard of (?:it|that|them))\b"
)
# The neighbours' or the owners' homes: "小区业主家都是光纤", "别人家都装的光纤".
_THEIR_HOMES_BEFORE = re.compile(
    r"(?:业主|邻居|别人|街坊)家(?:里)?(?:都|也|全)?(?:是|装的|用的|有|装了)?\s*$"
)
# Pushed by a salesperson or a relative: "拼命推荐两年的合约", "老给我推他们两年合约".
_PUSHED_BEFORE = re.compile(r"(?:推荐|推销|(?:给|跟)(?:我|俺)推|老推|一直推)(?:他们|她们)?$")
# A month word that is the period of a total: "退休金每月合计约11600元".
_MONTH_TOTAL_AFTER = re.compile(
    r"(?:合计|一共|总共|共计)(?:约|大概|差不多)?\s*[\d一二两三四五六七八九十]"
)
# A term that has ended: "when the 2 year ended", "两年的合约到期了".
_ENDED_AFTER = re.compile(
    r"(?:\s*(?:years?|yrs?))?(?:\s+(?:contract|deal|plan|term|one))?\s+(?:had\s+|has\s+)?"
    r"(?:ended|expired|ran out|finished|came to an end)\b"
    r"|(?:的)?(?:合约|合同|套餐)?(?:早就|已经|早)?(?:到期了|结束了|满了)"
)
# ... or one the respondent came off or got out of: "rolling monthly since I came off the 24 month
# one", "out of my two year contract now" (not "I came off pay as you go onto the 2 year one").
_LEFT_BEFORE = re.compile(
    r"\b(?:came|come|coming|got|get|getting|went|gone|been|am|i'm|i'm now|now)\s+(?:off|out of)"
    r"\s+(?:the|my|our|that|a|an)?\s*$"
)
# A term echoed as a question and weighed: "两年？会不会太长，有没有短点的", "two years? that's too
# long, anything shorter?" (the respondent asks about it, and holds none).
_ECHO_WEIGHED_AFTER = re.compile(
    r"(?:的)?(?:合约|合同)?[?？]+\s*(?:会不会|是不是|会|是|有点|好像)?(?:太|有点|好|咁|这么|那么)(?:长|久)"
    r"|(?:的)?(?:合约|合同)?[?？]+[^。.!！]{0,12}?有没有?(?:短|长|别|其他)"
    r"|(?:\s*(?:contract|deal|plan))?\?+\s*(?:that'?s|isn'?t that|is that|bit|a bit|seems|sounds)?"
    r"\s*(?:way |a bit |very |rather )?(?:too long|long)\b|(?:\s*(?:contract|deal|plan))?\?+"
    r"[^.!]{0,30}\b(?:anything|something|any) (?:shorter|less)\b"
)
_TERMS = frozenset(("one_year", "two_year"))
_CONTRACTS = _TERMS | {"month_to_month"}
# A term or a line held before the one named: "rolling monthly before that", "a 12 month one at
# first", "we were on ADSL before that", "had DSL before" (not "before you ask").
_BEFORE_THAT_AFTER = re.compile(
    r"(?:\s*(?:years?|yrs?))?(?:\s+(?:contract|deal|plan|term|one|line|connection|broadband))?"
    r"\s*,?\s+(?:before that|before this|previously|at first|back then|to begin with"
    r"|before(?=\s*(?:$|[,.;!]|and\b|but\b|though\b|tho\b)))\b"
)
# A landlord's line in the respondent's rented room: "我租的那间房子去年房东拉了光纤".
_RENTED = re.compile(
    r"(?:我|俺|额)(?:们)?租的|租的房|租房|\b(?:i|we) rent\b|\bmy (?:flat|room)\b"
    # a landlord who put it in, the respondent paying for it: "房东装的光纤，我每月交钱"
    r"|(?:我|俺)(?:们)?(?:每月|每个月)?(?:交钱|付钱|交费|付费)|\b(?:i|we) (?:just )?pay\b"
    r"|\bwhen (?:i|we) moved in\b"
)
_LANDLORD_PUT_IN = re.compile(
    r"房东[^,，。]{0,6}?(?<![没不])(?:给(?:我|俺)?)?(?:拉|装|弄|接|办|开)(?:了|的)?[^,，。]{0,3}$"
    r"|\b(?:the |my |our )?landlord\s+(?:had\s+|has\s+|got\s+)?(?:put|puts|installed|got|had)"
    r"\s+(?:in\s+)?(?:some\s+)?$"
)


# Two options weighed against each other in a question: "跟光纤比哪个快", "光纤比DSL快多少",
# "which is quicker, fibre or DSL", "is fibre faster than DSL" (no question mark needed).
_COMPARED_ASKED_ZH = re.compile(
    r"哪(?:个|种|样)(?:更|比较|要)?(?:快|好|稳|便宜|划算|强|贵|慢|靠谱|实惠|省)"
    r"|比[^,，。]{0,10}?(?:快|好|慢|便宜|贵|强|稳)(?:多少|吗|么|不|没|点没|些吗|一点吗)"
)
_COMPARED_ASKED_EN = re.compile(
    r"\bwhich(?: one)?(?: is|'s| s)?(?: the)? (?:faster|quicker|better|cheaper|more reliable"
    r"|best|fastest|cheapest)\b"
    r"|^\s*(?:is|are|would|will|does)\s+[\w' ]{1,24}?\s+(?:faster|quicker|better|cheaper"
    r"|more reliable|slower)\s+than\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?;。！？；]")
_CLAUSE_BREAK = re.compile(r"[,.!?;，。！？；]")
# The option after "than" or "比" is the one measured against: "fibre, faster than the old DSL".
_THAN_BEFORE = re.compile(
    r"\bthan\s+(?:the\s+|my\s+|our\s+|your\s+)?(?:old\s+|previous\s+|plain\s+)?$"
    r"|比(?:以前的?|原来的?|之前的?|老的)?$"
)


def compared_in_question(low: str, start: int, end: int, before: str) -> bool:
    """The option at `start`..`end` is weighed against another in a question ("跟光纤比哪个快",
    "which is quicker, fibre or DSL"), or is the one measured against ("faster than DSL")."""
    if _THAN_BEFORE.search(before):
        return True
    if "哪" not in low and "比" not in low and "than" not in low and "which" not in low:
        return False
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(low, 0, start)]
    after = _SENTENCE_BREAK.search(low, end)
    sentence = low[breaks[-1] if breaks else 0 : after.start() if after else len(low)]
    if _COMPARED_ASKED_EN.search(sentence):
        return True
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(low, 0, start)]
    cut = _CLAUSE_BREAK.search(low, end)
    clause = low[cuts[-1] if cuts else 0 : cut.start() if cut else len(low)]
    return _COMPARED_ASKED_ZH.search(clause) is not None


def not_held(low: str, hit: Hit, entry: Entry, before: str, asked: bool = True) -> bool:
    """The option at `hit` is waved away, never heard of, promised, asked about, the
    neighbours', a term that has ended or part of "换算"."""
    start, end = hit.start, hit.end
    if compared_in_question(low, start, end, before):
        return True
    if lines_talked.talked_about(low, hit, entry, before, asked):
        return True  # "fiber is the fast one right?", "we had no internet for 3 days"
    if payments_declined.declined_or_theirs(low, hit, entry):
        return True  # "信用卡我可不敢整", "my church takes card for tithes"
    if entry.value == "credit_card" and wallets.stored_value_card(before):
        return True  # "buy a top up card at the pharmacy"
    if entry.value == "credit_card" and card_spends.card_paid_other_things(low, start, end):
        return True  # "spent 1200 a year on my credit card on takeaways"
    if bill_paid_otherwise.named_elsewhere(low, start, entry.value):
        return True  # "信用卡都刷爆了，话费我用微信交的", "my bank sends me a paper statement"
    if bill_paid_otherwise.bank_of_echeck(low, start, end, entry.value):
        return True  # "e-check through the bank website"
    if _ECHO_NOBODY_AFTER.match(low, end) or _NOBODY_BEFORE.search(before):
        return True
    if _NEVER_HEARD_AFTER.match(low, end) or _NEVER_HEARD_BEFORE.search(before):
        return True
    # ("没有 村里还没拉过来": the lack of a line is held now, a line waits)
    if _PROMISED_BEFORE.search(before) or (entry.value != "none" and _LATER_AFTER.match(low, end)):
        return True
    if entry.value not in ("stay", "leave") and not_installed.not_yet(low, start, end, before):
        return True  # "准备下个月装光纤", "山里哪来的光纤啊"
    if _ASKED_AFTER.match(low, end):
        return True
    if _THEIR_HOMES_BEFORE.search(before) and not option_context.same_as_other(low, end):
        return True
    if entry.value in _TERMS and (
        _ENDED_AFTER.match(low, end) or _ECHO_WEIGHED_AFTER.match(low, end)
    ):
        return True  # "when the 2 year ended", "两年？会不会太长"
    if entry.value not in ("stay", "leave") and _BEFORE_THAT_AFTER.match(low, end):
        return True  # "I'm on the 24 month one, rolling monthly before that", "ADSL before"
    if (" off " in before or " out of " in before) and entry.value not in ("stay", "leave"):
        if _LEFT_BEFORE.search(before):
            return True  # "since I came off the 24 month one"
    if entry.value not in ("stay", "leave") and _PUSHED_BEFORE.search(before):
        return True
    if entry.value == "month_to_month" and _MONTH_TOTAL_AFTER.match(low, end):
        return True
    return low[start:end].endswith("换") and low.startswith("算", end)


# ... or did not, in the clause before: "我租的房子房东没给装，就用流量".
_LANDLORD_NOT_BEFORE = re.compile(r"房东[^,，。]{0,4}?(?:没|不)给?(?:装|拉|弄|接|办|开)[^。]{0,4}$")


def landlord_put_in(low: str, start: int, before: str) -> bool:
    """The landlord put the option (or none) into the respondent's rented home."""
    if _RENTED.search(low) is None:
        return False
    near = low[max(0, start - 16) : start]
    return bool(_LANDLORD_PUT_IN.search(before) or _LANDLORD_NOT_BEFORE.search(near))


_FEE_ASKED = re.compile(
    r"(?:违约金|解约费|赔多少|(?:early )?termination fee|cancellation fee|exit fee)"
    r"[^.!。！?？]{0,12}[?？]|(?:多少|how much)[^.!。！?？]{0,12}(?:违约金|解约费|fee)"
)
# The case of leaving before the term ends: "要是合约没到期就不用了", "if I cancel early".
_EARLY_CASE = re.compile(
    r"(?:要是|如果|假如|万一)[^,，。]{0,8}?(?:合约|合同|套餐)[^,，。]{0,3}?(?:没|未)(?:到期|满)"
    # ("如果提前解约，违约金如何计算？")
    r"|(?:要是|如果|假如|万一)[^,，。]{0,4}?提前(?:解约|退订|销户|取消|不用|退网|离网)"
    r"|\bif (?:i|we) (?:cancel|leave|quit|switch)\w*\b[^,.;!?]{0,24}?\b"
    r"(?:early|before (?:the|my|our) (?:contract|term|deal))"
)


def fee_asked(low: str) -> bool:
    """The message asks what leaving before the term ends would cost, the leaving a case."""
    return _EARLY_CASE.search(low) is not None and _FEE_ASKED.search(low) is not None


# A negated verb closed by "了" before the option: "哪天不想用了随时停" (the option is not denied).
_CLOSED_NEGATION = re.compile(r"[不没][^,，。了]{1,4}了\s*(?:就|也|都)?$")


def closed_negation(low: str, cands: list[tuple[Hit, Entry]]) -> list[tuple[Hit, Entry]]:
    """Un-negate an option whose negator ended with its own verb and "了" before it."""
    return [
        (Hit(h.start, h.end, h.first, h.last, h.entries, False, h.past), e)
        if h.negated and _CLOSED_NEGATION.search(low, max(0, h.start - 8), h.start)
        else (h, e)
        for h, e in cands
    ]

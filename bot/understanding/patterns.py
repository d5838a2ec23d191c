"""Readings that a phrase list cannot express: words that count only together, or with a gap.

Most evidence is a fixed phrase in the lexicon. Some answers spread it over the sentence: a cheque
is a mailed cheque when the message also says it is posted ("I write a check and mail it", "支票，
寄过去的"), a bank pays when money leaves it ("每个月去银行转", "straight out of my account"),
and a child is a dependent however the age is said ("I have a 10 year old"; those are in
`household_patterns`). These patterns are read only for the slot that was asked, where the
question itself says what the words are about; they add candidates that the usual negation, past
and last-wins rules then judge.

Patterns are keyed by option id or boolean role, not by slot name, so that a survey reusing the
same options gets them too.
"""

from __future__ import annotations

import re

from bot.understanding.churn import intention_phrasings, intentions
from bot.understanding.family import (
    birth_order,
    broken_up,
    counted_children,
    elders_cared,
    household_clues,
    late_spouse,
    parent_of,
    parents_supported,
    partner_asides,
    wed_words,
    young_children,
)
from bot.understanding.family.household_patterns import BOOLEAN_PATTERNS
from bot.understanding.gate_groups import GateGroups
from bot.understanding.interests import pastime_verbs, roaming
from bot.understanding.lexicon import Entry, Hit, flags_at
from bot.understanding.literal_gates import Gated
from bot.understanding.normalize import Text
from bot.understanding.options import not_installed

# "check" is also a verb ("let me check my bill"): as a payment it follows an article or a verb of
# paying or posting, or is plural; "cheque" and "支票" are always the payment.
_CHECK = (
    r"(?:\b(?:a|by|paper|with|via|send|sending|mail|mailing|write|writing|post|posting|them a|in a)"
    r"\s+checks?\b|\bchecks\b|\bcheques?\b|支票)"
)
_MAIL = r"(?:\bmail(?:ed|ing|s)?\b|\bpost(?:ed|ing)?\b|\bsnail|寄|邮)"
_ONLINE = (
    r"(?:\bonline\b|\bwebsite\b|\bapp\b|\belectronic(?:ally)?\b|\bdigital\b|网上|线上|在线|电子)"
)
_CLAUSE = r"[^.;!?。；！？]{0,40}?"


_NOT_BANKS = (
    r"(?:paypal|gcash|alipay|venmo|wechat|google|apple|amazon|microsoft|steam|netflix|uber|phone"
    r"|email|mobile|work|company|business|joint|user|online|prepaid|data|airtime)\b"
)

CHOICE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    **intention_phrasings.ASKED_PATTERNS,
    # no line at home, with the line qualified: "don't have home internet", "haven't got any
    # broadband", "no fixed broadband at all"
    "none": (
        re.compile(
            r"\b(?:(?:don'?t|do not|doesn'?t|never) (?:have|had|got)|(?:haven'?t|have not|hasn'?t)"
            r" (?:got|had)|no)\s+(?:(?:home|fixed|any|proper|a|an|landline|wired|house)\s+){1,2}"
            r"(?:internet|broadband|wi-?fi|connection)\b"
        ),
        # the same said in patois or chat: "mi nuh have internet at di house", "I no get
        # internet", "ain't got broadband" (not "ain't got internet problems")
        re.compile(
            r"\b(?:nuh|nah|naw|no|ain'?t|dun|doan|dont)\s+(?:have|hav|got|get)\s+(?:(?:no|any"
            r"|home|house)\s+)?(?:internet|broadband|wi-?fi)\b(?!\s+(?:problems?|issues?"
            r"|trouble|complaints?|bills?|speed))"
        ),
        # the line named, then not pulled to the home: "船上哪有宽带，家里也没拉", "宽带没拉"
        # (not "没拉黑", nor a curtain: the pulling closes its clause)
        re.compile(
            r"(?:宽带|网线)(?:[?？]\s*)?[^。！？!?]{0,12}?(?:也|都|还|压根|根本|一直)?"
            r"(?:没|没有)(?:拉|牵|接|装)过?(?:的|呢|啊|呀)?(?=\s*(?:$|[,，。!！~…]))"
        ),
        # no line to be had, asked back: "在工地宿舍住，哪有宽带", "村里哪来的宽带啊" (not "哪有
        # 宽带办？", nor "哪里有宽带？": a real question goes on or asks)
        re.compile(
            r"哪(?:有|来的?)(?:什么|啥)?(?:宽带|网线)(?:啊|呀|嘛|哦|呢|哟)*(?=\s*(?:$|[,，。!！~…]))"
        ),
        # nothing at home, as the opening answer: "None at home, I use the wifi at the library"
        re.compile(r"^\s*(?:none|nothing|nowt)\s+(?:at|in)\s+(?:home|the house)\b"),
        *not_installed.NONE_PATTERNS,
    ),
    # never signing as a habit: "合约这种东西我向来不签", "I don't do contracts" (not "never sign
    # a contract without reading it")
    "month_to_month": (
        re.compile(
            r"(?:向来|从来|从|一向|一直|压根|根本|坚决|绝)不签(?![字名收])(?![^,，。]{0,6}(?:年|个月))"
            r"|\b(?:never|don'?t|do not|won'?t|refuse to) (?:sign|do|get tied into|get locked into)"
            r" (?:any )?contracts\b(?!\s+without)"
        ),
    ),
    # a singer's songs: "听周杰伦的歌", "爱唱邓丽君的老歌" (听歌 with the singer in between), a
    # kind of songs or a verb said twice: "听听老歌", "听点流行歌", "听粤语老歌", "唱客家山歌" (not
    # "歌手", "歌词")
    "music": (
        re.compile(r"(?:听|唱)[^,，。;；!?]{1,10}?的(?:老|新)?歌"),
        re.compile(
            r"(?:听|唱)(?:听|唱|点|些|首|几首)?(?:老|新|流行|经典|怀旧|粤语|国语|英文|英语|日语|韩语"
            r"|闽南语|民族|外语|客家|潮汕|家乡|山|民|红|情|儿){0,2}歌(?![手词厅])"
        ),
        # folk songs by name: "客家山歌", "陕北民歌"
        re.compile(r"(?:山|民)歌(?![手词厅])"),
    ),
    # a book in everyday words: "love a good book", "nose in a book", "翻翻书", "看看书"
    "reading": (
        re.compile(
            r"(?:看看|翻翻|读读|看点|读点)(?:闲)?书|\b(?:a good|a decent|a new|my) book\b"
            r"|\bnose in a book\b|\bwith a book\b"
        ),
    ),
    "travel": roaming.TRAVEL_PATTERNS,  # "全国各地跑着玩", "seeing the world"
    # running as a pastime: "I'm a keen runner", "did the Dublin marathon", "跑了个马拉松"
    # (not "watched the marathon")
    "fitness": (
        re.compile(
            r"\b(?:i'?m|i am)\s+an?\s+(?:(?:keen|big|serious|regular|long[- ]distance|trail"
            r"|casual|avid)\s+)?(?:runner|jogger)\b|\bparkruns?\b"
            r"|\b(?:ran|run|running|did|do|doing|done|finished|completed|train(?:ing|ed)? for)\s+"
            r"(?:(?:the|a|my|her|his|our|first|another|\d+)\s+)*(?:[a-z]+\s+)?"
            r"(?:half[- ])?marathons?\b"
            r"|跑(?:了|过)?[^,，。]{0,3}?(?:半程|全程)?马拉松|跑(?:半|全)马"
        ),
        *pastime_verbs.FITNESS_PATTERNS,  # "I swim twice a week", "I run most mornings"
    ),
    "sports": pastime_verbs.SPORTS_PATTERNS,  # "we hike at weekends", "I box"
    "gaming": pastime_verbs.GAMING_PATTERNS,  # "I game most nights"
    "mailed_check": (
        re.compile(_CHECK + _CLAUSE + _MAIL),
        re.compile(_MAIL + _CLAUSE + _CHECK),
    ),
    "electronic_check": (
        re.compile(_CHECK + _CLAUSE + _ONLINE),
        re.compile(_ONLINE + r"[^.;!?。；！？]{0,12}?" + _CHECK),
    ),
    "bank_transfer": (
        re.compile(r"银行[^,，.。;；]{0,6}?(?:转|扣|划|缴|付|交)"),
        re.compile(
            r"\b(?:from|out of|through|via) (?:(?:my|our|the) )?(?:bank|account|checking|savings)"
        ),
        re.compile(r"\b(?:checking|savings|current|bank) account\b|\bbank(?:ing)? app\b"),
        # a bank by name ("from my Capitec account", "transfer from my GTBank app"); wallets and
        # other accounts are no bank
        re.compile(
            r"\b(?:from|out of|through|via) (?:my|our|the) (?!" + _NOT_BANKS + r")[a-z]+ account\b"
            r"|\b[a-z]{2,}bank (?:app|account|online|mobile|transfer)\b"
            r"|\btransfer\w*\b[^.;!?]{0,20}?\b[a-z]{2,}bank\b"
        ),
    ),
}


def _gate_all(table: dict[str, tuple[re.Pattern[str], ...]]) -> dict[str, GateGroups[Gated]]:
    return {
        key: GateGroups([(gated, gated) for gated in map(Gated, patterns)])
        for key, patterns in table.items()
    }


# The tables below run on every message for every choice slot; most of their patterns match
# nothing in most messages, and their gates, shared by neighbouring patterns, skip them at the
# cost of a few literal searches.
_CHOICES = _gate_all(CHOICE_PATTERNS)
_OVERRIDES = _gate_all(intention_phrasings.CHOICE_OVERRIDES)
_STRONG = _gate_all(intentions.STRONG_PATTERNS)
_BOOLEANS = {
    role: GateGroups([((rule, gated), gated) for rule in rules for gated in [Gated(rule.pattern)]])
    for role, rules in BOOLEAN_PATTERNS.items()
}
_NONE: GateGroups[Gated] = GateGroups([])


def _hit(text: Text, start: int, end: int, entry: Entry, hits: list[Hit]) -> Hit:
    inside = [i for i, t in enumerate(text.tokens) if start <= t.start < end]
    first, last = (inside[0], inside[-1]) if inside else (0, 0)
    hit = Hit(start, end, first, last, [entry])
    hit.negated, hit.past = flags_at(text, first, entry.slot, hits)
    return hit


def _overlaps(hit: Hit, others: list[Hit], slot: str) -> bool:
    return any(o.for_slot(slot) and o.start < hit.end and hit.start < o.end for o in others)


def choice_hits(text: Text, slot: str, option_ids: list[str], hits: list[Hit]) -> list[Hit]:
    """Pattern readings for an asked choice slot that no lexicon phrase of the slot covers, and
    overriding readings that replace the phrases they cover."""
    out: list[Hit] = []
    for option in option_ids:
        for pattern in _OVERRIDES.get(option, _NONE).candidates(text.low):
            for m in pattern.finditer(text.low):
                start = next((m.start(g) for g in ("at", "at2") if m.groupdict().get(g)), m.start())
                out.append(_hit(text, start, m.end(), Entry(slot, option, True, "override"), []))
    for option in option_ids:
        for pattern in _CHOICES.get(option, _NONE).candidates(text.low):
            for m in pattern.finditer(text.low):
                entry = Entry(slot, option, False, "option")
                start = m.start("at") if m.groupdict().get("at") else m.start()
                hit = _hit(text, start, m.end(), entry, hits)
                if not _overlaps(hit, hits, slot):
                    out.append(hit)
    return out


_CHEQUES = frozenset(("mailed_check", "electronic_check"))
_CHEQUE_WORD = re.compile(r"check|cheque|支票")  # the cheap trigger for the patterns above


def strong_choice_hits(text: Text, slot: str, option_ids: list[str], hits: list[Hit]) -> list[Hit]:
    """Readings that state an intention in an answer to any question ("I'm switching to BT",
    "再这样就换了"), as strong evidence; lexicon phrases of the slot they overlap give way."""
    out: list[Hit] = []
    for option in option_ids:
        for pattern in _STRONG.get(option, _NONE).candidates(text.low):
            for m in pattern.finditer(text.low):
                # (a named start: "3, and I'm thinking of switching" weighs from "I'm")
                start = next((m.start(g) for g in ("at", "at2") if m.groupdict().get(g)), m.start())
                out.append(_hit(text, start, m.end(), Entry(slot, option, True, "override"), hits))
        # a cheque said with its posting or its going online names the payment in any answer ("I
        # pay it by check, mail it in every month"); the readers of other people's words apply
        cheque = option in _CHEQUES and _CHEQUE_WORD.search(text.low) is not None
        for pattern in _CHOICES.get(option, _NONE).candidates(text.low) if cheque else ():
            for m in pattern.finditer(text.low):
                hit = _hit(text, m.start(), m.end(), Entry(slot, option, True, "option"), hits)
                if not _overlaps(hit, hits, slot):
                    out.append(hit)
    # a reading inside a longer one gives way to it: "再这样合约到期就换了" is a threat, and the
    # "到期就换" inside it no plan of its own
    return [
        h
        for h in out
        if not any(
            o is not h
            and o.start <= h.start
            and h.end <= o.end
            and o.end - o.start > h.end - h.start
            for o in out
        )
    ]


def boolean_hits(text: Text, slot: str, role: str, hits: list[Hit], asked: bool) -> list[Hit]:
    """Pattern readings for a yes/no topic slot ("I have a 10 year old"); most need it asked."""
    out: list[Hit] = []
    table = _BOOLEANS.get(role)
    for rule, pattern in table.candidates(text.low) if table is not None else ():
        if not (asked or rule.always):
            continue
        for m in pattern.finditer(text.low):
            entry = Entry(slot, rule.value, rule.always, rule.kind)
            hit = _hit(text, m.start(), m.end(), entry, hits)
            hit.negated = hit.negated and rule.negatable
            if rule.always or not _overlaps(hit, hits, slot):
                out.append(hit)
    if role == "dependents" and (parent := parent_of.span(text.low)) is not None:
        # "Mum of three, the youngest is 8": a child at home, said in any answer
        out.append(_hit(text, parent[0], parent[1], Entry(slot, True, True, "bool"), hits))
    if role == "dependents":
        # "跟我爸妈住一块，他们身体不好我照顾着": an elder cared for, in any answer
        for start, end in elders_cared.spans(text.low):
            out.append(_hit(text, start, end, Entry(slot, True, True, "bool"), hits))
    if role == "dependents" and asked:
        # "阿妈在昌都，每个月我寄一千五回去": a parent kept, when dependents are asked
        for start, end in parents_supported.spans(text.low):
            out.append(_hit(text, start, end, Entry(slot, True, False, "bool"), hits))
    if role == "dependents":
        # "three little girls", "my two, they're 6 and 9", "老二把奶瓶扔了": in any answer
        for start, end in young_children.spans(text.low):
            hit = _hit(text, start, end, Entry(slot, True, True, "bool"), hits)
            # "used to paint before the kids came along": the children who came are here now
            hit.past = hit.past and not text.low.startswith("before", start)
            out.append(hit)
        # "我家两个都是男孩", "一个男孩一个女孩": children counted as boys and girls
        for start, end in counted_children.spans(text.low):
            out.append(_hit(text, start, end, Entry(slot, True, True, "bool"), hits))
        # "大的不到十岁，小的才两岁", "eldest is 9, the youngest is 2": two children by age
        for start, end in birth_order.spans(text.low):
            out.append(_hit(text, start, end, Entry(slot, True, True, "bool"), hits))
    if role == "partner":
        # "12 years wed to our lass", "we got wed last spring": married, in any answer
        for start, end in wed_words.spans(text.low):
            out.append(_hit(text, start, end, Entry(slot, True, True, "bool"), hits))
    # "刚订的婚": engaged; "three young'uns": children
    for start, end in partner_asides.spans(text.low, role):
        out.append(_hit(text, start, end, Entry(slot, True, True, "bool"), hits))
    if role == "partner" and ("my " in text.low or "outl" in text.low or "bur" in text.low):
        for start, end in late_spouse.spans(text.surface, text.low):
            out.append(_hit(text, start, end, Entry(slot, False, True, "bool"), hits))
    if role == "partner":
        # "以前有过，去年分了", "早就分开了": a break-up, in any answer
        for start, end in broken_up.spans(text.low):
            out.append(_hit(text, start, end, Entry(slot, False, True, "bool"), hits))
    # "家里两个小的", "a single dad with two under 5", "我自己一个人带俩孩子过"
    for start, end, value, always in household_clues.readings(text.low, role, asked):
        out.append(_hit(text, start, end, Entry(slot, value, always, "bool"), hits))
    return out

"""Vague phrases that are somebody else's, or about something else, and so no vague answer.

"不知道" or "a while" makes an answer vague only when the respondent says it of the asked value.
Said of another person ("my dad's been with you since forever", "我妈也不清楚"), passed on from
them ("同事说网速还行"), or about something else ("my brother swears it's cheaper there, dunno if
that's true", "the neighbours got fibre, no idea what they pay"), it leaves the asked slot
unanswered: neither a value nor a vague answer. Kept apart from `vague`, which lists the phrases,
because these are judgements about whose the phrase is, like `rating_scope` for ratings.
"""

from __future__ import annotations

import re

from bot.understanding import others, people
from bot.understanding.options import wallets
from bot.understanding.people import clause_before
from bot.understanding.unanswered import judged_then_asked


def not_the_answer(low: str, m: re.Match[str]) -> bool:
    """The vague phrase `m` is passed on from somebody else, or is not knowing another person's
    start, facts or claims: no vague answer of the respondent's."""
    return (
        # ("刚才忘了说，打分我给4分": forgot to say it earlier, no hedge)
        (m.group().startswith("忘") and _TOLD.match(low, m.end()) is not None)
        or _reported_of_other(low, m.start())
        or _HOW_OTHERS.match(low, m.end()) is not None
        or (
            _WHY_AFTER.match(low, m.end()) is not None
            and _MORE_SAID.search(low, m.end()) is not None
        )
        or start_of_other(low, m)
        or _not_known_by_other(low, m)
        or _doubt_about_other(low, m)
        or judged_then_asked.rates_before_question(low, m)
        or (m.group().startswith("how") and _ASKER_DOUBTED.match(low, m.end()) is not None)
        # "been waiting ages for fibre": a time waited, no amount of what was asked
        or ("wait" in low and _WAITED.search(low, max(0, m.start() - 16), m.start()) is not None)
        # "been to Perth a few times": a count of occasions, no amount of what was asked
        or (m.group() in ("a few", "several") and low.startswith(" times", m.end()))
    )


_WAITED = re.compile(r"\bwait(?:ing|ed)?\s+(?:for\s+)?$")


# "how do I know" said of the asker, not the answer: "how do I know you're legit", "how would I
# know it's really you": trust questioned, not the value unknown (a question back, not vague).
_ASKER_DOUBTED = re.compile(
    r"\s+(?:(?:you|u|ya|this|it|that)(?:'re|'s| are| is| r)?\s+(?:(?:really|actually|even|not)\s+)?"
    r"(?:legit|real|genuine|who you say|a (?:real|scam|scammer|bot|robot)|safe|trustworthy"
    r"|the real|from)\b|(?:it'?s|this is) (?:really )?you\b|you'?re not\b|ur\s+(?:legit|real))"
)


_TOLD = re.compile(r"(?:说|讲|提|告诉(?:你|您)们?|填)(?![^,，。]{0,2}(?:多少|几|啥|什么))")


# Not knowing why: the question's point doubted ("idk why that matters, we don't even have
# broadband", "不知道问这个干嘛，我在成都"), not the answer, when more is said after it; alone ("Not
# sure why that matters") it stays vague. Wonder at somebody else ("I don't know how she does
# it") is never the respondent's vague answer.
_HOW_OTHERS = re.compile(
    r"\s*how (?:she|he|they|people|anyone|folks) (?:does|do|did|manages?|managed|copes?)\b"
)
_WHY_AFTER = re.compile(
    r"\s*(?:why\b|what (?:for|it matters|that'?s got to do)\b|为什么|为啥|干嘛|干啥"
    r"|(?:你们)?(?:问|要)(?:这个|这)?(?:干嘛|干啥|做什么|有什么用))"
)
_MORE_SAID = re.compile(r"[,.;!?，。；！？]\s*[^\W_]")


# A reporting verb shortly before a phrase: "同事说网速还行", "my mate reckons it's ok".
_REPORTED = re.compile(r"(?:说|觉得|\b(?:says?|said|reckons?|thinks?)\b)[^,，。.;；!?]{0,8}$")


def _reported_of_other(low: str, start: int) -> bool:
    return bool(_REPORTED.search(low, max(0, start - 20), start)) and others.said_of_other(
        low, start, household=False
    )


# Not knowing: another person's ("kids these days have no clue about bills", "我妈也不清楚") is
# no vague answer of the respondent's.
_NOT_KNOWING = re.compile(
    r"dunno|no (?:idea|clue)|not sure|unsure|(?:don'?t|doesn'?t|do not|does not|can'?t|cannot"
    r"|couldn'?t) (?:know|say|tell)|不(?:太|大)?(?:知道|清楚|晓得|确定|懂)|说不准|搞不懂"
)


def _not_known_by_other(low: str, m: re.Match[str]) -> bool:
    return (
        _NOT_KNOWING.search(m.group()) is not None
        and not _OWN_AFTER_SO.search(low, 0, m.start())
        and not _SET_UP_BEFORE.search(low, max(0, m.start() - 8), m.start())
        and others.said_of_other(low, m.start(), household=True)
    )


# What another person set up, then not known: "我这边是房东弄的不知道啥类型" is the respondent's.
_SET_UP_BEFORE = re.compile(r"(?:弄|装|办|搞|整|安装|选|拉)的\s*[,，]?\s*(?:我|俺)?(?:也|都)?\s*$")


# The respondent's own not knowing, after "so" or "but": "the contract is in my mum's name so
# honestly no idea how long" (not "my mum so she has no idea").
_OWN_AFTER_SO = re.compile(
    r"\b(?:so|but)\s+(?:(?:honestly|tbh|frankly|really)\s+)?(?:i\s+(?:have\s+|got\s+)?)?$"
)


# Not knowing whether an outsider's claim or a rumour is true ("my brother swears it's cheaper
# there, dunno if that's true", "听说要涨价，不知道是不是真的") doubts the claim, not the value.
_CLAIM_DOUBTED = re.compile(
    r"\s*(?:(?:if|whether)\s+)?(?:that|this|it)(?:'s|\s+is|\s+was|'d be|\s+would be)\s+"
    r"(?:(?:really|even|actually|all|totally)\s+)?(?:true|right|correct|accurate|real|legit"
    r"|the case)\b|\s*(?:(?:是不是|是否)(?:真的?|属实|靠谱)|真的?假的?|真假|靠不靠谱)"
)
# ... nor does not knowing what another person pays, uses or does ("the neighbours got fibre, no
# idea what they pay", "我邻居刚装了宽带，不知道他们交多少"): the object of the not-knowing is
# theirs. "They" stands for people named before it; with nobody named it is the provider ("no
# idea what they charge me" stays vague).
_WHOSE_AFTER = re.compile(
    r"\s*(?:(?:what|which|how much|how long|how|where|when|if|whether)"
    r"(?:\s+(?!(?:i|we|you|my|our)\b)[a-z']+){0,3}?\s+)?"
    r"(?:(?P<one>he|she|his|her|him)|(?P<many>they|their|them)|(?:my|our)\s+(?P<named>[a-z]+))\b"
    r"|\s*(?:(?P<one_zh>[他她])(?!们)|(?P<many_zh>[他她]们|人家)"
    r"|(?:我|俺)?(?:的|家)?(?P<named_zh>" + people.OTHER_PERSON_ZH.pattern + "))"
)
# Somebody who did it for the respondent, or on the respondent's own account: what they did is
# the respondent's value ("都是我外甥女帮我交的，我也不知道她怎么弄的").
_FOR_ME = re.compile(
    r"\bfor (?:me|us)\b|(?:帮|替)(?:我|俺)|给(?:我|俺)(?:交|缴|办|弄|选|装|开)"
    r"|\bmy (?:plan|bill|account|contract|phone|broadband|internet|wifi|line|package)\b"
    r"|(?:我|俺)(?:的|家)(?:套餐|账单|合约|卡|宽带|号|话费)"
)
# The household: what they pay or use is the respondent's too ("my wife got it, no idea what she
# pays", "我儿子帮我办的，不知道他交多少" stay vague).
_HOUSEHOLD_NAMED = re.compile(
    r"老公|老婆|媳妇|爱人|对象|男朋友|女朋友|爸|妈|父母|儿子|女儿|闺女|孩子|家里人?"
    r"|\b(?:husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|mother|father|parents|son"
    r"|daughter|kids?|family)\b"
)


def claim_doubted(low: str, m: re.Match[str]) -> bool:
    """The not-knowing `m` doubts a claim ("dunno if that's right", "不知道是不是真的")."""
    head = _NOT_KNOWING.match(m.group())
    return head is not None and _CLAIM_DOUBTED.match(low, m.start() + head.end()) is not None


def _doubt_about_other(low: str, m: re.Match[str]) -> bool:
    """Not knowing whether an outsider's claim or a rumour is true, or not knowing another
    person's own facts (see the patterns above)."""
    head = _NOT_KNOWING.match(m.group())  # ("不知道他们交多少" as one vague amount)
    if head is None:
        return False
    after = m.start() + head.end()
    before = low[: m.start()]
    if _CLAIM_DOUBTED.match(low, after):
        # the provider's or the household's claim is about the respondent's own value: "they
        # told me two years, dunno if that's right", "my wife says it's fibre, not sure" stay vague
        return _HEARSAY.search(before) is not None or _outsider_named_last(before)
    whose = _WHOSE_AFTER.match(low, after)
    if whose is None or _FOR_ME.search(before):
        return False  # "my nephew picked my plan for me, I don't know what he chose"
    named = whose.group("named") or whose.group("named_zh")
    if named:
        # "no idea what my sister pays"; but "不知道我老公交多少" is the household's bill
        return others.mentions_anyone(named) and not _HOUSEHOLD_NAMED.fullmatch(named)
    if not others.mentions_anyone(before):
        # "no idea what he pays" names somebody; "no idea what they charge" is the provider
        return bool(whose.group("one") or whose.group("one_zh"))
    return _outsider_named_last(before)


def _outsider_named_last(before: str) -> bool:
    """The last person named in `before` is outside the household."""
    if not others.mentions_anyone(before):
        return False
    household = list(_HOUSEHOLD_NAMED.finditer(before))
    return not household or others.mentions_anyone(before[household[-1].end() :])


# A rumour: "听说要涨价", "heard you're merging", "apparently it's cheaper".
_HEARSAY = re.compile(r"听说|据说|听人说|网上说|\b(?:i )?heard\b|\bapparently\b|\brumou?rs?\b")


# A start tied to an event or a decade rather than a date: "since the 90s", "上大学那会儿就开始用".
_EVENT_START = re.compile(r"since\b|.*(?:那会儿?|那时候?|那年|以后|之后|后)(?:就|才|起|开始)")


def start_of_other(low: str, m: re.Match[str]) -> bool:
    """A start said of a parent, child or other relative is their time with us ("my dad's been
    with you since the 90s", "我爸上大学那会儿就开始用了"), no vague answer of the respondent's; a
    partner's is the household's ("my wife's had it since the 90s" stays vague)."""
    if _EVENT_START.match(m.group()) is None:
        return False
    return others.said_of_other(low, m.start(), household=True) and not others.said_of_partner(
        low, m.start()
    )


# Means of paying that are no option: cash over the counter and the wallets.
_MEANS = re.compile(r"现金|cash|" + wallets.WALLETS)


def own_means(low: str, m: re.Match[str]) -> bool:
    """A means of paying said of a parent, child or other relative is their own habit ("我爸还是每
    个月跑营业厅交现金"), no vague answer of the respondent's; a partner's is the household's
    ("my husband pays it with PayPal" stays vague)."""
    if _MEANS.search(m.group()) is None:
        return False
    at = m.start()
    clause = clause_before(low, at)
    if _NO_SUBJECT_ZH.fullmatch(clause) and len(clause) < at:
        at -= (
            len(clause) + 1
        )  # "我爸还是老一套，每个月跑营业厅交现金": the clause goes on about him
    return others.said_of_other(low, at, household=True) and not others.said_of_partner(low, at)


# An automatic debit ("每个月自动扣", "autopay") names no means of paying, unless the message
# names one: "我是用工资卡代扣的，每个月自动扣" pays by bank, it is no vague answer.
_AUTO_DEBIT = re.compile(r"自动(?:扣|划)|\bauto[- ]?(?:pay|debit)|\bautomatic|automatically\b")
_BANK_MEANS = re.compile(
    r"银行卡|工资卡|储蓄卡|借记卡|信用卡|代扣|\b(?:direct debit|standing order|credit card"
    r"|debit card|bank account)\b"
)


def means_named(low: str, m: re.Match[str]) -> bool:
    """The phrase `m` is an automatic debit and the message names the card or bank it runs on."""
    return _AUTO_DEBIT.search(m.group()) is not None and _BANK_MEANS.search(low) is not None


# A Chinese clause without a subject of its own, which goes on about the one before.
_NO_SUBJECT_ZH = re.compile(r"[^我俺咱你a-z]*")


# The question brushed aside, then answered in the first person: "Is that compulsory? Eh,
# doesn't matter. I'm a man", "无所谓，我是女的". The shrug is about answering at all, not a hedge
# of the value ("doesn't matter" alone, or "whatever, either", stays vague).
_ANSWER_AFTER_SHRUG = re.compile(
    r"(?:\s+(?:to me|really|anyway))?\s*[,.;!，。；！]+\s*(?:(?:eh|well|anyway|ok|okay)\b[\s,]*)?"
    r"(?:i'?m (?:a |an )?\w|i am (?:a |an )?\w|我是|俺是"
    # ... or the respondent's own word after it: "我无所谓，反正我不换" (not "我不知道")
    r"|反正|总之|(?:我|俺)(?:反正|肯定|一定|会|要|就|还是|一直|不(?![知清懂确太好晓]))"
    r")"
)


def shrug_then_answer(low: str, m: re.Match[str]) -> bool:
    """The phrase `m` ("doesn't matter", "无所谓") shrugs off the question and an answer follows."""
    return m.group() in _SHRUGS and _ANSWER_AFTER_SHRUG.match(low, m.end()) is not None


_SHRUGS = frozenset(("doesn't matter", "doesnt matter", "无所谓", "whatever"))


def hedges_nothing(low: str, m: re.Match[str]) -> bool:
    """The phrase `m`, outside the value's words, hedges no value: a shrug before the answer, or
    a life on the move ("男的。我们做生意的到处跑"), which hedges only a city, a pet said not
    to count ("它不算吧"), how many there are ("有的，不多，就一个"), or a thing described by the
    way it comes ("whatever comes through the phone line") or the form's word for it ("whatever
    box that is")."""
    return (
        m.group() in _ON_THE_MOVE
        or shrug_then_answer(low, m)
        or (m.group().startswith("算") and _PET_NOT_COUNTED.search(low, 0, m.start()) is not None)
        or (m.group() == "不多" and _COUNT_AFTER.match(low, m.end()) is not None)
        or (m.group() == "whatever" and _CARRIED_AFTER.match(low, m.end()) is not None)
        or (m.group() == "whatever" and _FORM_WORD_AFTER.match(low, m.end()) is not None)
    )


# "Male. Fella. Whatever box that is", "whatever they call it": the form's word for the value
# left open, not the value
_FORM_WORD_AFTER = re.compile(
    r"\s+(?:(?:box|option|category|label|term|word|column|field|one)\s+)?(?:that|it)"
    r"(?:'s| is| means| counts as)\b|\s+(?:you|they)\s+call\s+(?:it|that)\b"
)


# "whatever comes through the phone line": the thing described by the way it comes, no shrug
_CARRIED_AFTER = re.compile(
    r"\s+(?:comes?|came|runs?|ran|goes|went)\s+(?:through|over|down|along|via)\b"
)


# How many there are, not how sure: "有的，不多，就一个", "有，不多，两个".
_COUNT_AFTER = re.compile(r"[,，\s]*(?:就|只有|也就|才)?\s*(?:[一两二三俩仨]|\d)\s*个")


# "就我和我家那只橘猫，它不算吧": a pet said not to count, no hedge of the answer
_PET_NOT_COUNTED = re.compile(r"(?:它|牠|猫|猫咪|狗|狗狗|宠物|主子)(?:们)?(?:应该|肯定|也|总)?不$")


_ON_THE_MOVE = frozenset(("到处跑",))

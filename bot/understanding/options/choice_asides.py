"""Choice words that state nothing about now, and answers that leave a choice open.

Kept apart from `choices` (near its size limit). An option word may be part of another word
("手续" holds "续"), a change only imagined ("换了我也不会弄": even if I switched), or the option
of an earlier time ("earlier it was DSL", "last time I used credit card"). A bare "none" that
answers the question does not deny the same option said after it ("none we use mobile data"). Two
people who disagree about the option ("他说一年，我说两年") give no value.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Entry, Hit
from bot.understanding.options.inside_words import inside_another
from bot.understanding.options.negator_options import only_denies_next
from bot.understanding.options.one_each import split_between, without_other_ones

# "续" inside another word: "手续", "陆续", "连续", "断断续续".
_INSIDE_BEFORE = re.compile(r"(?:手|陆|连|断)$")
# A change followed by what would happen anyway: "换了我也不会弄", "换了也一样", "走了也是这价".
_EVEN_IF_AFTER = re.compile(r"了?\s*(?:我|俺|你)?也(?:不|没|一样|还是|是|差不多)")
# The option of an earlier time: "earlier it was DSL", "last time I used credit card".
_EARLIER_BEFORE = re.compile(
    r"\b(?:earlier|previously|before)\s+(?:it\s+was|we\s+had|i\s+had|we\s+were\s+on|i\s+was\s+on)\b"
    r"|\blast\s+time\s+(?:i|we)\s+(?:used|paid|had|tried)\b"
)
# The option echoed to ask which question it was: "你刚问的啥来着，续约那个？", "the renewal one?".
_ASKED_BACK_AFTER = re.compile(r"(?:的)?那个(?:问题)?(?:吗|吧|嘛)?\s*[?？]|\s+one\s*\?")
# Somebody's word, each side of a disagreement: "他说一年", "我说两年", "he says one year".
# (a person's word only: "it says 12 month on the letter" is the paperwork)
_SAYS_BEFORE = re.compile(
    r"(?:他|她|我|俺|老公|老婆|老伴|闺女|儿子|女儿|媳妇|爸|妈)说(?:是|要|签)?\s*$"
    r"|\b(?:he|she|i|my (?:wife|husband|son|daughter|mum|mom|dad))\s+(?:says?|said)\s+$"
)


# "无" opening another word: "无法确定", "无所谓", "无论如何", "无线" (wireless), "无限流量"
# (unlimited) (not "无", "无宽带").
_WU_WORD_AFTER = re.compile(r"[法论所关聊奈语需意数穷疑缘效误辜理非线限忧]")
# In another answer, "nothing" received ("I got nothing", "we heard nothing back") and the phone's
# data allowance ("手机流量一直够用", "流量不够用") are no word on home internet.
_GOT_BEFORE = re.compile(r"\b(?:got|get|received|heard|gotten)\s*$")
_AT_HOME_AFTER = re.compile(r"\s*,?\s*(?:at home|in the house|installed|just|only|but)\b")
# An option said and taken back in one breath: "可能是光纤，也可能不是", "fiber, or maybe not".
_OR_NOT_AFTER = re.compile(
    r"(?:吧|吗|呢)?\s*[,，]?\s*(?:也|又|但也)?(?:可能|说不定)不是"
    r"|\s*,?\s*(?:or maybe not|maybe not)\b"
)
# ... nor is the phone's data judged for speed or reach ("mobile data crawls in town", "手机流量
# 在市区慢得要死"): a fault of the phone, not the lack of a home line ("only mobile data and it
# crawls" still says none).
_DATA_WORDS = frozenset(
    ("mobile data", "phone data", "data on my phone", "手机流量", "流量", "手机数据", "移动数据")
)
_DATA_FAULT_AFTER = re.compile(
    # (a place between: "the mobile data in the CBD is terrible")
    r"(?:\s+(?:in|at|on|around|near)\s+(?:the\s+|my\s+)?[\w']+)?"
    r"(?:'s|\s+(?:is|was|has been|are|keeps?|just|always))*\s+(?:\w+\s+)?(?:crawls?|crawling|slow"
    r"|sluggish|dead|patchy|spotty|useless|rubbish|terrible|awful|laggy|drops?|dropping|cuts? out)"
    r"\b|[^,，。]{0,6}?(?:慢|卡|差|不行|没信号|时有时无|断|烂)"
)
_DATA_AMOUNT_AFTER = re.compile(
    r"(?:一直|都|还|也|挺|很|总是?|老是?)?(?:够|不够|用完|用不完|超|多|少)"
)


# Whether the service reaches a place, asked: "你们网络覆盖到南宁没有？", "光纤通到村里了吗"
# (not "我们村网络没覆盖到", a place without it).
_REACH_ASKED = re.compile(r"(?:覆盖|通|铺|拉)到[^,，。？?]{1,8}?(?:没有?|了吗|吗|么)\s*(?:[?？]|$)")


def not_now(low: str, hit: Hit, entry: Entry, before: str, asked: bool = True) -> bool:
    """The option at `hit` is part of another word, an imagined change or an earlier time's."""
    word = low[hit.start : hit.end]
    if word == "续" and _INSIDE_BEFORE.search(low, 0, hit.start):
        return True  # "手续都问好了"
    if word == "无" and _WU_WORD_AFTER.match(low, hit.end):
        return True  # "我无法确定"
    if inside_another(low, hit.start, hit.end):
        return True  # "千兆网卡", "card game", "annual leave": part of another word
    if _OR_NOT_AFTER.match(low, hit.end):
        return True  # "可能是光纤，也可能不是"
    if (
        not asked
        and word == "nothing"
        and _GOT_BEFORE.search(low, 0, hit.start)
        and not _AT_HOME_AFTER.match(low, hit.end)
    ):
        return True  # "my neighbour got a letter and I got nothing"
    if not asked and word.endswith("流量") and _DATA_AMOUNT_AFTER.match(low, hit.end):
        return True  # "我手机流量一直够用"
    if not asked and word in _DATA_WORDS and _DATA_FAULT_AFTER.match(low, hit.end):
        return True  # "mobile data crawls in town"
    if entry.value == "leave" and re.search(r"[\u4e00-\u9fff]", word):
        if _EVEN_IF_AFTER.match(low, hit.end):
            return True  # "换了我也不会弄"
    if _ASKED_BACK_AFTER.match(low, hit.end):
        return True  # "续约那个？": which question was it, no answer
    if entry.value == "none" and "到" in low and _REACH_ASKED.search(low):
        return True  # "你们网络覆盖到南宁没有？": whether the service reaches a place, asked
    return ("earlier" in before or "last time" in before) and bool(_EARLIER_BEFORE.search(before))


def disputed(low: str, current: list[tuple[Hit, Entry]], asked: bool = True) -> bool:
    """Different options, each of them somebody's word ("他说一年，我说两年") or said of one of
    two things ("one monthly one yearly", "一张月付一张年付")."""
    if len({str(e.value) for _, e in current}) < 2:
        return False
    if split_between(low, current):
        return True
    if not asked:
        return False
    return all(_SAYS_BEFORE.search(low, max(0, h.start - 12), h.start) for h, _ in current)


# A bare denial that is itself the option ("none", "nothing", "没有"), and any other negator.
_BARE_OPTION = frozenset(("none", "nothing", "nope", "没有", "无", "nowt"))
_OTHER_NEGATOR = re.compile(
    r"\b(?:not?|never|don'?t|doesn'?t|isn'?t|without|neither|nor)\b|[不没无非别未]"
)
_BREAK = re.compile(r"[,.;:!?，。；：！？]")


def not_denied_by_itself(low: str, cands: list[tuple[Hit, Entry]]) -> list[tuple[Hit, Entry]]:
    """Un-negate an option whose only negator is the same option said bare before it, in the
    same clause ("none we just use mobile data": "none" answers, it denies nothing); and drop a
    bare negator that only denies the option after it ("ADSL，老房子没有光纤": not `none`)."""
    out = list(cands)
    for i, (hit, entry) in enumerate(out):
        if not hit.negated or hit.past:
            continue
        for prev, prev_entry in out[:i]:
            gap = low[prev.end : hit.start]
            if (
                prev_entry.value == entry.value
                and not prev.negated
                and low[prev.start : prev.end] in _BARE_OPTION
                and not _BREAK.search(gap)
                and not _OTHER_NEGATOR.search(gap)
            ):
                out[i] = (Hit(hit.start, hit.end, hit.first, hit.last, hit.entries, False), entry)
                break
    return only_denies_next(low, out)


# "一年的，每月自动扣", "two year contract, paid monthly", "one year, 50 per month": a monthly word
# beside paying or an amount is the payment's schedule, and the fixed term named with it stands
# ("一年的合约到期了，现在按月" changes the term: a revision word before it keeps it).
_SCHEDULE_WORDS = frozenset(
    "每月 按月 月付 月结 月月交 按月交 按月付 按月扣 按月扣费 按月缴费 monthly per month".split()
) | {"pay monthly", "per month"}
_PAYING_AFTER = re.compile(r"\s*(?:都|就|会|是)?(?:自动|从|用|在)?[^,，。]{0,6}?(?:扣|交|付|缴|划)")
_PAYING_BEFORE = re.compile(
    r"(?:\b(?:pa(?:y|ys|id|ying)|billed|charged|debited|taken|comes? out)\s+|\d\s*(?:块|元)?\s*)$"
)
_PAYING_IN = re.compile(r"[扣交付缴]|\bpay\b")
_REVISED_BEFORE = re.compile(r"现在|后来|改成|改了|换成|\b(?:now|switched|changed|moved)\b")
_TERMS = frozenset(("one_year", "two_year"))


def schedule_only(low: str, cands: list[tuple[Hit, Entry]]) -> list[tuple[Hit, Entry]]:
    """Drop a month-to-month word that only says how often a fixed-term plan is paid."""
    terms = [h for h, e in cands if e.value in _TERMS and not h.negated]
    if not terms or split_between(low, [c for c in cands if not c[0].negated]):
        return cands  # ("一张月付一张年付": each its own line's term, read by `disputed`)
    return [
        (h, e)
        for h, e in cands
        if not (
            e.value == "month_to_month"
            and low[h.start : h.end] in _SCHEDULE_WORDS
            and (
                _PAYING_IN.search(low, h.start, h.end)
                or _PAYING_AFTER.match(low, h.end)
                or _PAYING_BEFORE.search(low, 0, h.start)
            )
            and not _REVISED_BEFORE.search(low, terms[0].end, h.start)
        )
    ]


def own_terms(low: str, cands: list[tuple[Hit, Entry]]) -> list[tuple[Hit, Entry]]:
    """The options the respondent holds: not another line's ("the other one's a 2 year"), nor a
    monthly word that only schedules a fixed term's payments."""
    return schedule_only(low, without_other_ones(low, cands))

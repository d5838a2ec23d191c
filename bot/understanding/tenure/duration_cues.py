"""What an amount of time is about: the time with us, a contract's length or a device's age.

The same "两年" answers the tenure and the contract question, so a duration fills a slot nobody
asked only when the words around it say which: "用了三年", "been with you for", "十年的老用户" tie
it to being a customer; "两年的合约", "2 year contract" to a contract; "这手机用了四年", "got the
4K telly last Christmas", "my phone's 5 years old" to a device, which is neither.
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.bills import spend_rates
from bot.understanding.numerals.numbers import Num
from bot.understanding.tenure import been_clauses, own_custom, whole_time

# Things people have used for a while that are not the service itself ("这手机用了四年",
# "been using the app for a year"); a phone number or line is the service.
DEVICE = re.compile(
    # (no \b before the English names: "换了个iPhone" has no word boundary after 个)
    r"手机(?!号)|电脑|路由器|光猫|机顶盒|平板|电视|这台|这部|(?<![a-z])(?:phone|app|laptop|router|modem"
    r"|tablet|computer|tv|telly|television|console|xbox|playstation|ps5|handset|device|iphone|ipad"
    r"|car|samsung|galaxy|pixel|huawei|xiaomi|oneplus|nokia|motorola|oppo|vivo)\b"
    r"(?!\s*(?:number|line|plan|service|contract))"
    # a phone by its brand: "刚换了个三星", "这个华为用了四年"
    r"|(?:三星|华为|苹果|小米|红米|荣耀|一加|魅族|诺基亚)(?!宽带|套餐|卡|号|的?(?:网|光纤))"
    r"|健身卡|游泳卡|瑜伽卡"  # a gym card held a year is no time with us either
)
# Between "刚换", "just switched" and what was changed: "了个新的", "to a new".
_OBJECT_GAP = re.compile(
    r"\s*(?:了|的|(?:over\s+)?to\b)?\s*(?:a|an|my|the)?\s*(?:(?:新的?|个|一?部|一?台|new)\s*){0,3}"
)


def device_follows(low: str, pos: int) -> bool:
    """What "刚换" / "just switched" before `pos` changed is a device ("刚换了个三星", "just got a
    new phone", "just switched to a Pixel"), not the provider."""
    gap = _OBJECT_GAP.match(low, pos)
    return DEVICE.match(low, gap.end() if gap else pos) is not None


# "just started" / "刚开始" begin the service only when what follows is the service, a time or
# nothing: "just started with you", "just started my contract", "刚开始用"; not a school, a job or
# a pastime ("the eldest just started secondary", "my wife just started a new job", "I just
# started running") nor "at first" ("刚开始还行").
_STARTED_SERVICE = re.compile(
    r"\s*(?:$|[,.;!?，。]|\d|用|使用|办|入网|开通|成为|在(?:你们|星联)"
    r"|(?:out|up|here|today|yesterday|this|last|with|using|on|recently|too|again)\b"
    r"|(?:(?:my|our|the|a|your|this)\s+)?(?:new\s+)?(?:contract|plan|service|line|broadband"
    r"|internet|account|subscription|package|deal|sim|fib(?:re|er)|wi-?fi)\b)"
)


def other_start_follows(low: str, m: re.Match[str]) -> bool:
    """The "just started" / "刚开始" matched by `m` starts something other than the service."""
    word = m.group()
    if word.endswith("started"):
        return _STARTED_SERVICE.match(low, m.end()) is None
    if word.endswith("开") and low.startswith("始", m.end()):
        return _STARTED_SERVICE.match(low, m.end() + 1) is None
    if word.endswith(("joined", "signed up", "subscribed")):
        return _JOINED_OTHER.match(low, m.end()) is not None
    return False


# "just joined the gym", "only just signed up for a choir": a club or class, not the service
_JOINED_OTHER = re.compile(
    r"\s+(?:(?:up\s+)?(?:for|to|with)\s+)?(?:the|a|an|my|our|this|that|their|his|her)\s+"
    r"(?!(?:new\s+)?(?:contract|plan|service|line|broadband|internet|account|subscription|package"
    r"|deal|sim|fib(?:re|er)|wi-?fi|network|family plan"
    # (a time is when: "just signed up this week")
    r"|week|wk|month|morning|afternoon|evening|weekend|year)\b)[a-z]"
)


# After "刚买": a counted thing that is no line or plan, bought in passing ("刚买了双鞋",
# "刚买了件外套"; not "刚买了张卡", "刚买了个套餐").
BOUGHT_THING = re.compile(
    r"\s*了?\s*(?:一)?(?:双|件|条|本|辆|瓶|盒|包|把|顶|斤|袋|只|台|部|套(?!餐)|个(?!号|套餐|卡))"
)
# Said in the same clause before the amount, these tie it to being a customer.
# (English ones from the start of a word: "I remember", "confusing", "housing" are no cue)
_TENURE_BEFORE = re.compile(
    r"(?:用了|用|使用|入网|老用户|成为|加入|开通|办了|(?:宽带|网|光纤)装了|转过来|换过来|转到你们|换到你们"
    # "与贵公司相伴十余载" (but "和老伴相伴五十年")
    r"|(?:贵公司|贵司|你们|你们家|您们)[^,.;!?，。]{0,4}相伴|(?:你们|您们)的?老?客户"
    # with the provider, and then only a hedge before the time: "跟你们家快两年了"
    r"|(?:跟|和|在)(?:贵公司|贵司|你们|您们)家?(?:这边)?(?=(?:都|已经|也|快|差不多|有|将近|\s)*$)"
    # ("wi'" is Northern "with", "yous" and "youse" are "you": "been wi' you twenty year")
    r"|(?<![a-z])(?:been (?:with|wi'|w/|w(?= ))(?! ?(?:my|me|her|his|him|them|our|a|the) )"
    r"|(?:with|wi') (?:you|yous|youse|ye|us|starlink|y'?all)|had (?:you|y'?all|ya|yous|youse)\b"
    r"|customer|using|subscribed|member|switched to (?:you|u|us|starlink)|came over|joined"
    r"|signed up|set (?:it |us |me |the \w+ )?up|installed|hooked (?:it |us )?up))[^,.;!?，。]*$"
)
# Leaving a rival for us: "I switched from Optus a year ago", "we switched over from Sky about 8
# months ago" (not a line: "from DSL to fibre"). Read in a wider window than the cues above, as
# the rival's name and a hedge stand between it and the amount; it stays within the clause.
_SWITCHED_FROM = re.compile(
    r"\b(?:switched|moved|came|ported)(?: over| across)?(?: to (?:you|u|us|y'?all)(?: guys| lot)?)?"
    r" from (?!(?:dsl|adsl|fib(?:re|er)|copper|cable|(?:a|my|the|our) (?:old )?(?:plan|line|package"
    r"|router))\b)(?<!moved from )(?<!moved over from )(?<!moved across from )[^,.;!?，。]*$"
    # (a home moved, with both ends, is no switch: "moved from Durban to Joburg 2 years ago")
    r"|\bmoved(?: over| across)?(?: to (?:you|u|us|y'?all)(?: guys| lot)?)? from (?!(?:dsl|adsl"
    r"|fib(?:re|er)|copper|cable|(?:a|my|the|our) (?:old )?(?:plan|line|package|router))\b)"
    r"(?![^,.;!?，。]*\bto (?!(?:you|us|your|them)\b)[a-z])[^,.;!?，。]*$"
)
_CONTRACT_BEFORE = re.compile(
    # ("用的是两年的": the kind of plan used, named by its term)
    r"(?:签了?|签的|合约|合同|(?:用|办)的是|contract|on the|on a|续了?|\bsign(?:ed)?(?: up)? for)"
    r"[^,.;!?，。\s]{0,3}\s*$"
)
# Said right after the amount: "十年的老用户", "10 years with you", "一年前办的",
# "2 years ago I joined".
_TENURE_AFTER = re.compile(
    r"\s*(?:了)?(?:的)?(?:老用户|老客户|用户|客户|会员)"
    # ("9 years I am with you", "20 years with ye": Irish "ye", patois "unu")
    r"|\s*(?:(?:i'?m|i am|we'?re|we are|i been|i've been)\s+)?"
    r"(?:(?:with|wi'|w/|w(?= )) ?(?:you|ye|yez|yous|youse|unu|us|starlink|y'?all|ya|u)"
    r"|as (?:a|your) customer)\b"
    r"|\s*(?:以)?前(?:就)?(?:办|开通|开的|装|入网|注册|签约|换|转|加入|开始)"
    r"|\s*ago\b[^,.;!?]{0,16}?\b(?:joined|signed|switched|started|came over|got (?:it|connected))"
)


# A number that ends its clause, its unit left out: "with you guys about 5 I think".
_ELIDED_END = re.compile(
    r"\s*(?:(?:i think|i guess|i reckon|or so|ish|maybe|probably|now|lol)\b\s*)*(?:[,.;!?，。]|$)"
)


def _tenure_cue(low: str, start: int) -> tuple[re.Match[str] | None, str]:
    """Words of being a customer before `start`, and the window they were found in."""
    before = low[max(0, start - 24) : start]
    cue = _TENURE_BEFORE.search(before)
    if cue is None:
        wide = low[max(0, start - 48) : start]
        switched = _SWITCHED_FROM.search(wide)
        if switched is not None:
            return switched, wide
    return cue, before


def unit_left_out(low: str, start: int, end: int) -> bool:
    """The number at `start`..`end` ends its clause after words of being a customer ("married 12
    years, and with you guys about 5"): an amount of time whose unit is the one said before."""
    cue, before = _tenure_cue(low, start)
    if cue is None or DEVICE.search(before[cue.start() :]):
        return False
    return _ELIDED_END.match(low, end) is not None


# A message that opens with "(it's) (only) been" and an amount speaks of the time with us, unless
# the amount runs from something else ("been 2 weeks since the outage").
_BEEN_OPENING = re.compile(
    r"\s*(?:(?:it'?s|it has|i'?ve|we'?ve)\s+)?(?:only\s+|just\s+|almost\s+|nearly\s+)?been\s+"
    r"(?:about\s+|around\s+|like\s+|over\s+)?$"
)
_SINCE_AFTER = re.compile(r"\s*(?:now\s+)?(?:since|ago|of|waiting|without|that)\b")
# "两年一签", "一年一续": a term renewed, the contract's length
# (the English words whole: "5 years dealing with you", "2 years planning to leave" are no term)
_CONTRACT_AFTER = re.compile(
    r"^\s*(?:的)?\s*(?:合约|合同|约|期|一签|一续|签一次|续一次"
    r"|(?:contracts?|plans?|deals?|terms?|one)\b)"
)


_OLD_AFTER = re.compile(r"\s*old\b")


_CLAUSE_BREAK = re.compile(r"[,.;!?，。；！？]")


def _clause_to(low: str, start: int) -> str:
    return _CLAUSE_BREAK.split(low[:start])[-1]


def device_before(low: str, start: int) -> bool:
    """A device is named in the clause before `start` ("got the 4K telly last Christmas")."""
    return DEVICE.search(_clause_to(low, start)) is not None


def of_device(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` is a device's age or use ("路由器用了3年了", "my phone's 5
    years old")."""
    return device_before(low, start) or _OLD_AFTER.match(low, end) is not None


# How long an offer lasts: "20 off for three months", "free for the first 6 months", "前三个月半价",
# "头两个月免费".
_OFFER_BEFORE = re.compile(
    r"\b(?:off|free|discount(?:ed)?|half[- ]price|cheaper|promo(?:tion)?|trial)\s+for\s+"
    r"(?:the\s+)?(?:first\s+)?$|\bfor the first\s+$|(?<![以之])(?:前|头)$"
)
_OFFER_AFTER = re.compile(
    r"\s*(?:内)?(?:免费|半价|打折|打[一二三四五六七八九]折|优惠|送|free\b|half[- ]price\b)"
)


def not_with_us(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` is no time with us: a device's age or use ("路由器用了3年了",
    "my phone's 5 years old") or how long an offer lasts ("20 off for three months")."""
    return of_device(low, start, end) or of_offer(low, start, end)


def of_offer(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` is how long an offer or a discount lasts."""
    return bool(
        _OFFER_BEFORE.search(low, max(0, start - 30), start) or _OFFER_AFTER.match(low, end)
    )


# "一天", "一周", "一个月" and then a count: the time is the period of a rate ("一天三充" is three
# charges a day, "一周两次" twice a week, "一个月两百" 200 a month), not an amount of time; a second
# amount of time after it adds up instead ("一年三个月").
_RATE_COUNT = (  # ("一个月一百二": a hundred and twenty a month)
    r"(?:[\d.]+|[两二三四五六七八九十几百千万]+|一(?=[次回趟顿下遍])|一[十百千万][一二三四五六七八九十百千万两]*)"
)
# (or a verb and a count of times: "一周得重启两次", "一天充三回电"; with 了 or 过 the times are
# events within the span, which is an amount of time: "才一个月就断了两次网")
_RATE_PERIOD = re.compile(
    r"\s*(?:个)?(?:天|日|周|星期|礼拜|月|年)\s*(?:才|就|只|要|得|能|也|都|至少|最多)?\s*"
    r"(?:" + _RATE_COUNT + r"(?!\s*(?:个半?多?月|多个月|年|周|星期|礼拜|天|月))"
    r"|(?:(?![了过])[\u4e00-\u9fff]){1,4}?" + _RATE_COUNT + r"\s*[次回遍趟顿])"
)


def rate_period(low: str, num: Num) -> bool:
    """`num` is the one of a rate's period ("一天三充"), no amount of time."""
    return num.value == 1 and _RATE_PERIOD.match(low, num.end) is not None


def in_rate(low: str, nums: list[Num], num: Num) -> bool:
    """`num` is the period of a rate or the count said after it ("一天三充": 1 and 3)."""
    return (
        rate_period(low, num)
        or spend_rates.in_spent_rate(low, nums, num)
        or any(
            rate_period(low, n) and n.end <= num.start < _RATE_PERIOD.match(low, n.end).end()  # type: ignore[union-attr]
            for n in nums
            if n.end <= num.start
        )
    )


# Time gone by: "since 2 yrs" (for two years), "two years ago", "for the past 2 years".
_ELAPSED_BEFORE = re.compile(
    r"\b(?:since|for the (?:past|last))\s+(?:about\s+|around\s+|like\s+|almost\s+|over\s+)?$"
)
_ELAPSED_AFTER = re.compile(r"\s*ago\b|\s*(?:以)?前")


# After a number, a measure word of things, people or places: "就你们一家信号好" (the only
# provider), "一家三口", "两台电脑" count, they are no months.
_THINGS_AFTER = re.compile(r"\s*(?:家|口|位|名|只|张|台|部|份|件|辆|间|栋|层|套(?!餐))")


def counts_things(low: str, num: Num) -> bool:
    """The number at `num` counts things or people, not months."""
    return _THINGS_AFTER.match(low, num.end) is not None


def elapsed(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` counts time gone by, no contract's length."""
    return bool(
        _ELAPSED_BEFORE.search(low, max(0, start - 30), start) or _ELAPSED_AFTER.match(low, end)
    )


# With us since an event, then how long ago that was, opening the next clause: "we've been with
# you since we got married, about 6 yrs now", "customers since the move, that's 3 years"; or in
# one clause, how long ago: "with you since I moved here 4 years ago".
_SINCE_EVENT_BEFORE = re.compile(
    r"(?:\b(?:been|stayed) (?:with|wi') (?:you|ye|yous|youse|us)(?: guys| lot)?"
    r"|\bbeen (?:a |your )?customers?)\s+(?:ever\s+)?since\s+(?!\d)[^,.;!?]{2,40}?"
    r"(?P<sep>[,;]\s*|\s+)"
    r"(?:(?:about|around|roughly|like|nearly|almost|over|so|maybe|probably|that'?s|which is"
    r"|going on|coming up on|must be|a good|well)\s+)*$"
)

# What may follow that amount: "now", "ago", a hedge, the end of the clause ("about 2 weeks of
# hell" is no time with us).
_SINCE_EVENT_AFTER = re.compile(
    r"\s*(?:(?:now|ago|or so|give or take|i think|i reckon|i guess|roughly)\b\s*)*"
    r"(?:[,.;!?]|\band\b|\bbut\b|$)"
)


def _since_event(low: str, start: int, end: int) -> bool:
    """With us since an event, and the amount at `start`..`end` is how long ago it was."""
    m = _SINCE_EVENT_BEFORE.search(low, max(0, start - 100), start)
    if m is None or not _SINCE_EVENT_AFTER.match(low, end):
        return False
    # (in one clause the amount must be the time since: "since I moved here 4 years ago")
    return (
        "," in m.group("sep") or ";" in m.group("sep") or _ELAPSED_AFTER.match(low, end) is not None
    )


def someone_elses(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` is another person's time with us ("我朋友用了五年了"), not
    an event of theirs that dates the respondent's ("been with you since my son was born 6
    years ago"; but "my dad has been with you since he retired" is his)."""
    if not others.said_of_other(low, start, household=True) or own_custom.ours(low, start):
        return False  # (nor the respondent as our customer: "做你哋客户五年啦")
    m = _SINCE_EVENT_BEFORE.search(low, max(0, start - 100), start)
    if m is None or not _since_event(low, start, end):
        return True
    return others.said_of_other(low, m.start(), household=True)


def cues(low: str, start: int, end: int) -> tuple[bool, bool]:
    """(tied to being a customer, tied to a contract) for the amount at `start`..`end`."""
    before = low[max(0, start - 24) : start]
    after = low[end : end + 12]  # room for " contract"
    contract = bool(_CONTRACT_BEFORE.search(before) or _CONTRACT_AFTER.match(after))
    cue, before = _tenure_cue(low, start)
    tenure = not contract and cue is not None and not DEVICE.search(before[cue.start() :])
    if not contract and cue is None and _TENURE_AFTER.match(low, end):
        clause = re.split(r"[,.;!?，。；！？]", before)[-1]
        tenure = not DEVICE.search(clause)  # "快十年的老用户了", "3 years ago I signed up"
    if not contract and cue is None and _since_event(low, start, end):
        tenure = True  # "been with you since we got married, about 6 yrs now"
    if not contract and _BEEN_OPENING.match(low[:start]) and not _SINCE_AFTER.match(low, end):
        tenure = True  # "only been 2 months, too early to tell": the time with us, rated
    if not (contract or tenure) and been_clauses.been_after_service(low, start, end):
        tenure = True  # "I'm with you on the monthly plan, been about 2 years now"
    if not (contract or tenure) and whole_time.with_us_all_along(low, end):
        tenure = True  # "same address 8 years, been with you the whole time"
    if tenure and cue is not None and DEVICE.search(before[: cue.start()][-12:]):
        tenure = False  # "我这手机用了四年"
    return tenure, contract


_WITH_US_AFTER = re.compile(r"\s*(?:with|wi') (?:you|ye|yez|yous|youse|us)\b")


def term_with_us(low: str, start: int, end: int) -> bool:
    """The amount at `start`..`end` opens its clause, with nothing before it but "with you"
    after it ("1yr with you guys"): asked about the contract, the term agreed with us, which
    says nothing of how long the respondent has been a customer ("been with you 5 years" has
    a verb of being a customer and is that time)."""
    return not _clause_to(low, start).strip() and _WITH_US_AFTER.match(low, end) is not None


# Said before a duration in its clause: the time is the respondent's life, not the service's.
_LIFE_BEFORE = re.compile(
    r"住了?|住在|搬来|搬过来|结婚|在一起|谈了|工作了?|上班|\b(?:lived|living|married|together"
    r"|worked|working|dating|in (?:this|the) (?:flat|house|area|city|town|place))\b"
)


def of_life(low: str, start: int) -> bool:
    """The amount of time at `start` is time lived, married or worked ("住了十年", "married 5
    years"), not time with us."""
    return _LIFE_BEFORE.search(_clause_to(low, start)) is not None


# "I've been here 10 years": with us, when the answer is about the service and not a place.
_BEEN_HERE = re.compile(
    r"\b(?:been|stayed)\s+here\s+(?:for\s+)?(?:about\s+|around\s+|like\s+|over\s+|almost\s+"
    r"|nearly\s+)?$"
)


def been_here(low: str, start: int) -> bool:
    """ "been here" comes right before the amount of time at `start`."""
    return _BEEN_HERE.search(low, 0, start) is not None


# "a month" or "one month" and then an amount of money: the period of a price ("a month 60 quid",
# "one month is $45"), no amount of time; "one month in, 60 a month" keeps its month.
_PRICE_AFTER = re.compile(
    r"\s*(?:is\s+|costs?\s+|=\s*|:\s*)?(?:[£$€¥₵₦₹]\s*\d"
    r"|\d+(?:\.\d+)?\s*(?:quid|bucks|dollars?|pounds?|euros?|rmb|yuan|块|元)(?![a-z]))"
)


def price_period(low: str, end: int) -> bool:
    """The month or year ending at `end` is the period of a price said right after it."""
    return _PRICE_AFTER.match(low, end) is not None

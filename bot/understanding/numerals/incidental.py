"""Numbers that are part of a name or a label, not an amount of anything.

A bare number is read as the asked slot's value ("25" for the age, "70" for the bill). Messages
that are about something else carry numbers too: a clock time ("3点再说", "at 9pm", "after 6?"), a
product or model ("iPhone 15", "Galaxy S23", "AX3000", "5G"), a bandwidth ("100M宽带", "100 Mbps"),
an identifier ("卡号是6222开头的", "尾号2580", "my number is 555-0142"), a place in a building
("1号楼", "floor 12", "room 304"), a day of the month ("on the 15th") or the network called Three
("I've just moved over to Three"). None of these is a value
for any slot, so they are never offered as bare numbers. Numbers the text marks as ages, money or
durations are read elsewhere and are not affected.
"""

from __future__ import annotations

import re

from bot.understanding.numerals.numbers import Num

# Words that link a number to what it pays for or to the next clause, never a description of
# counted things ("45 for the phone", "45 quid a month on 2 lines", "45 and that covers 3 phones").
_LINK_WORDS = (
    r"(?:for|on|per|a|an|the|my|our|your|his|her|their|each|every|and|plus|with|of|in|to|at|from"
    r"|is|was|are|were|or|but|so|that|this|it|i|we|you|they|covers?|monthly|quid|bucks|dollars?"
    r"|pounds?|euros?|cents?|ish|tops|max|total|all|both|between|including|incl|by|via|through"
    r"|using|paid|credit|debit|gift|top-?up|prepaid|pay)\b"
)
# Right after the number: a clock, a bandwidth or data unit, a generation, a day or a room.
_AFTER = re.compile(
    r"\s*(?:点钟|点(?![\d一二三四五六七八九十]|儿|点)|:[0-5]\d|[ap]\.?m\b|o'?clock\b"
    r"|mb(?![a-z])|mbps\b|mbit|gbps\b|gb(?![a-z])|g(?![a-z\d])|[多几来余]?兆|m\s*(?:宽带|的|光纤|broadband|fib(?:er|re)|plan|line)"
    r"|号楼|楼|层|单元|室|号(?!码)|st\b|nd\b|rd\b|th\b"
    # the star class of a place: "a 4-star hotel", "五星级酒店"
    r"|-?\s*star\s+(?:hotel|resort|restaurant|hostel|lodge|accommodation|cruise)s?\b|星级"
    r"|开头|结尾"
    # a share is no age, duration or amount: "not 100% sure", "99 per cent certain"
    r"|%|％|percent\b|per\s?cent\b|pc\b"
    # minutes and hours are no slot's unit; counted things are not the asked value ("2 kids")
    r"|分钟|个?小时|个?钟头|秒|mins?\b|minutes?\b|hours?\b|hrs?\b|secs?\b|seconds?\b"
    # nor is a whole day or night an event took ("IT折腾了一整天", "吵了一整晚")
    r"|整(?:天|晚|夜|宿|个?(?:上午|下午|晚上|白天))"
    # (counted roughly too: "40-odd people", "30 odd guests")
    r"|(?:-?\s*odd\s+)?(?:kids?\b|children\b|people\b|folks?\b|guests\b)"
    r"|sons?\b|daughters?\b|persons\b|times?\b|phones?\b(?!\s*(?:bills?|plans?|contracts?)\b)"
    # the people counted: "the two of us", "both of them"
    r"|of (?:us|you|them)\b"
    r"|lines?\b(?!\s*rental)|devices?\b|rooms?\b|tablets?\b|laptops?\b|sims?\b|routers?\b|tvs?\b|个(?:孩子|娃|小孩|人)|口人|台|部(?!分)"
    # counted events: "打了3次", "2 outages", "3 price hikes"
    # orders delivered and kills in a game: "送了40多单", "五杀"
    r"|次|回(?!来)|遍|趟|(?:多|来|余)?单(?![位价身])|杀|连胜|连败|outages?\b|calls?\b|(?:price\s+)?hikes?\b|increases?\b|bars?\b"
    r"|tickets?\b|visits?\b|emails?\b|texts?\b|messages?\b|drops?\b"
    # things counted with a word or two that describes them: "2 spare cards", "3 old phones"
    r"|(?:(?!" + _LINK_WORDS + r")[a-z]+\s+){1,2}(?:cards?|sims?|phones?|lines?|numbers|devices?"
    r"|tablets?|laptops?|routers?|handsets?|accounts|kids?|children)\b"
    r"(?!\s*(?:bills?|plans?|contracts?|rental|packages?|tariffs?)\b))",
    re.IGNORECASE,
)
# Right before it: a product or model name, an identifier, a floor or room, a time of day.
_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:iphone|ipad|galaxy|pixel|mate|nova|note|redmi|xiaomi|huawei|honor|oppo|vivo"
    r"|oneplus|macbook|windows|ios|android|playstation|ps|xbox|series|version|model|pro|ultra"
    r"|mini|air|lite|number(?: is)?|phone number|ext|no\.|floor|level|room|apt|apartment|unit"
    r"|suite|building|bldg|flat|gate|platform|bus|route|ending(?: in)?|ends in|acct|account)"
    r"|小米|华为|荣耀|红米|尾号|卡号|手机号|电话号码是?|电话号是?|号码|账号|工号|订单号|编号|验证码|#"
    r"|晚上|早上|上午|下午|中午|凌晨|傍晚|今晚|明早|明晚"
    # an ordinal ("第1次") or an idiom ("at one point")
    r"|第"
    # an age at some past moment: "set it up when I was like 12"
    r"|\b(?:i|we) (?:was|were) (?:like |about |around |only |just )?"
    # or as the child one was: "when I was a lad of ten", "as a lass of twelve"
    r"|\b(?:(?:i|we) (?:was|were)|as) an? (?:(?:wee|young|little|small) )?(?:lad|lass|boy|girl"
    r"|kid|child|nipper|youngster) (?:of|aged) (?:about |around |only |just )?"
    r"|(?:我|俺)(?:那年|那时候?|那会儿?)(?:才|只有)?)\s*$",
    re.IGNORECASE,
)
# "after 6?", "call me at 5": a clock time, when nothing follows that makes it an amount.
_CLOCK_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:after|before|until|till)"
    r"|\b(?:call|ring|text|phone|meet|see|contact|reach)\s+(?:me|us)?\s*(?:back\s+)?(?:at|around))"
    r"\s*$"
)
_BANDWIDTH_M = re.compile(r"m\b")
# "S23", "AX3000", "p60": a model code, letters and digits run together.
_CODE_BEFORE = re.compile(r"(?<![a-z])[a-z]{1,3}$")
# Short words typed against a number are no model code: a currency ("rmb99", "usd50", rand
# "R899") or a word
# of the sentence ("im25", "age30", "abt 70").
_NOT_CODE = frozenset(
    "r rmb usd cny hkd rs hk us au ca eur gbp im m am is at to in on by of or and abt ard age yo"
    " ok".split()
)
# "the one", "that one", "one who": "one" standing for a person or thing, not a number.
# (a word may name what kind: "I don't track the phone one")
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|this|that|which|every|any|no|some|another|each|little|old|new|other|right|wrong)"
    r"\s+(?:(?!of\b|and\b|or\b|to\b|in\b)[a-z]+\s+)?$"
)
_PRONOUN_ONE_AFTER = re.compile(r"\s+(?:who|that|which|whose)\b")
_UNIT_AFTER = re.compile(
    r"\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hundred|thousand|pounds?|dollars?|quid|bucks"
    r"|stars?|points?)\b"
)
# A school year: "高二", "初三", "大一", "研二" (but "大三岁" is three years older).
_SCHOOL_YEAR = re.compile(
    r"(?:[初高][一二三]|[大研][一二三四])(?![\d一二三四五六七八九十百千岁个年月块元倍分])"
)
_TIME_END = re.compile(r"\s*(?:[?.!,;，。？！]|$|tonight|tomorrow|today|ish\b)")


# A personal pronoun before "俩" or "仨": the number counts the people it names ("我们俩").
_PEOPLE_PRONOUN = re.compile(r"(?:我|你|他|她|咱|俺)们?$")
# After a round number: a decade ("the 90s", "the '80s", "the 1990s", "90年代").
_DECADE = re.compile(r"'?s\b|年代")
# The network called Three, joined, left or used: "I've just moved over to Three", "I'm with
# three", "left Three last year" (not "with three kids", "moved over to three years ago").
_NETWORK_THREE_BEFORE = re.compile(
    r"\b(?:(?:switched|moved|went|gone|going|ported|changed|came|come|move|switch|port)"
    r"(?: over| across| back)? (?:to|from)|(?:i'?m|we'?re|i am|we are|was|were|been|still) with"
    r"|(?:left|leaving|leave|joined|join|on)) $"
)
_NETWORK_THREE_AFTER = re.compile(
    r"\s*(?:$|[,.;!?…)]|(?:now|then|before|last|this|since|until|till|lol|haha|because|cos"
    r"|and|but|from|recently|yesterday|anyway|though|for)\b)"
)
# A bill named in the singular after its amount, ending the clause ("25 phone", "15 line").
_BILL_NAMED_AFTER = re.compile(r"\s*(?:phone|line|tablet)\s*(?:$|[,;.!?])")


def is_incidental(low: str, num: Num) -> bool:
    """Is the number at `num` part of a time, product, identifier or address (no value)?"""
    if _AFTER.match(low, num.end):
        # "40 for broadband, 25 phone": one bill named after its amount, no phones counted
        return num.value == 1 or not _BILL_NAMED_AFTER.match(low, num.end)
    if low[num.start : num.end] == "一" and low.startswith(("分钱", "毛钱", "分一毫"), num.end):
        return True  # "一分钱都没少交", "一毛钱也不想多花": every last cent, no amount
    if _DECADE.match(low, num.end) and num.value % 10 == 0:
        return True  # "since the 90s", "the 1980s", "80年代": a decade, no amount
    if (
        num.kind == "cn"
        and num.end - num.start == 1
        and low[max(0, num.start - 1) : num.start] == "老"
    ):
        return True  # "老二", "老三": a child by birth order, no number
    if num.kind == "cn" and _SCHOOL_YEAR.match(low, max(0, num.start - 1)):
        return True  # "他在读高二", "女儿大三了": a school year, no number
    if low[num.start : num.end] == "one" and re.match(r"\s*point\b", low[num.end :]):
        return low[: num.start].rstrip().endswith("at")  # "at one point"
    if low[num.start : num.end] == "one" and (
        (_PRONOUN_ONE_BEFORE.search(low, 0, num.start) and not _UNIT_AFTER.match(low, num.end))
        or _PRONOUN_ONE_AFTER.match(low, num.end)
    ):
        return True  # "he's the one who told me", "this one", "one of them": a pronoun
    if num.value >= 50 and _BANDWIDTH_M.match(low, num.end):
        return True  # "100M": a bandwidth; "6m", "18m" may be months
    if (
        low[num.start : num.end] == "three"
        and _NETWORK_THREE_BEFORE.search(low, max(0, num.start - 24), num.start)
        and _NETWORK_THREE_AFTER.match(low, num.end)
    ):
        return True  # "I've just moved over to Three": the network, no number
    before = low[max(0, num.start - 16) : num.start]
    if low[num.start : num.end] in ("俩", "仨") and _PEOPLE_PRONOUN.search(before):
        return True  # "我们俩同一年退的休", "他们仨": the people a pronoun names, counted
    if _BEFORE.search(before):
        return True
    if _CLOCK_BEFORE.search(before):
        return num.value <= 24 and _TIME_END.match(low, num.end) is not None
    code = _CODE_BEFORE.search(before)
    if code is not None and code.group() not in _NOT_CODE and num.kind == "digit":
        return True
    digits = low[num.start : num.end]
    if num.kind == "digit" and len(digits) >= 3 and digits.startswith("0"):
        return True  # "0042": written with leading zeros, an identifier
    return num.kind == "digit" and len(digits) >= 7 and digits.isdigit()  # a phone or card number

"""Amounts of money, read from the numbers in a message.

A number is an amount of money when it carries a currency ("七十来块", "$65", "89.9元",
"六十八块五", "forty-two pounds fifty") or a spending cue ("每月88", "about 120 a month"); an
amount paid for a year, half year or quarter ("一年大概交1200", "240 a quarter") is turned into a
monthly one. Charges on top of the bill, devices, refunds and one-off fees are no amount of the
bill (`is_extra`). Which of several amounts is the bill is decided in `money`.
"""

from __future__ import annotations

import re

from bot.understanding.age.quantities import Reading
from bot.understanding.bills import whose_amount, year_paid
from bot.understanding.bills.spend_cues import SPEND_BEFORE as _SPEND_BEFORE
from bot.understanding.literal_gates import gated
from bot.understanding.numerals.numbers import Num

# Subscriptions to other named services, whose price is no bill with us ("Netflix alone is 15 a
# month", "spotify's 12 a month now", "爱奇艺会员一个月25"); also read by `spending`. The English
# names count whole: "my neighbour" holds "hbo".
SUBSCRIPTIONS = (
    r"(?<![a-z])(?:netflix|spotify|disney\+?|hbo|youtube premium|youtube|prime video|amazon prime"
    r"|apple music|apple tv|icloud|xbox game pass|game pass|playstation plus|ps plus|audible"
    r"|patreon|hulu|paramount\+?|peacock|crunchyroll|dazn|chatgpt)(?![a-z])"
    r"|爱奇艺|腾讯视频|优酷|芒果tv|网易云|qq音乐|b站大会员|视频会员|音乐会员"
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:多|来|余)?\s*(?:元|块钱|块|圆|rmb\b|yuan\b|刀|美元|美金|dollars?\b|bucks?\b|usd\b|pounds?\b|quid\b"
    r"|euros?\b|欧元?|港币|cny\b|hkd\b|rupees?\b|rand\b|naira\b|pesos?\b|ringgit\b"
    r"|cedis?\b|shillings?\b|kwacha\b|令吉|马币|新币|泰铢|(?:新)?台[币幣])"
)
_CURRENCY_BEFORE = re.compile(
    r"(?:¥|\$|€|£|₦|₹|₱|₩|₽|₺|₫|₵|rmb|cny|usd|hkd|hk\$|\brs\.?|\binr|\bkes|\bngn|\bzar|\bghs|\brm)\s*$"
    # (Kenyan shillings, South African rand glued to the amount: "KSh 2500", "R350")
    r"|\bksh\.?\s*$|\br$"
)
# Currency words and hedges that may stand between an amount and its period: "1200 bucks a
# year", "15 quid or so a week", "20块左右一周".
_UNIT_GAP = (
    r"\s*(?:多|来|余)?\s*(?:元|块钱|块|刀|dollars?\b|bucks\b|quid\b|pounds?\b|euros?\b|rupees?\b"
    r"|rand\b|shillings?\b|kwacha\b)?\s*(?:左右|上下|ish\b|or so\b)?\s*"
)
_PER_MONTH_AFTER = re.compile(
    _UNIT_GAP
    + r"(?:(?:/|每|一个?)\s*(?:月(?!费)|mo\b|month\b)|(?:a|per|every|each) month|monthly\b)"
)
# A week as a period of payment: "每周", "一个星期", "每礼拜"; not a week of the past or to come
# ("上一周", "这周", "一周前") nor a weekend ("每周末").
_CN_WEEK = r"(?<![上下这本前去近那整])(?:每|一)个?(?:周|星期|礼拜)(?![前后内末])"
_CN_FORTNIGHT = r"(?:(?:每|隔)两个?(?:周|星期|礼拜)|隔周)(?![前后内末])"
# How many months one payment covers, when it is not a month: said before the amount in the same
# clause ("一年1800", "每个季度交300", "半年交600", "每周交20") or after it ("240 a quarter",
# "720 every six months", "一千二一年", "1万2的年费"). "三个月交一次，270" names the period in the
# clause before. A week is 12/52 of a month, a fortnight 24/52.
_PERIOD_WORDS = (
    r"(?P<y>一年|每年|年费|全年|包年|年付|按年|年缴|年交|a year|per year|annually|yearly|annual)"
    r"|(?P<h>半年|half a year|half-yearly|half yearly|every six months|every 6 months|twice a year)"
    r"|(?P<q>季度|quarter|quarterly|every three months|every 3 months)"
    r"|(?P<f>" + _CN_FORTNIGHT + r"|\bfortnightly|\bbi-?weekly|\bper fortnight)"
    r"|(?P<w>" + _CN_WEEK + r"|周付|按周|\bweekly|\bper week)"
)
_PERIOD_BEFORE = gated(
    r"(?:" + _PERIOD_WORDS + r")[^,.;!?，。\d]{0,6}$"
    r"|(?:每|一)?(?:(?P<n>[两二三四五六\d])个|(?P<n8>[俩仨]))月(?:[去就才都要]?[交付缴扣]一[次回]"
    r"|一(?:交|付|缴|扣))[^.;!?。\d]{0,4}$"
    r"|每(?P<n3>[两二三四五六\d])个月[^,.;!?，。\d]{0,6}$"
    # the period of payment in the clause before, each payment after it: "周付，每次20"
    r"|(?:" + _PERIOD_WORDS.replace("?P<", "?P<c") + r")(?:交|付|缴|扣)?\s*[,，]\s*每次"
    r"(?:交|付|缴|扣)?[^,.;!?，。\d]{0,4}$"
    r"|\bevery (?P<n2>two|three|four|six|2|3|4|6) months[^,.;!?\d]{0,12}$"
    r"|(?:(?P<y4>每年|一年)|(?P<q4>(?:每个?|一个?|按)?季度)|(?P<h4>每半年|半年)|(?P<f4>"
    + _CN_FORTNIGHT
    + r"|两周)"
    # (or "一年一交", "半年一缴": one payment each period)
    r"|(?P<w4>" + _CN_WEEK + r"))(?:[去就才都要]?[交付缴扣]一[次回]|一[交付缴扣])[^.;!?。\d]{0,4}$"
    # the period opens the clause, before who pays: "every quarter I pay 240", "each week we pay 18"
    r"|\b(?:every|each|once a) (?:(?P<y5>year)|(?P<q5>quarter)|(?P<h5>six months|half year)"
    r"|(?P<f5>fortnight|two weeks|2 weeks|other week)|(?P<w5>week))"
    r"[^,.;!?\d]{0,16}$"
    # the period as a clause of its own, the amount alone in the next: "I pay quarterly, about
    # 240", "按季度交，大概三百" (not 一年 / 半年, which are as often how long: "用了一年，80")
    r"|(?:(?P<py>每年|年付|按年|年缴|年交|包年|annually|yearly|every year|once a year)"
    r"|(?P<ph>每半年|按半年|half-yearly|half yearly|every six months|every 6 months|twice a year)"
    r"|(?P<pq>每个?季度|按季度?|季付|季缴|quarterly|every quarter|every three months"
    r"|every 3 months)"
    r"|(?P<pf>fortnightly|bi-?weekly|every two weeks|every other week)"
    r"|(?P<pw>按周|周付|weekly|every week))(?:交|付|缴|扣)?(?:的|费)?\s*[,，]\s*(?:it'?s\s+)?"
    r"(?:about|around|roughly|like|approx\.?|maybe|usually|大概|差不多|大约|约|一次|每次"
    # "I settle the account once a year, the sum of £264"
    r"|(?:the|a) (?:sum|payment|total|amount) of)?\s*"
    r"(?:¥|\$|£|€|rmb)?\s*$"
)
_PERIOD_AFTER = re.compile(
    _UNIT_GAP + r"(?:(?:/|每|一)\s*(?:个)?(?:(?P<y>年)|(?P<q>季度)|(?P<h>半年)"
    r"|(?P<w>周|星期|礼拜)(?![前后内末]))"
    r"|(?:a|per|every|each)\s+"
    r"(?:(?P<y2>year)|(?P<q2>quarter)|(?P<h2>six months|6 months|half year)"
    r"|(?P<f2>fortnight|two weeks|2 weeks|other week)\b|(?P<w2>week|wk)\b)"
    r"|every (?P<n>two|three|four|2|3|4) months"
    r"|/\s*(?:(?P<y6>yr|year)|(?P<w6>wk|week)|(?P<f6>fortnight))\b"
    r"|(?P<y3>annually|yearly|per annum|a annum|p\.a\.|for the (?:whole |full |entire )?year"
    r"|for a (?:whole|full) year|的?年费)"
    r"|(?P<q3>quarterly)|(?P<f3>fortnightly|bi-?weekly)|(?P<w3>weekly))"
)
# A period of payment right before the amount marks it as money: "包年的，一年1200", "年费960",
# "每个季度交300", "每周20" (but "一年级3班" or "住了一年，3个人" are no payment).
_PERIOD_PAY_BEFORE = gated(
    r"(?:一年|每年|年费|全年|包年|年付|按年|半年|每半年|每个?季度|周付|按周|"
    + _CN_WEEK
    + "|"
    + _CN_FORTNIGHT
    + r")(?:交|付|缴|扣|要|是|大概|差不多|大约|就|才|得|也就)*\s*$"
    # one payment each period, the amount in the next clause: "包年的，一年一交，一千零八十"
    r"|(?:一年|每年|半年|每半年|每个?季度)(?:[去就才都要]?[交付缴扣]一[次回]|一[交付缴扣])"
    r"\s*[,，]\s*(?:大概|差不多|大约|一次|每次)?(?:交|付|缴|扣)?\s*$"
)
# ... unless a word follows that makes the number a count or a term: "一年一签", "一年两次".
# (a space ends the clause: "一年一千二 交一次省事"; and paying is no count: "一年1200交一次")
_COUNTED_AFTER = re.compile(r"(?![多来余块元左吧啊呢了的钱交付缴扣])[\u4e00-\u9fff]")
_MONTH_SINCE = re.compile(r"每个?月|一个月|月[付交缴租费]|按月|\b(?:per|a|each) month\b|monthly")
_PERIOD_MONTHS = {"y": 12.0, "h": 6.0, "q": 3.0, "w": 12 / 52, "f": 24 / 52}
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "two": 2, "three": 3, "four": 4}
_CN_SMALL.update(six=6, 俩=2, 仨=3)
# "六十八块五": a digit after 块/元 is tenths, unless it counts something ("99块一个月", "30块3次").
_DECIMAL_JIAO = re.compile(
    r"\s*[块元]\s*(?P<d>[一二三四五六七八九\d])"
    r"(?=一个?月|(?![\d一二三四五六七八九十百千个月年天周次号岁分人台部张位口]))"
)
_DIGITS_CN = "零一二三四五六七八九"


def _with_jiao(low: str, num: Num) -> float:
    """ "六十八块五" is 68.5: a digit after 块/元 is tenths."""
    m = _DECIMAL_JIAO.match(low, num.end)
    if not m or num.is_range or num.value != int(num.value):
        return num.value
    digit = m.group("d")
    tenth = int(digit) if digit.isdigit() else _DIGITS_CN.index(digit)
    return num.value + tenth / 10


def period_months(low: str, num: Num) -> float:
    """How many months the amount at `num` is paid for: 1, or 12 for "一年1200", 3 for a quarter,
    12/52 for a week."""
    after = low[num.end : num.end + 24]
    if _PER_MONTH_AFTER.match(after):
        return 1
    before = low[max(0, num.start - 32) : num.start]
    for m in (_PERIOD_AFTER.match(after), _month_between(before, _PERIOD_BEFORE.search(before))):
        if m is None:
            continue
        for name, value in m.groupdict().items():
            # group names: a prefix (c, p) for a variant, the period's letter, then a number
            kind = name.lstrip("cp")[0]
            if value and kind == "n":
                return int(value) if value.isdigit() else _CN_SMALL[value]
            if value and kind in _PERIOD_MONTHS:
                return _PERIOD_MONTHS[kind]
    return 1


def _month_between(before: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """`m`, unless a month is said between its year and the amount: "一年的 每个月89块" names the
    term, then the month that the amount is paid for."""
    if m is None:
        return None
    ends = [m.end(g) for g, v in m.groupdict().items() if v and g.lstrip("cp")[0] == "y"]
    return None if ends and _MONTH_SINCE.search(before, max(ends)) else m


_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:new|old|a|the|this|that|another|cheaper|better)\s+$")


def money(low: str, nums: list[Num]) -> list[Reading]:
    """Numbers the text marks as an amount of money, per month."""
    out: list[Reading] = []
    for i, num in enumerate(nums):
        if (
            i > 0
            and out
            and out[-1].num is nums[i - 1]
            and _DECIMAL_JIAO.match(low, nums[i - 1].end)
        ):
            if nums[i - 1].end < num.start <= nums[i - 1].end + 2:
                continue  # the 五 of 六十八块五
        after = low[num.end : num.end + 12]
        before = low[max(0, num.start - 20) : num.start]
        currency = has_currency(low, num)
        cue = bool(
            _SPEND_BEFORE.search(before)
            or (_PERIOD_PAY_BEFORE.search(before) and not _COUNTED_AFTER.match(after))
            or _PER_MONTH_AFTER.match(after)
            or _PERIOD_AFTER.match(after)
            # the respondent's own after another person's bill: "我儿子的话费八十，我三十"
            or whose_amount.mine_after_theirs(low, num.start)
            or paid_clause_before(low, num)
        )
        if not (currency or cue) or _NOT_MONEY_AFTER.match(after) or _together(low, num):
            continue
        if low.startswith("one", num.start) and _ONE_PRONOUN_BEFORE.search(before):
            continue  # "you need a new one every year": "one" stands for a thing
        year_upfront = _paid_for_the_year(low, num)
        if is_extra(low, num) and not year_upfront:
            continue  # "多扣我30块的增值业务", "charged me £15 for a late fee": not the bill
        value = _with_jiao(low, num)
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if nxt is not None and _is_cents(low, num, nxt):
            # "forty-two pounds fifty": the amount runs on to its pence
            value += nxt.value / 100
            num = Num(num.lo, num.hi, num.start, nxt.end, num.approx, num.kind)
        value = value / (12 if year_upfront else period_months(low, num))
        out.append(Reading(round(value, 2), num, True, num.approx))
    return out


# The monthly payment said in the clause before, the amount alone after it ("每月卡扣，一百零八",
# "每月十号扣，一次六十九"), or the bills named and then their total ("宽带加手机一共八十八").
_PAID_CLAUSE_BEFORE = re.compile(
    r"每个?月[^,，。；;\d]{0,8}(?:扣|交|付|缴)(?:的|钱|费|了)*\s*[,，]\s*(?:大概|差不多|大约|一共"
    r"|(?:一|每)次(?:扣|交|付|缴)?(?:大概|差不多|大约)?)?$"
    r"|(?:宽带|手机|话费|套餐|固话|电视)[^,，。；;\d]{0,6}(?:一共|总共|合计|加起来|加一起)"
    r"(?:是|要|交|大概|差不多)?\s*$"
)


def paid_clause_before(low: str, num: Num) -> bool:
    """The amount at `num` follows a clause of paying each month, or a total of named bills."""
    before = low[max(0, num.start - 20) : num.start]
    return ("月" in before or "共" in before or "合计" in before or "加" in before) and bool(
        _PAID_CLAUSE_BEFORE.search(before)
    )


# "Annual plan, paid 9,588 upfront": on a yearly plan, an amount paid in advance pays the year.
_ANNUAL_PLAN = re.compile(
    r"\b(?:annual|yearly|year-long|12[- ]month|one[- ]year|1[- ]year)\s+(?:plan|contract|package"
    r"|subscription|deal)\b|包年|年付|一年的?(?:套餐|合约)"
    # "We pay per year actually, Rs 54,000 upfront"
    r"|\b(?:we|i)\s+pay\s+(?:(?:per|by the|each|every|once a)\s+year|yearly|annually)\b"
)
# ... or the year named right after the amount: "I pay £420 up front for the year".
_FOR_THE_YEAR_AFTER = re.compile(
    r"\s*(?:quid|pounds?|dollars?|bucks|euros?|rupees?|rand|shillings?)?\s*(?:(?:paid\s+)?"
    r"(?:up ?front"
    r"|up-front|in advance|in one go|all at once)\s+)?for\s+(?:the|a|one)\s+(?:whole\s+|full\s+)?"
    r"year\b(?!\s+of\b)"
)
_UPFRONT = re.compile(
    r"\b(?:up ?front|up-front|in one go|all at once|in advance)\b|一次性|提前(?:交|付)"
    r"|一次(?:就)?(?:交|付|缴)"
)
# ... but not what is paid upfront for a device or a fee ("600 up front for the router").
_NOT_THE_PLAN = re.compile(
    r"\bfor (?:the|my|a|an) (?:new )?(?:router|modem|i?phone|handset|install(?:ation)?|set-?up"
    r"|device|laptop|tv)\b|费|路由器|手机|光猫"
)
_BREAKS = ",;!?，。；！？"


def has_currency(low: str, num: Num) -> bool:
    """The amount at `num` carries a currency ("块", "$", "quid", "a tenner"), not only a
    spending cue."""
    before = low[max(0, num.start - 20) : num.start]
    return bool(
        _CURRENCY_AFTER.match(low, num.end)
        or _CURRENCY_BEFORE.search(before)
        or low.startswith(_NOTES, num.start)
    )


_NOTES = ("tenner", "fiver")


def paid_for_the_year(low: str, num: Num) -> bool:
    """On a yearly plan, the amount at `num` was paid upfront for the whole year."""
    return _paid_for_the_year(low, num)


def _paid_for_the_year(low: str, num: Num) -> bool:
    if _ANNUAL_PLAN.search(low) is None and not _FOR_THE_YEAR_AFTER.match(low, num.end):
        return year_paid.before(low, num)
    lo = max(low.rfind(ch, 0, num.start) for ch in _BREAKS + ".") + 1
    ends = [i for i in (low.find(ch, num.end) for ch in _BREAKS) if i >= 0]
    clause = low[lo : min(ends, default=len(low))]
    return _UPFRONT.search(clause) is not None and _NOT_THE_PLAN.search(clause) is None


_MAJOR_UNIT = re.compile(r"\s*(?:pounds?|quid|dollars?|bucks?|euros?|rand|rupees?)\s+(?:and\s+)?")
_CENTS_END = re.compile(
    r"\s*(?:p\b|pence\b|cents?\b)?\s*(?:$|[,.;!?/)]|(?:a|an|per|each|every|monthly|by|for|on"
    r"|in|with|or so|ish)\b)"
)


def _is_cents(low: str, num: Num, nxt: Num) -> bool:
    """Is `nxt` the pence or cents of the amount `num` ("42 pounds 50", "ten dollars ninety")?"""
    if nxt.is_range or nxt.value != int(nxt.value) or not 1 <= nxt.value <= 99:
        return False
    gap = _MAJOR_UNIT.match(low, num.end)
    return gap is not None and gap.end() == nxt.start and _CENTS_END.match(low, nxt.end) is not None


def is_extra(low: str, num: Num) -> bool:
    """The amount at `num` is no monthly bill: a charge on top, a device, another subscription."""
    before = low[max(0, num.start - 24) : num.start]
    if _BOUGHT_AFTER.match(low, num.end):
        return True  # "手机3999买的": what a thing cost to buy
    if _FOR_DEVICE.match(low, num.end) and _BOUGHT_BEFORE.search(before):
        return True
    return bool(_EXTRA_BEFORE.search(before) or _EXTRA_AFTER.match(low[num.end : num.end + 12]))


# A charge on top of the bill, or one disputed: not what the respondent pays each month.
_EXTRA_BEFORE = re.compile(
    r"(?:多扣了?|多收了?|乱扣了?|白(?:扣|交|花|收)了?|额外|违约金|罚款|滞纳金|押金|\bextra"
    r"|\bcharged (?:me|us)"
    # a device bought or another subscription: "路由器花了299", "the new iphone was 1200",
    # "Netflix alone is 15 a month"
    r"|(?:路由器|手机|光猫|电脑|平板|电视|\b(?:i?phone|router|modem|laptop|tablet|tv|ipad))"
    # (but the phone's bill or plan is the bill: "the phone bill was 45", "手机套餐花了68")
    r"(?!\s*(?:bills?|plans?|contracts?|tariffs?|packages?|line rental|套餐|话费|月租|费))"
    r"[^,，。.;!?]{0,8}?(?:花了?|买|was|cost|costs|\bat)"
    r"|(?:" + SUBSCRIPTIONS + r")"
    r"[a-z\s]{0,8}?(?:\bis|\bcosts?|\bwas|\bat|要|是|花了?)"
    r"|\bfined (?:me|us)|\bdeposit of"
    # money coming back or coming in is no bill: "退了我三十块", "a 40 refund", "工资才三千五"
    r"|退了(?:我|给我)?|退给我|退回|返了(?:我|给我)?|返给我|退款|返现|补偿了?|赔了?我|工资(?!卡)|薪水|月薪"
    r"|收入"
    r"|\b(?:salary|wages?|income|earn(?:s|ing)?)\b[a-z ]{0,8}?"
    # a one-off payment: "交过两百的调试费" (after), "paid 200 upfront", "装宽带那会儿交过"
    # (no other number or bill word between: "手机3999买的 话费每月39" bought the phone at 3999)
    r"|(?:安装|初装|装机|调试|上门)费?(?:花了?|交了?|收了?|给了?|是)?)"
    r"(?:(?!话费|月租|套餐|每个?月)[^,，。.;!?\d]){0,6}$"
    r"|(?:outright|upfront|up front|one-off|one off)\s*[,，]?\s*$"
    # credit given as a gift: "送了两百元话费", "赠了我50块"
    r"|(?:送|赠送?)了?(?:我|给我)?\s*$"
)
_EXTRA_AFTER = re.compile(
    r"[^,，。.;!?]{0,8}?(?:增值业务|违约金|罚款|滞纳金|押金|手续费|\bfor (?:a |the )?(?:late|"
    r"cancellation|setup|installation|admin) fee|\bfee\b|\bfine\b|\bdeposit\b"
    r"|(?:调试|辛苦|安装|初装|装机|上门|开户|工本|材料|移机|手续|漫游)费|押金|红包|小费"
    r"|\broaming (?:charges?|fees?)\b"
    # "by credit card" is how it is paid (the window may cut "card" short)
    r"|\brefund|\bcredit\b(?!\s*card|\s*ca?r?$)|\bcashback\b|\bback\b(?! (?:in|then|when|home))"
    r"|\b(?:up ?front|outright|one-off|one off)\b"
    r"|\bfor the (?:install|installation|setup|handset|phone|router)\b)"
)
# After an amount: the price a thing was bought at ("手机3999买的", "两千八入手的").
_BOUGHT_AFTER = re.compile(r"\s*(?:多|来)?\s*(?:块钱?|元)?\s*(?:买的|买了|买来|入手|拿下的)")
# A device the amount bought: "paid $999 for my iPhone", "spent 1200 on the new laptop".
_BOUGHT_BEFORE = re.compile(r"\b(?:paid|spent|bought|cost me)\s*(?:about|around|like)?\s*\W?$")
_FOR_DEVICE = re.compile(
    r"\s*(?:dollars?|bucks|pounds?|quid|euros?)?\s*(?:for|on) (?:the|my|a|an|our) (?:new )?"
    r"(?:i?phone|handset|router|modem|laptop|tablet|ipad|tv|telly|samsung|galaxy|pixel|console"
    r"|computer|watch)\b"
)
# "住一块儿", "在一块": 一块 is "together" there, not one yuan.
_TOGETHER_AFTER = re.compile(r"块儿|块(?![钱\d零一二三四五六七八九十多])")
_TOGETHER_BEFORE = re.compile(r"(?:在|住|到|玩|凑|坐|待|呆|搁|放|走|混|聚|挤|合|去)\s*$")


# "一个月一结", "每月一交": "一" before a verb of settling counts the payments, no amount.
_ONCE_AFTER = re.compile(r"[结交付缴扣收算清](?![\d零一二三四五六七八九十百千])")


def counts_payments(low: str, num: Num) -> bool:
    """ "一个月一结", "每月一交": the "一" at `num` says how often, not how much."""
    return low[num.start : num.end] == "一" and _ONCE_AFTER.match(low, num.end) is not None


def _together(low: str, num: Num) -> bool:
    """ "一块儿", "凑一块", "一个月一结": "一" as together or once, no amount."""
    if low[num.start : num.end] != "一":
        return False
    if counts_payments(low, num):
        return True
    if low.startswith("块儿", num.end):
        return True
    before = low[max(0, num.start - 3) : num.start]
    return bool(_TOGETHER_AFTER.match(low, num.end) and _TOGETHER_BEFORE.search(before))


_NOT_MONEY_AFTER = re.compile(
    r"\s*(?:来|多|余)?(?:岁|年(?!费)|个月|个?小时|分钟|天|周|号|日|位|st\b|nd\b|rd\b|th\b|g(?![a-z])|m(?![a-z])|mb|gb|兆|%|years?(?!ly)|months?(?!ly)"
    # (English units whole: "£55 starting next month" and "10 weekly" are money, "10 weeks" not)
    r"|hours?(?:ly)?\b|weeks?\b|(?:minutes?|days?|mbps|kids?|stars?)\b|分(?!钱)"
    # a count of things or people: "男客人一个月也就两三个", "家庭套餐两张卡"
    r"|个(?!月)|张|台(?![币幣])|部|只|条|件|人|家|趟|节|本|杯|瓶|箱|斤|公斤|单(?![价])|次)"
)

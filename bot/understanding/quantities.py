"""Ages and amounts of money, read from the numbers in a message.

A number is an age when the text says so ("25岁", "21 yrs old", "I'm 42", "今年三十七", "aged 30")
or gives a birth year ("1998年生的", "我是88年的", "born in '98", counted to `today`). It is an
amount of money when it carries a currency ("七十来块", "$65", "89.9元", "六十八块五") or a spending
cue ("每月88", "about 120 a month"); a yearly amount ("一年大概交1200") is turned into a monthly
one. Anything else is a bare number, which only the asked slot may take.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.understanding.numbers import Num

_AGE_AFTER = re.compile(
    r"\s*(?:周岁|岁|歲|years? old|yrs? old|yr old|y/?o\b|yo\b|year old|-year-old|years of age)"
)
_AGE_BEFORE = re.compile(
    r"(?:今年|年龄|年纪|岁数|age[d:]?|i'?m|i am|im|turned|turning|turn|我都|我自己|满|本人"
    r"|\b(?:a|an)\s+(?:woman|man|lady|gentleman|guy|bloke|girl|lad|gal) of"
    r"|我(?=\s*$))\s*(?:is\s*)?(?:已经|才|刚|快|都|也|大概"
    r"|差不多|about|around|almost|just|only)?\s*$"
)
_BIRTH_AFTER = re.compile(
    r"\s*年?\s*(?:出生|生的|生人|年生|生|的人|属)|\s*年的(?!合约|合同|卡|套餐|老|用户|客户|会员)"
)
# "born in '98", "born in the spring of '86", "出生于1990年"
_BIRTH_BEFORE = re.compile(r"(?:\bborn\b[a-z ]{0,24}?|出生于|生于|出生在|b\.)\s*'?\s*$")
_WILL_BE = re.compile(r"(?:i'?ll be|i will be|turning|gonna be|going to be|\bi (?:will )?turn)\s*$")
_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# Said after the age, these put the birthday ahead: "38 next week", "40 in March".
_SOON_AFTER = re.compile(
    r"\s*(?:years? old)?\s*(?:next\b|soon\b|in a |in (?:a few|two|three|\d+) (?:days|weeks|months)"
    r"|this (?:coming )?(?:month|week)|later this year|in " + _MONTH_NAMES + r"\b)"
)
# Said before it: "下个月满30", "明年就六十了", "差两个月满18".
_NEXT_BIRTHDAY = re.compile(
    r"(?:下个月|明年|下周|下礼拜|下个?星期|next month|next year|soon)(?:过生日?|生日)?[,，]?"
    r"\s*(?:就|就要|要)?\s*满?\s*$"
    r"|差[^,，。;；]{1,6}?(?:就)?满\s*$"
)
# Set phrases for an age ("年过半百", "已过不惑之年", "年近花甲").
_AGE_IDIOMS = {"而立": 30, "不惑": 40, "半百": 50, "知天命": 50, "花甲": 60, "耳顺": 60, "古稀": 70}
_AGE_IDIOM = re.compile("|".join(_AGE_IDIOMS))
_NOT_AGE_AFTER = re.compile(
    r"\s*(?:块|元|刀|%|个|年|月|天|分|号|点|g(?![a-z])|m(?![a-z])|mb|gb|兆|小时|hours?|minutes?|min|dollars?"
    r"|bucks|yuan|rmb|months?|years?(?! old)|weeks?|days?|kids?|children|daughters?|sons?|楼)"
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:元|块钱|块|圆|rmb\b|yuan\b|刀|美元|美金|dollars?\b|bucks\b|usd\b|pounds?\b|quid\b"
    r"|euros?\b|欧元?|港币|cny\b|hkd\b)"
)
_CURRENCY_BEFORE = re.compile(r"(?:¥|\$|€|£|₦|₹|₱|₩|₽|₺|₫|rmb|cny|usd|hkd|hk\$)\s*$")
_SPEND_BEFORE = re.compile(
    r"(?:每个?月|一个月|月费|月租|话费|账单|花了?|交了?|缴了?|付了?|扣了?|bill|pay|paying|paid"
    r"|spend|spending|costs?|charged?|套餐)\s*(?:大概|差不多|大约|也就|就|才|要|得|是|about|around"
    r"|roughly|like|is|of)?\s*$"
)
_PER_MONTH_AFTER = re.compile(
    r"\s*(?:元|块钱|块)?\s*(?:/|每|一个?)\s*(?:月|mo\b|month)|\s*(?:a|per) month|\s*monthly\b"
)
# How many months one payment covers, when it is not a month: said before the amount in the same
# clause ("一年1800", "每个季度交300", "半年交600") or after it ("240 a quarter", "720 every six
# months", "一千二一年"). "三个月交一次，270" names the period in the clause before.
_PERIOD_WORDS = (
    r"(?P<y>一年|每年|年费|全年|包年|年付|按年|年缴|年交|a year|per year|annually|yearly|annual)"
    r"|(?P<h>半年|half a year|half-yearly|half yearly|every six months|every 6 months|twice a year)"
    r"|(?P<q>季度|quarter|quarterly|every three months|every 3 months)"
)
_PERIOD_BEFORE = re.compile(
    r"(?:" + _PERIOD_WORDS + r")[^,.;!?，。\d]{0,6}$"
    r"|(?:每|一)?(?P<n>[两二三四五六\d])个月(?:交|付|缴|扣)一(?:次|回)[^.;!?。\d]{0,4}$"
    r"|\bevery (?P<n2>two|three|four|six|2|3|4|6) months[^,.;!?\d]{0,12}$"
    r"|(?:(?P<y4>每年|一年)|(?P<q4>每个?季度)|(?P<h4>每半年|半年))(?:交|付|缴|扣)一(?:次|回)[^.;!?。\d]{0,4}$"
)
_PERIOD_AFTER = re.compile(
    r"\s*(?:元|块钱|块)?\s*(?:(?:/|每|一)\s*(?:个)?(?:(?P<y>年)|(?P<q>季度)|(?P<h>半年))"
    r"|(?:a|per|every|each)\s+"
    r"(?:(?P<y2>year)|(?P<q2>quarter)|(?P<h2>six months|6 months|half year))"
    r"|(?P<y3>annually|yearly|for the (?:whole|full|entire) year|for a (?:whole|full) year)"
    r"|(?P<q3>quarterly))"
)
_PERIOD_MONTHS = {"y": 12, "h": 6, "q": 3}
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "two": 2, "three": 3, "four": 4}
_CN_SMALL["six"] = 6

# An age that belongs to somebody else: "3岁的儿子", "my daughter is 5".
_OTHER_PERSON_AFTER = re.compile(
    r"\s*(?:周岁|岁|years? old|yrs? old"
    r"|y/?o)?\s*的?\s*(?:儿子|女儿|孩子|娃|宝宝|小孩|闺女|孙|弟弟|妹妹|哥哥|姐姐"
    r"|老公|老婆|爸|妈|kid|son|daughter|child|boy|girl|baby|brother|sister)"
)
_OTHER_PERSON_BEFORE = re.compile(
    r"(?:儿子|女儿|孩子|娃|宝宝|小孩|闺女|老公|老婆|爸|妈|弟弟"
    r"|妹妹|kid|son|daughter|child|baby|wife|mum|parent|grandma|grandpa|nan|gran"
    r"|husband|mom|dad|mother|father|brother|sister"
    r"|学生|同学|同事|朋友|员工|店员|客人|顾客|他们|她们|student|friend|colleague|customer"
    r"|partner)s?(?:'s)?\s*(?:is|are|was|今年|都|已经|才|也)?\s*(?:是|有)?\s*$"
    # "2 kids, 8 and 11": the ages listed after a count of children
    r"|\b(?:kids?|children|sons?|daughters?|boys?|girls?|twins)\s*[,:]?\s*(?:aged?\s*)?"
    r"(?:\d+\s*(?:and|&|,)\s*)*$"
    r"|(?:^|\b(?:have|got|has|with|and))\s*(?:a|an)\s*$"
    # "my 2 yr old", "our 9 yo": a child named by their age
    r"|\b(?:my|our)\s*$"
    r"|\b(?:boy|girl|son|daughter|kid|child)s?,?\s*(?:age|aged)\s*$"
    r"|\b(?:two|three|four|five|both|all|[2-9])\b[^.;!?\d]{0,4}(?:aged?|ages)\s*$"
    r"|(?:猫|狗|猫咪|狗狗|车|房子|手机|路由器|电脑)(?:都|已经|今年)?\s*$"
    r"|\b(?!i\b|age\b|i'm\b)[a-z]+\s+(?:is|was|are|'s)\s*(?:about|around|almost|over|nearly|only"
    r"|just)?\s*$"
    r"|(?:一个|另一个|老大|老二|大的|小的"
    r"|the (?:older|younger|oldest|youngest)(?: one)?(?: is)?)\s*$"
)
_DECIMAL_JIAO = re.compile(
    r"\s*[块元]\s*(?P<d>[一二三四五六七八九\d])(?![\d一二三四五六七八九十百千])"
)
_DIGITS_CN = "零一二三四五六七八九"


@dataclass(frozen=True)
class Reading:
    value: float
    num: Num
    strong: bool  # the text says what the number is
    approx: bool


def birth_year_age(year: int, today: dt.date) -> int:
    return today.year - year


def two_digit_year(value: float, today: dt.date) -> int:
    year = int(value)
    if year < 100:
        year += 2000 if year <= today.year % 100 else 1900
    return year


_DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_DECADE = re.compile(
    r"(?P<self>in my\s+|i'?m in my\s+)?(?:(?P<part>early|mid|late)[\s-]*)?"
    r"(?:(?P<digits>[1-9]0)'?s\b|(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties)\b)"
)
_DECADE_OFFSET = {"early": 2, "mid": 5, "late": 8}


def decade_age(low: str, asked: bool) -> tuple[int, int, int] | None:
    """ "in my thirties" -> 30, "mid 30s" -> 35, "late twenties" -> 28; (age, start, end)."""
    for m in _DECADE.finditer(low):
        if not (asked or m.group("self") or m.group("part")):
            continue
        base = int(m.group("digits")) if m.group("digits") else _DECADE_WORDS[m.group("word")]
        return base + _DECADE_OFFSET.get(m.group("part") or "", 0), m.start(), m.end()
    return None


def birthday_ahead(low: str, num: Num) -> bool:
    """Is the age at `num` one the respondent has not reached yet ("38 next week")?"""
    before = low[max(0, num.start - 16) : num.start]
    return bool(_NEXT_BIRTHDAY.search(before) or _SOON_AFTER.match(low, num.end))


def is_year_token(low: str, num: Num) -> bool:
    """A two-digit year as people write it: "'86", "00年", "零零年"."""
    text = low[num.start : num.end]
    apostrophe = num.start > 0 and low[num.start - 1] == "'" and len(text) == 2
    return apostrophe or (len(text) == 2 and num.value < 10)


def someone_elses(low: str, num: Num) -> bool:
    """Is the number at `num` said of another person ("3岁的儿子", "my son is 10")?"""
    after = low[num.end : num.end + 16]
    before = low[max(0, num.start - 16) : num.start]
    person = _OTHER_PERSON_AFTER.match(after)
    if person and re.match(r"\s*here\b", after[person.end() :]):
        return False  # "26 yo girl here": the respondent describing themselves
    return bool(person or _OTHER_PERSON_BEFORE.search(before))


def ages(low: str, nums: list[Num], today: dt.date) -> list[Reading]:
    """Numbers the text marks as an age or a birth year."""
    out: list[Reading] = []
    if any(word in low for word in _AGE_IDIOMS):
        for m in _AGE_IDIOM.finditer(low):
            value = _AGE_IDIOMS[m.group()]
            out.append(
                Reading(value, Num(value, value, m.start(), m.end(), True, "cn"), True, True)
            )
    for num in nums:
        after = low[num.end : num.end + 16]
        before = low[max(0, num.start - 32) : num.start]
        two_digits = 10 <= num.value < 100 or is_year_token(low, num)
        if _BIRTH_BEFORE.search(before) or (
            _BIRTH_AFTER.match(after) and (num.value >= 1900 or two_digits)
        ):
            year = two_digit_year(num.value, today)
            if 1900 <= year <= today.year:
                out.append(Reading(birth_year_age(year, today), num, True, num.approx))
                continue
        before = before[-16:]
        if someone_elses(low, num):
            continue
        if _WILL_BE.search(before) and _SOON_AFTER.match(after):
            out.append(Reading(num.as_int() - 1, num, True, num.approx))
        elif _AGE_AFTER.match(after):
            value = num.as_int()
            if _NEXT_BIRTHDAY.search(before):
                value -= 1
            out.append(Reading(value, num, True, num.approx))
        elif _AGE_BEFORE.search(before) and not _NOT_AGE_AFTER.match(after) and num.value < 150:
            value = num.as_int()
            if _NEXT_BIRTHDAY.search(before):
                value -= 1
            out.append(Reading(value, num, True, num.approx))
    return out


def _with_jiao(low: str, num: Num) -> float:
    """ "六十八块五" is 68.5: a digit after 块/元 is tenths."""
    m = _DECIMAL_JIAO.match(low, num.end)
    if not m or num.is_range or num.value != int(num.value):
        return num.value
    digit = m.group("d")
    tenth = int(digit) if digit.isdigit() else _DIGITS_CN.index(digit)
    return num.value + tenth / 10


def period_months(low: str, num: Num) -> int:
    """How many months the amount at `num` is paid for: 1, or 12 for "一年1200", 3 for a quarter."""
    after = low[num.end : num.end + 24]
    if _PER_MONTH_AFTER.match(after):
        return 1
    before = low[max(0, num.start - 24) : num.start]
    for m in (_PERIOD_AFTER.match(after), _PERIOD_BEFORE.search(before)):
        if m is None:
            continue
        count = m.groupdict().get("n") or m.groupdict().get("n2")
        if count:
            return int(count) if count.isdigit() else _CN_SMALL[count]
        for name, value in m.groupdict().items():
            if value and name[0] in _PERIOD_MONTHS:
                return _PERIOD_MONTHS[name[0]]
    return 1


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
        before = low[max(0, num.start - 14) : num.start]
        currency = bool(_CURRENCY_AFTER.match(after) or _CURRENCY_BEFORE.search(before))
        cue = bool(
            _SPEND_BEFORE.search(before)
            or _PER_MONTH_AFTER.match(after)
            or _PERIOD_AFTER.match(after)
        )
        if not (currency or cue) or _NOT_MONEY_AFTER.match(after) or _together(low, num):
            continue
        if is_extra(low, num):
            continue  # "多扣我30块的增值业务", "charged me £15 for a late fee": not the bill
        value = _with_jiao(low, num)
        value = value / period_months(low, num)
        out.append(Reading(round(value, 2), num, True, num.approx))
    return out


def is_extra(low: str, num: Num) -> bool:
    """The amount at `num` is no monthly bill: a charge on top, a device, another subscription."""
    before = low[max(0, num.start - 24) : num.start]
    return bool(_EXTRA_BEFORE.search(before) or _EXTRA_AFTER.match(low[num.end : num.end + 12]))


# A charge on top of the bill, or one disputed: not what the respondent pays each month.
_EXTRA_BEFORE = re.compile(
    r"(?:多扣了?|多收了?|乱扣了?|额外|违约金|罚款|滞纳金|押金|\bextra|\bcharged (?:me|us)"
    # a device bought or another subscription: "路由器花了299", "the new iphone was 1200",
    # "Netflix alone is 15 a month"
    r"|(?:路由器|手机|光猫|电脑|平板|电视|\b(?:i?phone|router|modem|laptop|tablet|tv|ipad))"
    r"[^,，。.;!?]{0,8}?(?:花了?|买|was|cost|costs|\bat)"
    r"|(?:netflix|spotify|disney|hbo|youtube|prime video|爱奇艺|腾讯视频|优酷|芒果tv)"
    r"[a-z\s]{0,8}?(?:\bis|\bcosts?|\bwas|\bat|要|是|花了?)"
    r"|\bfined (?:me|us)|\bdeposit of"
    # money coming back or coming in is no bill: "退了我三十块", "a 40 refund", "工资才三千五"
    r"|退了(?:我|给我)?|退给我|退回|返了(?:我|给我)?|返给我|退款|返现|补偿了?|赔了?我|工资|薪水|月薪"
    r"|收入"
    r"|\b(?:salary|wages?|income|earn(?:s|ing)?)\b[a-z ]{0,8}?"
    # a one-off payment: "交过两百的调试费" (after), "paid 200 upfront", "装宽带那会儿交过"
    r"|(?:安装|初装|装机|调试|上门)费?(?:花了?|交了?|收了?|给了?|是)?)[^,，。.;!?]{0,6}$"
    r"|(?:outright|upfront|up front|one-off|one off)\s*[,，]?\s*$"
)
_EXTRA_AFTER = re.compile(
    r"[^,，。.;!?]{0,8}?(?:增值业务|违约金|罚款|滞纳金|押金|手续费|\bfor (?:a |the )?(?:late|"
    r"cancellation|setup|installation|admin) fee|\bfee\b|\bfine\b|\bdeposit\b"
    r"|(?:调试|辛苦|安装|初装|装机|上门|开户|工本|材料|移机|手续)费|押金|红包|小费"
    # "by credit card" is how it is paid (the window may cut "card" short)
    r"|\brefund|\bcredit\b(?!\s*card|\s*ca?r?$)|\bcashback\b|\bback\b(?! (?:in|then|when|home))"
    r"|\b(?:up ?front|outright|one-off|one off)\b"
    r"|\bfor the (?:install|installation|setup|handset|phone|router)\b)"
)
# "住一块儿", "在一块": 一块 is "together" there, not one yuan.
_TOGETHER_AFTER = re.compile(r"块儿|块(?![钱\d零一二三四五六七八九十多])")
_TOGETHER_BEFORE = re.compile(r"(?:在|住|到|玩|凑|坐|待|呆|搁|放|走|混|聚|挤|合|去)\s*$")


def _together(low: str, num: Num) -> bool:
    if low[num.start : num.end] != "一":
        return False
    if low.startswith("块儿", num.end):
        return True
    before = low[max(0, num.start - 3) : num.start]
    return bool(_TOGETHER_AFTER.match(low, num.end) and _TOGETHER_BEFORE.search(before))


_NOT_MONEY_AFTER = re.compile(
    r"\s*(?:岁|年(?!费)|个月|个?小时|分钟|天|周|号|日|位|st\b|nd\b|rd\b|th\b|g(?![a-z])|m(?![a-z])|mb|gb|兆|%|years?(?!ly)|months?(?!ly)|hours?|minutes?"
    r"|days?|weeks?|mbps|kids?|stars?|分(?!钱))"
)

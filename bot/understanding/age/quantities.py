"""Ages, read from the numbers in a message (amounts of money are read in `amounts`).

A number is an age when the text says so ("25岁", "21 yrs old", "I'm 42", "今年三十七", "aged 30")
or gives a birth year ("1998年生的", "我是88年的", "born in '98", counted to `today`), unless it
is somebody else's ("3岁的儿子", "my nephew's 19", `whose_age.age_of_other`). Anything else is a
bare number, which only the asked slot may take.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.understanding.age import age_phrases, whose_age
from bot.understanding.age.opening_labels import without_opening_label
from bot.understanding.age.self_aged import self_aged_at
from bot.understanding.age.self_listed import listed_age
from bot.understanding.bills import whose_amount
from bot.understanding.literal_gates import gated
from bot.understanding.numerals.numbers import Num
from bot.understanding.tenure.start_dates import MONTH_EN, MONTH_NAME_EN, MONTHS_EN

# (the English ones whole: "5 years older than my wife" gives no age)
_AGE_AFTER = re.compile(
    r"\s*(?:多|来|几)?\s*(?:周岁|岁|歲|(?:years? old|yrs? old|yr old|y/?o|yo|year old|-year-old"
    r"|years of age|years young)\b)"
)
# "fifty-something", "forty something": a decade said so is an age ("forty-something" -> 40),
# unless a unit or money follows ("fifty-something a month").
_SOMETHING_AFTER = re.compile(
    r"[- ]?something\b(?!\s*(?:a |per |/|dollars|bucks|quid|pounds|euros))"
)
# An age one only acts, feels or looks: "she reckons I act like I'm 12", "feel like I'm 80".
_AS_IF_BEFORE = re.compile(r"\b(?:like|as if|as though)\s+(?:i'?m|i am|im)\s*$")
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_AGE_BEFORE = gated(
    # whole words only: "on average 70", "the package 50", "a message 3 times", "gave him 40"
    r"(?:今年|(?:年龄|年纪|岁数)\s*[:：]?|\bage[d:]?|\bi'?m|\bi am|\bim|\bturned|\bturning|\bturn"
    r"|我都|我自己"
    # the sum worked out: "started at 19, so that makes me 49"
    r"|\b(?:makes?|making|would make|'d make) me"
    # 满 "turned" stands alone or after an adverb ("刚满", "年满", "还没满"); after a verb it is
    # "full" ("充满", "停满50辆车")
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[刚已快才没未年就都也还要将我俺]))满|本人"
    r"|\b(?:a|an)\s+(?:woman|man|lady|gentleman|guy|bloke|girl|lad|gal) of"
    # (我 as the object of a charge is no subject of an age: "每月扣我99", "收我一百二")
    r"|(?<![扣收给要坑骗罚退赔欠借找问让])我(?=\s*$))\s*(?:is\s*)?(?:已经|才|刚|快|都|也|大概"
    # ("今年整六十": a round age, exactly)
    r"|差不多|整整|整|about|around|almost|just|only|actually|really|now|still)?\s*$"
)
# "我老婆那张副卡二十，我自己五十八": among bills, "我自己 N" is the respondent's own share.
_OWN_SHARE = re.compile(r"(?:我自己|本人)\s*(?:也|就|才|大概|差不多)?\s*$")
_BILL_TALK = re.compile(r"卡|费|块|元|钱|套餐|账单|月租|交|付|扣|bill|pay|\$|¥|￥")
_BIRTH_AFTER = re.compile(
    # a year and who was born in it: "'94 baby", "a 2001 kid", "'88-born" (not "3 babies")
    # (nor "32 kid is 3": the kid's own age follows)
    r"[\s-]*(?:baby|kid|born)\b"
    r"(?![- ]?(?:brother|sister|boy|girl|bro|sis|goats?)|(?:'s|\s+is)\s+\d)|"
    r"\s*年?\s*(?:出生|出世|生的|生人|年生|生(?!日)|的人|属)|\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?\s*(?:出生|生(?!日))|\s*年\s*[,，]\s*属[鼠牛虎兔龙蛇马羊猴鸡狗猪]|\s*年的(?!合约|合同|卡|套餐|老|用户|客户|会员|男孩|女孩|孩子|小孩|宝宝|娃)"
)
# Indian English for an age reached, at the start of a clause: "67 years completed in August"
# (but years completed with us, at a job or in a service: "5 years completed with Jio").
_CLAUSE_START = re.compile(r"(?:^|[,.;!?]\s*)$")
_COMPLETED_AFTER = re.compile(
    r"\s*(?:years?|yrs?)\s+(?:completed|complete)\b"
    r"(?![^,.;!?]*\b(?:with|at|here|job|service|company|customer|connection|using|marriage)\b)"
)
# "born in '98", "born in the spring of '86", "出生于1990年"
# "我是87年嘞", "俺是85年哩": the birth year after "I am", with a dialect particle for 的.
_I_AM_BEFORE = re.compile(r"(?:我|俺|额|偶)\s*(?:是|系)\s*$")
_YEAR_PARTICLE_AFTER = re.compile(r"\s*年\s*(?:嘞|哩|滴|咯|噻|喽|哒|啰)")
_BIRTH_BEFORE = re.compile(r"(?:\bborn\b[a-z ]{0,24}?|出生于|生于|出生在|b\.)\s*'?\s*$")
# whole words: "it will be 50 next year" holds "ill be" but is no birthday
# ("turn 40 in January" with the subject dropped, at the start of a clause; "I'm 40 in March")
_WILL_BE = re.compile(
    r"\b(?:i'?ll be|i will be|turning|gonna be|going to be|i (?:will )?turn|i'?m|i am)\s*$"
    r"|(?:^|[,.;!?]\s*)turn\s*$"
    # "gonna turn 30 next month", "fixin' to turn 45 in January"
    r"|\b(?:to|gonna) turn\s*$"
)
# A birthday just ahead without a date: "about to turn 33", "fixin' to turn 45".
_ABOUT_TO_TURN = re.compile(r"\b(?:about|fixin'?|fixing) to turn\s*$")
# Said after the age, these put the birthday ahead: "38 next week", "40 in March", "40 in maybe
# 2 weeks" (a hedge before the wait; "maybe" itself is no May).
_SOON_AFTER = re.compile(
    # (a particle may stand before it: "turning 30 na po next month", "40 lah next week")
    r"\s*(?:years? old)?\s*(?:(?:na|po|lah|la|ya|ah|nga)\s+){0,2}"
    r"(?:next\b|soon\b(?! (?:reach|hit|turn)\b)|in (?:(?:maybe|about|around|like|roughly) )?(?:a "
    r"|(?:a few|two|three|\d+) (?:day|week|month))"
    r"|this (?:coming )?(?:month|week|weekend)|later this year|tomorrow\b"
    r"|in the (?:spring|summer|autumn|fall|winter|new year)|on (?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day"
    # a feast day ahead: "I'll be 80 at Christmas"
    r"|(?:at|for|by) (?:christmas|easter|new year)"
    # "45 on the 2nd of December", "45 on December 2nd", "in March"
    r"|(?:in|on|on (?:the )?\d{1,2}(?:st|nd|rd|th)? of) "
    + MONTH_EN
    # "80 come February", "50 come the spring": the time the birthday comes
    + r"|come (?:the )?(?:spring|summer|autumn|fall|winter|christmas|easter|new year|"
    + MONTH_NAME_EN
    + r"))"
)
# Said before it: "下个月满30", "明年就六十了", "差两个月满18", "再过两个礼拜就19了".
_NEXT_BIRTHDAY = re.compile(
    r"(?:下个月|明年|下周|下礼拜|下个?星期|next month|next year|soon"
    r"|(?:再过|还有|过)(?:[一二两三四五六七八九十几半\d]{1,2}|个把)个?(?:多)?(?:天|周|礼拜|星期|月))"
    # "明年一月满四十", "下个月底就满三十": the month or the part of it named
    r"(?:[一二三四五六七八九十\d]{1,2}月份?|[初中底])?(?:过生日?|生日)?[,，]?"
    # ("下个月就整四十了": "整", a round age reached, stands for "满")
    r"\s*(?:就|就要|要|才)?\s*满?整?\s*$"
    r"|差[^,，。;；]{1,6}?(?:就)?满\s*$"
)
# The time ahead first and the respondent after it: "next year I'll be 40", "next month I turn
# 30", "明年我就五十岁了", "过完年就40了" (after New Year); searched in a wider window.
_NEXT_THEN_I = re.compile(
    # (starting its clause: "my son turns 10 next week, I'm 41" is 41)
    r"(?:^|[.;!?]\s*|\b(?:and|so|but)\s+)next (?:year|month|week)\b,?\s*"
    r"(?:i'?ll be|i will be|i'?m|i am"
    r"|i'?m (?:turning|gonna be|going to be)|i(?:'?ll| will)? (?:hit|turn))\s*$"
    r"|(?:明年|下个?月|下周|过完年|过了年|过完这个?年)[,，]?\s*(?:我|俺|咱)\s*(?:就|就要|要|才)?\s*满?整?\s*$"
    r"|(?:过完年|过了年|过完这个?年)[,，]?\s*(?:就|就要|要|才)\s*满?整?\s*$"
)


def next_birthday_before(low: str, start: int) -> bool:
    """A birthday still ahead, said before the age: "下个月满30", "next year I'll be 40"."""
    near = low[max(0, start - 16) : start]
    return bool(_NEXT_BIRTHDAY.search(near) or _NEXT_THEN_I.search(low, max(0, start - 28), start))


# Set phrases for an age ("年过半百", "已过不惑之年", "年近花甲").
_AGE_IDIOMS = {"而立": 30, "不惑": 40, "半百": 50, "知天命": 50, "花甲": 60, "耳顺": 60, "古稀": 70}
_AGE_IDIOM = re.compile("|".join(_AGE_IDIOMS))
# (the English units whole: "I'm 45 mind you" is an age, "min" is no unit there)
_NOT_AGE_AFTER = re.compile(
    r"\s*(?:块|元|刀|%|个|年|月(?![费租])|天|分|号|点|g(?![a-z])|m(?![a-z])|mb|gb|兆|小时|(?:hours?|minutes?|min"
    r"|dollars?|bucks|yuan|rmb|months?|years?(?! old\b)|weeks?|days?|kids?|children|daughters?"
    r"|sons?)\b|楼"
    # a generation: "我90后" (the docs' "七零后" is vague)
    r"|后(?!来|面|天)"
    # a height: "I'm 5'8", "5 foot 2"
    r"|'\s*\d|\"|ft\b|feet\b|foot\b)"
)

# An age that belongs to somebody else: "3岁的儿子", "my daughter is 5".
# (the English ones whole: "I'm 28 babysitting tonight", "40 childless" are the respondent's)
_OTHER_PERSON_AFTER = re.compile(
    r"\s*(?:多?(?:周岁|岁)|years? old|yrs? old"
    r"|y/?o)?\s*的?\s*(?P<kin>儿子|女儿|孩子|娃|宝宝|小孩|闺女|孙|弟弟|妹妹|哥哥|姐姐"
    r"|老公|老婆|爸|妈"
    # child and elder words nobody calls themselves: "十岁的小子", "八十岁的老母亲"
    r"|小子|丫头|小家伙|小屁孩|崽|侄|外甥|(?:老)?(?:母亲|父亲)|奶奶|爷爷|姥姥|姥爷|外婆|外公"
    r"|(?:kid|son|daughter|child(?:ren)?|boy(?:friend)?|girl(?:friend)?|bab(?:y|ies)"
    r"|brother|sister)s?\b)"
)
_OTHER_PERSON_BEFORE = re.compile(
    # (a spouse called old: "阿拉老头子今年七十三了")
    r"(?:儿子|女儿|孩子|娃|宝宝|小孩|闺女|老公|老婆|老头子|老太婆|老伴|爸|妈|弟弟"
    r"|妹妹|学生|同学|同事|朋友|员工|店员|客人|顾客|他们|她们"
    # people at work by their role: "护士长都五十了", "我们主任今年五十八"
    r"|护士长|护士|医生|大夫|主任|领导|老板|经理|师傅|组长|班长|队长|校长"
    # English ones whole, or after a prefix of kin ("grandson", "boyfriend"): "Emma Watson 34"
    # and "the minimum is 18" name no relative
    r"|(?<![a-z])(?:grand|great grand|step|god|boy|girl|best )?(?:kid|son|daughter|child|baby"
    r"|wife|mum|parent|grandma|grandpa|nan|nana|nanna|granny|grandad|gran|husband|mom|dad|mother|father|brother|sister"
    r"|student|friend|colleague|customer"
    # parents by a home word: "my mama's 84", "my momma is 80", "daddy's 70"
    r"|mama|momma|mommy|mam|mammy|papa|daddy|pops"
    # "my twins turn 8 next week", "my son turned 10": a person's birthday is theirs
    r"|partner|twin))s?(?:'s)?\s*(?:(?:just|only|recently|finally|already|has|had)\s+)*"
    r"(?:is|are|was|今年|都|已经|才|也|turns?|turned|will turn"
    r"|(?:is|are) turning)?\s*(?:是|有)?\s*$"
    # "2 kids, 8 and 11": the ages listed after a count of children
    r"|(?<!\bno )(?<!\bzero )(?<!without )\b(?:kids?|children|sons?|daughters?|boys?|girls?|twins)"
    r"\s*[,:]?\s*(?:aged?\s*)?"
    r"(?:\d+\s*(?:and|&|,)\s*)*$"
    r"|(?:^|\b(?:have|got|has|with|and))\s*(?:a|an)\s*$"
    # "my 2 yr old", "our 9 yo": a child named by their age
    r"|\b(?:my|our)\s*$"
    # a child by a plain word said to be that old: "my wee lad's 15", "our girl is 9"
    r"|(?<![a-z])(?:lad|lass|lassie|bairn|wean|boy|girl)(?:'s|\s+is)\s*(?:just|only|now)?\s*$"
    r"|\b(?:boy|girl|son|daughter|kid|child)s?,?\s*(?:age|aged)\s*$"
    r"|\b(?:two|three|four|five|both|all|[2-9])\b[^.;!?\d]{0,4}(?:aged?|ages)\s*$"
    r"|(?:猫|狗|猫咪|狗狗|车|房子|手机|路由器|电脑)(?:都|已经|今年)?\s*$"
    # an elder by a regional word, not the respondent calling themselves so ("我係阿婆"):
    # "我阿嬷九十多岁了"
    r"|(?<![是係系])(?:阿嬷|阿嫲|阿婆|阿公|阿爷|阿太)(?:今年|都|已经|也|才|快)*\s*$"
    # ("mi is 79": "mi" is the patois "I")
    r"|\b(?!i\b|age\b|i'm\b|mi\b|me\b)[a-z]+\s+(?:is|was|are|'s)\s*(?:about|around|almost|over|nearly|only"
    r"|just)?\s*$"
    # a person referred to by a pronoun, said to be that old: "he's 78", "they're 8 and 11",
    # "他都七十八了", "她今年四十"
    r"|\b(?:he|she|they)(?:'s|'re)\s*(?:about|around|almost|over|nearly|only|just|now|already"
    r"|still)?\s*$"
    r"|(?<![其吉利])(?<!孩子)[他她](?:们)?(?:今年|都|已经|也|才|快)+\s*$"
    # a group the respondent sets themselves against, with the ages listed: "新人一个个才22、23岁，
    # 我36了"
    r"|(?:一个个|个个|新人|年轻人|小年轻|小伙子|小姑娘|实习生)(?:今年|都|已经|也|才|快)*\s*"
    r"(?:\d{1,2}\s*[、,，]\s*)*$"
    # ("一个八岁": one of the children named; "我一个三十岁的…" is the respondent in apposition)
    r"|(?:(?<![我俺])一个|另一个|老大|老二|大的|小的"
    r"|the (?:older|younger|oldest|youngest)(?: one)?(?: is)?)\s*$"
)


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
_DECADE = gated(
    r"(?P<self>in my\s+|i'?m in my\s+)?(?:(?P<part>early|mid|late)[\s-]*)?"
    r"(?:(?P<digits>[1-9]0)'?s\b|(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties)\b)"
)
_DECADE_OFFSET = {"early": 2, "mid": 5, "late": 8}
_DECADE_S = re.compile(r"'?s\b")  # "born in the 90s": a decade, no birth year
_BIRTH_DECADE = re.compile(r"[\s-]*(?:baby|babies|kids?|child|children|born)\b")
_BORN_IN = re.compile(r"\bborn\s+(?:in\s+)?(?:the\s+)?(?:early|mid|late)?[\s-]*'?$")
_OTHERS_DECADE_BEFORE = re.compile(r"\b(?:in|into)\s+(?:her|his|their|your)\s+$")


def decade_age(low: str, asked: bool) -> tuple[int, int, int] | None:
    """ "in my thirties" -> 30, "mid 30s" -> 35, "late twenties" -> 28; (age, start, end)."""
    for m in _DECADE.finditer(low):
        if not (asked or m.group("self") or m.group("part")):
            continue
        if _OTHERS_DECADE_BEFORE.search(low, 0, m.start()):
            continue  # "she's in her mid-thirties": somebody else's decade
        if _BIRTH_DECADE.match(low, m.end()) or _BORN_IN.search(low, 0, m.start()):
            continue  # "90s baby", "born in the 80s": when born, a decade wide
        base = int(m.group("digits")) if m.group("digits") else _DECADE_WORDS[m.group("word")]
        return base + _DECADE_OFFSET.get(m.group("part") or "", 0), m.start(), m.end()
    return None


# A birthday told in the past tense before the age: "hit 40 in August", "turned 30 in May".
_PAST_BEFORE = re.compile(r"\b(?:hit|turned|was|reached|became)\b[^,.;!?]{0,12}$")


def soon_after(low: str, num: Num, today: dt.date) -> bool:
    """Words after the age at `num` put the birthday ahead ("38 next week", "40 in March", "I'm
    40 in March": next March), unless the birthday is told as past and its month has gone by this
    year ("hit 40 in August" said in November is 40)."""
    m = _SOON_AFTER.match(low, num.end)
    if m is None:
        return False
    month = m.group("month")
    if month is None or MONTHS_EN[month] >= today.month:
        return True
    return _PAST_BEFORE.search(low, max(0, num.start - 24), num.start) is None


def birthday_ahead(low: str, num: Num, today: dt.date) -> bool:
    """Is the age at `num` one the respondent has not reached yet ("38 next week")?"""
    return next_birthday_before(low, num.start) or soon_after(low, num, today)


def is_year_token(low: str, num: Num) -> bool:
    """A two-digit year as people write it: "'86", "00年", "零零年"."""
    text = low[num.start : num.end]
    apostrophe = num.start > 0 and low[num.start - 1] == "'" and len(text) == 2
    return apostrophe or (len(text) == 2 and num.value < 10)


def own_share(low: str, num: Num) -> bool:
    """A bare number after "我自己" / "本人", or after another person's amount ("老婆一百，我五十"):
    an age, or the respondent's own part of something else that was asked ("我自己五十八"
    answering the bill)."""
    before = low[max(0, num.start - 16) : num.start]
    own = _OWN_SHARE.search(before) or whose_amount.mine_after_theirs(low, num.start) is not None
    return bool(own) and not _AGE_AFTER.match(low, num.end)


def someone_elses(low: str, num: Num) -> bool:
    """Is the number at `num` said of another person ("3岁的儿子", "my son is 10")?"""
    after = low[num.end : num.end + 16]
    # (wide enough for "granddaughter just turned ")
    before = without_opening_label(low, low[max(0, num.start - 28) : num.start], num.start)
    if _AVERAGE_BEFORE.search(before):
        return True  # the average age of a group ("厂里工人平均年龄都四十多了")
    person = _OTHER_PERSON_AFTER.match(after)
    if person and whose_age.kin_with_own_age(
        low, num.end, num.end + person.start("kin"), num.end + person.end()
    ):
        person = None  # "32岁 娃三岁": the child's age follows the child
    if person and (re.match(r"\s*here\b", after[person.end() :]) or self_aged_at(low, num.start)):
        return False  # "26 yo girl here", "27 yr old girl living in Chennai": the respondent
    return bool(person or _OTHER_PERSON_BEFORE.search(before))


# Before a number of years: a difference of ages, "比我大三岁", "比他小两岁", "跟我老婆差五岁".
# Years one looks older or younger by are no age either: "被两个娃气得老了十岁", "年轻了五岁".
_AGE_GAP_BEFORE = re.compile(
    r"比[^,，。.!?！？]{0,8}?[大小]\s*$|(?:相|只|就)?差\s*$|\bgap of\s*$|(?:老|年轻)了\s*$"
    # a year gained: "又老一岁", "又长了一岁"
    r"|(?:又|再)(?:老|长|大)了?\s*$|长了\s*$"
)
# An age one feels or seems: "感觉心态已经像50岁了", "活得像个八十岁的" (but "好像": a guess).
_FEELS_LIKE_ZH = re.compile(r"(?<![好就])像个?\s*$")
# An average of a group's ages: "工人平均年龄都四十多了", "the average age is 50".
_AVERAGE_BEFORE = re.compile(r"平均[^,，。.!?！？\d]{0,6}$|\baverage\b[^,.;!?\d]{0,16}$")


def ages(low: str, nums: list[Num], today: dt.date) -> list[Reading]:
    """Numbers the text marks as an age or a birth year."""
    out: list[Reading] = []
    if any(word in low for word in _AGE_IDIOMS):
        for m in _AGE_IDIOM.finditer(low):
            if whose_age.age_of_other(low, m.start(), m.end()):
                continue  # "我妈年过花甲": the mother's age
            value = _AGE_IDIOMS[m.group()]
            out.append(
                Reading(value, Num(value, value, m.start(), m.end(), True, "cn"), True, True)
            )
    for value, start, end in age_phrases.phrase_ages(low, nums):
        if not whose_age.age_of_other(low, start, end):
            num = Num(value, value, start, end, False, "en")
            out.append(Reading(value - soon_after(low, num, today), num, True, False))
    for num in nums:
        after = low[num.end : num.end + 16]
        before = low[max(0, num.start - 32) : num.start]
        if whose_age.age_of_other(low, num.start, num.end):
            continue  # "我女儿朵朵今年五岁了", "狗狗叫布丁，三岁了"
        if _AGE_GAP_BEFORE.search(before):
            continue  # "我老公比我大三岁": a difference between two ages
        if _FEELS_LIKE_ZH.search(before):
            continue  # "心态已经像50岁了": an age one only feels
        # "四十的人了" is an age: a year is said digit by digit ("八五年"), never with 十
        spoken_tens = num.kind == "cn" and "十" in low[num.start : num.end]
        two_digits = (10 <= num.value < 100 and not spoken_tens) or is_year_token(low, num)
        if (_BIRTH_BEFORE.search(before) and not _DECADE_S.match(low, num.end)) or (
            (
                _BIRTH_AFTER.match(after)
                or (_I_AM_BEFORE.search(before) and _YEAR_PARTICLE_AFTER.match(after))
            )
            and (num.value >= 1900 or two_digits)
        ):
            year = two_digit_year(num.value, today)
            if 1900 <= year <= today.year:
                out.append(Reading(birth_year_age(year, today), num, True, num.approx))
                continue
        before = before[-16:]
        if someone_elses(low, num):
            continue
        if (
            _WILL_BE.search(low, max(0, num.start - 16), num.start) and soon_after(low, num, today)
        ) or _ABOUT_TO_TURN.search(low, max(0, num.start - 16), num.start):
            out.append(Reading(num.as_int() - 1, num, True, num.approx))
        elif _AGE_AFTER.match(after):
            value = num.as_int()
            if next_birthday_before(low, num.start):
                value -= 1
            out.append(Reading(value, num, True, num.approx))
        elif low[num.start : num.end] in _TENS and _SOMETHING_AFTER.match(after):
            out.append(Reading(num.as_int(), num, True, True))  # "fifty-something"
        elif listed_age(low, num) or (
            _CLAUSE_START.search(before)
            and _COMPLETED_AFTER.match(low, num.end)
            and num.value < 120
        ):
            out.append(Reading(num.as_int(), num, True, num.approx))  # "a guy of 27 years"
        elif (
            _AGE_BEFORE.search(before)
            and not _AS_IF_BEFORE.search(before)
            and not _NOT_AGE_AFTER.match(after)
            and low[num.start : num.end] != "one"  # "a dude? I am one" is no age
            and num.value < 150
            and not (own_share(low, num) and _BILL_TALK.search(low))
        ):
            value = num.as_int()
            if next_birthday_before(low, num.start):
                value -= 1
            out.append(Reading(value, num, True, num.approx))
    return out

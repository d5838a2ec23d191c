"""Numbers as people type them: digits, Chinese numerals, English number words, ranges, hedges.

Every numeric slot (age, tenure, spend, scale) starts from the same list of `Num` spans found here,
so "二十五", "２５", "twenty-five" and "25" behave alike everywhere. Colloquial Chinese is read the
way it is meant: "一百二" is 120, "七八十" is the range 70–80, "三十多" is about 30, "两" and "俩"
are 2. Ranges resolve to their midpoint and hedged numbers ("about 70", "七十来块") keep the stated
number with `approx` set, as docs/understanding.md specifies.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bot.understanding.literal_gates import gated
from bot.understanding.numerals import idle_numbers, spoken_prices
from bot.understanding.numerals.cn_numerals import CN_CHARS, CN_DIGITS, cn_plain, parse_cn
from bot.understanding.numerals.digit_units import DIGIT_RUN, digit_value
from bot.understanding.numerals.number_lists import listed_starts

# Words in which numeral characters do not mean a number. They are blanked out (same length, so
# offsets stay valid) before numerals are looked for.
_IDIOMS = (
    "一般般 一般 一直 一起 一样 一下 一些 一点 万一 一定 一切 唯一 一会儿 一会 一边 一共 统一"
    " 一向 一律 一旦 一致 一言难尽 一塌糊涂 一如既往 一把 一次 一遍 千万 万万 一眼 一模一样 一无"
    " 一回"  # once, a count of times, no amount: "三个月交一回，一次240"
    " 一声 一句话"  # a word said, no amount: "也没通知一声", "连一句话都没有"
    " 乱七八糟 七七八八 三心二意 五花八门 百分百 百分之百 一口气 不三不四 一天到晚 一年到头 第一"
    " 一心 一路 一阵 一番 一堆 万分 一个人 一家人 一家三口 三口之家 两口子 小两口 百度 千兆 百兆"
    " 万兆 二维码 一卡通 一星期 一大 十足 一毛 一顿 一体 万达 一流 九十年代 一线 二线 三线 四线"
    " 五星 四星 三星 两星 一星 一条 一根 一些些 一丁点 一概 一并 一贯 一味 一再 一早 一度 二手"
    " 非二元 二元 一元化 半百"
    # idioms and set words of chat ("四处打工", "八成是信号问题", "三天两头断网", "三观不合")
    " 四处 八成 十有八九 三天两头 一五一十 七上八下 三番五次 十全十美 九牛一毛 四世同堂 五湖四海"
    " 一来二去 一窝蜂 一本正经 二话不说 三言两语 独一无二 一时 同一 一半 二次元 三观 四季 六六大顺"
    " 双十一 一哥 一加 一举两得 一石二鸟 一清二楚 一干二净 三长两短 四面八方 七嘴八舌 八九不离十"
    " 千篇一律 一心一意 九死一生 一波三折 接二连三 说一不二 一穷二白 三五成群 万无一失"
    " 两三下 三两下 一身 一知半解 一头雾水 一窍不通 一目了然"
    # earnest, proper, all over the place: "俺是正儿八经的九零后", "丢三落四", "横七竖八"
    " 正儿八经 正八经 丢三落四 颠三倒四 杂七杂八 横七竖八 七零八落 四平八稳 朝三暮四 说三道四"
    " 低三下四 不管三七二十一 七拼八凑 八竿子"
    # proverbs and set phrases whose numbers count nothing ("一分钱一分货", "五五开", "十年如一日")
    " 一分钱一分货 一分价钱一分货 一分价一分货 五五开 半斤八两 十年如一日 一星半点"
    " 一百个不 一千个不 一万个不 一百个满意 一千个满意 一万个满意 一百个愿意 一万个愿意"
    " 一个两个 三三两两 百里挑一 千方百计 千奇百怪 百发百中 百依百顺 一年半载 三年五载"
    # a while, no count: "用了挺长一段时间了", "有一阵子了"
    " 一段时间 一段日子 一阵子"
    # sameness and manner, no count: "合约和套餐是一回事吗", "一块儿办的", "用了一辈子"
    " 一回事 两回事 一码事 两码事 头一回 一个样 一辈子 一块儿 一个劲 有一说一"
    # the pair or trio pointed at, no count: "这俩是不是一回事", "咱俩谁付", "他们仨"
    " 这俩 那俩 这仨 那仨 咱俩 我俩 你俩 他俩 她俩 它俩 咱们俩 我们俩 你们俩 他们俩 她们俩 他们仨"
)
# "下一个" is "next", "上一个" "the last one": "下一个问题", "下一个月" (not "加上一个月")
_NEXT_RE = "|(?<![剩留])下一个|(?<![加算])上一个|下一(?:题|位|步|项)"
# "我一退伍老兵", "我一老太婆": "I'm a ...", no count (but "我一个人", "我一家三口", "我一年交")
_I_AM_A_RE = (
    "|(?<=我)一(?=[\u4e00-\u9fff])"
    "(?![个位只张台部条件口家户天年月周次回共半百千万十二三四五六七八九两零块元岁号]|个)"
    # a self-label counted at its clause's end: "妥妥的90后一枚", "单身狗一只" (no number)
    "|(?<=[\u4e00-\u9fff])一[枚只](?=\\s*(?:$|[,，。.!！~～]))"
)
# "十分" is "very" ("十分满意"), but not in "四十分钟" (forty minutes) or "十分制" (out of ten).
_IDIOM_RE = gated(
    "|".join(sorted(set(_IDIOMS.split()), key=len, reverse=True))
    + "|(?<![一二三四五六七八九两])十分(?![钟制])"
    + "|[一二两三四五六七八九几][百千万]兆"  # a line's speed, the count with it: "一百兆的"
    + _NEXT_RE
    + _I_AM_A_RE
)
_CN_RUN = re.compile(f"[{CN_CHARS}]+")
# "六十有五": literary "sixty and five" is 65.
_CN_AND = re.compile(r"(?P<tens>[一二三四五六七八九]?十)有(?P<ones>[一二三四五六七八九])")

EN_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
    "couple": 2,
    # notes by name: "a tenner", "a fiver" (their currency is read in `amounts`)
    "fiver": 5,
    "tenner": 10,
}
EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_SCALES = {"hundred": 100, "thousand": 1000, "grand": 1000}
# Ones that may head a number said in pairs ("one fifty", "two forty-five", "nineteen ninety").
_NOT_HEADS = ("dozen", "couple", "fiver", "tenner")
_PAIR_HEADS = frozenset(w for w, v in EN_ONES.items() if 1 <= v <= 19 and w not in _NOT_HEADS)
_EN_WORD = re.compile(r"[a-z]+")
# Punctuation between two number words parts them ("two, two stars" is no four).
_SAID_APART = re.compile(r"[,.;:!?]")

_APPROX_AFTER = re.compile(
    r"\s*(?:多|来|余|出头|几|左右|上下|ish\b|\+|or so\b|something\b|odd\b)"
    r"|\s*(?:[岁块元个月年分]|块钱|years?|dollars|bucks|months)?\s*(?:左右|上下|出头|多点|or so\b)"
)
_APPROX_BEFORE = re.compile(
    r"(?:大概|大约|约|差不多|将近|快|估计|大致|至少|不到|可能|应该|左右|约莫|大于|超过|近"
    r"|about|around|roughly|approximately|approx|almost|nearly|like|maybe|probably|some|over"
    r"|at least|under|less than|more than|~)\s*$"
)
_RANGE_GAP = re.compile(
    r"\s*(?:[岁块元分年]|块钱|个月|years?|dollars?|bucks|months?)?\s*(?:到|至|-|~|to|或者?|or|、)\s*"
)
# (a currency may come between: "between GH₵ 300 and 350", "between £40 and £50")
_BETWEEN = re.compile(r"(?:between|from)\s*(?:[£$€¥₵₦₹]|gh₵|ghs|rmb|r)?\s*$")
_CURRENCY_SIGN = re.compile(r"\s*(?:[£$€¥₵₦₹]|gh₵|ghs)\s*$")
# A change from one value to another is no range: "went up from 79 to 89", "rose from 5 to 7".
_CHANGE_FROM = re.compile(
    r"\b(?:went|gone|goes|go|rose|risen|jumped|increased|climbed|dropped|fell|fallen|decreased"
    r"|raised|bumped|hiked|cut|changed|upped|put|jacked|lowered|reduced)"
    r"\s+(?:(?:it|them|the price|the bill)\s+)?(?:(?:up|down)\s+)?from\s*(?:[£$€¥₵₦₹]|gh₵|ghs)?\s*$"
)


@dataclass(frozen=True)
class Num:
    """A number (or range) found in the lowercase message, with its character span."""

    lo: float
    hi: float
    start: int
    end: int
    approx: bool = False
    kind: str = "digit"  # digit | cn | en

    @property
    def value(self) -> float:
        return (self.lo + self.hi) / 2

    @property
    def is_range(self) -> bool:
        return self.lo != self.hi

    def as_int(self) -> int:
        """Rounded half up, as the canonical form of a range midpoint on an integer slot."""
        return int(math.floor(self.value + 0.5))


def round_half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


# 一 before a verb is no count: "一睁眼就是钱", "一发工资就交" (as soon as; a measure word after
# 一 is a count: "一年就涨了"), "灯一闪一闪的" (a repeated action).
_YI_NOT_A_COUNT = gated(
    rf"(?<![{CN_CHARS}])一(?![{CN_CHARS}个年月岁块元分周天次号张部台家位口只条件人趟节本杯瓶箱斤米倍半"
    r"星礼期季晚夜辆套份笔单场桌毛角])(?=[\u4e00-\u9fff]{1,3}就)"
    rf"|(?<![{CN_CHARS}])一(?P<x>[\u4e00-\u9fff])一(?P=x)"
)


def _mask_idioms(low: str) -> str:
    # whole idioms first: "一来二去就熟了" is one idiom, not "一" before a verb and then "二"
    low = _IDIOM_RE.sub(lambda m: "□" * len(m.group()), low)
    return _YI_NOT_A_COUNT.sub(lambda m: "□" * len(m.group()), low)


# "for" misspelt for "four" where only a number fits: "twenty for years old", "for out of five"
_FOR_AS_FOUR_AFTER = re.compile(r"\s+(?:years?\s+old|out of (?:5|five|10|ten)\b)")
_TENS_BEFORE = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]$")


def _four(low: str, word: tuple[str, int, int]) -> bool:
    if word[0] != "for" or not (m := _FOR_AS_FOUR_AFTER.match(low, word[2])):
        return False
    return "out of" in m.group() or _TENS_BEFORE.search(low, 0, word[1]) is not None


def _en_groups(low: str) -> list[tuple[int, int, float]]:
    """Runs of English number words: "twenty five", "a hundred and twenty", "a couple"."""
    words = [(m.group(), m.start(), m.end()) for m in _EN_WORD.finditer(low)]
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(words):
        word = words[i][0]
        is_num = word in EN_ONES or word in EN_TENS or word in EN_SCALES or _four(low, words[i])
        lead_a = (
            word in ("a", "an")
            and i + 1 < len(words)
            and words[i + 1][0]
            in (
                "hundred",
                "thousand",
                "dozen",
                "couple",
            )
        )
        if word == "a" and spoken_prices.one_of_unit(words, i, EN_ONES, EN_TENS):
            out.append((words[i][1], words[i][2], 1.0))  # "a buck fifty": one, then its cents
            i += 1
            continue
        if not (is_num or lead_a) or word == "grand":
            i += 1
            continue
        start = words[i][1]
        total = 0.0
        current = 0.0
        end = words[i][2]
        cents = 1.0
        j = i + 1 if lead_a else i
        if lead_a and words[i + 1][0] in ("hundred", "thousand"):
            current = 1
        first = j
        while j < len(words):
            w = words[j][0]
            if j > first and words[j - 1][0] not in ("thousand", "grand"):
                if _SAID_APART.search(low, words[j - 1][2], words[j][1]):
                    break  # "one. one star", "thirty two, thirty three": two numbers said apart
            if w in EN_ONES:
                current += EN_ONES[w] / cents
            elif _four(low, words[j]):
                current += 4
            elif w in EN_TENS:
                prev = words[j - 1]
                if j > i and prev[0] in EN_TENS:
                    break  # "fifty fifty": a split, no sum
                # a price or year said in pairs: "one fifty" is 150, "nineteen ninety" 1990
                paired = j > i and prev[0] in _PAIR_HEADS and low[prev[2] : words[j][1]] in " -"
                if paired and (
                    10 <= current < 19
                    or (3 <= current <= 9 and spoken_prices.units_follow(low, words, j, EN_ONES))
                ):
                    cents = 100.0  # "fifteen ninety-nine" is 15.99, "nine ninety-nine" 9.99
                if paired and current < 20 and cents == 1:
                    current = current * 100 + EN_TENS[w]
                else:
                    current += EN_TENS[w] / cents
            elif w in EN_SCALES:
                if w == "hundred":
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * EN_SCALES[w]
                    current = 0
            elif (
                w == "and"
                and j + 1 < len(words)
                and (words[j + 1][0] in EN_ONES or words[j + 1][0] in EN_TENS)
                and words[j - 1][0] in EN_SCALES
            ):
                j += 1
                continue
            else:
                break
            end = words[j][2]
            j += 1
        out.append((start, end, total + current))
        i = j
    return out


# English set phrases whose numbers count nothing: "24/7", "a nine-to-five", "forty winks",
# "covid-19", "wifi 6", "5g", "top 10".
_EN_SET_PHRASES = gated(
    r"\b(?:24\s?/\s?7|24-7|365\s?/\s?24|nine[- ]to[- ]five|9[- ]to[- ]5|9-5|forty winks"
    r"|covid[- ]?19|wi-?fi\s?[4-7]|[2-6]g\b|top (?:\d+|ten|five|three)"
    # "one" as a pronoun or in a set phrase: "one of those bundles", "next one", "no one knows"
    r"|\bone(?= of (?:those|these|them|the|us|you|my|our|your|his|her|their)\b)"
    r"|(?<=\bnext )one\b|(?<=\bno )one\b|\bone (?:by one|sec|second|moment)\b"
    r"|\bone way or (?:another|the other)"
    # "one monthly one yearly": one of two lines, each with its term
    r"|\bone(?= (?:monthly|yearly|annual|annually|month-to-month|rolling)\b)"
    # halves ("fifty fifty", "50/50"), figures of speech ("cloud nine", "seven days a week")
    r"|\bfifty[- ]fifty\b|\b50\s?[-/]\s?50\b"
    r"|\bcloud nine\b|\btwo cents\b|\ba dime a dozen\b|\b(?:seven|7) days a week\b"
    r"|\bone in a (?:million|thousand|hundred)\b|\bsixes and sevens\b|\bten a penny\b"
    + f"{idle_numbers.IDLE_PHRASES})"
)

# "one" standing for a plan or thing named before it counts nothing: "the monthly rolling one",
# "my wife has the 2 year one", "just a cheap one"; but "a one year deal" and "my son is one"
# (a unit after it, or a verb between) keep their number.
_PRONOUN_ONE = re.compile(
    r"\b(?:the|a|an|this|that|which|my|your|his|her|our|their|another|same|other)"
    r"(?:\s+(?!(?:is|was|are|were|turned|turns|aged|about|around|and|or|for|of|to|in|at|by|than"
    r"|with|only|just)\b)[a-z0-9-]+){0,3}\s+one\b(?!\s*(?:-|and a half|or two|or so)|\s+(?:years?"
    r"|yrs?|months?|mos?|weeks?|days?|decades?|hundred|thousand|grand|pound|quid|dollar|buck)\b)"
)


def find_numbers(low: str) -> list[Num]:
    """All numbers in a lowercase message, left to right, with ranges merged and hedges marked."""
    raw: list[Num] = []
    if _EN_SET_PHRASES.search(low):
        low = _EN_SET_PHRASES.sub(lambda m: "□" * len(m.group()), low)
    if "one" in low:
        low = _PRONOUN_ONE.sub(lambda m: m.group()[:-3] + "□□□", low)
    for m in DIGIT_RUN.finditer(low):  # "25", "1,200", "2百5", "1千2百" (`digit_units`)
        value = digit_value(m.group())
        if value is not None:
            raw.append(Num(value, value, m.start(), m.end()))
    masked = _mask_idioms(low)
    if "有" in masked:
        for m in _CN_AND.finditer(masked):
            tens, ones = cn_plain(m.group("tens")), CN_DIGITS[m.group("ones")]
            if tens is not None:
                raw.append(Num(tens + ones, tens + ones, m.start(), m.end(), kind="cn"))
                masked = masked[: m.start()] + "□" * len(m.group()) + masked[m.end() :]
    for m in _CN_RUN.finditer(masked):
        text = m.group()
        start = m.start()
        if start > 0 and masked[start - 1] == "几":  # 几十, 几百: no number was given
            continue
        if start > 0 and masked[start - 1] == "老" and len(text) > 1 and text[0] in "二三四五六":
            # "老二三岁": 老二 is a child by birth order, the number starts after it
            raw.append(Num(CN_DIGITS[text[0]], CN_DIGITS[text[0]], start, start + 1, kind="cn"))
            text, start = text[1:], start + 1
        raw.extend(_cn_nums(text, start))
    for start, end, value in _en_groups(low):
        raw.append(Num(value, value, start, end, kind="en"))
    raw.sort(key=lambda n: n.start)
    return _merge(low, raw)


def _cn_nums(text: str, start: int) -> list[Num]:
    """The numbers of one run of numeral characters; a run that reads as no single numeral is
    split in two where both halves do ("一千二一年" is 一千二 and 一年)."""
    parsed = parse_cn(text)
    if parsed is not None:
        return [Num(parsed[0], parsed[1], start, start + len(text), kind="cn")]
    for cut in range(len(text) - 1, 0, -1):
        head, tail = parse_cn(text[:cut]), parse_cn(text[cut:])
        if head is not None and tail is not None:
            return [
                Num(head[0], head[1], start, start + cut, kind="cn"),
                Num(tail[0], tail[1], start + cut, start + len(text), kind="cn"),
            ]
    return []


def _is_range_gap(low: str, prev: Num, gap: str) -> bool:
    word = _CURRENCY_SIGN.sub("", gap).strip()
    if word == "to" and _CHANGE_FROM.search(low, 0, prev.start):
        return False
    if word in ("and", "n", "&", "an", "'n'", "和", "跟", "与"):  # ("between 80 n 100")
        return bool(_BETWEEN.search(low[: prev.start])) or "之间" in low
    return _RANGE_GAP.fullmatch(_CURRENCY_SIGN.sub("", gap)) is not None  # "£30 to £34"


def _merge(low: str, nums: list[Num]) -> list[Num]:
    out: list[Num] = []
    # (three or more joined by "、" are options listed, no range: `number_lists`)
    listed = listed_starts(low, nums) if "、" in low else set()
    for num in nums:
        if (
            out and out[-1].end > num.start
        ):  # overlapping readings (digits inside a run): keep first
            continue
        if out:
            prev = out[-1]
            gap = low[prev.end : num.start]
            ranged = len(gap) <= 8 and prev.lo < num.hi and num.start not in listed
            if ranged and _is_range_gap(low, prev, gap):
                lo = prev.lo * spoken_prices.shared_scale(low[num.start : num.end], prev.hi, num.lo)
                out[-1] = Num(lo, num.hi, prev.start, num.end, True, prev.kind)
                continue
        out.append(num)
    result = []
    for num in out:
        approx = num.approx or num.is_range
        if not approx:
            after = low[num.end : num.end + 12]
            before = low[max(0, num.start - 16) : num.start]
            approx = bool(_APPROX_AFTER.match(after) or _APPROX_BEFORE.search(before))
        result.append(Num(num.lo, num.hi, num.start, num.end, approx, num.kind))
    return result

"""Chinese numerals: their digits and units, and reading one numeral or a numeral range.

"一百二" is 120 and "三万五" 35,000, as people say them; two neighbouring digits make a range
("七八十" is 70–80, "二十五六" 25–26). `numbers` finds the numerals in a message; this module only
reads one.
"""

from __future__ import annotations

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "幺": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "贰": 2,
    "三": 3,
    "仨": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
# Old and colloquial tens with their digit built in: "廿五" is 25, "卅二" is 32.
CN_TENS = {"廿": 20, "卅": 30, "卌": 40}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG) + "".join(CN_TENS)


def cn_plain(text: str) -> float | None:
    """A Chinese numeral without a range: 二十五, 一百零五, 一百二 (=120), 三万五, 一九九八."""
    if not text:
        return None
    if all(ch in CN_DIGITS for ch in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        return float("".join(str(CN_DIGITS[ch]) for ch in text))
    total = 0.0
    section = 0.0
    digit: int | None = None
    last_unit = 0  # the unit just before a trailing digit: 一百二 -> 2 * 100 / 10
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None and ch != "零":  # two digits in a row: not a well-formed numeral
                return None
            digit = None if ch in "零〇" else CN_DIGITS[ch]
            if ch in "零〇":
                last_unit = 0
        elif ch in CN_TENS:
            if digit is not None:
                return None
            section += CN_TENS[ch]
            last_unit = 10
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            section += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            big = CN_BIG[ch]
            section += digit or 0
            total += (section or 1) * big
            section = 0
            digit = None
            last_unit = big
    if digit is not None:
        section += digit * last_unit / 10 if last_unit >= 100 else digit
    return total + section


def parse_cn(text: str) -> tuple[float, float] | None:
    """Value or range of a Chinese numeral; "七八十" -> (70, 80), "二十五六" -> (25, 26)."""
    digit_only = all(ch in CN_DIGITS for ch in text)
    if not (digit_only and len(text) >= 3):
        for i in range(len(text) - 1):
            first, second = text[i], text[i + 1]
            if first not in CN_DIGITS or second not in CN_DIGITS:
                continue
            a, b = CN_DIGITS[first], CN_DIGITS[second]
            if b == a + 1 and a > 0:
                lo = cn_plain(text[: i + 1] + text[i + 2 :])
                hi = cn_plain(text[:i] + text[i + 1 :])
                if lo is not None and hi is not None and lo < hi:
                    return lo, hi
    value = cn_plain(text)
    return None if value is None else (value, value)

"""Finding what a question talks about: columns, values, segments and numeric conditions.

One pass of a longest-match phrase scanner built from the catalog's words, then patterns for
numbers with comparatives and units ("over 80 a month", "30岁以下", "在网超过两年"). Everything
the scanner consumes is marked, so the planner can tell which words it did *not* understand and
refuse instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import cn2an

from analytics.ask.catalog import SEGMENT, Catalog, Column

NUMBER = r"(?:[$¥￥]\s*)?(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万半]+)"
EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}  # fmt: skip
UNITS = {
    "age": r"岁|周岁|years? old|year-olds?|yo\b",
    "months": r"个月|月|months?",
    "years": r"年|years?|yrs?",
    "money": r"元|块钱|块|美元|刀|dollars?|bucks|yuan|rmb|\$|¥",
    "score": r"分|points?|stars?|星",
}
# "no more than" / "不超过" are listed with their own side; the look-behinds stop "more than"
# or "超过" from being read inside them.
MORE_EN = (
    r"(?:greater|more|higher) than or equal to|no less than|not less than|"
    r"(?<!no )(?<!not )(?:over|above|more than|greater than|"
    r"higher than|older than|longer than)|at least|>=|≥|>"
)
LESS_EN = (
    r"(?:less|lower|fewer) than or equal to|no more than|not more than|not over|"
    r"(?<!no )(?<!not )(?:under|below|less than|fewer than|"
    r"lower than|younger than|shorter than)|at most|<=|≤|<"
)
MORE_ZH = (
    r"(?:大于|高于|多于)(?:或)?等于|不低于|不少于|不小于|"
    r"(?<!不)(?:超过|大于|高于|多于|超|大过|长于|多过)|至少|(?<!未)满"
)
LESS_ZH = (
    r"(?:小于|低于|少于)(?:或)?等于|不超过|不多于|不高于|不大于|(?<!不)(?:小于|低于|少于)|"
    r"不到|未满|短于|不足|少过|至多"
)
AFTER_MORE = r"以上|及以上|或以上|多|or more|or older|or above|or higher|or better|\+|plus"
AFTER_LESS = r"以下|及以下|以内|或以下|之内|or less|or younger|or under|or below"


@dataclass
class Mention:
    """A span of the question and what it may refer to (several readings when ambiguous)."""

    start: int
    end: int
    text: str
    columns: list[str] = field(default_factory=list)  # the span names a column
    values: list[tuple[str, Any]] = field(default_factory=list)  # or a (column, value)
    negated: bool = False
    negation_start: int | None = None  # where "not"/"没有" begins, when negated


@dataclass
class Condition:
    """A number with a comparison, e.g. ``> 80`` with the unit that hints at its column."""

    start: int
    end: int
    op: str
    value: float | list[float]
    unit: str | None


def to_number(text: str) -> float | None:
    text = text.strip().lstrip("$¥￥ ")
    if text in EN_NUMBERS:
        return float(EN_NUMBERS[text])
    try:
        return float(text)
    except ValueError:
        pass
    if text == "半":
        return 0.5
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


class Scanner:
    """Longest-match phrase scanner over a catalog's column and value words."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.phrases: dict[str, Mention] = {}
        for column in catalog.columns.values():
            for word in column.words:
                self._entry(word).columns.append(column.name)
            for value in column.values:
                for word in value.words:
                    self._entry(word).values.append((column.name, value.value))
        self._compile()

    def drop(self, unwanted: Callable[[str], bool]) -> None:
        """Forget value words that are question words here ("比较一下" answers "not sure" in the
        survey, but in a question it asks for a comparison). Column words are kept."""
        for phrase in [p for p, entry in self.phrases.items() if unwanted(p) and not entry.columns]:
            del self.phrases[phrase]
        self._compile()

    def _compile(self) -> None:
        ordered = sorted(self.phrases, key=len, reverse=True)
        alternatives = [_bounded(phrase) for phrase in ordered]
        self.pattern = re.compile("|".join(alternatives)) if alternatives else None

    def _entry(self, word: str) -> Mention:
        if word not in self.phrases:
            self.phrases[word] = Mention(0, 0, word)
        return self.phrases[word]

    def _lookup(self, found: str) -> Mention:
        """The entry for a matched phrase, which may carry a plural ending ("churns")."""
        for key in (found, found[:-1], found[:-2]):
            if key in self.phrases:
                return self.phrases[key]
        raise KeyError(found)

    def scan(self, text: str, blocked: list[tuple[int, int]] | None = None) -> list[Mention]:
        """Mentions in `text`, longest first, outside the `blocked` spans."""
        found = _segments(text, self.catalog)
        taken = [*(blocked or []), *((m.start, m.end) for m in found)]
        if self.pattern is not None:
            for match in self.pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                entry = self._lookup(match.group(0))
                mention = Mention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    list(dict.fromkeys(entry.columns)),
                    list(dict.fromkeys(entry.values)),
                )
                negation = NEGATION.search(text[max(0, match.start() - 8) : match.start()])
                if negation:
                    mention.negated = True
                    mention.negation_start = max(0, match.start() - 8) + negation.start()
                found.append(mention)
        return sorted(found, key=lambda m: m.start)


def _bounded(phrase: str) -> str:
    escaped = re.escape(phrase)
    if re.match(r"[a-z0-9]", phrase):
        escaped = r"(?<![a-z0-9])" + escaped
    if re.search(r"[a-z0-9]$", phrase):
        escaped += r"(?:s|es)?(?![a-z0-9])"
    return escaped


NEGATION = re.compile(r"(?:\b(?:not|non|no|without|never)[\s-]*|(?:未|没有|没|不是|非|无|不)\s*)$")


SEGMENT_PATTERNS = [
    re.compile(r"(?:segment|cluster|group)\s*(?:no\.?|number|#)?\s*(\d+)"),
    re.compile(
        r"第?\s*(\d+|[零一二三四五六七八九十])\s*号?\s*(?:用户)?(?:群组|群体|分群|群|类用户|类)"
    ),
    re.compile(r"(?:用户群|群组|分群|细分群)\s*(\d+|[零一二三四五六七八九十])\s*号?"),
]


def _segments(text: str, catalog: Catalog) -> list[Mention]:
    if SEGMENT not in catalog.columns:
        return []
    found: list[Mention] = []
    for pattern in SEGMENT_PATTERNS:
        for match in pattern.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            number = to_number(match.group(1))
            if number is None:
                continue
            found.append(
                Mention(match.start(), match.end(), match.group(0), [], [(SEGMENT, int(number))])
            )
    return found


@lru_cache(maxsize=1)
def _condition_patterns() -> list[tuple[re.Pattern[str], str]]:
    unit = "|".join(f"(?P<{name}>{words})" for name, words in UNITS.items())
    en_number = "|".join(sorted(EN_NUMBERS, key=len, reverse=True))
    num = rf"(?:[$¥]\s*)?(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万半]+|{en_number})"
    tail = rf"\s*(?:{unit})?"
    plain = r"\s*(?:" + "|".join(UNITS.values()) + r")?"  # the first unit of a range: unnamed
    return [
        (re.compile(rf"(?:between|from)\s+({num}){plain}\s+(?:and|to)\s+({num}){tail}"), "between"),
        (
            re.compile(rf"({num}){plain}\s*(?:到|至|-|~|–|to)\s*({num}){tail}\s*(?:之间|以内)?"),
            "between",
        ),
        (re.compile(rf"(?:{MORE_EN}|{MORE_ZH})\s*(?:了)?\s*({num}){tail}"), ">"),
        (re.compile(rf"(?:{LESS_EN}|{LESS_ZH})\s*({num}){tail}"), "<"),
        (re.compile(rf"({num}){tail}\s*(?:{AFTER_MORE})"), ">="),
        (re.compile(rf"({num}){tail}\s*(?:{AFTER_LESS})"), "<="),
        (re.compile(rf"(?<![\d.])({num})\s*(?:{unit})"), "=="),  # "打了1分", "25岁的"
    ]


# Comparisons that include their number ("at least 4", "不小于4", "4分及以上"); "未满18" does not.
INCLUSIVE = re.compile(
    r"or equal to|at least|at most|no (?:less|more) than|not (?:less|more) than|not over|>=|<=|≥|≤"
    r"|等于|不低于|不少于|不小于|不超过|不多于|不高于|不大于|至少|至多|(?<!未)满|or more|or less"
    r"|以上|以下"
)


def conditions(text: str, taken: list[tuple[int, int]], *, exact: bool = False) -> list[Condition]:
    """Numeric comparisons in `text` outside the spans already `taken` by words.

    Comparisons ("超过两年", "under 30") are read before column and value words, so "两年" in
    "超过两年的" is a duration, not the two-year contract; with `exact`, only a number with a
    unit and no comparison word ("打了1分", "25岁的"), read after the words so "两年合约" stays
    a contract.
    """
    found: list[Condition] = []
    for pattern, op in _condition_patterns():
        if (op == "==") != exact:
            continue
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            if any(
                s < span[1] and span[0] < e for s, e in [*taken, *[(c.start, c.end) for c in found]]
            ):
                continue
            numbers = [to_number(g) for g in match.groups() if g is not None and _is_num(g)]
            if not numbers or any(n is None for n in numbers):
                continue
            if op == "==" and not any(match.groupdict().values()):
                continue  # a bare number is not a condition
            if op == "==" and re.fullmatch(
                r"(?:一个|1个?|a|one|per|每)\s*月|1 months?", match.group(0)
            ):
                continue  # "一个月花多少" is a rate, not a one-month tenure
            unit = next((name for name in UNITS if match.groupdict().get(name)), None)
            unit = unit or _unit_nearby(text, span)
            values = [float(n) for n in numbers if n is not None]
            real_op = op
            if op in (">", "<") and INCLUSIVE.search(match.group(0)):
                real_op = op + "="
            value: float | list[float] = values if op == "between" else values[0]
            if op == "between" and len(values) != 2:
                continue
            found.append(Condition(span[0], span[1], real_op, value, unit))
    return sorted(found, key=lambda c: c.start)


UNIT_HINTS = {
    "money": re.compile(
        r"a month|per month|/ ?mo|monthly|每月|每个月|一个月|月费|花|付|pay|paying|spend"
    ),
    "age": re.compile(r"aged|age|年龄|岁"),
    "score": re.compile(r"gave|rated|rating|score|stars?|打了|打分|评分|给了"),
}


def _unit_nearby(text: str, span: tuple[int, int]) -> str | None:
    """A unit implied by words around a bare number: "paying over 80 a month" is money."""
    around = text[max(0, span[0] - 12) : span[1] + 12]
    for unit, pattern in UNIT_HINTS.items():
        if pattern.search(around):
            return unit
    return None


def _is_num(group: str) -> bool:
    return bool(re.fullmatch(NUMBER, group)) or group.lstrip("$¥ ") in EN_NUMBERS


def column_for_condition(
    condition: Condition, numeric: list[Column], mentioned: list[tuple[int, str]]
) -> tuple[str | None, float | list[float]]:
    """Which numeric column a condition is about, and its value in that column's unit.

    A numeric column named right before the number wins ("月费超过80", "tenure over 24"); else
    the unit decides (岁 → age, 年/月 → a duration in months, 元 → money); else nothing.
    """
    nearby = [name for start, name in mentioned if 0 <= condition.start - start <= 24]
    by_name = {c.name: c for c in numeric}
    column = by_name.get(nearby[-1]) if nearby else None
    if column is None and condition.unit is not None:
        measure = "months" if condition.unit == "years" else condition.unit
        candidates = [c for c in numeric if c.measure == measure]
        column = candidates[0] if len(candidates) == 1 else None
    if column is None:
        return None, condition.value
    value = condition.value
    if condition.unit == "years" and column.measure == "months":
        value = [v * 12 for v in value] if isinstance(value, list) else value * 12
    return column.name, value

"""The catalog: every column a question may use, with its labels, synonyms and values.

Built from the analysis frame (which columns exist and their kinds), the survey (slot labels,
option labels and synonyms in both languages), the glossary (words for imported tables such as
the Telco churn columns) and any data dictionaries imported with ``insightbot import --dictionary``.
The planners see only this — never the rows — and `Catalog.check` holds every plan to it: an
unknown column or value is rejected with a message listing what exists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analytics.ask.plan import COMPARISONS, NUMBER_METRICS, Filter, QueryPlan, Scalar
from analytics.columns import BOOLEAN, CATEGORICAL, NUMERIC, TEXT, column_kinds
from analytics.glossary import glossary
from bot.survey import SlotType, Survey

SEGMENT = "segment"
# Distinct values up to this count make a text column (a city) usable in filters and groups.
MAX_TEXT_VALUES = 60
# Answer synonyms too short or too generic to mean a value inside a question.
GENERIC_WORDS = frozenset(
    "yes no none other not sure ok yeah nope 是 否 有 无 没有 不 对 其他 一般 还行 都行".split()
)
EXTRA_COLUMNS = {"churn_risk": {"zh": "流失风险", "en": "churn risk"}}


class PlanError(ValueError):
    """A plan that names something the data does not have."""


ZH_VARIANTS = str.maketrans({"﹖": "?"})
# Written both ways ("contract"), or a common slip of the same sound (率/律): one form each.
ZH_WORDS = {"合同": "合约", "流失律": "流失率"}


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, single spaces: how questions and words compare."""
    text = unicodedata.normalize("NFKC", text).lower().translate(ZH_VARIANTS)
    for variant, canonical in ZH_WORDS.items():
        text = text.replace(variant, canonical)
    return re.sub(r"\s+", " ", text).strip()


def _usable(word: str) -> bool:
    word = normalize(word)
    if not word or word in GENERIC_WORDS:
        return False
    if re.search(r"[\u3400-\u9fff]", word):
        return len(word) >= 2
    return len(word) >= 3 or word.isupper()


@dataclass
class Value:
    """One value of a column as stored in the frame, with its display labels and words."""

    value: Scalar
    labels: dict[str, str]
    words: list[str] = field(default_factory=list)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or str(self.value)


@dataclass
class Column:
    """One column a plan may name: ``numeric``, ``boolean``, ``categorical``, ``text``
    (low-cardinality strings such as cities), ``open`` (free-text answers, text questions only)
    or ``segment``."""

    name: str
    kind: str
    labels: dict[str, str]
    words: list[str] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    measure: str | None = None  # age | months | money: which unit words point at it
    low: float | None = None
    high: float | None = None

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.name

    def value_label(self, value: Any, lang: str) -> str:
        for known in self.values:
            if known.value == value:
                return known.label(lang)
        return str(value)

    def find_value(self, raw: Any) -> Value | None:
        """The stored value `raw` means: exact, then case-insensitive, then by a word."""
        for known in self.values:
            if known.value == raw and type(known.value) is type(raw):
                return known
        text = normalize(str(raw))
        if self.kind == BOOLEAN:
            text = {"yes": "true", "1": "true", "no": "false", "0": "false"}.get(text, text)
        for known in self.values:
            if normalize(str(known.value)) == text:
                return known
        for known in self.values:
            if text in known.words or text in (normalize(v) for v in known.labels.values()):
                return known
        return None


@dataclass
class Catalog:
    columns: dict[str, Column]
    dataset_labels: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> Column:
        column = self.columns.get(name)
        if column is None:
            known = ", ".join(sorted(self.columns))
            raise PlanError(f"unknown column {name!r}; the data has: {known}")
        return column

    def by_measure(self, measure: str) -> list[Column]:
        return [c for c in self.columns.values() if c.measure == measure]

    def check(self, plan: QueryPlan) -> QueryPlan:
        """The plan with every column checked and every value mapped to its stored form."""
        update: dict[str, Any] = {"filters": [self._filter(f) for f in plan.filters]}
        if plan.text is not None:
            if plan.text.column is not None and self.get(plan.text.column).kind != "open":
                raise PlanError(f"{plan.text.column!r} holds no open answers")
            return plan.model_copy(update=update)
        if plan.target is not None:
            target = self.get(plan.target)
            if plan.metric in NUMBER_METRICS and target.kind != NUMERIC:
                raise PlanError(f"{plan.metric} needs a numeric column; {target.name!r} is not")
            if plan.value is not None:
                update["value"] = self._filter(plan.counted()).value
        if plan.group_by is not None:
            group = self.get(plan.group_by)
            if group.kind in (NUMERIC, "open"):
                raise PlanError(f"cannot group by {group.name!r}: it is not a category")
        return plan.model_copy(update=update)

    def _filter(self, condition: Filter) -> Filter:
        column = self.get(condition.column)
        if column.kind == "open":
            raise PlanError(f"{column.name!r} is free text; ask about its themes instead")
        if condition.op in COMPARISONS:
            if column.kind != NUMERIC:
                raise PlanError(f"{condition.op} needs a numeric column; {column.name!r} is not")
            values = condition.value if isinstance(condition.value, list) else [condition.value]
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
                raise PlanError(f"{condition.op} on {column.name!r} needs numbers")
            return condition
        if column.kind == NUMERIC:
            return condition
        return condition.model_copy(update={"value": self._values(column, condition.value)})

    def _values(self, column: Column, raw: Scalar | list[Scalar]) -> Scalar | list[Scalar]:
        if isinstance(raw, list):
            return [self._value(column, item) for item in raw]
        return self._value(column, raw)

    def _value(self, column: Column, raw: Scalar) -> Scalar:
        if column.kind == NUMERIC:
            return raw
        found = column.find_value(raw)
        if found is None:
            known = ", ".join(str(v.value) for v in column.values[:30])
            raise PlanError(f"{column.name!r} has no value {raw!r}; it has: {known}")
        return found.value

    def to_prompt(self, lang: str) -> list[dict[str, Any]]:
        """Columns as the LLM planner sees them: names, kinds, labels and values — no rows."""
        out = []
        for column in self.columns.values():
            entry: dict[str, Any] = {
                "name": column.name,
                "type": column.kind,
                "label": column.label(lang),
                "options": [f"{v.value} ({v.label(lang)})" for v in column.values[:40]],
            }
            out.append(entry)
        return out


def _words(*groups: Iterable[str] | None) -> list[str]:
    """Usable, normalised words; a plural English word also gives its singular ("pets" → "pet")."""
    seen: dict[str, None] = {}
    for group in groups:
        for word in group or ():
            if _usable(str(word)):
                word = normalize(str(word))
                seen.setdefault(word, None)
                if re.fullmatch(r"[a-z]{3,}s", word) and not word.endswith("ss"):
                    seen.setdefault(word[:-1], None)
    return list(seen)


def _localized(entry: Any) -> dict[str, str]:
    if isinstance(entry, Mapping):
        return {lang: str(entry[lang]) for lang in ("zh", "en") if entry.get(lang)}
    return {}


def _synonyms(entry: Mapping[str, Any]) -> list[str]:
    raw = entry.get("synonyms") or {}
    if isinstance(raw, Mapping):
        return [str(word) for words in raw.values() for word in words or ()]
    return [str(word) for word in raw]


class _Builder:
    """Collects words for each column from the survey, the glossary and the dictionaries."""

    def __init__(self, survey: Survey | None, dictionaries: Mapping[str, Any]) -> None:
        self.survey = survey
        self.entries: dict[str, dict[str, Any]] = dict(glossary())
        for entries in dictionaries.values():  # a user's dictionary wins over the glossary
            for name, entry in (entries or {}).items():
                self.entries[str(name)] = dict(entry or {})

    def entry(self, name: str) -> dict[str, Any]:
        if name in self.entries:
            return dict(self.entries[name] or {})
        return dict(self.entries.get(name.split("__", 1)[-1]) or {})

    def column(self, name: str, kind: str, series: pd.Series) -> Column | None:
        entry = self.entry(name)
        slot = self.survey.get_slot(name) if self.survey else None
        labels = _localized(entry.get("label")) or EXTRA_COLUMNS.get(name, {})
        words: list[str] = [name, name.replace("_", " ")]
        if slot is not None:
            labels = labels or {lang: slot.label_for(lang) for lang in ("zh", "en")}
        option = self._option(name)
        if option is not None:  # interests__travel: "旅游", "travel", and the answer's synonyms
            labels = labels or {lang: option.label.get(lang) for lang in ("zh", "en")}
            words.extend(option.words())
        words = _words(words, labels.values(), _synonyms(entry))
        column = Column(name, kind, labels or {"en": name.replace("_", " ")}, words)
        column.measure = entry.get("measure")
        if kind == NUMERIC:
            values = pd.to_numeric(series, errors="coerce")
            column.low, column.high = _bound(values.min()), _bound(values.max())
        elif kind == BOOLEAN:
            column.values = [self._flag(entry, True), self._flag(entry, False)]
        elif kind == CATEGORICAL:
            present = series.dropna().unique()
            ordered = [c for c in series.cat.categories if c in set(present)]
            column.values = [self._category(entry, slot, str(v)) for v in ordered]
        elif kind == TEXT:
            if slot is not None and slot.type == SlotType.open:
                column.kind = "open"
            else:
                distinct = series.dropna().astype(str).unique()
                if len(distinct) == 0 or len(distinct) > MAX_TEXT_VALUES:
                    return None  # names, identifiers: not something to filter on
                column.kind = "text"
                column.values = [self._text_value(name, v) for v in sorted(distinct)]
        return column

    def _option(self, name: str) -> Any:
        if self.survey is None or "__" not in name:
            return None
        slot_name, option_id = name.split("__", 1)
        slot = self.survey.get_slot(slot_name)
        return slot.option(option_id) if slot is not None else None

    def _flag(self, entry: Mapping[str, Any], flag: bool) -> Value:
        values = entry.get("values") or {}
        word = values.get("yes" if flag else "no") or {}
        labels = _localized(word) or {"zh": "是" if flag else "否", "en": "yes" if flag else "no"}
        return Value(flag, labels, _words(labels.values(), _synonyms(word)))

    def _category(self, entry: Mapping[str, Any], slot: Any, value: str) -> Value:
        word = (entry.get("values") or {}).get(value) or {}
        labels = _localized(word)
        option = slot.option(value) if slot is not None else None
        option_words: list[str] = []
        if option is not None:
            labels = labels or {lang: option.label.get(lang) for lang in ("zh", "en")}
            option_words = [*option.label.model_dump().values(), *option.words()]
        labels = labels or {"en": value}
        return Value(
            value,
            labels,
            _words(
                [value, value.replace("_", " ")], labels.values(), option_words, _synonyms(word)
            ),
        )

    @staticmethod
    def _text_value(column: str, value: str) -> Value:
        from bot.understanding.cities.gazetteer import city_in_chinese

        labels = {"en": value}
        if column == "city":
            labels["zh"] = city_in_chinese(value)
        return Value(value, labels, _words([value], labels.values()))


def _bound(value: Any) -> float | None:
    return None if pd.isna(value) else float(value)


def build_catalog(
    frame: pd.DataFrame,
    survey: Survey | None = None,
    *,
    dictionaries: Mapping[str, Any] | None = None,
    personas: Mapping[int, Mapping[str, str]] | None = None,
) -> Catalog:
    """The catalog of `frame`'s columns; `personas` maps segment ids to names per language."""
    builder = _Builder(survey, dictionaries or {})
    columns: dict[str, Column] = {}
    for name, kind in column_kinds(frame).items():
        if kind in (NUMERIC, BOOLEAN, CATEGORICAL, TEXT):
            column = builder.column(name, kind, frame[name])
            if column is not None:
                columns[name] = column
    if "churn_risk" in frame and frame["churn_risk"].notna().any():
        risk = builder.column("churn_risk", NUMERIC, frame["churn_risk"])
        if risk is not None:
            columns["churn_risk"] = risk
    if SEGMENT in frame and frame[SEGMENT].notna().any():
        columns[SEGMENT] = _segment_column(frame[SEGMENT], personas or {})
    return Catalog(columns)


def _segment_column(series: pd.Series, personas: Mapping[int, Mapping[str, str]]) -> Column:
    ids = sorted(int(v) for v in series.dropna().unique())
    values = []
    for segment in ids:
        names = dict(personas.get(segment) or {})
        labels = {
            "zh": f"{segment}号用户群" + (f"（{names['zh']}）" if names.get("zh") else ""),
            "en": f"segment {segment}" + (f" ({names['en']})" if names.get("en") else ""),
        }
        values.append(Value(segment, labels, _words(names.values())))
    labels = {"zh": "用户群", "en": "segment"}
    words = [
        "segment",
        "cluster",
        "customer segment",
        "用户群",
        "客群",
        "分群",
        "群组",
        "细分群体",
        "细分",
    ]
    return Column(SEGMENT, SEGMENT, labels, words, values)

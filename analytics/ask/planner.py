"""The offline planner: a question in Chinese or English becomes a `QueryPlan`, or a refusal.

It reads what it can name — columns, values, segments, numbers with units, question words — and
assembles a plan from the shape they form (a metric, a target, filters, a grouping). Whatever it
cannot name makes it refuse: an unknown word in a question may change the question, so answering
anyway would risk a confident, wrong number. Refusals say which words were not understood and
suggest questions that work on this data.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from analytics.ask import cues
from analytics.ask.catalog import SEGMENT, Catalog, Column, PlanError, normalize
from analytics.ask.mentions import (
    Condition,
    Mention,
    Scanner,
    column_for_condition,
    conditions,
)
from analytics.ask.plan import COMPARISONS, Filter, QueryPlan, Refusal, TextQuery
from analytics.ask.suggest import suggestions
from analytics.columns import BOOLEAN, CATEGORICAL, NUMERIC

GROUPABLE = {CATEGORICAL, BOOLEAN, SEGMENT, "text"}
CONCEPTS = [  # vague words with a stated meaning (docs/analytics.md lists them)
    (re.compile(r"\byoung(?:er)?\b|\byouth\b|年轻|年青|小年轻"), "age", "<", 30.0),
    (
        re.compile(r"\bseniors?\b|\belderly\b|\bold(?:er)? people\b|老年|老人|长者|银发"),
        "age",
        ">=",
        65.0,
    ),
]
DESCRIBE = r"describe|profile of|tell me about|who (?:are|is) in|介绍|描述|画像|特征|是什么样"
CJK = re.compile(r"[\u3400-\u9fff]")
IRREGULAR = {"women": "woman", "men": "man", "children": "child"}
CUE_WORDS = frozenset(
    "median average percentage percent proportion breakdown distribution compare customers "
    "respondents minimum maximum highest lowest segment".split()
)


def detect_lang(text: str) -> str:
    return "zh" if CJK.search(text) else "en"


@dataclass
class Reading:
    """What the planner understood of one question, span by span."""

    text: str
    lang: str
    taken: list[tuple[int, int]] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    targets: list[tuple[int, int, str, Any]] = field(default_factory=list)  # start, end, col, value
    numeric: list[tuple[int, str]] = field(default_factory=list)  # unclaimed numeric columns
    compared: list[tuple[int, Filter]] = field(default_factory=list)  # where each condition is
    open_columns: list[str] = field(default_factory=list)
    group_by: str | None = None
    extreme: tuple[str, str] | None = None  # ("highest", "age") from "the oldest"

    def residual(self) -> str:
        chars = list(self.text)
        for start, end in self.taken:
            chars[start:end] = " " * (end - start)
        return "".join(chars)

    def cue(self, pattern: str) -> re.Match[str] | None:
        return re.search(pattern, self.residual())

    def take_cue(self, pattern: str) -> re.Match[str] | None:
        match = self.cue(pattern)
        if match:
            for found in re.finditer(pattern, self.residual()):
                self.taken.append(found.span())
        return match


class OfflinePlanner:
    """Plans questions against one catalog; build once per catalog and reuse."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.scanner = Scanner(catalog)
        self.scanner.drop(
            lambda phrase: bool(re.search(f"{cues.COMPARE}|{cues.DISTRIBUTION}", phrase))
        )
        words = {w for phrase in self.scanner.phrases for w in re.findall(r"[a-z]{6,}", phrase)}
        self.vocabulary = sorted(words | CUE_WORDS)

    def plan(self, question: str) -> QueryPlan | Refusal:
        reading = Reading(normalize(question), detect_lang(question))
        problem = ""
        try:
            plan: QueryPlan | Refusal | None = self._plan(reading)
        except PlanError as exc:
            plan, problem = None, str(exc)
        unknown = self._unknown(reading)
        if unknown:
            lead = (
                "没看懂这些词"
                if reading.lang == "zh"
                else "I don't know what these words mean here"
            )
            return self._refuse(reading, f"{lead}: {', '.join(unknown)}", unknown)
        if plan is None:
            return self._refuse(reading, problem)
        if isinstance(plan, Refusal):
            return plan
        try:
            return self.catalog.check(plan)
        except PlanError as exc:
            return self._refuse(reading, str(exc))

    def _refuse(self, reading: Reading, reason: str, unknown: list[str] | None = None) -> Refusal:
        return Refusal(
            reason=reason,
            unknown=unknown or [],
            suggestions=suggestions(self.catalog, reading.lang),
        )

    # -- reading -------------------------------------------------------------------------------

    def _plan(self, r: Reading) -> QueryPlan | Refusal:
        r.text = self._spell(r.text)
        for (direction, measure), pattern in cues.EXTREME.items():
            columns = self.catalog.by_measure(measure)
            if columns and r.extreme is None and r.take_cue(pattern):
                r.extreme = (direction, columns[0].name)
        comparisons = conditions(r.text, r.taken)
        mentions = self.scanner.scan(r.text, [*r.taken, *((c.start, c.end) for c in comparisons)])
        for m in mentions:
            r.taken.append((m.negation_start if m.negation_start is not None else m.start, m.end))
        self._concepts(r)
        numeric_mentions = [
            (m.start, name)
            for m in mentions
            for name in m.columns
            if self.catalog.columns[name].kind == NUMERIC
        ]
        exact = conditions(r.text, [*r.taken, *((c.start, c.end) for c in comparisons)], exact=True)
        claimed = self._conditions(r, [*comparisons, *exact], numeric_mentions)
        compare = r.take_cue(cues.COMPARE)
        r.group_by = self._group_by(r, mentions)
        for mention in mentions:
            self._resolve(r, mention, claimed)
        repeated = len({t[2] for t in r.targets}) < len(r.targets)  # "有家属和没家属的…"
        if (compare is not None or repeated) and r.group_by is None:
            self._compare(r, compare.start() if compare is not None else 0)
        metric_cue = any(r.cue(p) for p in cues.METRIC_CUES.values())
        if not metric_cue and (r.cue(cues.TEXT_CUES) or (r.open_columns and not r.numeric)):
            return self._text_plan(r)
        if r.group_by is None and r.take_cue(DESCRIBE):
            segments = [t for t in r.targets if t[2] == SEGMENT]
            if len(segments) == 1 and len(r.targets) == 1 and not r.filters:
                only = Filter(column=SEGMENT, value=segments[0][3])
                return QueryPlan(metric="count", filters=[only], profile=True)
        return self._number_plan(r)

    def _spell(self, text: str) -> str:
        """Fix misspelt English words against the catalog's words ("eletronic" -> "electronic").

        Only words of six letters or more, only to a very close known word, so a correction can
        turn a typo into the word meant but not one real word into another.
        """

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            if len(word) < 6 or word in self.vocabulary or word in FILLER_EN:
                return word
            close = difflib.get_close_matches(word, self.vocabulary, n=1, cutoff=0.86)
            if close:
                return close[0]
            swapped = [
                w for w in self.vocabulary if len(w) == len(word) and sorted(w) == sorted(word)
            ]
            return swapped[0] if len(swapped) == 1 else word  # "medain" -> "median"

        text = re.sub(r"[a-z]+", fix, text)
        return re.sub(r"\b(?:wo)?men\b|\bchildren\b", lambda m: IRREGULAR[m.group(0)], text)

    def _concepts(self, r: Reading) -> None:
        for pattern, measure, op, value in CONCEPTS:
            for match in pattern.finditer(r.residual()):
                columns = self.catalog.by_measure(measure)
                if not columns:
                    continue
                r.taken.append(match.span())
                r.filters.append(Filter(column=columns[0].name, op=op, value=value))  # type: ignore[arg-type]

    def _conditions(
        self, r: Reading, found: list[Condition], numeric_mentions: list[tuple[int, str]]
    ) -> set[int]:
        """Numeric conditions as filters; returns the starts of the column mentions they used."""
        numeric = [c for c in self.catalog.columns.values() if c.kind == NUMERIC]
        claimed: set[int] = set()
        for condition in found:
            column, value = column_for_condition(condition, numeric, numeric_mentions)
            if column is None:
                raise PlanError(self._which_number(r.lang, r.text[condition.start : condition.end]))
            r.taken.append((condition.start, condition.end))
            compared = Filter(column=column, op=condition.op, value=value)  # type: ignore[arg-type]
            r.filters.append(compared)
            r.compared.append((condition.start, compared))
            for start, name in numeric_mentions:
                if name == column and 0 <= condition.start - start <= 24:
                    claimed.add(start)
        return claimed

    @staticmethod
    def _which_number(lang: str, text: str) -> str:
        if lang == "zh":
            return f"不确定“{text.strip()}”指的是哪一列（年龄、在网时长还是消费？）"
        return f"not sure which column {text.strip()!r} refers to (age, tenure or spend?)"

    def _group_by(self, r: Reading, mentions: list[Mention]) -> str | None:
        residual = r.residual()
        for mention in mentions:
            groupable = [c for c in mention.columns if self.catalog.columns[c].kind in GROUPABLE]
            if not groupable:
                continue
            before = residual[max(0, mention.start - 24) : mention.start]
            after = residual[mention.end : mention.end + 12]
            if re.search(cues.GROUP_BEFORE, before) or re.search(cues.GROUP_AFTER, after):
                mention.values = []
                mention.columns = groupable[:1]
                return groupable[0]
        return None

    def _resolve(self, r: Reading, mention: Mention, claimed: set[int]) -> None:
        """Turn one mention into a filter, a target candidate, or the grouping column."""
        columns = [self.catalog.columns[c] for c in mention.columns]
        if mention.values:
            name, value = self._pick_value(mention, r)
            if name == r.group_by:
                return  # "churn intent: stay, unsure, leave — each share": the groups themselves
            if mention.negated and self.catalog.columns[name].kind == BOOLEAN:
                value, mention.negated = not value, False
            if mention.negated:
                r.filters.append(Filter(column=name, op="!=", value=value))
            else:
                r.targets.append((mention.start, mention.end, name, value))
            return
        for column in columns:
            if column.name == r.group_by:
                return
            if column.kind == NUMERIC:
                if mention.start not in claimed:
                    r.numeric.append((mention.start, column.name))
                return
            if column.kind == BOOLEAN:
                r.targets.append((mention.start, mention.end, column.name, not mention.negated))
                return
            if column.kind == "open":
                r.open_columns.append(column.name)
                return
            yes = column.find_value("Yes") if column.kind == CATEGORICAL else None
            if yes is not None and not r.cue(cues.COMMON):  # "streaming TV subscribers"
                value = "No" if mention.negated else yes.value
                r.targets.append((mention.start, mention.end, column.name, value))
                return
        groupable = [c for c in columns if c.kind in GROUPABLE]
        if groupable and r.group_by is None and r.cue(cues.COMMON):
            r.group_by = groupable[0].name  # "the most common payment method"

    def _pick_value(self, mention: Mention, r: Reading) -> tuple[str, Any]:
        mentioned = {c for start, end in r.taken for c in self._columns_at(r, start, end)}
        for column, value in mention.values:
            if column in mentioned:
                return column, value
        return mention.values[0]

    def _columns_at(self, r: Reading, start: int, end: int) -> list[str]:
        phrase = r.text[start:end]
        entry = self.scanner.phrases.get(phrase)
        return entry.columns if entry else []

    def _compare(self, r: Reading, at: int) -> None:
        """Two values of one column compared ("DSL vs fiber") become a grouping over them; a flag
        compared with the rest ("seniors vs everyone else", "有伴侣的和没伴侣的") becomes the
        grouping itself — the flag named nearest the comparison word, not the measure."""
        by_column: dict[str, list[Any]] = {}
        for _start, _end, column, value in r.targets:
            by_column.setdefault(column, []).append(value)
        for column, values in by_column.items():
            if len(set(values)) >= 2:
                r.group_by = column
                if self.catalog.columns[column].kind != BOOLEAN:  # both flags: all rows
                    r.filters.append(Filter(column=column, op="in", value=values))
                r.targets = [t for t in r.targets if t[2] != column]
                return
        flags = [(abs(t[0] - at), t[2]) for t in r.targets]
        flags += [(0, f.column) for f in r.filters if f.op == "!="]
        flags = [f for f in flags if self.catalog.columns[f[1]].kind == BOOLEAN]
        if flags:
            chosen = min(flags)[1]
            r.group_by = chosen
            r.targets = [t for t in r.targets if t[2] != chosen]
            r.filters = [f for f in r.filters if f.column != chosen]

    # -- assembling -----------------------------------------------------------------------------

    def _number_plan(self, r: Reading) -> QueryPlan | Refusal:
        metric = None
        highlight: str | None = None
        if r.extreme is not None:  # "the oldest", "最年轻", "happiest": a measure and a direction
            highlight, column = r.extreme
            r.numeric.insert(0, (0, column))
            if r.group_by is None:
                metric = "max" if highlight == "highest" else "min"
                highlight = None
        for measure, pattern in cues.UNIT_QUESTIONS.items():
            columns = self.catalog.by_measure(measure)
            if columns and r.take_cue(pattern) and not r.numeric:
                r.numeric.append((0, columns[0].name))
        for name, pattern in cues.METRIC_CUES.items():
            if name != "rate" and r.take_cue(pattern) and metric is None:
                metric = name
        if metric == "sum" and not r.numeric:
            metric = "count"  # "总共有多少" / "in total, how many"
        rate_cue = r.take_cue(cues.METRIC_CUES["rate"])
        distribution = r.take_cue(cues.DISTRIBUTION)
        highest, lowest = r.take_cue(cues.HIGHEST), r.take_cue(cues.LOWEST)
        if highlight is None:
            highlight = "highest" if highest else "lowest" if lowest else None
        if r.group_by is None and highlight and r.numeric and metric is None:
            metric = "min" if highlight == "lowest" else "max"
            highlight = None
        if metric is None and distribution and r.group_by and not r.numeric:
            metric = "share"
        target = r.numeric[0][1] if r.numeric else None
        value: Any = None
        if metric is None:
            flags = [t for t in r.targets if self.catalog.columns[t[2]].kind == BOOLEAN]
            if rate_cue or (highlight and r.targets) or (r.group_by and flags and target is None):
                metric = "rate" if r.targets else "share"
            elif target is not None:
                metric = "mean"
            else:
                metric = "count"
        op = "=="
        if metric == "rate":
            chosen = self._rate_target(r, rate_cue)
            # the value is glued to the rate word ("流失率", "churn rate"): it is what is counted
            glued = (
                chosen is not None
                and rate_cue is not None
                and 0 <= rate_cue.start() - chosen[1] <= 6
            )
            counted = self._take_comparison(r, after=chosen[0]) if chosen and not glued else None
            if (
                counted is not None
            ):  # "月付用户里月消费不低于70元的占比": among the first, the second
                metric, target, value, op = "rate", counted.column, counted.value, counted.op
            elif chosen is None:
                metric = "share"
            else:
                _start, _end, target, value = chosen
        if metric == "share" and r.group_by is None and rate_cue:
            counted = self._take_comparison(r)
            if counted is not None:  # "满意度4分及以上的占比", "what share pay over 80 a month"
                metric, target, value, op = "rate", counted.column, counted.value, counted.op
        if metric == "share" and r.group_by is None:
            return self._refuse(r, self._need_more(r.lang))
        for _start, _end, column, found in r.targets:
            if column == target and found == value and op == "==":
                continue
            r.filters.append(Filter(column=column, op="==", value=found))
        if metric in ("count", "share"):
            target = None
        if metric in ("mean", "median", "sum", "min", "max") and target is None:
            return self._refuse(r, self._need_more(r.lang))
        return QueryPlan(
            metric=metric,  # type: ignore[arg-type]
            target=target,
            value=value,
            op=op,  # type: ignore[arg-type]
            group_by=r.group_by,
            filters=r.filters,
            highlight=highlight if r.group_by else None,  # type: ignore[arg-type]
        )

    @staticmethod
    def _take_comparison(r: Reading, after: int | None = None) -> Filter | None:
        """Take the last numeric comparison out of the filters: it is what a rate counts ("4分及
        以上的人占多少" is the share of scores ≥ 4). With `after`, only one named after that
        position counts ("what share of month-to-month customers pay over 70": among the first,
        the second)."""
        if after is None:
            named = [f for f in r.filters if f.op in COMPARISONS]
        else:
            named = [f for start, f in r.compared if start > after and f in r.filters]
        if not named or named[-1].op not in COMPARISONS:
            return None
        r.filters = [f for f in r.filters if f is not named[-1]]
        return named[-1]

    def _rate_target(
        self, r: Reading, cue: re.Match[str] | None
    ) -> tuple[int, int, str, Any] | None:
        """The value a rate counts: next to the rate word ("churn rate", "流失率"), else the last
        one named."""
        if not r.targets:
            return None
        if cue is not None:
            before = [t for t in r.targets if 0 <= cue.start() - t[1] <= 6]
            if before:
                return max(before, key=lambda t: t[1])
            if r.lang == "en" and re.match(r"rates?\b|ratio", cue.group(0)):
                after = [t for t in r.targets if 0 <= t[0] - cue.end() <= 4]
                if after:
                    return after[0]
        return r.targets[-1]

    def _text_plan(self, r: Reading) -> QueryPlan:
        kind = "quotes" if r.take_cue(cues.QUOTE_CUES) else "themes"
        r.take_cue(cues.TEXT_CUES)
        topic = None
        about = cues.ABOUT.search(r.residual())
        if about and about.group(1).strip():
            topic = about.group(1).strip(" ?？。.")
            r.taken.append(about.span())
        for _start, _end, name, value in r.targets:
            r.filters.append(Filter(column=name, op="==", value=value))
        column = r.open_columns[0] if r.open_columns else None
        text = TextQuery(kind=kind, column=column, topic=topic)  # type: ignore[arg-type]
        return QueryPlan(text=text, filters=r.filters)

    @staticmethod
    def _need_more(lang: str) -> str:
        if lang == "zh":
            return "不确定要计算什么：请说明要看哪一列（例如平均月消费、流失率、人数）"
        return (
            "not sure what to compute: name a measure "
            "(e.g. average monthly spend, churn rate, count)"
        )

    def _unknown(self, r: Reading) -> list[str]:
        residual = r.residual()
        unknown: list[str] = []
        for word in re.findall(r"[a-z][a-z'\-]*", residual):
            if word not in FILLER_EN and word.rstrip("s") not in FILLER_EN:
                unknown.append(word)
        chinese = FILLER_ZH_PATTERN.sub(" ", residual)
        unknown.extend(run for run in re.findall(r"[\u3400-\u9fff]+", chinese))
        return list(dict.fromkeys(unknown))


FILLER_EN = frozenset(cues.FILLER_EN)
FILLER_ZH_PATTERN = re.compile(
    "|".join(sorted(map(re.escape, cues.FILLER_ZH), key=len, reverse=True))
)


def plan_question(question: str, catalog: Catalog) -> QueryPlan | Refusal:
    return OfflinePlanner(catalog).plan(question)


def numeric_columns(catalog: Catalog) -> list[Column]:
    return [c for c in catalog.columns.values() if c.kind == NUMERIC]

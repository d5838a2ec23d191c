"""The query plan: everything a question may compute, as data that code checks before running.

Neither planner produces code. The offline planner builds a `QueryPlan` from the words it
recognises; the LLM planner proposes one as structured output. Either way the plan is validated
against the `Catalog` (`Catalog.check`) and run by `analytics.ask.executor`, which knows only
these metrics, operators and fields — so a hostile question can at worst ask for a number.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Scalar = str | int | float | bool
Metric = Literal["count", "share", "rate", "mean", "median", "sum", "min", "max"]
Operator = Literal["==", "!=", "<", "<=", ">", ">=", "in", "not_in", "between"]
NUMBER_METRICS = frozenset({"mean", "median", "sum", "min", "max"})
COMPARISONS = frozenset({"<", "<=", ">", ">=", "between"})  # operators on numbers only
MAX_LIMIT = 100


class Filter(BaseModel):
    """One condition on a column; ``between`` takes [low, high] inclusive, ``in`` a list."""

    model_config = ConfigDict(extra="forbid")

    column: str
    op: Operator = "=="
    value: Scalar | list[Scalar]

    @model_validator(mode="after")
    def _value_matches_operator(self) -> Filter:
        if self.op in ("in", "not_in"):
            if not isinstance(self.value, list) or not self.value:
                raise ValueError(f"{self.op!r} needs a non-empty list of values")
        elif self.op == "between":
            if not isinstance(self.value, list) or len(self.value) != 2:
                raise ValueError("'between' needs [low, high]")
        elif isinstance(self.value, list):
            raise ValueError(f"{self.op!r} needs a single value, not a list")
        return self


class TextQuery(BaseModel):
    """A question about what respondents *said*: themes or quotes of open answers."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["themes", "quotes"] = "themes"
    column: str | None = None  # an open-answer column; None means every open answer
    topic: str | None = Field(default=None, max_length=200)  # searched by meaning when given


class QueryPlan(BaseModel):
    """What to compute: a metric over rows that pass `filters`, optionally per group.

    - ``count``: rows; ``share``: each group's share of the rows (or, with `value`, the same as
      ``rate``); ``rate``: among rows with a known `target`, the share whose target compares to
      `value` by `op` (equal by default; ">= 4" counts the satisfaction scores of 4 and 5);
      ``mean``/``median``/``sum``/``min``/``max``: of a numeric `target`, skipping gaps.
    - `highlight` names the highest or lowest group in the answer ("which segment churns most");
      the table still lists every group, sorted by `sort`.
    - A plan with `text` asks about open answers instead of (not as well as) a number.
    """

    model_config = ConfigDict(extra="forbid")

    metric: Metric | None = None
    target: str | None = None
    value: Scalar | list[Scalar] | None = None
    op: Operator = "=="  # how a rate compares `target` with `value`
    group_by: str | None = None
    filters: list[Filter] = Field(default_factory=list, max_length=12)
    sort: Literal["asc", "desc"] | None = None
    highlight: Literal["highest", "lowest"] | None = None
    limit: int | None = Field(default=None, ge=1, le=MAX_LIMIT)
    text: TextQuery | None = None
    profile: bool = False  # "describe segment 2": the count plus the stored segment profile

    @model_validator(mode="after")
    def _complete(self) -> QueryPlan:
        if self.text is not None:
            if self.metric is not None or self.group_by is not None:
                raise ValueError("a text question has no metric or grouping")
            return self
        if self.metric is None:
            raise ValueError("a plan needs a metric or a text question")
        if self.metric in NUMBER_METRICS and self.target is None:
            raise ValueError(f"{self.metric!r} needs a numeric target column")
        if self.metric == "rate" and (self.target is None or self.value is None):
            raise ValueError("'rate' needs a target column and the value to count")
        if self.value is not None and self.target is not None:
            self.counted()  # the operator and the value must fit each other
        elif self.op != "==":
            raise ValueError(f"{self.op!r} needs a target column and a value to compare with")
        if self.metric == "share" and self.group_by is None and self.value is None:
            raise ValueError("'share' needs a group_by column or a target value")
        if self.highlight is not None and self.group_by is None:
            raise ValueError("'highlight' needs a group_by column")
        return self

    def counted(self) -> Filter:
        """What a rate counts, as a condition on its target ("satisfaction >= 4")."""
        assert self.target is not None and self.value is not None
        return Filter(column=self.target, op=self.op, value=self.value)

    def describe(self) -> str:
        """A compact, stable, human-readable form (logs, tests, the dashboard's plan line)."""
        if self.text is not None:
            parts = [f"text {self.text.kind}", self.text.column or "all open answers"]
            if self.text.topic:
                parts.append(f"about {self.text.topic!r}")
        else:
            what: str = self.metric or ""
            if self.target:
                shown = f" {self.op} {self.value!r}" if self.value is not None else ""
                what += f"({self.target}" + shown.replace(" == ", " = ")
                what += ")"
            parts = [what]
            if self.group_by:
                parts.append(f"by {self.group_by}")
        if self.filters:
            conditions = [f"{f.column} {f.op} {f.value!r}" for f in self.filters]
            parts.append("where " + " and ".join(conditions))
        if self.highlight:
            parts.append(f"highlight {self.highlight}")
        if self.profile:
            parts.append("with the segment profile")
        return " ".join(parts)


class Refusal(BaseModel):
    """Why a question cannot be answered, and questions that can — never a made-up number."""

    reason: str
    unknown: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)

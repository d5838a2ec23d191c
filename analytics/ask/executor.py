"""Runs a checked `QueryPlan` against the analysis frame with pandas — the only thing that runs.

Semantics, stated once so that every answer can be checked by hand:

- filters drop rows where the filtered column is missing; ``between`` is inclusive;
- ``rate`` (and ``share`` with a value) counts, among rows whose target is known, those equal to
  the value (any of them, for a list);
- ``share`` by group is each group's share of the rows that pass the filters and have a known
  group value (the shares add up to 100%);
- ``mean``/``median``/``sum``/``min``/``max`` skip missing values;
- groups with no rows are not listed; missing group values are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analytics.ask.catalog import Catalog
from analytics.ask.plan import Filter, QueryPlan


@dataclass
class Computed:
    """A plan's numbers: one value, or a table with one row per group (sorted, limited)."""

    plan: QueryPlan
    rows: int  # rows that passed the filters
    value: float | None = None  # the headline number when there is no grouping
    table: pd.DataFrame | None = None  # columns: group, value, n
    known: int = 0  # rows with a known target (the denominator of a rate)

    @property
    def top(self) -> dict[str, Any] | None:
        """The first row with each value in its own type (a row Series would make ints floats)."""
        if self.table is None or self.table.empty:
            return None
        return dict(self.table.to_dict("records")[0])


def mask_for(frame: pd.DataFrame, filters: list[Filter]) -> pd.Series:
    keep = pd.Series(True, index=frame.index)
    for condition in filters:
        keep &= _condition(frame[condition.column], condition)
    return keep


def _condition(series: pd.Series, condition: Filter) -> pd.Series:
    op, value = condition.op, condition.value
    known = series.notna()
    if op in ("<", "<=", ">", ">=", "between"):
        numbers = pd.to_numeric(series, errors="coerce").astype("float64")
        if op == "between":
            low, high = sorted(float(v) for v in value)  # type: ignore[union-attr]
            result = numbers.between(low, high)
        else:
            limit = float(value)  # type: ignore[arg-type]
            result = {
                "<": numbers < limit,
                "<=": numbers <= limit,
                ">": numbers > limit,
                ">=": numbers >= limit,
            }[op]
        return result.fillna(False).astype(bool) & known
    values = value if isinstance(value, list) else [value]
    hit = _isin(series, values)
    if op in ("!=", "not_in"):
        return ~hit & known
    return hit & known


def _isin(series: pd.Series, values: list[Any]) -> pd.Series:
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series):
        numbers = [float(v) for v in values if not isinstance(v, str)]
        return series.astype("float64").isin(numbers).fillna(False).astype(bool)
    return series.isin(values).fillna(False).astype(bool)


def execute(plan: QueryPlan, frame: pd.DataFrame, catalog: Catalog) -> Computed:
    """Compute `plan` (already checked against `catalog`) on `frame`."""
    del catalog  # the plan is checked; kept in the signature so callers cannot skip the check
    subset = frame[mask_for(frame, plan.filters)]
    result = Computed(plan, rows=len(subset))
    metric = plan.metric
    if plan.group_by is None:
        result.value, result.known = _aggregate(subset, plan)
        return result
    groups = subset[plan.group_by]
    keep = groups.notna()
    subset, groups = subset[keep], groups[keep]
    rows = []
    for key, part in subset.groupby(groups.to_numpy(), sort=False):
        value, known = _aggregate(part, plan)
        if metric == "share" and plan.value is None:
            value, known = len(part) / len(subset), len(part)
        rows.append({"group": _plain(key), "value": value, "n": len(part), "known": known})
    table = pd.DataFrame(rows, columns=["group", "value", "n", "known"])
    table = _order(table, plan, _group_order(frame[plan.group_by]))
    result.table = table.head(plan.limit) if plan.limit else table
    return result


def _aggregate(part: pd.DataFrame, plan: QueryPlan) -> tuple[float | None, int]:
    metric = plan.metric
    if metric == "count" or (metric == "share" and plan.value is None):
        return float(len(part)), len(part)
    assert plan.target is not None
    target = part[plan.target]
    known = target.dropna()
    if metric in ("rate", "share"):
        values = plan.value if isinstance(plan.value, list) else [plan.value]
        if not len(known):
            return None, 0
        return float(_isin(known, values).mean()), len(known)
    numbers = pd.to_numeric(known, errors="coerce").astype("float64").dropna()
    if numbers.empty:
        return None, 0
    value = getattr(numbers, str(metric))()
    return float(value), len(numbers)


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    return value


def _group_order(series: pd.Series) -> list[Any]:
    if isinstance(series.dtype, pd.CategoricalDtype):
        return [_plain(v) for v in series.cat.categories]
    return sorted((_plain(v) for v in series.dropna().unique()), key=str)


def _order(table: pd.DataFrame, plan: QueryPlan, order: list[Any]) -> pd.DataFrame:
    direction = plan.sort
    if direction is None and plan.highlight is not None:
        direction = "desc" if plan.highlight == "highest" else "asc"
    if direction is None:
        rank = {value: i for i, value in enumerate(order)}
        table = table.assign(_rank=table["group"].map(lambda g: rank.get(g, len(rank))))
        return (
            table.sort_values("_rank", kind="stable").drop(columns="_rank").reset_index(drop=True)
        )
    if plan.highlight == "lowest" and direction == "desc":
        direction = "asc"
    ascending = direction == "asc"
    table = table.sort_values("value", ascending=ascending, kind="stable", na_position="last")
    return table.reset_index(drop=True)

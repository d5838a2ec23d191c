"""Runs a checked `QueryPlan` against the analysis frame with pandas — the only thing that runs.

Semantics, stated once so that every answer can be checked by hand:

- filters drop rows where the filtered column is missing; ``between`` is inclusive;
- ``rate`` (and ``share`` with a value) counts, among rows whose target is known, those equal to
  the value (any of them, for a list), or compared with it by the plan's operator;
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
from analytics.ask.plan import COMPARISONS, Filter, QueryPlan


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
    """Rows passing every filter, as a boolean Series on `frame`'s index."""
    keep = np.ones(len(frame), dtype=bool)
    for condition in filters:
        keep &= _condition(frame[condition.column], condition)
    return pd.Series(keep, index=frame.index)


def _condition(series: pd.Series, condition: Filter) -> np.ndarray:
    """One filter as a numpy mask (no index alignment: the frame's index is long strings)."""
    op, value = condition.op, condition.value
    known = series.notna().to_numpy(dtype=bool)
    if op in COMPARISONS:
        numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        with np.errstate(invalid="ignore"):
            if op == "between":
                low, high = sorted(float(v) for v in value)  # type: ignore[union-attr]
                result = (numbers >= low) & (numbers <= high)
            else:
                limit = float(value)  # type: ignore[arg-type]
                result = {
                    "<": numbers < limit,
                    "<=": numbers <= limit,
                    ">": numbers > limit,
                    ">=": numbers >= limit,
                }[op]
        return result & known
    values = value if isinstance(value, list) else [value]
    hit = _isin(series, values).to_numpy(dtype=bool)
    if op in ("!=", "not_in"):
        return ~hit & known
    return hit & known


def _isin(series: pd.Series, values: list[Any]) -> pd.Series:
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series):
        numbers = [float(v) for v in values if not isinstance(v, str)]
        return series.astype("float64").isin(numbers).fillna(False).astype(bool)
    return series.isin(values).fillna(False).astype(bool)


def execute(plan: QueryPlan, frame: pd.DataFrame, catalog: Catalog) -> Computed:
    """Compute `plan` (already checked against `catalog`) on `frame`.

    Works on plain positions (the respondent-id index is dropped for the computation: boolean
    selection on a string index costs more than the arithmetic), and groups with one vectorised
    pandas aggregation per plan rather than a Python loop over groups.
    """
    del catalog  # the plan is checked; kept in the signature so callers cannot skip the check
    keep = mask_for(frame, plan.filters).to_numpy()
    columns = list(dict.fromkeys(c for c in (plan.group_by, plan.target) if c is not None))
    subset = frame[columns].reset_index(drop=True)[keep] if columns else frame.iloc[keep, :0]
    result = Computed(plan, rows=int(keep.sum()))
    if plan.group_by is None:
        result.value, result.known = _aggregate(subset, plan)
        return result
    table = _grouped(subset, plan)
    table = _order(table, plan, _group_order(frame[plan.group_by]))
    result.table = table.head(plan.limit) if plan.limit else table
    return result


def _measure(subset: pd.DataFrame, plan: QueryPlan) -> tuple[pd.Series, pd.Series]:
    """Per row: the number the metric averages or aggregates, and whether it is known."""
    if plan.metric == "count" or (plan.metric == "share" and plan.value is None):
        ones = pd.Series(1.0, index=subset.index)
        return ones, pd.Series(True, index=subset.index)
    assert plan.target is not None
    target = subset[plan.target]
    known = target.notna().astype(bool)
    if plan.metric in ("rate", "share"):
        hits = pd.Series(_condition(target, plan.counted()), index=subset.index, dtype="float64")
        return hits.where(known), known
    numbers = pd.to_numeric(target, errors="coerce").astype("float64")
    return numbers, numbers.notna()


def _aggregate(subset: pd.DataFrame, plan: QueryPlan) -> tuple[float | None, int]:
    values, known = _measure(subset, plan)
    count = int(known.sum())
    if plan.metric == "count" or (plan.metric == "share" and plan.value is None):
        return float(len(subset)), len(subset)
    if not count:
        return None, 0
    how = "mean" if plan.metric in ("rate", "share") else str(plan.metric)
    return float(getattr(values.dropna(), how)()), count


def _grouped(subset: pd.DataFrame, plan: QueryPlan) -> pd.DataFrame:
    assert plan.group_by is not None
    groups = subset[plan.group_by]
    present = groups.notna().to_numpy()
    subset, groups = subset[present], groups[present]
    values, known = _measure(subset, plan)
    by = groups
    sizes = by.groupby(by, sort=False, observed=True).size()
    sizes = sizes[sizes > 0]
    if plan.metric == "count":
        value = sizes.astype("float64")
    elif plan.metric == "share" and plan.value is None:
        value = sizes / sizes.sum()
    else:
        how = "mean" if plan.metric in ("rate", "share") else str(plan.metric)
        value = values.groupby(by, sort=False, observed=True).agg(how)
    counted = known.groupby(by, sort=False, observed=True).sum()
    table = pd.DataFrame(
        {
            "group": [_plain(g) for g in sizes.index],
            "value": [None if pd.isna(v) else float(v) for v in value.reindex(sizes.index)],
            "n": sizes.to_numpy().astype(int),
            "known": counted.reindex(sizes.index).to_numpy().astype(int),
        },
        columns=["group", "value", "n", "known"],
    )
    if plan.metric in ("count",) or (plan.metric == "share" and plan.value is None):
        table["known"] = table["n"]
    return table


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

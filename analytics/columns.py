"""Column kinds: what each column of the analysis frame is, decided once from its dtype.

The frame carries its own typing, so no side table has to travel with it:

- ``numeric``: float or integer columns (continuous measures, counts, scales);
- ``boolean``: pandas' nullable ``boolean`` dtype (flags, yes/no answers, multi-choice options);
- ``categorical``: ``category`` dtype (choice answers, low-cardinality imported strings);
- ``text``: strings (open answers, names, identifiers), never used as model features;
- ``status``: ``<slot>__status`` columns that keep *refused* apart from *missing*;
- ``reserved``: bookkeeping (source, segment, churn_risk, ...), never a feature.

Imported columns arrive untyped (JSON / CSV values), so `type_imported` infers a kind for each and
converts it; `ColumnInfo` records what was inferred so the import command can show it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

NUMERIC, BOOLEAN, CATEGORICAL, TEXT, STATUS, RESERVED, DATETIME, EMPTY = (
    "numeric",
    "boolean",
    "categorical",
    "text",
    "status",
    "reserved",
    "datetime",
    "empty",
)
IDENTIFIER = "identifier"  # reported at import; stored in the frame as text
RESERVED_COLUMNS = frozenset({"source", "lang", "segment", "churn_risk", "created_at"})
STATUS_SUFFIX = "__status"
# A string column becomes categorical when it has at most this many distinct values ...
MAX_CATEGORIES = 50
# ... and they are repeated, i.e. distinct values are at most this share of the non-missing rows.
MAX_UNIQUE_SHARE = 0.5
TRUE_WORDS = frozenset({"yes", "y", "true", "t", "1", "是", "有", "对"})
FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "否", "无", "没有", "不是"})


@dataclass(frozen=True)
class ColumnInfo:
    """What the import saw in one column: inferred kind, gaps, variety and an example value."""

    name: str
    kind: str
    missing: int
    unique: int
    example: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def column_kind(name: str, series: pd.Series) -> str:
    """The kind of one frame column (see the module docstring)."""
    if name in RESERVED_COLUMNS or name.startswith("quality__"):
        return RESERVED
    if name.endswith(STATUS_SUFFIX):
        return STATUS
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return CATEGORICAL
    if pd.api.types.is_bool_dtype(dtype):
        return BOOLEAN
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return DATETIME
    if pd.api.types.is_numeric_dtype(dtype):
        return NUMERIC
    return TEXT


def column_kinds(frame: pd.DataFrame) -> dict[str, str]:
    return {str(name): column_kind(str(name), frame[name]) for name in frame.columns}


def _example(series: pd.Series) -> str:
    values = series.dropna()
    return "" if values.empty else str(values.iloc[0])[:40]


def _as_boolean(series: pd.Series) -> pd.Series | None:
    """Yes/no-like values as nullable booleans, or None when the column is not two-valued."""
    values = series.dropna()
    if values.empty:
        return None
    if pd.api.types.is_bool_dtype(series.dtype):
        return series.astype("boolean")
    if pd.api.types.is_numeric_dtype(series.dtype):
        if not values.isin([0, 1]).all():
            return None
        return series.astype("boolean")
    distinct = {str(v).strip().lower() for v in values.unique()}
    if len(distinct) != 2 or not distinct <= TRUE_WORDS | FALSE_WORDS:
        return None
    if not (distinct & TRUE_WORDS and distinct & FALSE_WORDS):
        return None
    words = series.astype("string").str.strip().str.lower()
    return words.isin(list(TRUE_WORDS)).astype("boolean").mask(words.isna())


def _mostly_numbers(text: pd.Series, sample: int = 500) -> bool:
    """Cheap pre-check on a sample: full `to_numeric` over 100k strings costs a quarter second."""
    values = text.dropna()
    values = values.iloc[:: max(1, len(values) // sample)]
    parsed = pd.to_numeric(values, errors="coerce").notna().mean()
    return bool(parsed >= 0.9)


def type_imported(name: str, series: pd.Series) -> tuple[pd.Series, ColumnInfo]:
    """Infer one imported column's kind and return it converted, with what was inferred.

    Why infer rather than trust the file: CSV has no types, exports write numbers as text with
    blanks for missing ("1889.5", " "), and yes/no flags come as words or 0/1. The raw values stay
    untouched in the database; only the analysis frame gets the typed column.
    """
    missing = int(series.isna().sum())
    non_null = series.dropna()
    unique = int(non_null.nunique())
    example = _example(series)

    def info(kind: str, note: str = "") -> ColumnInfo:
        return ColumnInfo(name, kind, missing, unique, example, note)

    if non_null.empty:
        return series.astype("float64"), info(EMPTY, "no values")
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return series, info(DATETIME)
    as_bool = _as_boolean(series)
    if as_bool is not None:
        return as_bool, info(BOOLEAN)
    if pd.api.types.is_numeric_dtype(series.dtype):
        numeric = series.astype("float64")
        integral = bool(np.all(np.mod(non_null.to_numpy(dtype="float64"), 1) == 0))
        if integral and unique == len(non_null) and len(non_null) >= 50 and missing == 0:
            # Row numbers and customer numbers: distinct integers carry no pattern to learn.
            return series.astype("string"), info(IDENTIFIER, "all values distinct")
        return numeric, info(NUMERIC)
    text = series.astype("string").str.strip().replace("", pd.NA)
    present = int(text.notna().sum())
    if present and _mostly_numbers(text):
        numeric = pd.to_numeric(text, errors="coerce")
        parsed = int(numeric.notna().sum())
    else:
        numeric, parsed = pd.Series(dtype="float64"), 0
    if present and parsed / present >= 0.95:
        lost = present - parsed
        note = f"{lost} unparsable value(s) read as missing" if lost else "numbers stored as text"
        return numeric.astype("float64"), ColumnInfo(
            name, NUMERIC, int(numeric.isna().sum()), unique, example, note
        )
    if unique <= MAX_CATEGORIES and unique <= max(2, MAX_UNIQUE_SHARE * present):
        return text.astype("category"), info(CATEGORICAL)
    if unique == present and not text.str.contains(r"\s", regex=True).any():
        return text, info(IDENTIFIER, "all values distinct")
    return text, info(TEXT)

"""Cleaning for modelling: reported, never silent, and never destructive.

Nothing here deletes or rewrites a respondent. Duplicates and outliers are *flagged* and kept out
of model fitting (they are still assigned a segment and scored afterwards); missing values are
imputed only in the model inputs, with an indicator column so a model can learn from the gap
itself; refusals get their own indicator (numbers, flags) or category (choices), because "would
not say" is an answer. Every decision is counted in `CleaningReport`.

Encoding: continuous columns are median-imputed and standardised; flags and one-hot categories
stay 0/1 and unscaled, so a rare flag cannot become a huge z-score that dominates k-means
distances.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import MissingIndicator, SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from analytics.columns import BOOLEAN, CATEGORICAL, MAX_CATEGORIES, NUMERIC, column_kinds
from analytics.errors import AnalyticsError

MISSING, REFUSED, OTHER = "(missing)", "(refused)", "(other)"
IQR_FACTOR = 3.0  # Tukey's "far out" fence: skewed spend data has many 1.5-IQR "outliers"
ROBUST_Z = 3.5  # Iglewicz & Hoaglin's modified z-score cut-off
ONE_HOT_LIMIT = 15  # most frequent categories per column; the rest share one "(other)" column


@dataclass
class CleaningReport:
    """Counts behind every cleaning decision, for the quality report and `segments --json`."""

    rows: int
    features: list[str]
    duplicates: int
    outlier_method: str
    outlier_rows: int
    outliers: dict[str, int]
    missing: list[dict[str, Any]]
    excluded_from_fit: int
    encoded_features: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Cleaned:
    """Model inputs for every row, which rows may be fitted on, and the report."""

    inputs: pd.DataFrame
    continuous: list[str]
    flags: list[str]
    categorical: list[str]
    duplicate: pd.Series
    outlier: pd.Series
    report: CleaningReport

    @property
    def categories(self) -> dict[str, list[str]]:
        return {c: list(self.inputs[c].cat.categories) for c in self.categorical}

    @property
    def fit_mask(self) -> np.ndarray:
        return ~(self.duplicate.to_numpy() | self.outlier.to_numpy())


def default_features(frame: pd.DataFrame, exclude: Iterable[str] = ()) -> list[str]:
    """Columns worth modelling: numbers, flags and categories that vary; text and ids are out."""
    excluded = set(exclude)
    out: list[str] = []
    for column, kind in column_kinds(frame).items():
        if column in excluded or kind not in {NUMERIC, BOOLEAN, CATEGORICAL}:
            continue
        values = frame[column].dropna()
        distinct = values.nunique()
        if distinct < 2 or (kind == CATEGORICAL and distinct > MAX_CATEGORIES):
            continue
        out.append(column)
    return out


def status_column(frame: pd.DataFrame, column: str) -> str | None:
    """The status column that says whether `column` was refused (multi-choice options share one)."""
    for candidate in (f"{column}__status", f"{column.split('__')[0]}__status"):
        if candidate in frame.columns:
            return candidate
    return None


def refused_mask(frame: pd.DataFrame, column: str) -> pd.Series:
    status = status_column(frame, column)
    if status is None:
        return pd.Series(False, index=frame.index)
    return (frame[status] == "refused").fillna(False).astype(bool)


def find_duplicates(frame: pd.DataFrame, columns: Sequence[str]) -> pd.Series:
    """True for the second and later copies of identical rows (re-submissions).

    Rows with fewer than two known values are never called duplicates: two people who both
    skipped everything did not submit the same answers.
    """
    subset = frame[list(columns)]
    informative = subset.notna().sum(axis=1) >= 2
    return (subset.duplicated(keep="first") & informative).astype(bool)


def flag_outliers(frame: pd.DataFrame, columns: Sequence[str], method: str = "iqr") -> pd.DataFrame:
    """One boolean column per checked numeric column: True where the value is an outlier.

    ``iqr``: outside [Q1 - 3·IQR, Q3 + 3·IQR]. ``robust_z``: |0.6745·(x - median) / MAD| > 3.5.
    Columns with no spread (IQR or MAD of zero: flags, near-constant values) are not checked,
    since every non-typical value would be flagged.
    """
    if method not in {"iqr", "robust_z"}:
        raise AnalyticsError(f"unknown outlier method {method!r}; use iqr or robust_z")
    flags: dict[str, pd.Series] = {}
    for column in columns:
        values = frame[column].astype("float64")
        if values.dropna().nunique() <= 2:
            continue
        if method == "iqr":
            q1, q3 = values.quantile(0.25), values.quantile(0.75)
            spread = q3 - q1
            if not spread > 0:
                continue
            flagged = (values < q1 - IQR_FACTOR * spread) | (values > q3 + IQR_FACTOR * spread)
        else:
            median = values.median()
            mad = (values - median).abs().median()
            if not mad > 0:
                continue
            flagged = (0.6745 * (values - median) / mad).abs() > ROBUST_Z
        flags[column] = flagged.fillna(False).astype(bool)
    return pd.DataFrame(flags, index=frame.index)


def missing_summary(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, Any]]:
    """Per column: how many values are missing, and how many of those were refusals."""
    out = []
    for column in columns:
        absent = int(frame[column].isna().sum())
        refused = int(refused_mask(frame, column).sum())
        if absent:
            out.append(
                {
                    "column": column,
                    "missing": absent - refused,
                    "refused": refused,
                    "share": round(absent / max(len(frame), 1), 4),
                }
            )
    return out


def prepare_inputs(
    frame: pd.DataFrame, features: Sequence[str]
) -> tuple[pd.DataFrame, list[str], list[str], list[str]]:
    """Model-ready columns: floats for numbers and flags (NaN kept for the imputer), strings with
    explicit (missing) / (refused) categories, plus a ``<column>__refused`` flag where needed."""
    kinds = column_kinds(frame)
    columns: dict[str, Any] = {}
    continuous: list[str] = []
    flags: list[str] = []
    categorical: list[str] = []
    for column in features:
        if column not in frame.columns:
            known = ", ".join(default_features(frame))
            raise AnalyticsError(f"unknown feature {column!r}; usable columns: {known}")
        kind, refused = kinds[column], refused_mask(frame, column)
        if kind == CATEGORICAL:
            columns[column] = _category_strings(frame[column], refused)
            categorical.append(column)
            continue
        if kind not in {NUMERIC, BOOLEAN}:
            raise AnalyticsError(f"column {column!r} is {kind}, not a number, flag or category")
        columns[column] = frame[column].astype("float64").to_numpy()
        (continuous if kind == NUMERIC else flags).append(column)
        if refused.any() and f"{column}__refused" not in columns:
            columns[f"{column}__refused"] = refused.astype("float64").to_numpy()
            flags.append(f"{column}__refused")
    return pd.DataFrame(columns, index=frame.index), continuous, flags, categorical


def _category_strings(values: pd.Series, refused: pd.Series) -> pd.Categorical:
    """Categories as strings, gaps named, and beyond the `ONE_HOT_LIMIT` most frequent values
    one shared "(other)" category (a column with 40 cities must not become 40 features).

    Kept as a pandas Categorical whose categories are handed to the encoder, which then need not
    count Python objects row by row to find them (six seconds for 100k rows and ten columns).
    The grouping uses every row's category frequencies; no outcome is involved, so nothing leaks.
    """
    text = values.astype("object")
    text = text.where(text.notna(), np.where(refused, REFUSED, MISSING)).astype(str)
    counts = text.value_counts(sort=True)
    if len(counts) > ONE_HOT_LIMIT:
        keep = set(counts.index[:ONE_HOT_LIMIT])
        text = text.where(text.isin(keep), OTHER)
    return pd.Categorical(text, categories=sorted(set(text.unique())))


def _name_category(feature: str, category: Any) -> str:
    return f"{feature}={category}"


def make_encoder(
    continuous: Sequence[str],
    flags: Sequence[str],
    categorical: Sequence[str],
    categories: Mapping[str, Sequence[str]],
) -> ColumnTransformer:
    """Impute, scale and one-hot as one scikit-learn transformer, so cross-validation refits it
    inside each fold and nothing leaks from the held-out rows."""
    parts: list[tuple[str, Any, list[str]]] = []
    if continuous:
        numeric = Pipeline(
            [("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]
        )
        parts.append(("num", numeric, list(continuous)))
    if flags:
        parts.append(("flag", SimpleImputer(strategy="most_frequent"), list(flags)))
    if continuous or flags:
        gaps = MissingIndicator(features="missing-only", error_on_new=False)
        parts.append(("gap", gaps, [*continuous, *flags]))
    if categorical:
        onehot = OneHotEncoder(
            categories=[list(categories[c]) for c in categorical],
            handle_unknown="ignore",
            sparse_output=False,
            dtype=np.float32,
            feature_name_combiner=_name_category,
        )
        parts.append(("cat", onehot, list(categorical)))
    if not parts:
        raise AnalyticsError("no usable features to model")
    return ColumnTransformer(parts, verbose_feature_names_out=False, sparse_threshold=0)


def feature_names(encoder: ColumnTransformer) -> list[str]:
    names = [str(name) for name in encoder.get_feature_names_out()]
    prefix = "missingindicator_"
    return [f"{n.removeprefix(prefix)} (missing)" if n.startswith(prefix) else n for n in names]


def clean(frame: pd.DataFrame, features: Sequence[str], *, outlier_method: str = "iqr") -> Cleaned:
    """Flag duplicates and outliers over `features`, prepare model inputs, and report it all."""
    if not features:
        raise AnalyticsError("no usable features: import a table or collect survey answers first")
    inputs, continuous, flags, categorical = prepare_inputs(frame, features)
    duplicate = find_duplicates(frame, features)
    outliers = flag_outliers(frame, continuous, outlier_method)
    outlier = outliers.any(axis=1) if not outliers.empty else pd.Series(False, index=frame.index)
    excluded = int((duplicate | outlier).sum())
    report = CleaningReport(
        rows=len(frame),
        features=list(features),
        duplicates=int(duplicate.sum()),
        outlier_method=outlier_method,
        outlier_rows=int(outlier.sum()),
        outliers={c: int(v) for c, v in outliers.sum().items() if v},
        missing=missing_summary(frame, features),
        excluded_from_fit=excluded,
    )
    return Cleaned(inputs, continuous, flags, categorical, duplicate, outlier.astype(bool), report)


def encode(cleaned: Cleaned) -> tuple[np.ndarray, ColumnTransformer, list[str]]:
    """Fit the encoder on the rows that may be fitted on, transform every row (float32)."""
    encoder = make_encoder(
        cleaned.continuous, cleaned.flags, cleaned.categorical, cleaned.categories
    )
    fit_rows = cleaned.inputs[cleaned.fit_mask]
    if len(fit_rows) < 2:
        raise AnalyticsError("fewer than two usable rows after cleaning; nothing to model")
    encoder.fit(fit_rows)
    matrix = np.asarray(encoder.transform(cleaned.inputs), dtype=np.float32)
    names = feature_names(encoder)
    cleaned.report.encoded_features = names
    return matrix, encoder, names

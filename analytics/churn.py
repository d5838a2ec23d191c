"""Churn propensity: two model families, chosen by cross-validated ROC AUC, with explained drivers.

Logistic regression is the interpretable baseline and often wins on tabular churn data; gradient
boosting (HistGradientBoostingClassifier) catches interactions and thresholds. Both run inside
the same pipeline as the encoder (`analytics.cleaning.make_encoder`), so every fold imputes and
scales from its own training rows only. Duplicates and outliers are left out of fitting and
cross-validation but, like every other respondent, get a churn-risk score.

Drivers are reported the same way for either model: *importance* is the drop in AUC when the
feature is shuffled (permutation importance), *effect* is how much the predicted churn
probability changes, on average, when the feature moves from low (10th percentile, or 0 for a
flag or category) to high (90th percentile, or 1), everything else held as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline

from analytics.cleaning import Cleaned, clean, default_features, feature_names, make_encoder
from analytics.columns import BOOLEAN, CATEGORICAL, NUMERIC, TRUE_WORDS, column_kinds
from analytics.errors import AnalyticsError
from analytics.parallel import limited_threads

CV_ROWS = 50_000  # cross-validate on a seeded sample above this; the final fit uses every row
DRIVER_ROWS = 5_000
LEAVE_WORDS = frozenset({"leave", "left", "churned", "cancelled", "canceled", "离开", "流失"})


@dataclass
class Driver:
    feature: str
    importance: float
    effect: float

    @property
    def direction(self) -> str:
        return "raises churn" if self.effect > 0 else "lowers churn"

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.feature,
            "importance": round(self.importance, 4),
            "effect": round(self.effect, 4),
            "direction": self.direction,
        }


@dataclass
class ChurnResult:
    target: str
    model: str
    auc: dict[str, tuple[float, float]]
    drivers: list[Driver]
    scores: pd.Series
    fitted_rows: int
    base_rate: float
    features: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "model": self.model,
            "auc": {
                name: {"mean": round(m, 4), "std": round(s, 4)} for name, (m, s) in self.auc.items()
            },
            "fitted_rows": self.fitted_rows,
            "base_rate": round(self.base_rate, 4),
            "features": self.features,
            "drivers": [driver.to_dict() for driver in self.drivers],
        }


def binary_target(series: pd.Series) -> pd.Series:
    """A churn column as 1.0 / 0.0 / NaN: flags, 0/1, yes/no words, or churn_intent's 'leave'."""
    kind = column_kinds(series.to_frame(name="target"))["target"]
    if kind == BOOLEAN:
        return series.astype("float64")
    if kind == NUMERIC:
        values = series.astype("float64")
        if not values.dropna().isin([0.0, 1.0]).all():
            raise AnalyticsError("a churn target must be 0/1, yes/no or a churn_intent choice")
        return values
    if kind == CATEGORICAL or series.dtype == object or pd.api.types.is_string_dtype(series):
        words = series.astype("string").str.strip().str.lower()
        positive = words.isin(list(TRUE_WORDS | LEAVE_WORDS))
        return positive.astype("float64").where(words.notna())
    raise AnalyticsError(f"cannot read {series.name!r} as churned / stayed")


def find_churn_column(frame: pd.DataFrame) -> str | None:
    """An imported churn flag when there is one, else the survey's churn_intent."""
    for column in frame.columns:
        name = str(column).lower()
        if name == "churn" or name.endswith("__churn") or name in {"churned", "exited"}:
            return str(column)
    return "churn_intent" if "churn_intent" in frame.columns else None


def _models(seed: int) -> dict[str, Any]:
    return {
        "logistic_regression": LogisticRegression(max_iter=2000, C=1.0),
        "gradient_boosting": HistGradientBoostingClassifier(
            max_iter=200,
            learning_rate=0.05,
            max_leaf_nodes=15,
            early_stopping=False,
            random_state=seed,
        ),
    }


def fit_churn(
    frame: pd.DataFrame,
    target: str,
    *,
    features: Sequence[str] | None = None,
    seed: int = 0,
    folds: int = 5,
    top_drivers: int = 10,
) -> ChurnResult:
    """Fit both models, keep the better one by CV AUC, score every row and explain the drivers."""
    with limited_threads():
        return _fit_churn(frame, target, features, seed, folds, top_drivers)


def _fit_churn(
    frame: pd.DataFrame,
    target: str,
    features: Sequence[str] | None,
    seed: int,
    folds: int,
    top_drivers: int,
) -> ChurnResult:
    if target not in frame.columns:
        known = ", ".join(default_features(frame))
        raise AnalyticsError(f"no column {target!r}; candidates: {known}")
    y_all = binary_target(frame[target])
    if features is None:
        # Outcomes are not predictors: neither the target nor the other churn signal.
        features = default_features(frame, exclude={target, "churn", "churn_intent"})
    features = [f for f in features if f != target]
    cleaned = clean(frame, features)
    known = y_all.notna().to_numpy()
    fit = cleaned.fit_mask & known
    X, y = cleaned.inputs[fit], y_all[fit].astype(int).to_numpy()
    positives = int(y.sum())
    if positives < folds or len(y) - positives < folds:
        raise AnalyticsError(
            f"{target!r} needs at least {folds} churned and {folds} retained rows to model"
        )
    rng = np.random.default_rng(seed)
    cv_rows = np.sort(rng.choice(len(y), size=CV_ROWS, replace=False)) if len(y) > CV_ROWS else None
    X_cv, y_cv = (X.iloc[cv_rows], y[cv_rows]) if cv_rows is not None else (X, y)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    auc: dict[str, tuple[float, float]] = {}
    for name, model in _models(seed).items():
        pipeline = _pipeline(cleaned, model)
        scores = cross_val_score(pipeline, X_cv, y_cv, cv=splitter, scoring="roc_auc")
        auc[name] = (float(scores.mean()), float(scores.std()))
    chosen = max(auc, key=lambda name: (auc[name][0], name))
    final = _pipeline(cleaned, _models(seed)[chosen]).fit(X, y)
    risk = pd.Series(
        final.predict_proba(cleaned.inputs)[:, 1], index=frame.index, name="churn_risk"
    )
    drivers = _drivers(final, X, y, seed)[:top_drivers]
    return ChurnResult(
        target=target,
        model=chosen,
        auc=auc,
        drivers=drivers,
        scores=risk,
        fitted_rows=int(len(y)),
        base_rate=float(y.mean()),
        features=list(features),
    )


def _pipeline(cleaned: Cleaned, model: Any) -> Pipeline:
    encoder = make_encoder(
        cleaned.continuous, cleaned.flags, cleaned.categorical, cleaned.categories
    )
    return Pipeline([("encode", encoder), ("model", model)])


def _drivers(pipeline: Pipeline, X: pd.DataFrame, y: np.ndarray, seed: int) -> list[Driver]:
    rng = np.random.default_rng(seed)
    rows = np.sort(rng.choice(len(y), size=min(DRIVER_ROWS, len(y)), replace=False))
    encoder, model = pipeline.named_steps["encode"], pipeline.named_steps["model"]
    matrix = np.asarray(encoder.transform(X.iloc[rows]), dtype=np.float64)
    names = feature_names(encoder)
    importance = permutation_importance(
        model, matrix, y[rows], scoring="roc_auc", n_repeats=3, random_state=seed
    ).importances_mean
    drivers = []
    for j, name in enumerate(names):
        column = matrix[:, j]
        binary = np.isin(column, (0.0, 1.0)).all()
        low, high = (0.0, 1.0) if binary else np.quantile(column, [0.1, 0.9])
        probe = matrix.copy()
        probe[:, j] = low
        p_low = model.predict_proba(probe)[:, 1]
        probe[:, j] = high
        p_high = model.predict_proba(probe)[:, 1]
        drivers.append(Driver(name, float(importance[j]), float(np.mean(p_high - p_low))))
    drivers.sort(key=lambda d: (-d.importance, d.feature))
    return drivers
